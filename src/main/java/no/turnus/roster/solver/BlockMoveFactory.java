package no.turnus.roster.solver;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import no.turnus.roster.domain.Employee;
import no.turnus.roster.domain.Roster;
import no.turnus.roster.domain.Slot;

/**
 * Random {@link BlockSwapMove}s: two employees, a first day and a length of 1 to {@code maxDays} days. A block is
 * only offered when neither side holds a pinned place in it (replanning keeps those) and each place goes to someone
 * who may work in its ward and meets what it requires, so the search spends its time on blocks that could pay.
 * {@code mode} (a custom property) narrows the offer to true swaps ({@code swap}: both work in the block) or to
 * handing a block to someone free then ({@code transfer}); {@code any} offers both.
 */
public final class BlockMoveFactory extends DayTableMoves {

    private int maxDays = 7;

    public void setMaxDays(int maxDays) {
        this.maxDays = maxDays;
    }

    @Override
    public long getSize(ScoreDirector<Roster> scoreDirector) {
        Roster roster = scoreDirector.getWorkingSolution();
        long employees = roster.getEmployees().size();
        return employees * (employees - 1) * roster.getHorizon().days() * maxDays;
    }

    @Override
    public Iterator<BlockSwapMove> createRandomMoveIterator(ScoreDirector<Roster> scoreDirector, Random random) {
        return new Draws(scoreDirector.getWorkingSolution(), random);
    }

    /** The moves of one step: the plan does not change while a step looks at moves, so its day table holds. */
    private final class Draws implements Iterator<BlockSwapMove> {

        private final Random random;
        private final List<Employee> staff;
        private final int days;

        Draws(Roster roster, Random random) {
            this.random = random;
            this.staff = roster.getEmployees();
            this.days = roster.getHorizon().days();
            table.of(roster);
        }

        @Override
        public boolean hasNext() {
            return staff.size() >= 2;
        }

        @Override
        public BlockSwapMove next() {
            for (int draw = 0; draw < DRAWS; draw++) {
                int a = random.nextInt(staff.size());
                int b = random.nextInt(staff.size() - 1);
                b = b >= a ? b + 1 : b;
                int start = random.nextInt(days);
                int end = Math.min(days, start + 1 + random.nextInt(maxDays));
                List<Slot> first = block(a, b, start, end);
                List<Slot> second = first == null ? null : block(b, a, start, end);
                if (second != null && wanted(first, second)) {
                    return new BlockSwapMove(staff.get(a), staff.get(b), first, second);
                }
            }
            return new BlockSwapMove(staff.get(0), staff.get(0), List.of(), List.of());
        }

        private boolean wanted(List<Slot> first, List<Slot> second) {
            return switch (form) {
                case SWAP -> !first.isEmpty() && !second.isEmpty();
                case TRANSFER -> first.isEmpty() != second.isEmpty();
                case ANY -> !first.isEmpty() || !second.isEmpty();
            };
        }

        /** Owner's places from start to end (exclusive) as the receiver could take them, or null if one may not move. */
        private List<Slot> block(int owner, int receiver, int start, int end) {
            Employee taker = staff.get(receiver);
            List<Slot> slots = new ArrayList<>(end - start);
            for (int day = start; day < end; day++) {
                Slot slot = table.first(owner, day);
                if (slot == null) {
                    continue;
                }
                if (slot.isPinned() || !taker.mayWorkIn(slot.ward()) || !slot.getRequirement().metBy(taker)) {
                    return null;
                }
                slots.add(slot);
            }
            return slots;
        }
    }
}
