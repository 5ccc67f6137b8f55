package no.turnus.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import ai.timefold.solver.core.impl.phase.scope.AbstractStepScope;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import no.turnus.StepLimitedSolve;
import no.turnus.roster.domain.Employee;
import no.turnus.roster.domain.Roster;
import no.turnus.roster.domain.Slot;

/**
 * Targeted weekend moves ({@link WeekendMoveFactory}) on a small Norwegian roster with every fifth place pinned: the
 * moves drawn hand over whole weekends of someone with too many to an eligible colleague free then and leave pinned
 * places alone, and a search over them alone in FULL_ASSERT (each move's incremental score checked against a full
 * calculation, and its undo) keeps the pinned places and changes the plan.
 */
class WeekendMoveFactoryTest {

    @ParameterizedTest
    @ValueSource(strings = {"any", "swap", "transfer"})
    void weekendMovesKeepTheScoreRightAndPinnedPlacesFixed(String mode) {
        Roster problem = RosterSolverTestData.sample("roster-small.json");
        Roster built = RosterSolverTestData.built(problem);
        Map<String, Employee> before = RosterSolverTestData.employeesById(built);
        Map<String, Employee> pinned = RosterSolverTestData.pinEveryFifth(built);
        try (InnerScoreDirector<Roster, HardMediumSoftScore> director = RosterSolverTestData.scoreDirector(problem)) {
            director.setWorkingSolution(built);
            assertDrawn(mode, director);
        }

        var tabu = RosterSearch.tabu(RosterSearch.Moves.PLACES)
                .withMoveSelectorConfig(new MoveIteratorFactoryConfig()
                        .withMoveIteratorFactoryClass(WeekendMoveFactory.class)
                        .withMoveIteratorFactoryCustomProperties(Map.of("mode", mode))
                        // A small roster has few weekend moves and the tabu list bars some: a step looks at 100.
                        .withSelectedCountLimit(100L))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(4));
        SolverConfig config = StepLimitedSolve.config(new SolverConfig(RosterSolverTestData.KIND.solverConfig(problem))
                .withPhases(tabu).withEnvironmentMode(EnvironmentMode.FULL_ASSERT), 4, 7L);
        Solver<Roster> solver = SolverFactory.<Roster>create(config).buildSolver();
        // The best plan may well be the built one (four steps of weekend moves alone need not improve it), so the
        // plan is checked after every step: pinned places kept, every place eligible, and places moved.
        int[] moved = {0};
        ((DefaultSolver<Roster>) solver).addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
            @Override
            public void stepEnded(AbstractStepScope<Roster> step) {
                for (Slot slot : step.getWorkingSolution().getSlots()) {
                    if (pinned.containsKey(slot.getId())) {
                        assertThat(slot.getEmployee()).as(slot.getId()).isEqualTo(pinned.get(slot.getId()));
                    }
                    assertThat(EligibleMoves.eligible(slot, slot.getEmployee())).as(slot.toString()).isTrue();
                    moved[0] += Objects.equals(slot.getEmployee(), before.get(slot.getId())) ? 0 : 1;
                }
            }
        });
        Roster searched = solver.solve(built);

        for (Slot slot : searched.getSlots()) {
            if (pinned.containsKey(slot.getId())) {
                assertThat(slot.getEmployee()).as(slot.getId()).isEqualTo(pinned.get(slot.getId()));
            }
        }
        assertThat(moved[0]).as("places the weekend moves gave to someone else, summed over the steps").isPositive();
        assertThat(searched.getScore().hardScore()).isGreaterThanOrEqualTo(built.getScore().hardScore());
    }

    /** The moves drawn from the built plan: whole weekends, no pinned place, each place to someone eligible. */
    private static void assertDrawn(String mode, ScoreDirector<Roster> director) {
        WeekendMoveFactory factory = new WeekendMoveFactory();
        factory.setMode(mode);
        Iterator<BlockSwapMove> draws = factory.createRandomMoveIterator(director, new Random(3));
        int doable = 0;
        for (int i = 0; i < 200; i++) {
            BlockSwapMove move = draws.next();
            if (!move.isMoveDoable(director)) {
                continue;
            }
            doable++;
            List<Employee> pair = new ArrayList<>();
            move.getPlanningValues().forEach(value -> pair.add((Employee) value));
            Set<Integer> weekends = new HashSet<>();
            for (Object entity : move.getPlanningEntities()) {
                Slot slot = (Slot) entity;
                assertThat(slot.isPinned()).as(slot.toString()).isFalse();
                Employee taker = slot.getEmployee() == pair.get(0) ? pair.get(1) : pair.get(0);
                assertThat(EligibleMoves.eligible(slot, taker, true)).as(slot + " to " + taker).isTrue();
                assertThat(slot.weekend() >= 0 || slot.isNight()).as(slot + " is a weekend place or its Friday night")
                        .isTrue();
                weekends.add(slot.getEmployee() == pair.get(0) ? 0 : 1);
            }
            assertThat(weekends).as("transfers move one side only, swaps both")
                    .hasSize(mode.equals("transfer") ? 1 : mode.equals("swap") ? 2 : weekends.size());
        }
        assertThat(doable).as("doable weekend moves among 200 draws").isPositive();
    }
}
