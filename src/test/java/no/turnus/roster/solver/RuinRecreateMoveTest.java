package no.turnus.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import no.turnus.StepLimitedSolve;
import no.turnus.roster.domain.Employee;
import no.turnus.roster.domain.Roster;
import no.turnus.roster.domain.Slot;

/**
 * Ruin and recreate alone: in FULL_ASSERT (each move's incremental score checked against a full calculation, and
 * its undo checked) with pinned places, and on a legal plan, where re-filling with the construction's legality
 * checks must never break a hard rule.
 */
class RuinRecreateMoveTest {

    @Test
    void ruinAndRecreateKeepsTheScoreRightAndPinnedPlacesFixed() {
        Roster problem = RosterSolverTestData.sample("roster-small.json");
        Roster built = RosterSolverTestData.built(problem);
        Map<String, Employee> before = RosterSolverTestData.employeesById(built);
        Map<String, Employee> pinned = RosterSolverTestData.pinEveryFifth(built);
        var tabu = RosterSearch.tabu(RosterSearch.Moves.PLACES)
                .withMoveSelectorConfig(new MoveIteratorFactoryConfig()
                        .withMoveIteratorFactoryClass(RuinRecreateMoveFactory.class))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(10));
        SolverConfig config = StepLimitedSolve.config(new SolverConfig(RosterSolverTestData.KIND.solverConfig(problem))
                .withPhases(tabu).withEnvironmentMode(EnvironmentMode.FULL_ASSERT), 4, 7L);
        Roster searched = SolverFactory.<Roster>create(config).buildSolver().solve(built);

        int moved = 0;
        for (Slot slot : searched.getSlots()) {
            if (pinned.containsKey(slot.getId())) {
                assertThat(slot.getEmployee()).as(slot.getId()).isSameAs(pinned.get(slot.getId()));
            }
            moved += slot.getEmployee() == before.get(slot.getId()) ? 0 : 1;
        }
        assertThat(moved).as("places the ruin and recreate gave to someone else").isPositive();
    }

    @Test
    void reFillingALegalPlanNeverBreaksAHardRule() {
        Roster problem = RosterSolverTestData.sample("roster-small.json");
        Roster built = RosterSolverTestData.built(problem);
        try (InnerScoreDirector<Roster, HardMediumSoftScore> director = RosterSolverTestData.scoreDirector(problem)) {
            director.setWorkingSolution(built);
            HardMediumSoftScore start = director.calculateScore().raw();
            assertThat(start.hardScore()).as("the construction's plan is legal").isZero();
            Random random = new Random(11);
            int changed = 0;
            for (int i = 0; i < 30; i++) {
                RuinRecreateMove move = nextDoable(director, random);
                Map<Slot, Employee> assigned = assignments(built);
                move.doMoveOnly(director);
                HardMediumSoftScore after = director.calculateScore().raw();
                assertThat(after.hardScore()).as(move.toString()).isZero();
                changed += assigned.equals(assignments(built)) ? 0 : 1;
            }
            assertThat(changed).as("moves that changed the plan").isPositive();
        }
    }

    /**
     * The moves share one construction pass, which each move changes and puts back and which follows the plan from
     * step to step: every move must change the plan exactly as the same move with a pass of its own, also after steps
     * that changed the plan. Every other round takes a step: the move (made with its own pass) and a swap of two
     * places of the same day between their employees, the change a pass that follows place by place can get wrong.
     */
    @Test
    void movesSharingAPassChangeThePlanAsMovesWithTheirOwnPassFromStepToStep() {
        Roster problem = RosterSolverTestData.sample("roster-small.json");
        Roster built = RosterSolverTestData.built(problem);
        try (InnerScoreDirector<Roster, HardMediumSoftScore> director = RosterSolverTestData.scoreDirector(problem)) {
            director.setWorkingSolution(built);
            director.calculateScore();
            RuinRecreateMoveFactory factory = new RuinRecreateMoveFactory();
            Random random = new Random(5);
            int compared = 0;
            int changed = 0;
            int swaps = 0;
            for (int i = 0; i < 60; i++) {
                Map<Slot, Employee> start = assignments(built);
                RuinRecreateMove shared = factory.createRandomMoveIterator(director, random).next();
                if (!shared.isMoveDoable(director)) {
                    continue;
                }
                shared.doMoveOnly(director);
                Map<Slot, Employee> withShared = assignments(built);
                restore(director, built, start);
                new RuinRecreateMove(shared.getPlanningValues(), shared.getPlanningEntities()).doMoveOnly(director);
                assertThat(assignments(built)).as(shared.toString()).isEqualTo(withShared);
                changed += withShared.equals(start) ? 0 : 1;
                compared++;
                if (i % 2 == 0) {
                    restore(director, built, start);
                } else {
                    swaps += RosterSolverTestData.swapSameDay(director, built, random) ? 1 : 0;
                }
            }
            assertThat(compared).isPositive();
            assertThat(changed).as("moves that changed the plan").isPositive();
            assertThat(swaps).as("same-day swaps taken as steps").isPositive();
        }
    }

    private static void restore(ScoreDirector<Roster> director, Roster roster, Map<Slot, Employee> assignments) {
        for (Slot slot : roster.getSlots()) {
            Employee employee = assignments.get(slot);
            if (slot.getEmployee() != employee) {
                director.beforeVariableChanged(slot, "employee");
                slot.setEmployee(employee);
                director.afterVariableChanged(slot, "employee");
            }
        }
        director.triggerVariableListeners();
    }

    private static RuinRecreateMove nextDoable(ScoreDirector<Roster> director, Random random) {
        var moves = new RuinRecreateMoveFactory().createRandomMoveIterator(director, random);
        RuinRecreateMove move = moves.next();
        while (!move.isMoveDoable(director)) {
            move = moves.next();
        }
        return move;
    }

    private static Map<Slot, Employee> assignments(Roster roster) {
        Map<Slot, Employee> map = new java.util.IdentityHashMap<>();
        roster.getSlots().forEach(slot -> map.put(slot, slot.getEmployee()));
        return map;
    }
}
