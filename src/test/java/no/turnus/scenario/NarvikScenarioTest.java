package no.turnus.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.turnus.kinds.StandardKinds;
import no.turnus.problem.DatasetReader;
import no.turnus.problem.SolveContext;
import no.turnus.problem.SolveControl;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import no.turnus.problem.SolveRequest;
import no.turnus.problem.SolverPool;
import no.turnus.scenario.Comparison.Row;
import no.turnus.scenario.Comparison.Status;

/**
 * The Narvik sample evaluated for real with short solves (5 s per dataset, seed 1, two at a time). With one base
 * in Narvik town the Ballangen and Kjøpsvik teams drive 40-100 km each way before their first visit; with
 * district bases they start where their users live, so they must drive clearly less. Directions are asserted,
 * never hand-computed numbers.
 */
class NarvikScenarioTest {

    /** Seeded and move-limited, so every option gets the same search however loaded the machine is. */
    private static final SolveRequest MOVES = new SolveRequest(new TerminationConfig().withMoveCountLimit(20_000L),
            1L, null);

    private static ScenarioSet evaluated;
    private static final Map<String, Set<Status>> SEEN = new ConcurrentHashMap<>();

    @BeforeAll
    static void evaluate() throws IOException {
        DatasetReader reader = new DatasetReader(StandardKinds.all());
        ScenarioSet set = (ScenarioSet) reader.read(Files.readAllBytes(Path.of("data-samples/scenario-narvik.json")))
                .dataset();
        evaluated = new ScenarioKind().solve(set, MOVES, new SolveContext<>(
                new SolverPool(2), new SolveControl(), progress -> progress.solution().results().rows().forEach(r -> SEEN
                        .computeIfAbsent(r.scenario(), s -> ConcurrentHashMap.newKeySet()).add(r.status())))).best();
    }

    private static double measure(String scenario, Measure measure) {
        return evaluated.results().row(scenario).measures().get(measure.key());
    }

    @Test
    void everyOptionIsSolvedAndReportedStepByStep() {
        List<Row> rows = evaluated.results().rows();
        assertThat(rows).extracting(Row::scenario)
                .containsExactly("baseline", "district-bases", "central-one-team", "optimised-3");
        assertThat(rows).allSatisfy(r -> assertThat(r.status()).isEqualTo(Status.DONE));
        assertThat(SEEN.values()).allSatisfy(statuses -> assertThat(statuses)
                .contains(Status.QUEUED, Status.SOLVING, Status.DONE));
        assertThat(rows.get(0).difference()).isNull();
        assertThat(rows.get(1).difference()).containsKeys(Measure.TRAVEL_KM.key(), Measure.COST_NOK.key());
    }

    @Test
    void districtBasesDriveLessAndCostLessThanOneCentralBase() {
        assertThat(measure("district-bases", Measure.TRAVEL_KM)).isLessThan(measure("baseline", Measure.TRAVEL_KM));
        assertThat(measure("district-bases", Measure.TRAVEL_SHARE_PERCENT))
                .isLessThan(measure("baseline", Measure.TRAVEL_SHARE_PERCENT));
        assertThat(measure("district-bases", Measure.UNPLANNED_VISITS))
                .isLessThanOrEqualTo(measure("baseline", Measure.UNPLANNED_VISITS));
        assertThat(measure("district-bases", Measure.COST_NOK)).isLessThan(measure("baseline", Measure.COST_NOK));
        assertThat(measure("district-bases", Measure.USERS_NEAR_BASE_PERCENT))
                .isGreaterThan(measure("baseline", Measure.USERS_NEAR_BASE_PERCENT));
        double difference = evaluated.results().row("district-bases").difference().get(Measure.TRAVEL_KM.key());
        assertThat(difference).isNegative();
    }

    @Test
    void theOptimisedLayoutPutsBasesNearTheOutlyingUsersAndIsEvaluatedInFull() {
        Comparison.Layout layout = evaluated.results().layouts().get(0);
        assertThat(layout.bases()).hasSize(3);
        assertThat(layout.bases()).extracting(Comparison.OpenBase::id).contains("cand-kjopsvik");
        assertThat(layout.bases().stream().mapToInt(b -> b.served().size()).sum())
                .isEqualTo(evaluated.baseline().homecare().users().size());
        assertThat(layout.scenario().changes()).hasAtLeastOneElementOfType(Change.AddTeam.class)
                .hasAtLeastOneElementOfType(Change.MoveStaff.class);
        assertThat(measure("optimised-3", Measure.TRAVEL_KM)).isLessThan(measure("baseline", Measure.TRAVEL_KM));
        // The legevakt for the population is reported as a layout only: no option row for it.
        Comparison.Layout legevakt = evaluated.results().layouts().get(1);
        assertThat(legevakt.scenario()).isNull();
        assertThat(legevakt.bases()).extracting(Comparison.OpenBase::id).containsExactly("base-narvik");
    }

    @Test
    void theSolvedSetIsReadBackWithItsResultsAndTheLayoutIsAScenarioToCopy() throws IOException {
        DatasetReader reader = new DatasetReader(StandardKinds.all());
        ScenarioSet read = (ScenarioSet) reader.read(reader.mapper().writeValueAsBytes(evaluated)).dataset();
        assertThat(read.results()).isEqualTo(evaluated.results());
        // The optimised layout, copied into the scenarios, is a valid set of its own.
        ScenarioSet withLayout = new ScenarioSet(read.kind(), read.name(), read.baseline(),
                List.of(read.results().layouts().get(0).scenario()), List.of(), List.of(), null, null, null);
        assertThat(new ScenarioKind().validate(withLayout)).isEmpty();
    }

    @Test
    void coverageFindsKjopsvikWorstServedFromALegevaktInNarvik() {
        Comparison.CoverageResult coverage = evaluated.results().coverage().get(0);
        assertThat(coverage.worstServed().get(0).place()).isEqualTo("Kjøpsvik");
        assertThat(coverage.worstServed().get(0).minutes()).isGreaterThan(coverage.minutes());
        assertThat(coverage.coveredPercent()).isBetween(50.0, 99.9);
    }

    @Test
    void theCsvHasALinePerOptionWithMeasuresAndDifferences() {
        String[] lines = new ComparisonCsv().render(evaluated).split("\n");
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).startsWith("scenario,status,travelHours,travelKm").contains(",d_travelKm,");
        assertThat(lines[2]).startsWith("district-bases,DONE,");
        assertThat(lines[0].split(",", -1)).hasSameSizeAs(lines[2].split(",", -1));
    }
}
