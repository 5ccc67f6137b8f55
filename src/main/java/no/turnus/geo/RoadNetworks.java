package no.turnus.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The road networks of the service: OpenStreetMap extracts the municipality places in {@code <data>/osm}, each
 * imported once into {@code <data>/roads/<hash>-<profile>} (the hash of the file's content, so that a new
 * extract under the old name is imported again) and kept open while the service runs. The data directory is
 * the service's ({@code turnus.data-dir}, env {@code TURNUS_DATA_DIR}, default {@code ./data}, where the embedded
 * database lives too).
 */
public final class RoadNetworks {

    /** A plain file name: a dataset names an extract, it never gives a path. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}\\.osm(\\.pbf|\\.xml)?");

    /** The command line has no Spring settings: it reads the same environment variable as the service. */
    private static volatile Path dataDirectory = Path.of(System.getenv().getOrDefault("TURNUS_DATA_DIR", "data"));
    private static final Map<Path, RoadNetwork> OPEN = new ConcurrentHashMap<>();
    private static final Map<Path, Fingerprint> HASHES = new ConcurrentHashMap<>();

    private record Fingerprint(long size, FileTime modified, String hash) {
    }

    private RoadNetworks() {
    }

    /** Where extracts are looked for and imported graphs and matrices are kept. */
    public static void useDataDirectory(Path directory) {
        dataDirectory = directory;
    }

    public static Path osmDirectory() {
        return dataDirectory.resolve("osm");
    }

    /** Why a dataset's extract name cannot be used, or null when the extract is there. */
    public static String problemWith(String name) {
        if (!NAME.matcher(name).matches()) {
            return "must be the file name of an OpenStreetMap extract (.osm, .osm.xml or .osm.pbf; letters, digits, "
                    + "'.', '_', '-'), not a path";
        }
        return Files.isRegularFile(osmDirectory().resolve(name)) ? null
                : "names no OpenStreetMap extract in the service's road directory (osm/ under its data directory)";
    }

    /** The network of an extract named by a dataset (check it with {@link #problemWith} first). */
    public static RoadNetwork open(String name) {
        Path file = osmDirectory().resolve(name);
        String hash = hash(file);
        Path graph = dataDirectory.resolve("roads").resolve(hash + "-" + RoadNetwork.PROFILE);
        return OPEN.computeIfAbsent(graph, g -> RoadNetwork.importOrLoad(file, g));
    }

    /** SHA-256 of the file's content, computed again only when its size or time changed. */
    static String hash(Path file) {
        try {
            long size = Files.size(file);
            FileTime modified = Files.getLastModifiedTime(file);
            Fingerprint known = HASHES.get(file);
            if (known != null && known.size() == size && known.modified().equals(modified)) {
                return known.hash();
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[1 << 16];
                for (int read; (read = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, read);
                }
            }
            // 16 bytes name the extract well enough and keep the directory name short.
            String hash = HexFormat.of().formatHex(digest.digest(), 0, 16);
            HASHES.put(file, new Fingerprint(size, modified, hash));
            return hash;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
