package no.turnus.roster.rules;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static no.turnus.roster.rules.RosterRules.ABOVE_POSITION;
import static no.turnus.roster.rules.RosterRules.CONTRACT_HOURS;
import static no.turnus.roster.rules.RosterRules.ISOLATED_DAYS_OFF;
import static no.turnus.roster.rules.RosterRules.ISOLATED_WORK_DAYS;
import static no.turnus.roster.rules.RosterRules.MAX_AVERAGE_HOURS;
import static no.turnus.roster.rules.RosterRules.MAX_CONSECUTIVE_DAYS;
import static no.turnus.roster.rules.RosterRules.MAX_WEEKLY_HOURS;
import static no.turnus.roster.rules.RosterRules.SHIFT_TOO_LONG;
import static no.turnus.roster.rules.RosterRules.WEIGHTED_HOURS;
import static no.turnus.roster.rules.RosterStreams.freeRuns;
import static no.turnus.roster.rules.RosterStreams.hours;
import static no.turnus.roster.rules.RosterStreams.hoursShort;
import static no.turnus.roster.rules.RosterStreams.timer;
import static no.turnus.roster.rules.RosterStreams.weekTotals;
import static no.turnus.roster.rules.RosterStreams.weight;
import static no.turnus.roster.rules.RosterStreams.workedDayRuns;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.tri.TriConstraintStream;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;
import no.turnus.problem.Breach;
import no.turnus.roster.domain.Employee;
import no.turnus.roster.domain.Horizon;
import no.turnus.roster.domain.Slot;
import no.turnus.roster.domain.WeekWindow;

/** Working hours: shift length, weekly and average hours, contract hours, and the runs of working and free days. */
public final class HoursRules {

    private HoursRules() {
    }

    public static Constraint shiftTooLong(ConstraintFactory factory) {
        return factory.forEach(Slot.class)
                .filter(slot -> slot.shiftType().durationMinutes() > slot.employee().contract().maxShiftMinutes())
                .penalize(SHIFT_TOO_LONG.weight())
                .justifyWith((slot, score) -> new Breach(slot.employee().id(), slot.date().toString(),
                        slot.label() + " lasts " + hours(slot.shiftType().durationMinutes()) + " h, more than the "
                                + hours(slot.employee().contract().maxShiftMinutes()) + " h allowed",
                        SHIFT_TOO_LONG.reference())
                        .nb(slot.label() + " varer " + timer(slot.shiftType().durationMinutes()) + " t, mer enn de "
                                + timer(slot.employee().contract().maxShiftMinutes()) + " t som er tillatt"))
                .asConstraint(SHIFT_TOO_LONG.ruleName());
    }

    public static Constraint maxWeeklyHours(ConstraintFactory factory) {
        return weekTotals(factory)
                .flattenLast(HoursRules::weeksAboveMax)
                .map((employee, week) -> employee, (employee, week) -> week.week(), (employee, week) -> week.minutes())
                .penalize(MAX_WEEKLY_HOURS.weight(),
                        (employee, week, minutes) -> hoursShort(minutes, employee.contract().maxWeeklyMinutes()))
                .justifyWith((employee, week, minutes, score) -> new Breach(employee.id(), "week " + (week + 1),
                        "works " + hours(minutes) + " h in one week (at most "
                                + hours(employee.contract().maxWeeklyMinutes()) + " h)", MAX_WEEKLY_HOURS.reference())
                        .nb(employee.id(), "uke " + (week + 1), "jobber " + timer(minutes) + " t på én uke (høyst "
                                + timer(employee.contract().maxWeeklyMinutes()) + " t)"))
                .asConstraint(MAX_WEEKLY_HOURS.ruleName());
    }

    /** At most 48 h a week on average over the contract's window (8 weeks unless agreed longer), AML §10-5. */
    public static Constraint maxAverageHours(ConstraintFactory factory) {
        return weekTotals(factory)
                .flattenLast(HoursRules::windowsAboveAverage)
                .map((employee, window) -> employee, (employee, window) -> window.window(),
                        (employee, window) -> window.minutes())
                .penalize(MAX_AVERAGE_HOURS.weight(), (employee, window, minutes) ->
                        hoursShort(minutes, averageLimit(employee, window)))
                .justifyWith((employee, window, minutes, score) -> {
                    int weeks = employee.contract().averagingWeeks(window.horizon());
                    String span = weeks == window.horizon().weeks() ? "" : (window.index() + 1) + "-"
                            + ((window.index() + weeks - 1) % window.horizon().weeks() + 1);
                    return new Breach(employee.id(), span.isEmpty() ? "" : "weeks " + span, "averages "
                            + hours(minutes / weeks) + " h a week over " + weeks + " weeks (at most "
                            + hours(employee.contract().maxAverageWeeklyMinutes()) + " h on average)",
                            MAX_AVERAGE_HOURS.reference())
                            .nb(employee.id(), span.isEmpty() ? "" : "uke " + span, "i snitt " + timer(minutes / weeks)
                                    + " t i uka over " + weeks + " uker (høyst "
                                    + timer(employee.contract().maxAverageWeeklyMinutes()) + " t i snitt)");
                })
                .asConstraint(MAX_AVERAGE_HOURS.ruleName());
    }

    private static int averageLimit(Employee employee, WeekWindow window) {
        return averageLimit(employee, window.horizon());
    }

    private static int averageLimit(Employee employee, Horizon horizon) {
        return employee.contract().maxAverageWeeklyMinutes() * employee.contract().averagingWeeks(horizon);
    }

    /** A week (uke) and its paid minutes. */
    record WeekMinutes(int week, int minutes) {
    }

    /** A window of weeks and the paid minutes in it. */
    record WindowMinutes(WeekWindow window, int minutes) {
    }

    /** The weeks worked above the contract's most hours in one week (AML §10-5). */
    private static List<WeekMinutes> weeksAboveMax(WeekTotals.Weeks weeks) {
        List<WeekMinutes> above = List.of();
        int max = weeks.employee().contract().maxWeeklyMinutes();
        for (int week = 0; week < weeks.horizon().weeks(); week++) {
            if (weeks.worked(week) && weeks.minutes(week) > max) {
                above = above.isEmpty() ? new ArrayList<>(2) : above;
                above.add(new WeekMinutes(week, weeks.minutes(week)));
            }
        }
        return above;
    }

    /** The averaging windows (one from each week) worked above the 48 h average (AML §10-5). */
    private static List<WindowMinutes> windowsAboveAverage(WeekTotals.Weeks weeks) {
        List<WindowMinutes> above = List.of();
        Employee employee = weeks.employee();
        Horizon horizon = weeks.horizon();
        int length = employee.contract().averagingWeeks();
        int limit = averageLimit(employee, horizon);
        for (int first = 0; first < horizon.weeks(); first++) {
            if (weeks.worked(first, length) && weeks.minutes(first, length) > limit) {
                above = above.isEmpty() ? new ArrayList<>(2) : above;
                above.add(new WindowMinutes(WeekWindow.of(horizon, first), weeks.minutes(first, length)));
            }
        }
        return above;
    }

    public static Constraint contractHours(ConstraintFactory factory) {
        return hoursAgainstTarget(factory, CONTRACT_HOURS, false);
    }

    /** Contract hours for tredelt turnus, where nights, Sundays and holidays count extra (KS HTA kap. 1 §4.2.4). */
    public static Constraint weightedHours(ConstraintFactory factory) {
        return hoursAgainstTarget(factory, WEIGHTED_HOURS, true);
    }

    /*
     * The planned paid minutes and weighting credit of each member of staff (substitutes have no position): one node
     * for Contract hours, Weighted hours and Above position, which each grouped the same shifts by employee before
     * (each move updated two of those groups). The functions are single instances, so Timefold shares the nodes.
     */
    private static final Predicate<Slot> STAFF = slot -> !slot.employee().substitute();
    private static final Function<Slot, Employee> EMPLOYEE = Slot::employee;
    private static final UniConstraintCollector<Slot, ?, Integer> PAID = sum(Slot::paidMinutes);
    private static final UniConstraintCollector<Slot, ?, Integer> CREDIT = sum(Slot::creditMinutes);
    private static final Function<Employee, Integer> NO_MINUTES = employee -> 0;

    private static TriConstraintStream<Employee, Integer, Integer> staffHours(ConstraintFactory factory) {
        return factory.forEach(Slot.class).filter(STAFF).groupBy(EMPLOYEE, PAID, CREDIT);
    }

    /** Planned hours (weighted for tredelt turnus) against the position's, for the staff with or without weighting. */
    private static Constraint hoursAgainstTarget(ConstraintFactory factory, RosterRules rule, boolean tredelt) {
        return staffHours(factory)
                .complement(Employee.class, NO_MINUTES, NO_MINUTES)
                .filter((employee, minutes, credit) -> !employee.substitute()
                        && employee.contract().tredeltTurnus() == tredelt
                        && Math.abs(employee.countedMinutes(minutes, credit) - employee.targetMinutes()) >= 30)
                .penalize(rule.weight(), (employee, minutes, credit) -> weight(employee, rule)
                        * ((Math.abs(employee.countedMinutes(minutes, credit) - employee.targetMinutes()) + 30) / 60))
                .justifyWith((employee, minutes, credit, score) -> new Breach(employee.id(), "",
                        "planned " + hours(minutes) + " h" + weighting(employee, minutes, credit, false) + " against "
                                + hours(employee.targetMinutes()) + " h for a " + employee.positionPercent()
                                + " % position", rule.reference())
                        .nb("planlagt " + timer(minutes) + " t" + weighting(employee, minutes, credit, true) + " mot "
                                + timer(employee.targetMinutes()) + " t for en stilling på "
                                + employee.positionPercent() + " %"))
                .asConstraint(rule.ruleName());
    }

    /**
     * Positions are a cap: staff are planned above their position's hours (weighted for tredelt turnus) only as far
     * as they want more or the contract tolerates. Substitutes from the pool have no position.
     */
    public static Constraint abovePosition(ConstraintFactory factory) {
        return staffHours(factory)
                .filter((employee, minutes, credit) -> employee.countedMinutes(minutes, credit) > employee.capMinutes())
                .penalize(ABOVE_POSITION.weight(), (employee, minutes, credit) ->
                        hoursShort(employee.countedMinutes(minutes, credit), employee.capMinutes()))
                .justifyWith((employee, minutes, credit, score) -> new Breach(employee.id(), "",
                        "planned " + hours(employee.countedMinutes(minutes, credit)) + " h"
                                + (credit > 0 ? " (weighted)" : "") + " in a " + employee.positionPercent()
                                + " % position of " + hours(employee.targetMinutes()) + " h; at most "
                                + hours(employee.capMinutes()) + " h with the extra hours wanted or tolerated",
                        ABOVE_POSITION.reference())
                        .nb("planlagt " + timer(employee.countedMinutes(minutes, credit)) + " t"
                                + (credit > 0 ? " (vektet)" : "") + " i en stilling på " + employee.positionPercent()
                                + " % (" + timer(employee.targetMinutes()) + " t); høyst "
                                + timer(employee.capMinutes()) + " t med ønsket eller tålt merarbeid"))
                .asConstraint(ABOVE_POSITION.ruleName());
    }

    /** How tredelt turnus weighted the hours, in English or (if {@code nb}) in bokmål; empty for other staff. */
    private static String weighting(Employee employee, int minutes, int credit, boolean nb) {
        if (!employee.contract().tredeltTurnus()) {
            return "";
        }
        IntFunction<String> h = nb ? RosterStreams::timer : RosterStreams::hours;
        return String.format(nb ? ", regnet som %s t med natt, søndag og helligdag vektet (+%s t, høyst +%s t, ned til"
                        + " 33,6 t i en hel stilling)," : ", counted as %s h with nights, Sundays and holidays weighted"
                        + " (+%s h, at most +%s h, down to 33.6 h a full-time week),",
                h.apply(employee.countedMinutes(minutes, credit)), h.apply(credit), h.apply(employee.creditCapMinutes()));
    }

    public static Constraint maxConsecutiveDays(ConstraintFactory factory) {
        return workedDayRuns(factory, (employee, length, open) -> length > employee.contract().maxConsecutiveWorkingDays())
                .penalize(MAX_CONSECUTIVE_DAYS.weight(), (employee, run) -> weight(employee, MAX_CONSECUTIVE_DAYS)
                        * (run.length() - employee.contract().maxConsecutiveWorkingDays()))
                .justifyWith((employee, run, score) -> new Breach(employee.id(), "day " + (run.first() + 1),
                        "works " + run.length() + " days in a row (at most "
                                + employee.contract().maxConsecutiveWorkingDays() + ")",
                        MAX_CONSECUTIVE_DAYS.reference())
                        .nb(employee.id(), "dag " + (run.first() + 1), "jobber " + run.length()
                                + " dager på rad (høyst " + employee.contract().maxConsecutiveWorkingDays() + ")"))
                .asConstraint(MAX_CONSECUTIVE_DAYS.ruleName());
    }

    public static Constraint isolatedWorkDays(ConstraintFactory factory) {
        return workedDayRuns(factory, (employee, length, open) -> length < employee.contract().minConsecutiveWorkingDays()
                        && employee.contract().judgesMinimum(open))
                .penalize(ISOLATED_WORK_DAYS.weight(), (employee, run) -> weight(employee, ISOLATED_WORK_DAYS)
                        * (employee.contract().minConsecutiveWorkingDays() - run.length()))
                .justifyWith((employee, run, score) -> new Breach(employee.id(), "day " + (run.first() + 1),
                        "works a run of only " + run.length() + " day(s) between days off",
                        ISOLATED_WORK_DAYS.reference())
                        .nb(employee.id(), "dag " + (run.first() + 1), "jobber bare " + run.length()
                                + " dag(er) mellom fridager"))
                .asConstraint(ISOLATED_WORK_DAYS.ruleName());
    }

    public static Constraint isolatedDaysOff(ConstraintFactory factory) {
        return freeRuns(factory, (employee, length, open) -> length < employee.contract().minConsecutiveFreeDays()
                        && employee.contract().judgesMinimum(open))
                .penalize(ISOLATED_DAYS_OFF.weight(), (employee, run) -> weight(employee, ISOLATED_DAYS_OFF)
                        * (employee.contract().minConsecutiveFreeDays() - run.length()))
                .justifyWith((employee, run, score) -> new Breach(employee.id(), "day " + (run.first() + 1),
                        "has only " + run.length() + " day(s) off between working days", ISOLATED_DAYS_OFF.reference())
                        .nb(employee.id(), "dag " + (run.first() + 1), "har bare " + run.length()
                                + " fridag(er) mellom arbeidsdager"))
                .asConstraint(ISOLATED_DAYS_OFF.ruleName());
    }
}
