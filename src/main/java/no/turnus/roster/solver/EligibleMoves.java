package no.turnus.roster.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.ChangeMove;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.SwapMove;
import no.turnus.roster.domain.Employee;
import no.turnus.roster.domain.Roster;
import no.turnus.roster.domain.Slot;

/**
 * Filters for the single-place change and swap moves under the Norwegian rules: a move is offered only when each
 * place it fills goes to someone who may work in its ward, meets what it requires, is not away that day and may work
 * a shift that long. Those rules are hard and depend on nothing else in the plan, so the moves the filters drop
 * break a hard rule whatever the rest of the plan is; drawn at random over all places and employees they were most
 * of the change and swap moves on a roster of several wards (roster-merged: four wards, four competences). Emptying
 * a place is always offered.
 */
public final class EligibleMoves {

    private EligibleMoves() {
    }

    /** Whether the employee (null: nobody) may fill the slot as far as the plan-independent hard rules go. */
    static boolean eligible(Slot slot, Employee employee) {
        return employee == null || eligible(slot, employee, true);
    }

    /**
     * Whether the employee may fill the slot as far as the hard rules that depend on nothing else in the plan go:
     * ward, absence, shift length and, when {@code competence} (it is hard), what the place requires. The one
     * statement of these rules for the search's filters and the construction's {@link StaffLedger#mayTake}.
     */
    static boolean eligible(Slot slot, Employee employee, boolean competence) {
        return employee.mayWorkIn(slot.ward()) && !employee.isUnavailable(slot.dayIndex())
                && slot.shiftType().durationMinutes() <= employee.contract().maxShiftMinutes()
                && (!competence || slot.getRequirement().metBy(employee));
    }

    /** Change moves that give the place to an eligible employee or to nobody. */
    public static final class Change implements SelectionFilter<Roster, ChangeMove<Roster>> {
        @Override
        public boolean accept(ScoreDirector<Roster> scoreDirector, ChangeMove<Roster> move) {
            return eligible((Slot) move.getEntity(), (Employee) move.getToPlanningValue());
        }
    }

    /** Swap moves where each place goes to an eligible employee (or to nobody). */
    public static final class Swap implements SelectionFilter<Roster, SwapMove<Roster>> {
        @Override
        public boolean accept(ScoreDirector<Roster> scoreDirector, SwapMove<Roster> move) {
            Slot left = (Slot) move.getLeftEntity();
            Slot right = (Slot) move.getRightEntity();
            return eligible(left, right.getEmployee()) && eligible(right, left.getEmployee());
        }
    }
}
