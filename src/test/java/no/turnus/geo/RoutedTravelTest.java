package no.turnus.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import no.turnus.problem.InputProblem;
import no.turnus.problem.Problems;

/** Travel routed by GraphHopper on a hand-made fjord (src/test/resources/osm/fjord.osm). */
class RoutedTravelTest {

    @RegisterExtension
    static final FjordExtract EXTRACT = new FjordExtract();

    private static final RoadSettings FJORD = new RoadSettings(Map.of(), Map.of(), FjordExtract.NAME);

    // Near the nodes of fjord.osm: A and B across the fjord, C and D on the small road east of B.
    private static final List<Location> TOWNS = List.of(
            new Location(0, "A", 68.4001, 17.0000, AreaType.FJORD),
            new Location(1, "B", 68.4001, 17.1100, AreaType.FJORD),
            new Location(2, "C", 68.4000, 17.2001, AreaType.FJORD),
            new Location(3, "D", 68.4000, 17.2499, AreaType.FJORD));

    private static TravelMatrix routed(List<Location> places, Problems problems) {
        return TravelMatrices.of(places, List.of(), FJORD, i -> "$.locations[" + i + "]", problems);
    }

    @Test
    void takesTheFerryWhereItIsQuickerThanTheRoadRoundTheFjord() {
        Problems problems = new Problems();
        TravelMatrix matrix = routed(TOWNS, problems);
        assertThat(problems.list()).isEmpty();
        // Across: 0.4 km to the quay, 3.7 km by ferry, 0.4 km on; round the fjord's head it is 49 km.
        assertThat(matrix.meters(0, 1)).isBetween(4_000, 5_000);
        assertThat(matrix.meters(1, 0)).isBetween(4_000, 5_000);
        double roundMinutes = 49 / (80 * 0.9) * 60;
        assertThat(matrix.seconds(0, 1)).isGreaterThanOrEqualTo(10 * 60).isLessThan((int) (roundMinutes * 60));
    }

    @Test
    void takesTheRoadWhereTheFerryIsSlower() {
        Problems problems = new Problems();
        TravelMatrix matrix = routed(TOWNS, problems);
        // C to D: 2.0 km straight by the hour-long ferry, 2.1 km over the bend by road at 50 km/h.
        double straight = CoordinateTravel.haversineMeters(68.4, 17.2, 68.4, 17.25);
        assertThat(matrix.meters(2, 3)).isGreaterThan((int) straight);
        assertThat(matrix.seconds(2, 3)).isLessThan(5 * 60);
        // A to D: the quick ferry, then the roads on (B lies a few metres off the road, so not quite the sum).
        assertThat(matrix.seconds(0, 3))
                .isCloseTo(matrix.seconds(0, 1) + matrix.seconds(1, 2) + matrix.seconds(2, 3), within(30));
        assertThat(matrix.seconds(0, 0)).isZero();
    }

    @Test
    void keepsTheGraphAndTheMatrixOnDiskByTheExtractsHash() throws IOException {
        Problems problems = new Problems();
        TravelMatrix first = routed(TOWNS, problems);
        String hash = RoadNetworks.hash(EXTRACT.data().resolve("osm/fjord.osm"));
        Path graph = EXTRACT.data().resolve("roads").resolve(hash + "-car");
        assertThat(graph).isDirectory();
        try (var files = Files.list(graph)) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith("matrix-"))).isNotEmpty();
        }
        TravelMatrix again = routed(TOWNS, problems);
        assertThat(again).isNotSameAs(first);
        for (int i = 0; i < TOWNS.size(); i++) {
            for (int j = 0; j < TOWNS.size(); j++) {
                assertThat(again.seconds(i, j)).isEqualTo(first.seconds(i, j));
                assertThat(again.meters(i, j)).isEqualTo(first.meters(i, j));
            }
        }
    }

    @Test
    void aPlaceFarFromEveryRoadIsNamedByItsPath() {
        List<Location> places = List.of(TOWNS.get(0), new Location(1, "mountain", 68.3, 16.5, AreaType.FJORD));
        Problems problems = new Problems();
        assertThat(routed(places, problems)).isNull();
        assertThat(problems.list()).extracting(InputProblem::path).containsExactly("$.locations[1]");
        assertThat(problems.list().get(0).message()).contains("from the nearest drivable road");
    }

    @Test
    void anExtractThatIsNoOsmIsNamedAndLeavesNothingBehind() throws IOException {
        Files.writeString(EXTRACT.data().resolve("osm/broken.osm"), "<html>not a map</html>");
        Problems problems = new Problems();
        assertThat(TravelMatrices.of(TOWNS, List.of(), new RoadSettings(Map.of(), Map.of(), "broken.osm"),
                i -> "$.locations[" + i + "]", problems)).isNull();
        assertThat(problems.list()).extracting(InputProblem::path).containsExactly("$.roads.osm");
        assertThat(problems.list().get(0).message()).isEqualTo("could not be read as an OpenStreetMap extract");
        String hash = RoadNetworks.hash(EXTRACT.data().resolve("osm/broken.osm"));
        assertThat(EXTRACT.data().resolve("roads").resolve(hash + "-car")).doesNotExist();
    }

    @Test
    void anExtractIsAFileNameInTheRoadDirectory() {
        assertThat(RoadNetworks.problemWith("fjord.osm")).isNull();
        assertThat(RoadNetworks.problemWith("narvik.osm.pbf")).contains("names no OpenStreetMap extract");
        assertThat(RoadNetworks.problemWith("../osm/fjord.osm")).contains("not a path");
        assertThat(RoadNetworks.problemWith("/etc/passwd")).contains("not a path");
    }
}
