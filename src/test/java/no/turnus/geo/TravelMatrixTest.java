package no.turnus.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import no.turnus.problem.InputProblem;
import no.turnus.problem.Problems;

class TravelMatrixTest {

    // Two places on either side of a fjord, 0.5° of longitude apart at 68.25° N: about 20.6 km straight.
    private final List<Location> places = List.of(
            new Location(0, "west", 68.25, 16.0, AreaType.FJORD),
            new Location(1, "east", 68.25, 16.5, AreaType.FJORD),
            new Location(2, "west-village", 68.26, 16.0, AreaType.FJORD));

    private static FerryLink ferry(double crossing, Double wait, Double headway) {
        return new FerryLink("f", 68.25, 16.01, 68.25, 16.49, AreaType.FJORD, crossing, wait, headway);
    }

    @Test
    void roadTimeIsStraightLineTimesDetourAtTheAreaSpeed() {
        TravelMatrix matrix = CoordinateTravel.compute(places, List.of(), RoadSettings.DEFAULT);
        double straight = CoordinateTravel.haversineMeters(68.25, 16.0, 68.25, 16.5);
        assertThat(straight).isBetween(20_500.0, 20_800.0);
        assertThat(matrix.meters(0, 1)).isEqualTo((int) Math.round(straight * 1.8));
        assertThat(matrix.seconds(0, 1)).isEqualTo((int) Math.round(straight * 1.8 / (60 / 3.6)));
        assertThat(matrix.seconds(1, 0)).isEqualTo(matrix.seconds(0, 1));
        assertThat(matrix.seconds(0, 0)).isZero();
        assertThat(matrix.minutes(0, 1)).isEqualTo((matrix.seconds(0, 1) + 59) / 60);
    }

    @Test
    void detourAndSpeedCanBeSetPerAreaType() {
        RoadSettings slow = new RoadSettings(Map.of(AreaType.FJORD, 2.0), Map.of(AreaType.FJORD, 40.0), null);
        TravelMatrix matrix = CoordinateTravel.compute(places, List.of(), slow);
        double straight = CoordinateTravel.haversineMeters(68.25, 16.0, 68.25, 16.5);
        assertThat(matrix.seconds(0, 1)).isEqualTo((int) Math.round(straight * 2 / (40 / 3.6)));
    }

    @Test
    void aQuickFerryIsTakenAcrossTheFjord() {
        TravelMatrix road = CoordinateTravel.compute(places, List.of(), RoadSettings.DEFAULT);
        TravelMatrix withFerry = CoordinateTravel.compute(places, List.of(ferry(10, null, 20.0)), RoadSettings.DEFAULT);
        // Road about 37 min; ferry: ~1 min to the quay, 10 min mean wait (half the headway), 10 min crossing.
        assertThat(road.minutes(0, 1)).isBetween(36, 39);
        assertThat(withFerry.minutes(0, 1)).isBetween(21, 23);
        assertThat(withFerry.minutes(1, 0)).isEqualTo(withFerry.minutes(0, 1));
        // The crossing's straight length is counted as distance, not the road round.
        assertThat(withFerry.meters(0, 1)).isLessThan(road.meters(0, 1));
        // Places on the same side keep their road.
        assertThat(withFerry.seconds(0, 2)).isEqualTo(road.seconds(0, 2));
    }

    @Test
    void aSlowFerryIsNotTaken() {
        TravelMatrix road = CoordinateTravel.compute(places, List.of(), RoadSettings.DEFAULT);
        TravelMatrix withFerry = CoordinateTravel.compute(places, List.of(ferry(25, 20.0, null)), RoadSettings.DEFAULT);
        assertThat(withFerry.seconds(0, 1)).isEqualTo(road.seconds(0, 1));
        assertThat(withFerry.meters(0, 1)).isEqualTo(road.meters(0, 1));
    }

    @Test
    void twoFerriesInARowAreCombined() {
        List<Location> three = List.of(new Location(0, "a", 68.0, 16.0, AreaType.FJORD),
                new Location(1, "c", 68.0, 17.0, AreaType.FJORD));
        FerryLink first = new FerryLink("ab", 68.0, 16.0, 68.0, 16.5, AreaType.FJORD, 5, 0.0, null);
        FerryLink second = new FerryLink("bc", 68.0, 16.5, 68.0, 17.0, AreaType.FJORD, 5, 0.0, null);
        TravelMatrix matrix = CoordinateTravel.compute(three, List.of(first, second), RoadSettings.DEFAULT);
        assertThat(matrix.minutes(0, 1)).isEqualTo(10);
    }

    @Test
    void aFerryWithoutAreaTypeCrossesAFjord() {
        FerryLink unmarked = new FerryLink("f", 68.25, 16.01, 68.25, 16.49, null, 10, null, 20.0);
        assertThat(CoordinateTravel.compute(places, List.of(unmarked), RoadSettings.DEFAULT).seconds(0, 1))
                .isEqualTo(CoordinateTravel.compute(places, List.of(ferry(10, null, 20.0)), RoadSettings.DEFAULT)
                        .seconds(0, 1));
    }

    @Test
    void theSamePlacesGetTheSameMatrixOnceComputed() {
        TravelMatrix first = TravelMatrices.byCoordinates(places, List.of(ferry(10, null, 20.0)), RoadSettings.DEFAULT);
        TravelMatrix again = TravelMatrices.byCoordinates(List.copyOf(places), List.of(ferry(10, null, 20.0)),
                new RoadSettings(Map.of(), Map.of(), null));
        assertThat(again).isSameAs(first);
        TravelMatrix computed = CoordinateTravel.compute(places, List.of(ferry(10, null, 20.0)), RoadSettings.DEFAULT);
        for (int from = 0; from < places.size(); from++) {
            for (int to = 0; to < places.size(); to++) {
                assertThat(first.seconds(from, to)).isEqualTo(computed.seconds(from, to));
                assertThat(first.meters(from, to)).isEqualTo(computed.meters(from, to));
            }
        }
        TravelMatrix otherRoads = TravelMatrices.byCoordinates(places, List.of(ferry(10, null, 20.0)),
                new RoadSettings(Map.of(AreaType.FJORD, 2.0), Map.of(), null));
        assertThat(otherRoads).isNotSameAs(first);
        assertThat(otherRoads.meters(0, 2)).isGreaterThan(first.meters(0, 2));
    }

    @Test
    void importedTableIsReadByLocationId() {
        Problems problems = new Problems();
        TravelMatrix matrix = MatrixImport.fromTable(List.of("b", "a"), List.of("a", "b"),
                List.of(List.of(0, 600), List.of(660, 0)), List.of(List.of(0, 9000), List.of(9100, 0)),
                "$.travelMatrix", problems);
        assertThat(problems.list()).isEmpty();
        assertThat(matrix.seconds(0, 1)).isEqualTo(660);
        assertThat(matrix.seconds(1, 0)).isEqualTo(600);
        assertThat(matrix.meters(0, 1)).isEqualTo(9100);
    }

    @Test
    void tableErrorsNameTheCell() {
        Problems problems = new Problems();
        java.util.List<Integer> badRow = new java.util.ArrayList<>(java.util.Arrays.asList(-5, 0));
        TravelMatrix matrix = MatrixImport.fromTable(List.of("a", "b", "c"), List.of("a", "b"),
                List.of(List.of(0, 600), badRow), List.of(List.of(0, 9000)), "$.travelMatrix", problems);
        assertThat(matrix).isNull();
        assertThat(problems.list()).extracting(InputProblem::toString).contains(
                "$.travelMatrix.locations: has no entry for location 'c'",
                "$.travelMatrix.meters: must have 2 rows, one per location (has 1)");
        problems = new Problems();
        MatrixImport.fromTable(List.of("a", "b"), List.of("a", "b"), List.of(List.of(0, 600), badRow),
                List.of(List.of(0, 9000), List.of(9100, 0)), "$.travelMatrix", problems);
        assertThat(problems.list()).extracting(InputProblem::toString)
                .containsExactly("$.travelMatrix.seconds[1][0]: must not be negative (was -5)");
    }

    @Test
    void csvIsReadAndItsErrorsNameLineAndColumn() {
        Problems problems = new Problems();
        TravelMatrix matrix = MatrixImport.fromCsv(List.of("a", "b"),
                "from,to,seconds,meters\na,b,600,9000\nb,a,620,9050\n", "$.travelMatrix.csv", problems);
        assertThat(problems.list()).isEmpty();
        assertThat(matrix.seconds(1, 0)).isEqualTo(620);

        problems = new Problems();
        matrix = MatrixImport.fromCsv(List.of("a", "b"),
                "from,to,seconds,meters\na,x,600,9000\nb,a,ten,9050\n", "$.travelMatrix.csv", problems);
        assertThat(matrix).isNull();
        assertThat(problems.list()).extracting(InputProblem::toString).containsExactly(
                "$.travelMatrix.csv line 2 column to: unknown location 'x'",
                "$.travelMatrix.csv line 3 column seconds: 'ten' is not a whole number");

        problems = new Problems();
        MatrixImport.fromCsv(List.of("a", "b"), "from,to,seconds,meters\na,b,600,9000\n", "$.m", problems);
        assertThat(problems.list()).extracting(InputProblem::toString).containsExactly("$.m: has no line for b → a");
    }
}
