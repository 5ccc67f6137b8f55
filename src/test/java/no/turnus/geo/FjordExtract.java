package no.turnus.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The hand-made fjord of src/test/resources/osm/fjord.osm placed in a test's data directory as the extract
 * {@code fjord.osm}, the way a municipality places its extract in the service's. As an extension
 * ({@code @RegisterExtension static final FjordExtract EXTRACT = new FjordExtract()}), a test class gets a data
 * directory of its own with the extract for all its tests, and the default directory back after them.
 */
public final class FjordExtract implements BeforeAllCallback, AfterAllCallback {

    public static final String NAME = "fjord.osm";

    private Path data;

    /** The test class's data directory: {@code osm/fjord.osm}, and {@code roads/} once a graph is imported. */
    public Path data() {
        return data;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        data = Files.createTempDirectory("turnus-fjord-");
        install(data);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        uninstall();
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
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
