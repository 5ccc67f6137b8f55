package no.turnus.homecare.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import no.turnus.BenchInstances;
import no.turnus.StepLimitedSolve;
import no.turnus.homecare.HomecareKind;
import no.turnus.homecare.domain.CaregiverDay;
import no.turnus.homecare.domain.HomecarePlan;
import no.turnus.homecare.domain.Visit;
import no.turnus.io.mankowska.MankowskaFormat;
import no.turnus.io.mankowska.MankowskaReader;

/**
 * {@link HomecareStarts} on Mankowska 25_1 (double visits and sequenced pairs) with the first two visits of some
 * routes pinned, under FULL_ASSERT (the score after the phase recomputed from scratch and compared), followed by a
 * few local search steps: the adopted routes keep the incremental times exact, the pinned visits where they were,
 * and the same seed gives the same routes.
 */
class HomecareStartsTest {

    private static final HomecareKind KIND = new HomecareKind();

    @Test
    void bestStartIsAdoptedExactlyWithPinnedVisitsKept() {
        HomecarePlan built = pinned(constructed());
        Map<String, List<String>> pinnedBefore = pinnedPrefixes(built);
        assertThat(pinnedBefore).isNotEmpty();
        HomecarePlan once = solve(built);
        HomecarePlan again = solve(pinned(constructed()));

        assertThat(pinnedPrefixes(once)).isEqualTo(pinnedBefore);
        assertThat(once.getScore().hardScore()).isZero();
        assertThat(SolutionManager.create(SolverFactory.<HomecarePlan>create(HomecareSearch.config())).update(once))
                .isEqualTo(once.getScore());
        assertThat(routes(again)).isEqualTo(routes(once));
    }

    private static HomecarePlan solve(HomecarePlan plan) {
        List<PhaseConfig> phases = new ArrayList<>();
        phases.add(new CustomPhaseConfig().withCustomPhaseCommands(
                new HomecareStarts(HomecareSearch.config(plan), 3, 3_000, 5L)));
        phases.add(HomecareSearch.localSearch(HomecareSearch.moves(plan), 1));
        SolverConfig config = HomecareSearch.config(phases).withEnvironmentMode(EnvironmentMode.FULL_ASSERT);
        return SolverFactory.<HomecarePlan>create(StepLimitedSolve.config(config, 30, 3L)).buildSolver().solve(plan);
    }

    private static HomecarePlan constructed() {
        HomecarePlan plan = KIND.toSolution(new MankowskaFormat().toDataset(MankowskaReader.read(
                BenchInstances.of("mankowska2014/InstanzCPLEX_HCSRP_25_1.txt"))), Map.of());
        assertThat(plan.getVisits()).anyMatch(Visit::isDouble).anyMatch(v -> v.getPredecessor() != null);
        return SolverFactory.<HomecarePlan>create(StepLimitedSolve.config(
                HomecareSearch.config(HomecareSearch.construction(plan)), 0, 1L)).buildSolver().solve(plan);
    }

    /** Every second route with at least three visits gets its first two pinned. */
    private static HomecarePlan pinned(HomecarePlan plan) {
        List<CaregiverDay> days = plan.getCaregiverDays().stream().filter(d -> d.getVisits().size() >= 3).toList();
        for (int d = 0; d < days.size(); d += 2) {
            days.get(d).setPinnedCount(2);
        }
        return plan;
    }

    private static Map<String, List<String>> pinnedPrefixes(HomecarePlan plan) {
        return plan.getCaregiverDays().stream().filter(d -> d.getPinnedCount() > 0).collect(
                Collectors.toMap(CaregiverDay::getId, d -> d.getVisits().subList(0, d.getPinnedCount())
                        .stream().map(Visit::getId).toList()));
    }

    private static List<List<String>> routes(HomecarePlan plan) {
        return plan.getCaregiverDays().stream().map(d -> d.getVisits().stream().map(Visit::getId).toList()).toList();
    }
}
