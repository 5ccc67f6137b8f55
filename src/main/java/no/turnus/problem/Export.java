package no.turnus.problem;

/** A view of a solved plan as a file (roster CSV grid, GeoJSON routes, ...). */
public interface Export<S> {

    /** The HTTP media type, e.g. {@code text/csv}. */
    String mediaType();

    /** The file name ending, e.g. {@code csv}. */
    String extension();

    String render(S solution);
}
