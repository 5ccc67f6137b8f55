package no.turnus.roster.rules;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.filtering;
import static no.turnus.roster.rules.RosterRules.NIGHT_WORK;
import static no.turnus.roster.rules.RosterRules.OVERTIME_LIMITS;
import static no.turnus.roster.rules.RosterRules.PAUSES;
import static no.turnus.roster.rules.RosterStreams.hours;
import static no.turnus.roster.rules.RosterStreams.hoursShort;
import static no.turnus.roster.rules.RosterStreams.timer;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.tri.TriConstraintStream;
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
        return overtime(factory, OvertimeLimits.WEEK)
                .concat(overtime(factory, OvertimeLimits.FOUR_WEEKS))
                .concat(overtime(factory, OvertimeLimits.YEAR))
                .filter((employee, period, over) -> over > limit(employee, period))
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

    /** Each employee's overtime in each window of a period of {@code weeks}, where there is any. */
    private static TriConstraintStream<Employee, Period, Integer> overtime(ConstraintFactory factory, int weeks) {
        var slots = factory.forEach(Slot.class);
        // A week's own window is found by its index; longer ones by whether they hold the slot's week.
        var inWindows = weeks == OvertimeLimits.WEEK
                ? slots.join(WeekWindow.class, equal((Slot slot) -> slot.getPost().week(), WeekWindow::index))
                : slots.join(WeekWindow.class, filtering((slot, window) ->
                        window.horizon().inWindow(window.index(), weeks, slot.getPost().week())));
        return inWindows
                .groupBy((slot, window) -> slot.employee(), (slot, window) -> window,
                        sum((slot, window) -> slot.paidMinutes()))
                .map((employee, window, minutes) -> employee, (employee, window, minutes) -> new Period(window, weeks),
                        (employee, window, minutes) -> OvertimeLimits.overtimeMinutes(minutes,
                                employee.contract().fullTimeWeeklyMinutes(), window.horizon().windowWeeks(weeks),
                                weeks, window.horizon().cyclic()))
                .filter((employee, period, over) -> over > 0);
    }

    /**
     * Night workers (more than 3 h between 21:00 and 06:00 on at least one shift a week of the window) work at most
     * 8 h per 24 hours on average over any 4 weeks, the 35 h weekly rest not counted: 177.3 h ({@link NightWork}).
     */
    public static Constraint nightWork(ConstraintFactory factory) {
        return factory.forEach(Slot.class)
                .join(WeekWindow.class, filtering((slot, window) ->
                        window.horizon().inWindow(window.index(), NightWork.WINDOW_WEEKS, slot.getPost().week())))
                .groupBy((slot, window) -> slot.employee(), (slot, window) -> window,
                        sum((slot, window) -> slot.paidMinutes()),
                        sum((slot, window) -> slot.shiftType().isNightWork() ? 1 : 0))
                .filter((employee, window, minutes, nights) -> NightWork.regular(nights, weeks(window))
                        && minutes > NightWork.limitMinutes(weeks(window)))
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
