package no.turnus.homecare.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import no.turnus.BenchInstances;
import no.turnus.StepLimitedSolve;
import no.turnus.homecare.HomecareKind;
import no.turnus.homecare.domain.HomecarePlan;
import no.turnus.io.solomon.SolomonFormat;
import no.turnus.io.solomon.SolomonReader;

/**
 * Route-emptying ruin-and-recreate alone (every move empties a route), after the construction, on Solomon C101 (a
 * fixed cost per route), under FULL_ASSERT: it closes routes the construction opened and never leaves a visit out
 * to do so. (Mixed with the other moves it is what gets Solomon R201 and RC201 from 5 routes to 4: RESULTS.md.)
 */
class RouteEmptyingTest {

    private static final HomecareKind KIND = new HomecareKind();

    @Test
    void emptyingMovesCloseRoutesAndKeepEveryVisitPlanned() {
        HomecarePlan constructed = solve(0);
        HomecarePlan emptied = solve(300);

        assertThat(routesUsed(emptied)).isLessThan(routesUsed(constructed));
        assertThat(emptied.getVisits()).allMatch(v -> v.getCaregiverDay() != null);
        assertThat(emptied.getScore().hardScore()).isZero();
        assertThat(emptied.getScore().mediumScore()).isZero();
    }

    private static HomecarePlan solve(int steps) {
        HomecarePlan plan = KIND.toSolution(new SolomonFormat().toDataset(SolomonReader.read(
                BenchInstances.of("solomon/C101.txt"))), Map.of());
        List<PhaseConfig> phases = new ArrayList<>(HomecareSearch.construction(plan));
        if (steps > 0) {
            phases.add(new LocalSearchPhaseConfig().withMoveSelectorConfig(new MoveIteratorFactoryConfig()
                    .withMoveIteratorFactoryClass(RuinRecreateMoves.class)
                    .withMoveIteratorFactoryCustomProperties(Map.of("emptyingShare", "1"))));
        }
        SolverConfig config = HomecareSearch.config(phases).withEnvironmentMode(EnvironmentMode.FULL_ASSERT);
        return SolverFactory.<HomecarePlan>create(StepLimitedSolve.config(config, steps, 1L))
                .buildSolver().solve(plan);
    }

    private static long routesUsed(HomecarePlan plan) {
        return plan.getCaregiverDays().stream().filter(day -> !day.getVisits().isEmpty()).count();
    }
}
