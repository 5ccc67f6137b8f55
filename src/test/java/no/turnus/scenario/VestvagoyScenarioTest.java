package no.turnus.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.turnus.kinds.StandardKinds;
import no.turnus.problem.DatasetReader;
import no.turnus.problem.SolveContext;
import no.turnus.problem.SolveControl;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import no.turnus.problem.SolveRequest;
import no.turnus.problem.SolverPool;

/**
 * The Vestvågøy sample (home care and a roster of two long-term wards) evaluated with short solves. Each option
 * differs from the baseline only in what its changes touch: the dataset a scenario leaves alone is solved once
 * and shared, so it cannot show a difference that is only solver noise.
 */
class VestvagoyScenarioTest {

    /** Seeded and move-limited, so every option gets the same search however loaded the machine is. */
    private static final SolveRequest MOVES = new SolveRequest(new TerminationConfig().withMoveCountLimit(20_000L),
            1L, null);

    private static Comparison comparison;

    @BeforeAll
    static void evaluate() throws IOException {
        ScenarioSet set = (ScenarioSet) new DatasetReader(StandardKinds.all())
                .read(Files.readAllBytes(Path.of("data-samples/scenario-vestvagoy.json"))).dataset();
        comparison = new ScenarioEvaluator().evaluate(set, MOVES,
                new SolveContext<>(new SolverPool(2), new SolveControl(), null), null);
    }

    private static double value(String scenario, Measure measure) {
        return comparison.row(scenario).measures().get(measure.key());
    }

    @Test
    void whatAScenarioDoesNotChangeShowsNoDifference() {
        for (Measure roster : List.of(Measure.ROSTER_HOURS, Measure.UNCOVERED_SLOTS, Measure.WEEKENDS_PER_EMPLOYEE)) {
            assertThat(comparison.row("district-bases").difference().get(roster.key())).isZero();
            assertThat(comparison.row("wound-team").difference().get(roster.key())).isZero();
        }
        for (Measure homecare : List.of(Measure.TRAVEL_KM, Measure.HOMECARE_HOURS, Measure.UNPLANNED_VISITS)) {
            assertThat(comparison.row("lekneshagen-only").difference().get(homecare.key())).isZero();
        }
        assertThat(comparison.row("lekneshagen-only").score()).containsOnlyKeys("homecare", "roster");
    }

    @Test
    void poolingTheLongTermWardsNeedsTheSameHoursAndLeavesNoMorePlacesEmpty() {
        // Merging adds the two wards' demand line by line: the hours to cover stay the same ...
        assertThat(value("lekneshagen-only", Measure.STAFF_HOURS)).isEqualTo(value("baseline", Measure.STAFF_HOURS),
                org.assertj.core.data.Offset.offset(0.01));
        // ... and the short-staffed Stamsund ward can now borrow Lekneshagen's staff.
        assertThat(value("lekneshagen-only", Measure.UNCOVERED_SLOTS))
                .isLessThanOrEqualTo(value("baseline", Measure.UNCOVERED_SLOTS));
    }

    @Test
    void districtBasesShortenTheDrivingToStamsundAndBorg() {
        assertThat(value("district-bases", Measure.TRAVEL_KM)).isLessThan(value("baseline", Measure.TRAVEL_KM));
        assertThat(value("district-bases", Measure.USERS_NEAR_BASE_PERCENT))
                .isGreaterThanOrEqualTo(value("baseline", Measure.USERS_NEAR_BASE_PERCENT));
    }
}
