package no.turnus.geo;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import com.graphhopper.GraphHopper;
import com.graphhopper.config.Profile;
import com.graphhopper.routing.ev.Subnetwork;
import com.graphhopper.routing.util.DefaultSnapFilter;
import com.graphhopper.routing.util.EdgeFilter;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.index.LocationIndex;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.CustomModel;
import com.graphhopper.util.GHUtility;
import com.graphhopper.util.PMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.turnus.problem.Problems;

/**
 * One OpenStreetMap extract imported by GraphHopper for driving (ferries included: OSM's {@code route=ferry}
 * ways with their {@code duration}), with the travel matrices asked of it kept next to the graph, by the hash of
 * the locations' coordinates.
 */
public final class RoadNetwork {

    private static final Logger LOG = LoggerFactory.getLogger(RoadNetwork.class);

    static final String PROFILE = "car";

    /** A place further from every road than this is a mistake in its coordinates, not a long driveway. */
    static final double MAX_SNAP_METERS = 500;

    private static final String ENCODED_VALUES = "car_access, car_average_speed, road_access, ferry_speed";

    private final GraphHopper hopper;
    private final Weighting weighting;
    private final EdgeFilter snapFilter;
    private final Path directory;

    private RoadNetwork(GraphHopper hopper, Path directory) {
        this.hopper = hopper;
        this.directory = directory;
        Profile profile = hopper.getProfile(PROFILE);
        this.weighting = hopper.createWeighting(profile, new PMap());
        this.snapFilter = new DefaultSnapFilter(weighting,
                hopper.getEncodingManager().getBooleanEncodedValue(Subnetwork.key(PROFILE)));
    }

    static RoadNetwork importOrLoad(Path osmFile, Path directory) {
        // The quickest route, not GraphHopper's default trade of time against distance: the plan counts minutes.
        CustomModel fastest = new CustomModel(GHUtility.loadCustomModelFromJar("car.json")).setDistanceInfluence(0d);
        GraphHopper hopper = new GraphHopper()
                .setOSMFile(osmFile.toString())
                .setGraphHopperLocation(directory.toString())
                .setEncodedValuesString(ENCODED_VALUES)
                .setProfiles(new Profile(PROFILE).setCustomModel(fastest))
                // Islands of road are kept: a place on one is reported as unreachable, not moved elsewhere.
                .setMinNetworkSize(0);
        try {
            hopper.importOrLoad();
        } catch (RuntimeException e) {
            hopper.close();
            // Nothing half-imported stays behind to be loaded next time.
            deleteTree(directory);
            // GraphHopper's reason names the server's paths: it goes to the log, not to the user.
            LOG.warn("Importing {} failed", osmFile, e);
            throw new IllegalArgumentException("could not be read as an OpenStreetMap extract", e);
        }
        return new RoadNetwork(hopper, directory);
    }

    private static void deleteTree(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (NoSuchFileException e) {
            // Never made.
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    BaseGraph graph() {
        return hopper.getBaseGraph();
    }

    Weighting weighting() {
        return weighting;
    }

    /**
     * The nearest drivable road point of each location; a location too far from every road is a problem at
     * {@code where.apply(index)}, the JSON path of the location.
     */
    List<Snap> snap(List<Location> locations, IntFunction<String> where, Problems problems) {
        LocationIndex index = hopper.getLocationIndex();
        return locations.stream().map(l -> {
            Snap snap = index.findClosest(l.latitude(), l.longitude(), snapFilter);
            if (!snap.isValid() || snap.getQueryDistance() > MAX_SNAP_METERS) {
                problems.add(where.apply(l.index()), "is "
                        + (snap.isValid() ? Math.round(snap.getQueryDistance()) + " m" : "far")
                        + " from the nearest drivable road of the OpenStreetMap extract (at most "
                        + (int) MAX_SNAP_METERS + " m): check its latitude and longitude");
            }
            return snap;
        }).toList();
    }

    /** The routed matrix of these locations, from disk when it was computed before (two ints per pair). */
    TravelMatrix matrix(List<Location> locations, IntFunction<String> where, Problems problems) {
        Path file = directory.resolve("matrix-" + key(locations) + ".bin");
        int n = locations.size();
        if (Files.isRegularFile(file) && size(file) == 8L * n * n) {
            return read(file, n);
        }
        long start = System.nanoTime();
        TravelMatrix matrix = RoutedTravel.compute(this, locations, where, problems);
        if (matrix != null) {
            // For operators (and the lead's timing): how long a dataset's first routing took.
            LOG.info("Routed a {}×{} travel matrix on {} in {} ms", n, n, directory.getFileName(),
                    (System.nanoTime() - start) / 1_000_000);
            write(file, matrix);
        }
        return matrix;
    }

    private static String key(List<Location> locations) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            ByteBuffer coordinates = ByteBuffer.allocate(16);
            for (Location l : locations) {
                coordinates.clear();
                digest.update(coordinates.putDouble(l.latitude()).putDouble(l.longitude()).array());
            }
            digest.update(PROFILE.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TravelMatrix read(Path file, int n) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            int[] seconds = new int[n * n];
            int[] meters = new int[n * n];
            for (int k = 0; k < n * n; k++) {
                seconds[k] = in.readInt();
                meters[k] = in.readInt();
            }
            return new ArrayTravelMatrix(n, seconds, meters);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, TravelMatrix matrix) {
        try {
            // Written aside and moved in, so that a reader never sees half a matrix.
            Path part = Files.createTempFile(file.getParent(), "matrix-", ".part");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(part)))) {
                int n = matrix.size();
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        out.writeInt(matrix.seconds(i, j));
                        out.writeInt(matrix.meters(i, j));
                    }
                }
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
