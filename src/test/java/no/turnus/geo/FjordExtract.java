package no.turnus.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The hand-made fjord of src/test/resources/osm/fjord.osm placed in a test's data directory as the extract
 * {@code fjord.osm}, the way a municipality places its extract in the service's.
 */
public final class FjordExtract {

    public static final String NAME = "fjord.osm";

    private FjordExtract() {
    }

    /** Copies the extract into {@code data/osm} and points the road networks at {@code data}. */
    public static void install(Path data) {
        try (InputStream in = FjordExtract.class.getResourceAsStream("/osm/" + NAME)) {
            Files.createDirectories(data.resolve("osm"));
            Files.copy(in, data.resolve("osm").resolve(NAME));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RoadNetworks.useDataDirectory(data);
    }

    /** Back to the service's default data directory. */
    public static void uninstall() {
        RoadNetworks.useDataDirectory(Path.of("data"));
    }
}
