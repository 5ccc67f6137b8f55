package no.turnus.roster.solver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;
import no.turnus.roster.domain.Employee;
import no.turnus.roster.domain.Roster;
import no.turnus.roster.domain.Slot;

/**
 * Two employees trade everything they work on a run of consecutive days (bytte en vaktblokk): her shifts in the
 * block become his and his become hers. When he works none of those days, the block simply moves to him. Runs of
 * days, weekends and night series move whole, which single-place moves can only do through worse plans in between.
 * Timefold undoes the move itself (it records the variable changes).
 */
public final class BlockSwapMove extends AbstractMove<Roster> {

    private final Employee first;
    private final Employee second;
    private final List<Slot> firstSlots;
    private final List<Slot> secondSlots;

    /** @param firstSlots the first employee's shifts in the block, {@code secondSlots} the second's */
    BlockSwapMove(Employee first, Employee second, List<Slot> firstSlots, List<Slot> secondSlots) {
        this.first = first;
        this.second = second;
        this.firstSlots = firstSlots;
        this.secondSlots = secondSlots;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<Roster> scoreDirector) {
        return first != second && !(firstSlots.isEmpty() && secondSlots.isEmpty());
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<Roster> scoreDirector) {
        for (Slot slot : firstSlots) {
            reassign(scoreDirector, slot, second);
        }
        for (Slot slot : secondSlots) {
            reassign(scoreDirector, slot, first);
        }
    }

    private static void reassign(ScoreDirector<Roster> scoreDirector, Slot slot, Employee employee) {
        scoreDirector.beforeVariableChanged(slot, "employee");
        slot.setEmployee(employee);
        scoreDirector.afterVariableChanged(slot, "employee");
    }

    @Override
    public Collection<?> getPlanningEntities() {
        List<Slot> slots = new ArrayList<>(firstSlots.size() + secondSlots.size());
        slots.addAll(firstSlots);
        slots.addAll(secondSlots);
        return slots;
    }

    @Override
    public Collection<?> getPlanningValues() {
        return List.of(first, second);
    }

    @Override
    public String toString() {
        return "block " + first + firstSlots + " <-> " + second + secondSlots;
    }
}
