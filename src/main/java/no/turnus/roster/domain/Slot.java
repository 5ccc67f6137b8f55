package no.turnus.roster.domain;

import java.time.LocalDate;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * One position to fill on a post: the planning entity. The solver picks its employee, or leaves it empty
 * (uncovered demand). Slots up to the minimum head count are required; slots up to the preferred head count
 * are {@code optional}.
 */
@PlanningEntity
public class Slot {

    @PlanningId
    private String id;
    private Post post;
    private Requirement requirement;
    private boolean optional;
    /** A place above the preferred head count: filling it is overstaffing (only imported plans do). */
    private boolean surplus;
    @PlanningPin
    private boolean pinned;
    /**
     * Starts within 14 days of the day the plan is changed (replanning): a change to it has short notice (AML §10-3).
     * Set when the roster is built; not a planning variable.
     */
    private boolean shortNotice;
    /** The employee in the previous plan, when replanning: moving away from it costs a little. */
    private Employee reference;

    @PlanningVariable(allowsUnassigned = true)
    private Employee employee;

    public Slot() {
    }

    public Slot(String id, Post post, Requirement requirement, boolean optional) {
        this(id, post, requirement, optional, false);
    }

    public Slot(String id, Post post, Requirement requirement, boolean optional, boolean surplus) {
        this.id = id;
        this.post = post;
        this.requirement = requirement;
        this.optional = optional || surplus;
        this.surplus = surplus;
    }

    public String getId() {
        return id;
    }

    public Post getPost() {
        return post;
    }

    public Requirement getRequirement() {
        return requirement;
    }

    public boolean isOptional() {
        return optional;
    }

    public boolean isSurplus() {
        return surplus;
    }

    public boolean isPinned() {
        return pinned;
    }

    public boolean isShortNotice() {
        return shortNotice;
    }

    public void setShortNotice(boolean shortNotice) {
        this.shortNotice = shortNotice;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public Employee getReference() {
        return reference;
    }

    public void setReference(Employee reference) {
        this.reference = reference;
    }

    public Employee getEmployee() {
        return employee;
    }

    public void setEmployee(Employee employee) {
        this.employee = employee;
    }

    // Short accessors used by the constraint streams.

    public Employee employee() {
        return employee;
    }

    public String ward() {
        return post.ward();
    }

    public LocalDate date() {
        return post.date();
    }

    public int dayIndex() {
        return post.dayIndex();
    }

    public ShiftType shiftType() {
        return post.shiftType();
    }

    public int startMinute() {
        return post.startMinute();
    }

    public int endMinute() {
        return post.endMinute();
    }

    public int paidMinutes() {
        return post.shiftType().paidMinutes();
    }

    /** Extra minutes this shift counts towards the employee's hours: the KS weighting, for tredelt turnus only. */
    public int creditMinutes() {
        return employee.contract().creditMinutes(post);
    }

    public boolean isNight() {
        return post.shiftType().isNight();
    }

    public boolean isWeekend() {
        return post.isWeekend();
    }

    public String label() {
        return post.label();
    }

    /** The weekend of the employee's contract this slot falls in, or -1 (the slot must be assigned). */
    public int weekend() {
        return employee.contract().weekendOf(post.horizon(), post.dayIndex());
    }

    /** The Sunday or holiday this shift counts as work on ({@link Post#redDay()}), or -1. */
    public int redDay() {
        return post.redDay();
    }

    /** Position of the day in that weekend (0 = its first day), or -1. */
    public int weekendDay() {
        return employee.contract().weekend().offset(post.horizon(), post.dayIndex());
    }

    @Override
    public String toString() {
        return id + (employee == null ? "" : "=" + employee.id());
    }
}
