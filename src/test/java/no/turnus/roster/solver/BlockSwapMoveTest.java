package no.turnus.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import no.turnus.StepLimitedSolve;
import no.turnus.roster.domain.Employee;
import no.turnus.roster.domain.Roster;
import no.turnus.roster.domain.Slot;

/**
 * Block moves alone, in FULL_ASSERT (every move's incremental score checked against a full calculation, and the
 * undo checked), on a small Norwegian and a small INRC roster with pinned places.
 */
class BlockSwapMoveTest {

    @Test
    void blockMovesKeepTheScoreRightAndPinnedPlacesFixedOnANorwegianRoster() {
        searchWithBlocksOnly(RosterSolverTestData.sample("roster-small.json"), "any");
    }

    @Test
    void blockSwapsKeepTheScoreRightOnAnInrcRoster() {
        searchWithBlocksOnly(RosterSolverTestData.inrc("sprint01"), "swap");
    }

    @Test
    void blockTransfersKeepTheScoreRightOnAnInrcRoster() {
        searchWithBlocksOnly(RosterSolverTestData.inrc("sprint02"), "transfer");
    }

    private static void searchWithBlocksOnly(Roster problem, String mode) {
        // A built plan with every fifth place pinned to whoever has it (replanning).
        Roster built = SolverFactory.<Roster>create(new SolverConfig(RosterSolverTestData.KIND.solverConfig(problem))
                .withPhases(RosterSearch.construction())).buildSolver().solve(problem);
        Map<String, Employee> pinned = new java.util.HashMap<>();
        for (int i = 0; i < built.getSlots().size(); i += 5) {
            Slot slot = built.getSlots().get(i);
            slot.setPinned(true);
            pinned.put(slot.getId(), slot.getEmployee());
        }
        Map<Slot, Employee> before = new IdentityHashMap<>();
        built.getSlots().forEach(slot -> before.put(slot, slot.getEmployee()));
        var tabu = RosterSearch.tabu(RosterSearch.Moves.PLACES)
                .withMoveSelectorConfig(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(BlockMoveFactory.class)
                        .withMoveIteratorFactoryCustomProperties(Map.of("mode", mode, "maxDays", "5")))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(40));
        SolverConfig config = StepLimitedSolve.config(new SolverConfig(RosterSolverTestData.KIND.solverConfig(problem))
                .withPhases(tabu).withEnvironmentMode(EnvironmentMode.FULL_ASSERT), 4, 7L);
        Roster searched = SolverFactory.<Roster>create(config).buildSolver().solve(built);

        List<String> moved = new ArrayList<>();
        for (Slot slot : searched.getSlots()) {
            if (pinned.containsKey(slot.getId())) {
                assertThat(slot.getEmployee()).as(slot.getId()).isSameAs(pinned.get(slot.getId()));
            }
        }
        for (Slot slot : built.getSlots()) {
            Slot after = searched.getSlots().stream().filter(s -> s.getId().equals(slot.getId())).findFirst().orElseThrow();
            if (after.getEmployee() != before.get(slot)) {
                moved.add(slot.getId());
            }
        }
        assertThat(moved).as("the block moves changed the plan").isNotEmpty();
        assertThat(searched.getScore().hardScore()).isGreaterThanOrEqualTo(built.getScore().hardScore());
    }
}
