package no.turnus.roster.rules;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;
import no.turnus.problem.Rule;
import no.turnus.roster.domain.Employee;
import no.turnus.roster.domain.Horizon;
import no.turnus.roster.domain.Run;
import no.turnus.roster.domain.Slot;

/**
 * Streams and helpers the roster rule themes (and rule sets built on them, such as INRC-2010's) share. Per-employee
 * run rules read the runs from {@link WorkedDays} and per-week hour rules from {@link WeekTotals}, both kept
 * incrementally as shifts move; each rule passes on only its breaches. The runs of worked days, nights, weekends and
 * red days are flattened straight from the employee's group, whose container knows the horizon of its shifts: a join
 * with the horizon and a map per rule in between were a good part of a move's score calculation (roster-merged, JFR
 * and {@code RosterScoreSpeedProbe each}).
 */
public final class RosterStreams {

    private RosterStreams() {
    }

    /*
     * One instance of each key function and collector the streams below group by: Timefold shares a node between
     * rules only when its functions are the same objects, and a method reference written in two places is two.
     */
    private static final Function<Slot, Employee> EMPLOYEE = Slot::employee;

    /** Each employee's shifts, paid minutes and night-work shifts per week ({@link WeekTotals}), one node for all rules. */
    public static BiConstraintStream<Employee, WeekTotals.Weeks> weekTotals(ConstraintFactory factory) {
        return factory.forEach(Slot.class).groupBy(EMPLOYEE, WeekTotals.INSTANCE);
    }

    /** Places whose competence or authorisation the employee lacks. */
    public static UniConstraintStream<Slot> lackingCompetence(ConstraintFactory factory) {
        return factory.forEach(Slot.class).filter(slot -> !slot.getRequirement().metBy(slot.employee()));
    }

    /** Shifts on a weekend day as the employee's contract defines the weekend. */
    public static UniConstraintStream<Slot> weekendSlots(ConstraintFactory factory) {
        return factory.forEach(Slot.class).filter(slot -> slot.weekend() >= 0);
    }

    /** Runs of worked Sundays and holidays of each employee, in the order of the horizon's red days. */
    public static BiConstraintStream<Employee, Run> redDayRuns(ConstraintFactory factory, WorkedDays.RunTest keep) {
        return factory.forEach(Slot.class)
                .filter(slot -> slot.redDay() >= 0)
                .groupBy(EMPLOYEE, WorkedDays.RED_DAYS)
                .flattenLast(days -> days.workedRuns(days.horizon().redDays().size(), days.horizon().cyclic(), keep));
    }

    /**
     * Runs of worked weekends of each employee (a weekend is worked when any of its days is) that {@code keep} keeps
     * (a rule keeps those it penalises).
     */
    public static BiConstraintStream<Employee, Run> weekendRuns(ConstraintFactory factory, WorkedDays.RunTest keep) {
        return weekendSlots(factory)
                .groupBy(EMPLOYEE, WorkedDays.WEEKENDS)
                .flattenLast(days -> days.workedRuns(days.employee().contract().weekend().count(days.horizon()),
                        days.horizon().cyclic(), keep));
    }

    /**
     * How many weekends each employee works (a weekend is worked when any of its days is), read from the group of
     * {@link #weekendRuns}: one group node for the weekend rules.
     */
    public static BiConstraintStream<Employee, Integer> weekendsWorked(ConstraintFactory factory) {
        return weekendSlots(factory).groupBy(EMPLOYEE, WorkedDays.WEEKENDS)
                .map((employee, days) -> employee, (employee, days) -> days.worked());
    }

    /** Days of the weekend inside the horizon (a weekend cut by the end of the horizon is shorter). */
    public static int weekendLength(Employee employee, int weekend, Horizon horizon) {
        return employee.contract().weekend().daysInHorizon(horizon, weekend);
    }

    /**
     * Each employee's shifts by day ({@link DayShifts}): one node for the runs of working and of free days, One shift
     * per day, the daily rest rules and Free days after nights.
     */
    static BiConstraintStream<Employee, DayShifts.Shifts> dayShifts(ConstraintFactory factory) {
        return factory.forEach(Slot.class).groupBy(EMPLOYEE, DayShifts.INSTANCE);
    }

    /** The runs of working days of each employee that {@code keep} keeps (a rule keeps those it penalises). */
    public static BiConstraintStream<Employee, Run> workedDayRuns(ConstraintFactory factory, WorkedDays.RunTest keep) {
        return dayShifts(factory).flattenLast(shifts -> workedRuns(shifts.days(), keep));
    }

    /** The same on the shifts {@code which} only (such as nights). */
    public static BiConstraintStream<Employee, Run> dayRuns(ConstraintFactory factory, Predicate<Slot> which,
                                                            WorkedDays.RunTest keep) {
        return factory.forEach(Slot.class).filter(which::test).groupBy(EMPLOYEE, WorkedDays.DAYS)
                .flattenLast(days -> workedRuns(days, keep));
    }

    private static List<Run> workedRuns(WorkedDays.Days days, WorkedDays.RunTest keep) {
        return days.workedRuns(days.horizon().days(), days.horizon().cyclic(), keep);
    }

    /**
     * The runs of free days of each employee, including the whole horizon for someone with no shift at all, that
     * {@code keep} keeps (a rule keeps those it penalises). Staff with shifts are read straight from their
     * {@link DayShifts} group; staff with none come from a stream of their own, so that a move's change of a group
     * passes through no complement, horizon join and map (as {@code complement(Employee.class)} made it do).
     */
    public static BiConstraintStream<Employee, Run> freeRuns(ConstraintFactory factory, WorkedDays.RunTest keep) {
        BiConstraintStream<Employee, Run> withShifts = dayShifts(factory).flattenLast(shifts ->
                WorkedDays.freeRuns(shifts.days().employee(), shifts.days(), shifts.days().horizon(), keep));
        BiConstraintStream<Employee, Run> withoutShifts = factory.forEach(Employee.class)
                .ifNotExists(Slot.class, Joiners.equal(employee -> employee, EMPLOYEE))
                .join(Horizon.class)
                .map((employee, horizon) -> employee,
                        (employee, horizon) -> WorkedDays.freeRuns(employee, null, horizon, keep))
                .flattenLast(runs -> runs);
        return withShifts.concat(withoutShifts);
    }

    /** The employee's contract multiplier of a rule. */
    public static int weight(Employee employee, Rule.Entry rule) {
        return employee.contract().weight(rule);
    }

    /** The contract multiplier of a rule for the employee of an assigned slot. */
    public static int weight(Slot slot, Rule.Entry rule) {
        return slot.employee().contract().weight(rule);
    }

    /** Started hours between two minute counts, at least 1. */
    static int hoursShort(int required, int actual) {
        return Math.max(1, (required - actual + 59) / 60);
    }

    /** Minutes as hours for a message: whole hours plain, else one decimal. */
    public static String hours(int minutes) {
        return minutes % 60 == 0 ? Integer.toString(minutes / 60) : String.format(Locale.ROOT, "%.1f", minutes / 60.0);
    }

    /** The same in bokmål, with a decimal comma ("35,5"). */
    public static String timer(int minutes) {
        return hours(minutes).replace('.', ',');
    }
}
