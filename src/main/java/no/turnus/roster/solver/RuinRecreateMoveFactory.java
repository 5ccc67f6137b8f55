package no.turnus.roster.solver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import no.turnus.roster.domain.Employee;
import no.turnus.roster.domain.Roster;
import no.turnus.roster.domain.Slot;

/**
 * Random {@link RuinRecreateMove}s: one employee, or (every other move) two, the second one who shares a ward or
 * the competence with the first, so that the recreate can trade shifts between them.
 */
public final class RuinRecreateMoveFactory implements MoveIteratorFactory<Roster, RuinRecreateMove> {

    /** Draws for a second employee who shares a ward or the competence before the move ruins the first alone. */
    private static final int PARTNER_DRAWS = 20;

    /** The construction pass the moves share, kept up to the plan as the steps go ({@link RuinRecreateMove.SharedPass}). */
    private final RuinRecreateMove.SharedPass pass = new RuinRecreateMove.SharedPass();

    @Override
    public long getSize(ScoreDirector<Roster> scoreDirector) {
        long employees = scoreDirector.getWorkingSolution().getEmployees().size();
        return employees * employees;
    }

    @Override
    public Iterator<RuinRecreateMove> createOriginalMoveIterator(ScoreDirector<Roster> scoreDirector) {
        throw new UnsupportedOperationException("ruin and recreate is only selected at random");
    }

    @Override
    public Iterator<RuinRecreateMove> createRandomMoveIterator(ScoreDirector<Roster> scoreDirector, Random random) {
        return new Draws(scoreDirector.getWorkingSolution(), random, pass);
    }

    /** The moves of one step: the plan does not change while a step looks at moves, so the shift lists hold. */
    private static final class Draws implements Iterator<RuinRecreateMove> {

        private final Random random;
        private final Roster roster;
        private final List<Employee> staff;
        /**
         * Each employee's unpinned shifts, found when the step draws its first move: ruin and recreate is drawn in
         * few steps of an annealing search (one accepted move a step, some 30 moves).
         */
        private Map<Employee, List<Slot>> movable;

        private final RuinRecreateMove.SharedPass pass;

        Draws(Roster roster, Random random, RuinRecreateMove.SharedPass pass) {
            this.random = random;
            this.pass = pass;
            this.roster = roster;
            this.staff = roster.getEmployees();
        }

        private Map<Employee, List<Slot>> movable() {
            if (movable == null) {
                movable = new IdentityHashMap<>();
                for (Slot slot : roster.getSlots()) {
                    if (slot.getEmployee() != null && !slot.isPinned()) {
                        movable.computeIfAbsent(slot.getEmployee(), e -> new ArrayList<>()).add(slot);
                    }
                }
            }
            return movable;
        }

        @Override
        public boolean hasNext() {
            return !staff.isEmpty();
        }

        @Override
        public RuinRecreateMove next() {
            Employee first = staff.get(random.nextInt(staff.size()));
            Employee second = random.nextBoolean() ? partner(first) : null;
            List<Slot> mine = movable().getOrDefault(first, List.of());
            if (second == null) {
                return new RuinRecreateMove(List.of(first), mine, pass);
            }
            List<Slot> both = new ArrayList<>(mine);
            both.addAll(movable().getOrDefault(second, List.of()));
            return new RuinRecreateMove(List.of(first, second), Collections.unmodifiableList(both), pass);
        }

        private Employee partner(Employee first) {
            if (staff.size() < 2) {
                return null;
            }
            for (int draw = 0; draw < PARTNER_DRAWS; draw++) {
                Employee other = staff.get(random.nextInt(staff.size()));
                if (other != first && (Objects.equals(other.competence(), first.competence())
                        || other.mayWorkIn(first.homeWard()) || first.mayWorkIn(other.homeWard()))) {
                    return other;
                }
            }
            return null;
        }
    }
}
