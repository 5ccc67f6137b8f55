package no.turnus.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import no.turnus.StepLimitedSolve;
import no.turnus.roster.domain.Employee;
import no.turnus.roster.domain.Roster;
import no.turnus.roster.domain.Slot;

/**
 * Change and swap moves filtered to eligible employees, in FULL_ASSERT (each move's incremental score checked against
 * a full calculation, and its undo checked), with pinned places: the pinned places keep their employee and every
 * place the search fills goes to someone eligible for it.
 */
class EligibleMovesTest {

    @Test
    void filteredPlaceMovesKeepTheScoreRightAndPinnedPlacesFixed() {
        Roster problem = RosterSolverTestData.sample("roster-small.json");
        Roster built = SolverFactory.<Roster>create(new SolverConfig(RosterSolverTestData.KIND.solverConfig(problem))
                .withPhases(RosterSearch.construction())).buildSolver().solve(problem);
        Map<String, Employee> before = RosterSolverTestData.employeesById(built);
        Map<String, Employee> pinned = RosterSolverTestData.pinEveryFifth(built);
        SolverConfig config = StepLimitedSolve.config(new SolverConfig(RosterSolverTestData.KIND.solverConfig(problem))
                .withPhases(RosterSearch.tabu(RosterSearch.Moves.PLACES, 40, true))
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT), 6, 7L);
        Roster searched = SolverFactory.<Roster>create(config).buildSolver().solve(built);

        int moved = 0;
        for (Slot slot : searched.getSlots()) {
            if (pinned.containsKey(slot.getId())) {
                assertThat(slot.getEmployee()).as(slot.getId()).isSameAs(pinned.get(slot.getId()));
            }
            assertThat(EligibleMoves.eligible(slot, slot.getEmployee())).as(slot.toString()).isTrue();
            moved += slot.getEmployee() == before.get(slot.getId()) ? 0 : 1;
        }
        assertThat(moved).as("places the search gave to someone else").isPositive();
    }
}
