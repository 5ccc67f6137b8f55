package no.turnus.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import no.turnus.kinds.StandardKinds;
import no.turnus.problem.DatasetReader;
import no.turnus.problem.SolveContext;
import no.turnus.problem.SolveControl;
import no.turnus.problem.SolveRequest;
import no.turnus.problem.SolverPool;
import no.turnus.scenario.Comparison.CoverageResult;
import no.turnus.scenario.Comparison.Served;

/**
 * The Målselv sample: a roster-only scenario set (no home care) whose option moves the short-term beds to a
 * health centre at Andslimoen, and the legevakt's coverage of the municipality's places from Setermoen (Bardu
 * hosts it today), Andslimoen and Finnsnes. Solved short: the option changes only the institutions, so the one
 * roster is solved once.
 */
class MalselvScenarioTest {

    private static final SolveRequest MOVES = new SolveRequest(new TerminationConfig().withMoveCountLimit(5_000L),
            1L, null);

    private static Comparison comparison;

    @BeforeAll
    static void evaluate() throws IOException {
        ScenarioSet set = (ScenarioSet) new DatasetReader(StandardKinds.all())
                .read(Files.readAllBytes(Path.of("data-samples/scenario-malselv.json"))).dataset();
        comparison = new ScenarioEvaluator().evaluate(set, MOVES,
                new SolveContext<>(new SolverPool(2), new SolveControl(), null), null);
    }

    private static CoverageResult coverage(String startOfName) {
        return comparison.coverage().stream().filter(c -> c.name().startsWith(startOfName)).findFirst().orElseThrow();
    }

    @Test
    void solvesAndComparesTheInstitutions() {
        assertThat(comparison.rows()).extracting(Comparison.Row::scenario).containsExactly("baseline", "andslimoen");
        assertThat(comparison.rows()).allSatisfy(r -> assertThat(r.status()).isEqualTo(Comparison.Status.DONE));
        var difference = comparison.row("andslimoen").difference();
        // The roster is the same dataset: solved once, no difference from solver noise.
        for (Measure m : List.of(Measure.ROSTER_HOURS, Measure.UNCOVERED_SLOTS, Measure.REQUIRED_HOURS)) {
            assertThat(difference.get(m.key())).isZero();
        }
        assertThat(difference.get(Measure.BEDS_KAD.key())).isEqualTo(2.0);
        // The Skjold staff drive further to Andslimoen, each shift worked both ways: km added, and their cost.
        assertThat(comparison.row("andslimoen").measures().get(Measure.COMMUTE_KM_ADDED.key())).isPositive();
        assertThat(difference.get(Measure.COST_NOK.key())).isPositive();
        assertThat(comparison.row("andslimoen").measures().get(Measure.STAFF_COMMUTE_OVER_LIMIT.key())).isEqualTo(3.0);
    }

    @Test
    void theLegevaktAtAndslimoenReachesMoreOfThePopulationButNotSkjold() {
        CoverageResult setermoen = coverage("Legevakt at Setermoen");
        CoverageResult andslimoen = coverage("Legevakt at Andslimoen");
        assertThat(andslimoen.coveredPercent()).isGreaterThan(setermoen.coveredPercent());
        // Skjold (Øverbygd, 243 inhabitants) is beyond 40 minutes either way: never 100 %.
        assertThat(andslimoen.coveredPercent()).isLessThan(100.0);
        assertThat(andslimoen.outside()).extracting(Served::place).contains("Skjold");
        assertThat(andslimoen.population()).isEqualTo(2752 + 850 + 243);
        assertThat(andslimoen.withoutPopulation()).isEqualTo(4);
    }
}
