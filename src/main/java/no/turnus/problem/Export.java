package no.turnus.problem;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A view of a solved plan as a file (roster CSV grid, GeoJSON routes, roster workbook, ...). */
public interface Export<S> {

    /** The HTTP media type, e.g. {@code text/csv}. */
    String mediaType();

    /** The file name ending, e.g. {@code csv}. */
    String extension();

    /** The file as text: the text itself, or for a {@link #binary()} file its bytes in Base64. */
    String render(S solution);

    /**
     * Whether the file is binary (a workbook). Its rendering is Base64 text, turned back into bytes by
     * {@link #bytes}. The service writes it on request from the stored plan rather than with every best solution.
     */
    default boolean binary() {
        return false;
    }

    /** The bytes of the file from its rendering: UTF-8 text, or the decoded Base64 of a binary file. */
    default byte[] bytes(String rendered) {
        return binary() ? Base64.getDecoder().decode(rendered) : rendered.getBytes(StandardCharsets.UTF_8);
    }
}
