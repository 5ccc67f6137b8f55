package no.turnus.roster.domain;

import no.turnus.roster.input.RosterDataset;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import no.turnus.roster.rules.RosterRuleSet;

/** The roster being planned (turnus): slots to fill with employees over the horizon. */
@PlanningSolution
public class Roster {

    /** The dataset's name, for reports (not seen by the solver). */
    private String name;
    @ProblemFactProperty
    private Horizon horizon;
    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<Employee> employees;
    @ProblemFactCollectionProperty
    private List<Wish> wishes;
    @ProblemFactCollectionProperty
    private List<WeekWindow> weeks;
    @PlanningEntityCollectionProperty
    private List<Slot> slots;
    private ConstraintWeightOverrides<HardMediumSoftScore> constraintWeightOverrides;
    /** The rules that score this roster (not seen by the solver: the kind picks their provider). */
    private RosterRuleSet ruleSet = RosterRuleSet.NORWEGIAN;
    /**
     * Per employee id, the days of the horizon that are ferie (absences with the reason {@code ferie}): the report's
     * FE code. Not seen by the solver: to the rules they are absences like any other.
     */
    private java.util.Map<String, java.util.BitSet> ferieDays = java.util.Map.of();
    @PlanningScore
    private HardMediumSoftScore score;

    public Roster() {
    }

    public Roster(String name, Horizon horizon, List<Employee> employees, List<Wish> wishes,
                  List<WeekWindow> weeks, List<Slot> slots,
                  ConstraintWeightOverrides<HardMediumSoftScore> constraintWeightOverrides, RosterRuleSet ruleSet) {
        this.ruleSet = ruleSet;
        this.name = name;
        this.horizon = horizon;
        this.employees = employees;
        this.wishes = wishes;
        this.weeks = weeks;
        this.slots = slots;
        this.constraintWeightOverrides = constraintWeightOverrides;
    }

    public String getName() {
        return name;
    }

    public Horizon getHorizon() {
        return horizon;
    }

    public List<Employee> getEmployees() {
        return employees;
    }

    public List<Wish> getWishes() {
        return wishes;
    }

    public List<WeekWindow> getWeeks() {
        return weeks;
    }

    public List<Slot> getSlots() {
        return slots;
    }

    public ConstraintWeightOverrides<HardMediumSoftScore> getConstraintWeightOverrides() {
        return constraintWeightOverrides;
    }

    public void setConstraintWeightOverrides(ConstraintWeightOverrides<HardMediumSoftScore> overrides) {
        this.constraintWeightOverrides = overrides;
    }

    public RosterRuleSet getRuleSet() {
        return ruleSet;
    }

    public java.util.Map<String, java.util.BitSet> getFerieDays() {
        return ferieDays;
    }

    public void setFerieDays(java.util.Map<String, java.util.BitSet> ferieDays) {
        this.ferieDays = ferieDays;
    }

    public HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }
}
