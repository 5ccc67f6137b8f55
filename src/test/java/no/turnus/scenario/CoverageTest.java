package no.turnus.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.turnus.geo.AreaType;
import no.turnus.problem.Problems;
import no.turnus.scenario.Comparison.CoverageResult;
import no.turnus.scenario.Comparison.Served;
import no.turnus.scenario.ScenarioSet.CoverageSpec;
import no.turnus.scenario.ScenarioSet.Place;

/**
 * Coverage weighted by population, on Vestvågøy's places (domain coordinates) with a service in Leknes and no
 * home-care baseline (travel from coordinates): a place with people beyond the limit is never 100 %.
 */
class CoverageTest {

    private static final Place LEKNES_SERVICE = new Place("legevakt", null, 68.1475, 13.6115, AreaType.URBAN, null, null);

    private static Place place(String id, double latitude, double longitude, AreaType area, Integer population) {
        return new Place(id, id, latitude, longitude, area, population, null);
    }

    private static final Place LEKNES = place("Leknes", 68.1475, 13.6115, AreaType.URBAN, 3763);
    private static final Place GRAVDAL = place("Gravdal", 68.1181, 13.5533, AreaType.URBAN, 1587);

    private static CoverageResult within20(Place... places) {
        CoverageSpec spec = new CoverageSpec("legevakt", 20, List.of(LEKNES_SERVICE), List.of(places));
        Problems p = new Problems();
        Coverage.check(spec, null, "$.coverage[0]", p);
        assertThat(p.list()).isEmpty();
        return Coverage.of(spec, null, "$.coverage[0]");
    }

    @Test
    void onePersonOutsideTheLimitIsNot100Percent() {
        // Eggum, about 30 minutes away by the fjord road: 1 of 5 351 people outside. Rounded it would read 100.0.
        CoverageResult result = within20(LEKNES, GRAVDAL, place("Eggum", 68.3081, 13.6543, AreaType.FJORD, 1));
        assertThat(result.population()).isEqualTo(5351);
        assertThat(result.coveredPercent()).isEqualTo(99.9);
        assertThat(result.everyPlaceWithin()).isFalse();
        assertThat(result.outside()).singleElement().satisfies(s -> {
            assertThat(s.place()).isEqualTo("Eggum");
            assertThat(s.population()).isEqualTo(1L);
            assertThat(s.minutes()).isGreaterThan(20);
        });
    }

    @Test
    void theShareIsWeightedByPopulationNotByPlaces() {
        // Two of three places are within, but the one outside holds most of the people.
        CoverageResult result = within20(place("Leknes", 68.1475, 13.6115, AreaType.URBAN, 100),
                place("Gravdal", 68.1181, 13.5533, AreaType.URBAN, 100),
                place("Eggum", 68.3081, 13.6543, AreaType.FJORD, 800));
        assertThat(result.coveredPercent()).isEqualTo(20.0);
        assertThat(result.outside()).extracting(Served::place).containsExactly("Eggum");
    }

    @Test
    void placesWithoutPopulationAreLeftOutOfTheShareButListedWhenOutside() {
        CoverageResult result = within20(LEKNES, GRAVDAL, place("Valberg", 68.1922, 13.9421, AreaType.FJORD, null),
                place("Eggum", 68.3081, 13.6543, AreaType.FJORD, null));
        assertThat(result.population()).isEqualTo(5350);
        assertThat(result.coveredPercent()).isEqualTo(100.0);
        assertThat(result.withoutPopulation()).isEqualTo(2);
        assertThat(result.everyPlaceWithin()).isFalse();
        assertThat(result.outside()).extracting(Served::place).containsExactlyInAnyOrder("Valberg", "Eggum");
        assertThat(result.outside()).allSatisfy(s -> assertThat(s.population()).isNull());
        String table = ComparisonTable.render(new Comparison("v", "PT1S", null, ScenarioSet.UnitCosts.DEFAULT, 30,
                List.of(), List.of(result), List.of()));
        assertThat(table).contains("100.0 % of 5350 within 20 min (2 places without a population not counted)")
                .contains("outside: [").contains("(population unknown)");
    }

    @Test
    void withNoPopulationAtAllEachPlaceCountsOne() {
        CoverageResult result = within20(place("Leknes", 68.1475, 13.6115, AreaType.URBAN, null),
                place("Eggum", 68.3081, 13.6543, AreaType.FJORD, null));
        assertThat(result.population()).isEqualTo(2);
        assertThat(result.coveredPercent()).isEqualTo(50.0);
        assertThat(result.withoutPopulation()).isZero();
    }

    @Test
    void everyPlaceWithinIsSaidSo() {
        CoverageResult result = within20(LEKNES, GRAVDAL);
        assertThat(result.coveredPercent()).isEqualTo(100.0);
        assertThat(result.everyPlaceWithin()).isTrue();
        assertThat(result.outside()).isEmpty();
    }

    @Test
    void withoutAHomecareBaselineThePlacesMustBeGiven() {
        Problems p = new Problems();
        Coverage.check(new CoverageSpec("legevakt", 20, List.of(LEKNES_SERVICE), List.of()), null, "$.coverage[0]", p);
        assertThat(p.list()).singleElement().satisfies(problem -> assertThat(problem.path())
                .isEqualTo("$.coverage[0].places"));
    }
}
