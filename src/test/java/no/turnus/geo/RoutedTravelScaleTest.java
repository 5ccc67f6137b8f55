package no.turnus.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.turnus.problem.Problems;

/**
 * A routed matrix of Narvik's size (the 203 places of data-samples/homecare-narvik.json) on a seeded road grid
 * of about Narvik's driving network (20 000 junctions, 28 × 28 km, mixed speeds, some streets missing). Not
 * timed here; the lead times it. What it checks: every pair is reached and the times are shortest paths.
 */
class RoutedTravelScaleTest {

    private static final int SIDE = 140;
    private static final double SOUTH = 68.30;
    private static final double WEST = 17.00;
    private static final double LAT_STEP = 0.0018;
    private static final double LON_STEP = 0.0049;

    @TempDir
    static Path data;

    @BeforeAll
    static void grid() throws IOException {
        Files.createDirectories(data.resolve("osm"));
        Random random = new Random(17);
        try (Writer out = Files.newBufferedWriter(data.resolve("osm/grid.osm"))) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<osm version=\"0.6\">\n");
            for (int r = 0; r < SIDE; r++) {
                for (int c = 0; c < SIDE; c++) {
                    out.write(String.format(java.util.Locale.ROOT, "<node id=\"%d\" lat=\"%.6f\" lon=\"%.6f\"/>\n",
                            node(r, c), SOUTH + r * LAT_STEP, WEST + c * LON_STEP));
                }
            }
            long way = 1;
            String[] kinds = {"residential", "unclassified", "tertiary", "primary"};
            for (int line = 0; line < SIDE; line++) {
                for (boolean row : new boolean[] {true, false}) {
                    // Streets in pieces of 10 blocks, a few left out (fjord arms, dead ends).
                    for (int from = 0; from < SIDE - 1; from += 10) {
                        if (random.nextInt(10) == 0) {
                            continue;
                        }
                        out.write("<way id=\"" + way++ + "\">");
                        for (int k = from; k <= Math.min(from + 10, SIDE - 1); k++) {
                            out.write("<nd ref=\"" + (row ? node(line, k) : node(k, line)) + "\"/>");
                        }
                        out.write("<tag k=\"highway\" v=\"" + kinds[random.nextInt(kinds.length)] + "\"/></way>\n");
                    }
                }
            }
            out.write("</osm>\n");
        }
        RoadNetworks.useDataDirectory(data);
    }

    private static long node(int r, int c) {
        return 1 + (long) r * SIDE + c;
    }

    @AfterAll
    static void back() {
        FjordExtract.uninstall();
    }

    @Test
    void aNarvikSizeMatrixHoldsShortestPaths() {
        Random random = new Random(42);
        List<Location> places = new ArrayList<>();
        for (int i = 0; i < 203; i++) {
            places.add(new Location(i, "p" + i, SOUTH + random.nextDouble() * (SIDE - 1) * LAT_STEP,
                    WEST + random.nextDouble() * (SIDE - 1) * LON_STEP, AreaType.RURAL));
        }
        Problems problems = new Problems();
        TravelMatrix matrix = TravelMatrices.of(places, List.of(), new RoadSettings(Map.of(), Map.of(), "grid.osm"),
                i -> "$.locations[" + i + "]", problems);
        assertThat(problems.list()).isEmpty();
        int n = places.size();
        List<String> wrong = new ArrayList<>();
        for (int t = 0; t < 20_000; t++) {
            int i = random.nextInt(n);
            int j = random.nextInt(n);
            int k = random.nextInt(n);
            // Shortest paths: no detour through a third place is quicker (a second of rounding per leg).
            if (matrix.seconds(i, j) > matrix.seconds(i, k) + matrix.seconds(k, j) + 2) {
                wrong.add(i + "→" + j + " slower than through " + k);
            }
            // Roads are never shorter than the straight line between the places' road points.
            Location a = places.get(i);
            Location b = places.get(j);
            double straight = CoordinateTravel.haversineMeters(a.latitude(), a.longitude(), b.latitude(), b.longitude());
            if (matrix.meters(i, j) + 2 * RoadNetwork.MAX_SNAP_METERS < straight) {
                wrong.add(i + "→" + j + " shorter than the straight line");
            }
            if ((matrix.seconds(i, j) > 0) != (i != j)) {
                wrong.add(i + "→" + j + " takes " + matrix.seconds(i, j) + " s");
            }
        }
        assertThat(wrong).isEmpty();
    }
}
