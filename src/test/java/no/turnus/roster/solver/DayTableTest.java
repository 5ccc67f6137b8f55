package no.turnus.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import no.turnus.roster.domain.Roster;
import no.turnus.roster.domain.Slot;

/**
 * The day table the block and weekend move factories keep from step to step ({@link DayTable}) must be the table of
 * the plan as it stands: after every step it equals a table made afresh, and the factories that keep it draw the same
 * moves as new ones with the same random numbers. The steps are block and weekend moves, swaps of two places of one
 * day between their employees, and places given to someone who already works that day (a plan that breaks one shift
 * a day, where the order of her places decides which a block move takes), on a plan with every fifth place pinned;
 * half way a phase ends and the tables are made again.
 */
class DayTableTest {

    @Test
    void aKeptTableFollowsTheStepsAsATableMadeAfresh() {
        Roster problem = RosterSolverTestData.sample("roster-small.json");
        Roster roster = RosterSolverTestData.built(problem);
        RosterSolverTestData.pinEveryFifth(roster);
        try (InnerScoreDirector<Roster, HardMediumSoftScore> director = RosterSolverTestData.scoreDirector(problem)) {
            director.setWorkingSolution(roster);
            follow(roster, director);
        }
    }

    private static void follow(Roster roster, ScoreDirector<Roster> director) {
        DayTable table = new DayTable();
        BlockMoveFactory blocks = new BlockMoveFactory();
        WeekendMoveFactory weekends = new WeekendMoveFactory();
        Random random = new Random(7);
        int[] steps = new int[4];
        for (int step = 0; step < 80; step++) {
            assertSame(table.of(roster), new DayTable().of(roster), roster);
            List<String> blockMoves = draws(blocks.createRandomMoveIterator(director, new Random(step)));
            assertThat(blockMoves).as("block moves at step " + step)
                    .isEqualTo(draws(new BlockMoveFactory().createRandomMoveIterator(director, new Random(step))));
            List<String> weekendMoves = draws(weekends.createRandomMoveIterator(director, new Random(step)));
            assertThat(weekendMoves).as("weekend moves at step " + step)
                    .isEqualTo(draws(new WeekendMoveFactory().createRandomMoveIterator(director, new Random(step))));
            int kind = step % 4;
            boolean taken = switch (kind) {
                case 0 -> doable(blocks.createRandomMoveIterator(director, random), director);
                case 1 -> doable(weekends.createRandomMoveIterator(director, random), director);
                case 2 -> RosterSolverTestData.swapSameDay(director, roster, random);
                default -> doubleUp(director, roster, random);
            };
            steps[kind] += taken ? 1 : 0;
            if (step == 40) { // a phase ends: the next one starts from a table made afresh
                blocks.phaseEnded(director);
                weekends.phaseEnded(director);
                table.clear();
            }
        }
        assertThat(steps).as("block, weekend, same-day swap and double-shift steps taken").doesNotContain(0);
    }

    private static void assertSame(DayTable kept, DayTable fresh, Roster roster) {
        for (int e = 0; e < roster.getEmployees().size(); e++) {
            for (int day = 0; day < roster.getHorizon().days(); day++) {
                assertThat(kept.places(e, day)).as("employee %d day %d", e, day)
                        .containsExactlyElementsOf(fresh.places(e, day));
            }
            assertThat(kept.weekendsWorked(e)).as("employee %d's weekends", e).isEqualTo(fresh.weekendsWorked(e));
            for (int w = 0; w < fresh.weekends(); w++) {
                assertThat(kept.worksWeekend(e, w)).as("employee %d weekend %d", e, w).isEqualTo(fresh.worksWeekend(e, w));
            }
        }
    }

    private static List<String> draws(Iterator<BlockSwapMove> moves) {
        return java.util.stream.Stream.generate(moves::next).limit(30).map(Object::toString).toList();
    }

    /** Takes the first doable move drawn as a step; false if none in 30 draws. */
    private static boolean doable(Iterator<BlockSwapMove> moves, ScoreDirector<Roster> director) {
        for (int draw = 0; draw < 30; draw++) {
            BlockSwapMove move = moves.next();
            if (move.isMoveDoable(director)) {
                move.doMoveOnGenuineVariables(director);
                return true;
            }
        }
        return false;
    }

    /** Gives an unpinned place to someone who works an earlier place of the roster that day; false if none found. */
    private static boolean doubleUp(ScoreDirector<Roster> director, Roster roster, Random random) {
        List<Slot> slots = roster.getSlots();
        for (int draw = 0; draw < 200; draw++) {
            int i = random.nextInt(slots.size());
            int j = random.nextInt(slots.size());
            Slot earlier = slots.get(Math.min(i, j));
            Slot later = slots.get(Math.max(i, j));
            if (i != j && earlier.dayIndex() == later.dayIndex() && earlier.getEmployee() != null
                    && later.getEmployee() != earlier.getEmployee() && !later.isPinned()) {
                director.beforeVariableChanged(later, "employee");
                later.setEmployee(earlier.getEmployee());
                director.afterVariableChanged(later, "employee");
                director.triggerVariableListeners();
                return true;
            }
        }
        return false;
    }
}
