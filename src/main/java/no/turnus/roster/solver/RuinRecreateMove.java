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
 * from the changes it records.
 */
final class RuinRecreateMove extends AbstractMove<Roster> {

    private final List<Employee> employees;
    /** The ruined employees' unpinned shifts when the move was drawn (the plan does not change within a step). */
    private final List<Slot> ruined;

    RuinRecreateMove(List<Employee> employees, List<Slot> ruined) {
        this.employees = employees;
        this.ruined = ruined;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<Roster> scoreDirector) {
        return !ruined.isEmpty();
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<Roster> scoreDirector) {
        GreedyConstruction.Pass pass = new GreedyConstruction.Pass(scoreDirector.getWorkingSolution());
        for (Slot slot : ruined) {
            pass.assign(scoreDirector, slot, null);
        }
        pass.fill(scoreDirector, ruined, () -> false);
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
