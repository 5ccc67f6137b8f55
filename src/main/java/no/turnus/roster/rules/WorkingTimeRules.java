package no.turnus.roster.rules;

import static no.turnus.roster.rules.RosterRules.NIGHT_WORK;
import static no.turnus.roster.rules.RosterRules.OVERTIME_LIMITS;
import static no.turnus.roster.rules.RosterRules.PAUSES;
import static no.turnus.roster.rules.RosterStreams.hours;
import static no.turnus.roster.rules.RosterStreams.hoursShort;
import static no.turnus.roster.rules.RosterStreams.timer;
import static no.turnus.roster.rules.RosterStreams.weekTotals;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import no.turnus.problem.Breach;
import no.turnus.roster.domain.Employee;
import no.turnus.roster.domain.Horizon;
import no.turnus.roster.domain.NightWork;
import no.turnus.roster.domain.OvertimeLimits;
import no.turnus.roster.domain.Pauses;
import no.turnus.roster.domain.Slot;
import no.turnus.roster.domain.WeekWindow;

/**
 * The law's limits on working time besides rest and weekly hours: pauses (AML §10-9), overtime per 7 days, 4 weeks
 * and 52 weeks (§10-6) and the night workers' average (§10-11). Periods of weeks are windows of the horizon's
 * calendar weeks, each starting at a {@link WeekWindow} ({@link Horizon#inWindow}).
 */
public final class WorkingTimeRules {

    private WorkingTimeRules() {
    }

    /** A shift without the pause its length needs; validation refuses such shift types, so this guards the law. */
    public static Constraint pauses(ConstraintFactory factory) {
        return factory.forEach(Slot.class)
                .filter(slot -> slot.shiftType().pauseMinutes() < Pauses.required(slot.shiftType().durationMinutes()))
                .penalize(PAUSES.weight())
                .justifyWith((slot, score) -> new Breach(slot.employee().id(), slot.date().toString(),
                        slot.label() + " lasts " + hours(slot.shiftType().durationMinutes()) + " h with "
                                + slot.shiftType().pauseMinutes() + " min pause; the law asks for "
                                + Pauses.describe(slot.shiftType().durationMinutes()), PAUSES.reference())
                        .nb(slot.label() + " varer " + timer(slot.shiftType().durationMinutes()) + " t med "
                                + slot.shiftType().pauseMinutes() + " min pause; loven krever "
                                + Pauses.describeNb(slot.shiftType().durationMinutes())))
                .asConstraint(PAUSES.ruleName());
    }

    /**
     * Overtime (overtid): the hours worked in a period beyond the full-time week times its weeks, at most the
     * contract's limit per 7 days (a calendar week), per 4 weeks in a row and per 52 weeks. Merarbeid, a part-timer's
     * hours up to the full-time week, is not overtime (AML §10-6).
     */
    public static Constraint overtimeLimits(ConstraintFactory factory) {
        return weekTotals(factory)
                .flattenLast(WorkingTimeRules::overtimeAboveLimits)
                .map((employee, overtime) -> employee, (employee, overtime) -> overtime.period(),
                        (employee, overtime) -> overtime.minutes())
                .penalize(OVERTIME_LIMITS.weight(), (employee, period, over) -> hoursShort(over, limit(employee, period)))
                .justifyWith((employee, period, over, score) -> new Breach(employee.id(), period.label(false),
                        hours(over) + " h overtime (beyond a " + hours(employee.contract().fullTimeWeeklyMinutes())
                                + " h full-time week) " + period.per(false) + "; at most "
                                + hours(limit(employee, period)), OVERTIME_LIMITS.reference())
                        .nb(employee.id(), period.label(true), timer(over) + " t overtid (utover en full uke på "
                                + timer(employee.contract().fullTimeWeeklyMinutes()) + " t) " + period.per(true)
                                + "; høyst " + timer(limit(employee, period))))
                .asConstraint(OVERTIME_LIMITS.ruleName());
    }

    /** A period of {@code weeks} (7 days, 4 weeks, 52 weeks) whose window starts at {@code window}. */
    record Period(WeekWindow window, int weeks) {

        /** The weeks of the period, e.g. "weeks 1-4" (in bokmål if {@code nb}); empty for the whole horizon. */
        String label(boolean nb) {
            Horizon horizon = window.horizon();
            int length = horizon.windowWeeks(weeks);
            if (length == horizon.weeks()) {
                return "";
            }
            int first = window.index() + 1;
            String week = nb ? "uke " : "week ";
            return length == 1 ? week + first : (nb ? week : "weeks ") + first + "-"
                    + ((window.index() + length - 1) % horizon.weeks() + 1);
        }

        /** How long the period is, e.g. "in 7 days" (in bokmål if {@code nb}). */
        String per(boolean nb) {
            Horizon horizon = window.horizon();
            String period = nb ? (weeks == 1 ? "7 dager" : weeks + " uker") : (weeks == 1 ? "7 days" : weeks + " weeks");
            if (horizon.windowWeeks(weeks) == weeks) {
                return (nb ? "på " : "in ") + period;
            }
            if (nb) {
                return horizon.cyclic() ? "på " + period + " når turnusen på " + horizon.weeks() + " uker gjentas"
                        : "i turnusens " + horizon.weeks() + " uker av en periode på " + period;
            }
            return horizon.cyclic() ? "in " + period + " as the " + horizon.weeks() + "-week roster repeats"
                    : "in the " + horizon.weeks() + " weeks of a " + period + " period";
        }
    }

    private static int limit(Employee employee, Period period) {
        return employee.contract().overtime().limitMinutes(period.weeks());
    }

    /** Overtime in a period: minutes beyond its full-time weeks. */
    record Overtime(Period period, int minutes) {
    }

    private static final int[] PERIODS = {OvertimeLimits.WEEK, OvertimeLimits.FOUR_WEEKS, OvertimeLimits.YEAR};

    /** The employee's overtime above the limit in each window (one from each week) of each period. */
    private static List<Overtime> overtimeAboveLimits(WeekTotals.Weeks totals) {
        List<Overtime> above = List.of();
        Employee employee = totals.employee();
        Horizon horizon = totals.horizon();
        for (int weeks : PERIODS) {
            int limit = employee.contract().overtime().limitMinutes(weeks);
            for (int first = 0; first < horizon.weeks(); first++) {
                if (!totals.worked(first, weeks)) {
                    continue;
                }
                int over = OvertimeLimits.overtimeMinutes(totals.minutes(first, weeks),
                        employee.contract().fullTimeWeeklyMinutes(), horizon.windowWeeks(weeks), weeks,
                        horizon.cyclic());
                if (over > 0 && over > limit) {
                    above = above.isEmpty() ? new ArrayList<>(2) : above;
                    above.add(new Overtime(new Period(WeekWindow.of(horizon, first), weeks), over));
                }
            }
        }
        return above;
    }

    /** A night worker's window of weeks: its paid minutes and night-work shifts. */
    record NightWindow(WeekWindow window, int minutes, int nights) {
    }

    /** The windows (one from each week) where the employee is a night worker and works above the limit. */
    private static List<NightWindow> nightWorkAboveLimit(WeekTotals.Weeks totals) {
        List<NightWindow> above = List.of();
        Horizon horizon = totals.horizon();
        int weeks = horizon.windowWeeks(NightWork.WINDOW_WEEKS);
        for (int first = 0; first < horizon.weeks(); first++) {
            if (!totals.worked(first, NightWork.WINDOW_WEEKS)) {
                continue;
            }
            int minutes = totals.minutes(first, NightWork.WINDOW_WEEKS);
            int nights = totals.nights(first, NightWork.WINDOW_WEEKS);
            if (NightWork.regular(nights, weeks) && minutes > NightWork.limitMinutes(weeks)) {
                above = above.isEmpty() ? new ArrayList<>(2) : above;
                above.add(new NightWindow(WeekWindow.of(horizon, first), minutes, nights));
            }
        }
        return above;
    }

    /**
     * Night workers (more than 3 h between 21:00 and 06:00 on at least one shift a week of the window) work at most
     * 8 h per 24 hours on average over any 4 weeks, the 35 h weekly rest not counted: 177.3 h ({@link NightWork}).
     */
    public static Constraint nightWork(ConstraintFactory factory) {
        return weekTotals(factory)
                .flattenLast(WorkingTimeRules::nightWorkAboveLimit)
                .map((employee, night) -> employee, (employee, night) -> night.window(),
                        (employee, night) -> night.minutes(), (employee, night) -> night.nights())
                .penalize(NIGHT_WORK.weight(), (employee, window, minutes, nights) ->
                        hoursShort(minutes, NightWork.limitMinutes(weeks(window))))
                .justifyWith((employee, window, minutes, nights, score) -> new Breach(employee.id(),
                        new Period(window, NightWork.WINDOW_WEEKS).label(false), "works " + hours(minutes) + " h in "
                                + weeks(window) + " weeks with " + nights + " night shifts; a night worker at most "
                                + hours(NightWork.limitMinutes(weeks(window)))
                                + " h (8 h per 24 hours on average, the 35 h weekly rest not counted)",
                        NIGHT_WORK.reference())
                        .nb(employee.id(), new Period(window, NightWork.WINDOW_WEEKS).label(true), "jobber "
                                + timer(minutes) + " t på " + weeks(window) + " uker med " + nights
                                + " nattevakter; en nattarbeider høyst " + timer(NightWork.limitMinutes(weeks(window)))
                                + " t (i snitt 8 t per døgn, ukehvilen på 35 t ikke medregnet)"))
                .asConstraint(NIGHT_WORK.ruleName());
    }

    private static int weeks(WeekWindow window) {
        return window.horizon().windowWeeks(NightWork.WINDOW_WEEKS);
    }
}
