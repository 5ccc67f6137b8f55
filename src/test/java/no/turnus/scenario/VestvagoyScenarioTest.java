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
 * The Vestvågøy sample (home care, the roster of Vestvågøy sykehjem and Lekneshagen, their sites and beds)
 * evaluated with short solves. Each option
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
            // Moving beds between buildings leaves the roster as it was.
            assertThat(comparison.row("rehab-ved-legevakten").difference().get(roster.key())).isZero();
        }
        for (Measure homecare : List.of(Measure.TRAVEL_KM, Measure.HOMECARE_HOURS, Measure.UNPLANNED_VISITS)) {
            assertThat(comparison.row("lekneshagen-langtid").difference().get(homecare.key())).isZero();
        }
        assertThat(comparison.row("lekneshagen-langtid").score()).containsOnlyKeys("homecare", "roster");
    }

    @Test
    void poolingTheNightAtLekneshagenSavesANightPost() {
        // Four wards with a night each; merged at Lekneshagen, the 28 long-term residents need 2 night staff, not 3.
        assertThat(value("baseline", Measure.NIGHT_POSTS)).isEqualTo(4.0);
        assertThat(value("lekneshagen-langtid", Measure.NIGHT_POSTS)).isEqualTo(3.0);
        // 14 nights of 10 paid hours in the two weeks: 140 h, 1.97 FTE less in the staffing plan.
        var difference = comparison.row("lekneshagen-langtid").difference();
        assertThat(difference.get(Measure.REQUIRED_HOURS.key())).isEqualTo(-140.0);
        assertThat(difference.get(Measure.REQUIRED_FTE.key())).isCloseTo(-1.97, org.assertj.core.data.Offset.offset(0.011));
        assertThat(comparison.row("planen").difference().get(Measure.NIGHT_POSTS.key())).isEqualTo(-1.0);
        // The beds stay: 28 long-term places, at one site now.
        assertThat(value("lekneshagen-langtid", Measure.BEDS_LONG_TERM)).isEqualTo(28.0);
    }

    @Test
    void theRehabilitationUnitAddsBedsAndMovesShortTermStaffTowardsGravdal() {
        var difference = comparison.row("rehab-ved-legevakten").difference();
        assertThat(difference.get(Measure.BEDS_REHABILITATION.key())).isEqualTo(6.0);
        assertThat(difference.get(Measure.BEDS_SHORT_TERM.key())).isZero();
        assertThat(difference.get(Measure.BEDS_KAD.key())).isZero();
        // Leknes to Gravdal is a few minutes: nobody's commute grows past the 30-minute limit.
        assertThat(value("rehab-ved-legevakten", Measure.STAFF_COMMUTE_OVER_LIMIT)).isZero();
        assertThat(value("rehab-ved-legevakten", Measure.COMMUTE_KM_ADDED)).isPositive();
    }

    @Test
    void districtBasesShortenTheDrivingToStamsundAndBorg() {
        assertThat(value("district-bases", Measure.TRAVEL_KM)).isLessThan(value("baseline", Measure.TRAVEL_KM));
        assertThat(value("district-bases", Measure.USERS_NEAR_BASE_PERCENT))
                .isGreaterThanOrEqualTo(value("baseline", Measure.USERS_NEAR_BASE_PERCENT));
    }
}
