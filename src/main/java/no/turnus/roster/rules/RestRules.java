package no.turnus.roster.rules;

import static no.turnus.roster.rules.RosterRules.DAILY_REST;
import static no.turnus.roster.rules.RosterRules.FREE_AFTER_NIGHTS;
import static no.turnus.roster.rules.RosterRules.NIGHT_SERIES;
import static no.turnus.roster.rules.RosterRules.ONE_SHIFT_PER_DAY;
import static no.turnus.roster.rules.RosterRules.SHORT_DAILY_REST;
import static no.turnus.roster.rules.RosterRules.SHORT_WEEKLY_REST;
import static no.turnus.roster.rules.RosterRules.WEEKLY_REST;
import static no.turnus.roster.rules.RosterRules.WEEKLY_REST_ON_SUNDAY;
import static no.turnus.roster.rules.RosterStreams.dayRuns;
import static no.turnus.roster.rules.RosterStreams.dayShifts;
import static no.turnus.roster.rules.RosterStreams.hours;
import static no.turnus.roster.rules.RosterStreams.hoursShort;
import static no.turnus.roster.rules.RosterStreams.timer;
import static no.turnus.roster.rules.RosterStreams.weight;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import ai.timefold.solver.core.api.score.stream.tri.TriConstraintStream;
import no.turnus.problem.Breach;
import no.turnus.roster.domain.Employee;
import no.turnus.roster.domain.Horizon;
import no.turnus.roster.domain.Post;
import no.turnus.roster.domain.Slot;
import no.turnus.roster.domain.WeekWindow;

/** Rest: one shift a day, daily and weekly rest (and their agreed reductions), nights and the rest after them. */
public final class RestRules {

    private RestRules() {
    }

    /** Two shifts of an employee the same day, the lower planning id first (as {@code forEachUniquePair} gave them). */
    public static Constraint oneShiftPerDay(ConstraintFactory factory) {
        return dayShifts(factory)
                .flattenLast(DayShifts.Shifts::sameDay)
                .map((employee, pair) -> pair.first(), (employee, pair) -> pair.next())
                .penalize(ONE_SHIFT_PER_DAY.weight())
                .justifyWith((a, b, score) -> new Breach(a.employee().id(), a.date().toString(),
                        "has two shifts the same day (" + a.label() + " and " + b.label() + ")",
                        ONE_SHIFT_PER_DAY.reference())
                        .nb("har to vakter samme dag (" + a.label() + " og " + b.label() + ")"))
                .asConstraint(ONE_SHIFT_PER_DAY.ruleName());
    }

    /**
     * Each shift and a later one of the same employee with less than the contract's daily rest between them; a
     * negative rest means overlap. One node for Daily rest and Short daily rest.
     */
    private static BiConstraintStream<Slot, Slot> restPairs(ConstraintFactory factory) {
        return dayShifts(factory)
                .flattenLast(DayShifts.Shifts::restPairs)
                .map((employee, pair) -> pair.first(), (employee, pair) -> pair.next());
    }

    /** Minutes from the end of one shift to the start of the next (wrapping in a cyclic roster). */
    static int rest(Slot first, Slot next) {
        return first.getPost().horizon().restBetween(first.endMinute(), first.startMinute(), next.startMinute());
    }

    public static Constraint dailyRest(ConstraintFactory factory) {
        return restPairs(factory)
                .filter((a, b) -> rest(a, b) < a.employee().contract().reducedDailyRestMinutes())
                .penalize(DAILY_REST.weight(),
                        (a, b) -> hoursShort(a.employee().contract().reducedDailyRestMinutes(), rest(a, b)))
                .justifyWith((a, b, score) -> new Breach(a.employee().id(), a.date() + "/" + b.date(),
                        rest(a, b) < 0 ? a.label() + " overlaps " + b.label()
                                : "only " + hours(rest(a, b)) + " h rest between " + a.label() + " and "
                                + b.label() + " (at least " + hours(a.employee().contract().reducedDailyRestMinutes())
                                + " h required)", DAILY_REST.reference())
                        .nb(rest(a, b) < 0 ? a.label() + " overlapper " + b.label()
                                : "bare " + timer(rest(a, b)) + " t hviletid mellom " + a.label() + " og " + b.label()
                                + " (minst " + timer(a.employee().contract().reducedDailyRestMinutes()) + " t kreves)"))
                .asConstraint(DAILY_REST.ruleName());
    }

    public static Constraint weeklyRest(ConstraintFactory factory) {
        return weeklyRestBelow(factory, false)
                .penalize(WEEKLY_REST.weight(),
                        (employee, week, rest) -> hoursShort(employee.contract().reducedWeeklyRestMinutes(), rest))
                .justifyWith((employee, week, rest, score) -> new Breach(employee.id(), week.label(),
                        "longest time off in the week is " + hours(rest) + " h (at least "
                                + hours(employee.contract().reducedWeeklyRestMinutes()) + " h in a row required)",
                        WEEKLY_REST.reference())
                        .nb("lengste sammenhengende fritid i uka er " + timer(rest) + " t (minst "
                                + timer(employee.contract().reducedWeeklyRestMinutes()) + " t sammenhengende ukehvile kreves)"))
                .asConstraint(WEEKLY_REST.ruleName());
    }

    /**
     * Employee, week and longest rest where that rest is below the reduced (hard) or the normal (soft) minimum. The
     * rest of each week is that of the employee's shifts that touch it ({@link Post#weeks}, one window a week as the
     * roster builder makes them), kept by the employee's {@link DayShifts} ({@link WeekRests}), not through a
     * join with the week facts filtered by {@code touches}: such a join tests its filter again on every change of a
     * shift's employee and finds each pair in the week's list of all its shifts.
     */
    private static TriConstraintStream<Employee, WeekWindow, Integer> weeklyRestBelow(ConstraintFactory factory,
                                                                                      boolean normal) {
        return dayShifts(factory)
                .flattenLast(DayShifts.Shifts::weeklyRests)
                .map((employee, rest) -> employee, (employee, rest) -> rest.week(), (employee, rest) -> rest.minutes())
                .filter((employee, week, rest) -> normal
                        ? rest >= employee.contract().reducedWeeklyRestMinutes()
                          && rest < employee.contract().minWeeklyRestMinutes()
                        : rest < employee.contract().reducedWeeklyRestMinutes());
    }

    /**
     * The weekly rest should hold a Sunday (AML §10-8 (2): "så vidt mulig"): a week whose Sunday is worked, or whose
     * time off around the Sunday is shorter than the weekly rest (the agreed reduced one at least), is penalised
     * softly. Staff with no shift near the Sunday have it free. The employee's {@link DayShifts} passes on the weeks
     * below the reduced weekly rest only ({@link WeekRests}).
     */
    public static Constraint weeklyRestOnSunday(ConstraintFactory factory) {
        return dayShifts(factory)
                .flattenLast(DayShifts.Shifts::sundayRests)
                .map((employee, rest) -> employee, (employee, rest) -> rest.week(), (employee, rest) -> rest.minutes())
                .penalize(WEEKLY_REST_ON_SUNDAY.weight(),
                        (employee, week, rest) -> weight(employee, WEEKLY_REST_ON_SUNDAY))
                .justifyWith((employee, week, rest, score) -> new Breach(employee.id(),
                        week.horizon().date(week.sunday()).toString(), rest == 0
                        ? "works on Sunday " + week.horizon().date(week.sunday()) + ": the weekly rest should hold a Sunday"
                        : "has only " + hours(rest) + " h off around Sunday " + week.horizon().date(week.sunday())
                        + "; the weekly rest of " + hours(employee.contract().minWeeklyRestMinutes())
                        + " h should hold a Sunday", WEEKLY_REST_ON_SUNDAY.reference())
                        .nb(rest == 0
                        ? "jobber søndag " + week.horizon().date(week.sunday()) + ": ukehvilen bør omfatte en søndag"
                        : "har bare " + timer(rest) + " t fri rundt søndag " + week.horizon().date(week.sunday())
                        + "; ukehvilen på " + timer(employee.contract().minWeeklyRestMinutes())
                        + " t bør omfatte en søndag"))
                .asConstraint(WEEKLY_REST_ON_SUNDAY.ruleName());
    }

    public static Constraint shortDailyRest(ConstraintFactory factory) {
        return restPairs(factory)
                .filter((a, b) -> rest(a, b) >= a.employee().contract().reducedDailyRestMinutes())
                .penalize(SHORT_DAILY_REST.weight(), (a, b) -> weight(a, SHORT_DAILY_REST))
                .justifyWith((a, b, score) -> new Breach(a.employee().id(), a.date() + "/" + b.date(),
                        "short rest (" + hours(rest(a, b)) + " h) between " + a.label() + " and " + b.label()
                                + ", allowed only by local agreement", SHORT_DAILY_REST.reference())
                        .nb("kort hviletid (" + timer(rest(a, b)) + " t) mellom " + a.label() + " og " + b.label()
                                + ", bare tillatt etter lokal avtale"))
                .asConstraint(SHORT_DAILY_REST.ruleName());
    }

    public static Constraint shortWeeklyRest(ConstraintFactory factory) {
        return weeklyRestBelow(factory, true)
                .penalize(SHORT_WEEKLY_REST.weight(),
                        (employee, week, rest) -> weight(employee, SHORT_WEEKLY_REST))
                .justifyWith((employee, week, rest, score) -> new Breach(employee.id(), week.label(),
                        "weekly rest reduced to " + hours(rest) + " h by agreement", SHORT_WEEKLY_REST.reference())
                        .nb("ukehvilen er redusert til " + timer(rest) + " t etter avtale"))
                .asConstraint(SHORT_WEEKLY_REST.ruleName());
    }

    public static Constraint nightSeries(ConstraintFactory factory) {
        return dayRuns(factory, Slot::isNight,
                        (employee, length, open) -> length > employee.contract().maxConsecutiveNights())
                .penalize(NIGHT_SERIES.weight(), (employee, run) -> weight(employee, NIGHT_SERIES)
                        * (run.length() - employee.contract().maxConsecutiveNights()))
                .justifyWith((employee, run, score) -> new Breach(employee.id(), "day " + (run.first() + 1),
                        "works " + run.length() + " nights in a row (at most "
                                + employee.contract().maxConsecutiveNights() + ")", NIGHT_SERIES.reference())
                        .nb(employee.id(), "dag " + (run.first() + 1), "jobber " + run.length()
                                + " netter på rad (høyst " + employee.contract().maxConsecutiveNights() + ")"))
                .asConstraint(NIGHT_SERIES.ruleName());
    }

    /**
     * A shift other than a night within the contract's free days after a night ({@link Horizon#daysAfter}). The pairs
     * come from the employee's shifts by day ({@link DayShifts}): a move tests a shift against the few days around it
     * only, where a join paired each night with the employee's other shifts.
     */
    public static Constraint freeAfterNights(ConstraintFactory factory) {
        return dayShifts(factory)
                .flattenLast(DayShifts.Shifts::afterNights)
                .join(Horizon.class)
                .map((employee, pair, horizon) -> pair.first(), (employee, pair, horizon) -> horizon,
                        (employee, pair, horizon) -> pair.next())
                .penalize(FREE_AFTER_NIGHTS.weight(),
                        (night, horizon, next) -> weight(night, FREE_AFTER_NIGHTS))
                .justifyWith((night, horizon, next, score) -> new Breach(night.employee().id(), next.date().toString(),
                        "works " + next.label() + " too soon after the night " + night.label() + " (at least "
                                + night.employee().contract().minFreeDaysAfterNights() + " days off after nights)",
                        FREE_AFTER_NIGHTS.reference())
                        .nb("jobber " + next.label() + " for tidlig etter nattevakten " + night.label() + " (minst "
                                + night.employee().contract().minFreeDaysAfterNights() + " fridager etter nattevakter)"))
                .asConstraint(FREE_AFTER_NIGHTS.ruleName());
    }
}
