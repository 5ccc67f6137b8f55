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
 * from the changes it records. The moves of one step share one construction pass ({@link StepPass}): each move
 * changes it and puts it back, so every move starts from a pass of the step's plan, as if it had made its own.
 */
final class RuinRecreateMove extends AbstractMove<Roster> {

    private final List<Employee> employees;
    /** The ruined employees' unpinned shifts when the move was drawn (the plan does not change within a step). */
    private final List<Slot> ruined;
    /** The pass of the step's plan the moves of a step share, or null: the move makes its own. */
    private final StepPass stepPass;

    RuinRecreateMove(List<Employee> employees, List<Slot> ruined) {
        this(employees, ruined, null);
    }

    RuinRecreateMove(List<Employee> employees, List<Slot> ruined, StepPass stepPass) {
        this.employees = employees;
        this.ruined = ruined;
        this.stepPass = stepPass;
    }

    /**
     * One {@link GreedyConstruction.Pass} for the moves of one step, made when the first of them is done: the plan is
     * then the step's, as it is again for every later move of the step (Timefold undoes each before the next). Making
     * a pass (a ledger of the whole plan) for every move was most of a ruin and recreate move's cost.
     */
    static final class StepPass {
        private GreedyConstruction.Pass pass;

        GreedyConstruction.Pass of(Roster roster) {
            if (pass == null || pass.roster() != roster) {
                pass = new GreedyConstruction.Pass(roster);
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
        GreedyConstruction.Pass pass = stepPass == null ? new GreedyConstruction.Pass(roster) : stepPass.of(roster);
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
