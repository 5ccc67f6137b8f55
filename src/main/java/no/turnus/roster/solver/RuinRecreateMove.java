package no.turnus.roster.solver;

import java.util.List;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;
import no.turnus.roster.domain.Employee;
import no.turnus.roster.domain.Roster;
import no.turnus.roster.domain.Slot;

/**
 * Takes one or two employees' whole horizon apart and builds it again (riv og bygg opp igjen): their unpinned
 * shifts are emptied and re-filled by {@link GreedyConstruction}'s pass over all employees, with its legality
 * checks ({@link StaffLedger}) and its prices. A different order of the same days often hands a run or a weekend
 * to someone else, which single-place and block moves reach only through worse plans. The recreate is computed
 * from the plan as it stands, so doing the move again on the same plan gives the same changes; Timefold undoes it
 * from the changes it records. The moves share one construction pass ({@link SharedPass}): each move changes it and
 * puts it back, and it follows the steps taken, so every move starts from a pass of the plan as it stands, as if it
 * had made its own.
 */
final class RuinRecreateMove extends AbstractMove<Roster> {

    private final List<Employee> employees;
    /** The ruined employees' unpinned shifts when the move was drawn (the plan does not change within a step). */
    private final List<Slot> ruined;
    /** The pass the moves share, or null: the move makes its own. */
    private final SharedPass sharedPass;

    RuinRecreateMove(List<Employee> employees, List<Slot> ruined) {
        this(employees, ruined, null);
    }

    RuinRecreateMove(List<Employee> employees, List<Slot> ruined, SharedPass sharedPass) {
        this.employees = employees;
        this.ruined = ruined;
        this.sharedPass = sharedPass;
    }

    /**
     * One {@link GreedyConstruction.Pass} for all the moves of a phase, made when the first of them is done and brought
     * up to the plan as it stands before each later one: the places whose employee changed since (the steps taken in
     * between; Timefold undoes every move it only tried) are taken into it ({@link GreedyConstruction.Pass#follow}).
     * Making a pass (a ledger of the whole plan) for every move, and then for every step, was most of a ruin and
     * recreate move's cost; under simulated annealing a step is a few dozen moves.
     */
    static final class SharedPass {
        private GreedyConstruction.Pass pass;
        /** Each slot's employee as the pass has it, in the order of the roster's slots. */
        private Employee[] known;

        GreedyConstruction.Pass of(Roster roster) {
            List<Slot> slots = roster.getSlots();
            if (pass == null || pass.roster() != roster) {
                pass = new GreedyConstruction.Pass(roster);
                known = new Employee[slots.size()];
                for (int i = 0; i < known.length; i++) {
                    known[i] = slots.get(i).getEmployee();
                }
                return pass;
            }
            // Every place left first, then every place taken: the ledger keeps one shift per employee and day, and
            // a place taken that day before the one left was counted would be lost with it.
            for (int i = 0; i < known.length; i++) {
                if (known[i] != null && slots.get(i).getEmployee() != known[i]) {
                    pass.follow(slots.get(i), known[i], null);
                    known[i] = null;
                }
            }
            for (int i = 0; i < known.length; i++) {
                Employee now = slots.get(i).getEmployee();
                if (now != known[i]) {
                    pass.follow(slots.get(i), null, now);
                    known[i] = now;
                }
            }
            return pass;
        }
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<Roster> scoreDirector) {
        return !ruined.isEmpty();
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<Roster> scoreDirector) {
        Roster roster = scoreDirector.getWorkingSolution();
        GreedyConstruction.Pass pass = sharedPass == null ? new GreedyConstruction.Pass(roster) : sharedPass.of(roster);
        pass.record();
        try {
            for (Slot slot : ruined) {
                pass.assign(scoreDirector, slot, null);
            }
            pass.fill(scoreDirector, ruined, () -> false);
        } finally {
            pass.rollback();
        }
    }

    @Override
    public List<Slot> getPlanningEntities() {
        return ruined;
    }

    @Override
    public List<Employee> getPlanningValues() {
        return employees;
    }

    @Override
    public String toString() {
        return "ruin and recreate " + employees + ruined;
    }
}
