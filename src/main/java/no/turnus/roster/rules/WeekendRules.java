package no.turnus.roster.rules;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static no.turnus.roster.rules.RosterRules.COMPLETE_WEEKENDS;
import static no.turnus.roster.rules.RosterRules.CONSECUTIVE_WEEKENDS;
import static no.turnus.roster.rules.RosterRules.SUNDAYS_AVERAGED;
import static no.turnus.roster.rules.RosterRules.SUNDAY_AFTER_SUNDAY;
import static no.turnus.roster.rules.RosterRules.WEEKEND_FREQUENCY;
import static no.turnus.roster.rules.RosterStreams.redDayRuns;
import static no.turnus.roster.rules.RosterStreams.weekendLength;
import static no.turnus.roster.rules.RosterStreams.weekendRuns;
import static no.turnus.roster.rules.RosterStreams.weekendSlots;
import static no.turnus.roster.rules.RosterStreams.weekendsWorked;
import static no.turnus.roster.rules.RosterStreams.weight;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import no.turnus.problem.Breach;
import no.turnus.roster.domain.Horizon;
import no.turnus.roster.domain.Slot;

/**
 * Weekends: how often, how many in a row, and whole weekends rather than single days; Sundays and holidays as the
 * law frames them (AML §10-8 (4)).
 */
public final class WeekendRules {

    private WeekendRules() {
    }

    /** Without an agreement to average: a worked Sunday or holiday is followed by a free one (§10-8 (4), 1st sentence). */
    public static Constraint sundayAfterSunday(ConstraintFactory factory) {
        return redDayRuns(factory,
                        (employee, length, open) -> length > 1 && !employee.contract().agreement().sundaysAveraged())
                .join(Horizon.class)
                .penalize(SUNDAY_AFTER_SUNDAY.weight(), (employee, run, horizon) -> run.length() - 1)
                .justifyWith((employee, run, horizon, score) -> new Breach(employee.id(),
                        horizon.date(horizon.redDays().get(run.first())).toString(),
                        "works " + run.length() + " Sundays or holidays in a row from "
                                + horizon.date(horizon.redDays().get(run.first()))
                                + "; after a worked Sunday or holiday the next one must be free",
                        SUNDAY_AFTER_SUNDAY.reference())
                        .nb("jobber " + run.length() + " søn- eller helligdager på rad fra "
                                + horizon.date(horizon.redDays().get(run.first()))
                                + "; etter en arbeidet søn- eller helligdag skal den neste være fri"))
                .asConstraint(SUNDAY_AFTER_SUNDAY.ruleName());
    }

    /**
     * With a written agreement to average (tariffavtale): every other Sunday or holiday free over the period, so at
     * most half of them (rounded up) worked (§10-8 (4), 2nd sentence).
     */
    public static Constraint sundaysAveraged(ConstraintFactory factory) {
        return factory.forEach(Slot.class)
                .filter(slot -> slot.redDay() >= 0 && slot.employee().contract().agreement().sundaysAveraged())
                .groupBy(Slot::employee, countDistinct(Slot::redDay))
                .join(Horizon.class)
                .filter((employee, worked, horizon) -> worked > halfOfRedDays(horizon))
                .penalize(SUNDAYS_AVERAGED.weight(), (employee, worked, horizon) -> worked - halfOfRedDays(horizon))
                .justifyWith((employee, worked, horizon, score) -> new Breach(employee.id(), "",
                        "works " + worked + " of the " + horizon.redDays().size() + " Sundays and holidays; at most "
                                + halfOfRedDays(horizon) + " (every other one free on average)",
                        SUNDAYS_AVERAGED.reference())
                        .nb("jobber " + worked + " av de " + horizon.redDays().size() + " søn- og helligdagene; høyst "
                                + halfOfRedDays(horizon) + " (annenhver fri i gjennomsnitt)"))
                .asConstraint(SUNDAYS_AVERAGED.ruleName());
    }

    private static int halfOfRedDays(Horizon horizon) {
        return (horizon.redDays().size() + 1) / 2;
    }

    public static Constraint weekendFrequency(ConstraintFactory factory) {
        return weekendsWorked(factory)
                .join(Horizon.class)
                .filter((employee, weekends, horizon) -> weekends > employee.contract().allowedWeekends(horizon.weeks()))
                .penalize(WEEKEND_FREQUENCY.weight(), (employee, weekends, horizon) ->
                        weight(employee, WEEKEND_FREQUENCY)
                                * (weekends - employee.contract().allowedWeekends(horizon.weeks())))
                .justifyWith((employee, weekends, horizon, score) -> new Breach(employee.id(), "",
                        "works " + weekends + " weekends in " + horizon.weeks() + " weeks (every "
                                + employee.contract().weekendFrequency() + ". weekend agreed)",
                        WEEKEND_FREQUENCY.reference())
                        .nb("jobber " + weekends + " helger på " + horizon.weeks() + " uker (helgearbeid hver "
                                + employee.contract().weekendFrequency() + ". helg avtalt)"))
                .asConstraint(WEEKEND_FREQUENCY.ruleName());
    }

    public static Constraint consecutiveWeekends(ConstraintFactory factory) {
        return weekendRuns(factory,
                        (employee, length, open) -> length > employee.contract().maxConsecutiveWorkingWeekends())
                .penalize(CONSECUTIVE_WEEKENDS.weight(), (employee, run) -> weight(employee, CONSECUTIVE_WEEKENDS)
                        * (run.length() - employee.contract().maxConsecutiveWorkingWeekends()))
                .justifyWith((employee, run, score) -> new Breach(employee.id(), "weekend " + (run.first() + 1),
                        "works " + run.length() + " weekends in a row (at most "
                                + employee.contract().maxConsecutiveWorkingWeekends()
                                + "); a worked Sunday should be followed by a free one",
                        CONSECUTIVE_WEEKENDS.reference())
                        .nb(employee.id(), "helg " + (run.first() + 1), "jobber " + run.length()
                                + " helger på rad (høyst " + employee.contract().maxConsecutiveWorkingWeekends()
                                + "); etter en arbeidet søndag bør den neste være fri"))
                .asConstraint(CONSECUTIVE_WEEKENDS.ruleName());
    }

    public static Constraint completeWeekends(ConstraintFactory factory) {
        return weekendSlots(factory)
                .filter(slot -> slot.employee().contract().completeWeekends() && weight(slot, COMPLETE_WEEKENDS) > 0)
                .groupBy(Slot::employee, Slot::weekend, slot -> slot.getPost().horizon(), WeekendDays.MASK)
                .filter((employee, weekend, horizon, mask) ->
                        WeekendDays.incompleteness(mask, weekendLength(employee, weekend, horizon)) > 0)
                .penalize(COMPLETE_WEEKENDS.weight(), (employee, weekend, horizon, mask) ->
                        weight(employee, COMPLETE_WEEKENDS)
                                * WeekendDays.incompleteness(mask, weekendLength(employee, weekend, horizon)))
                .justifyWith((employee, weekend, horizon, mask, score) -> new Breach(employee.id(),
                        horizon.date(employee.contract().weekend().start(horizon, weekend)).toString(),
                        "works only part of the weekend (" + WeekendDays.describe(mask,
                                weekendLength(employee, weekend, horizon)) + "; complete weekends agreed)",
                        COMPLETE_WEEKENDS.reference())
                        .nb("jobber bare deler av helgen (" + WeekendDays.describe(mask,
                                weekendLength(employee, weekend, horizon)).replace('W', 'A')
                                + ", A = arbeid; hele helger avtalt)"))
                .asConstraint(COMPLETE_WEEKENDS.ruleName());
    }
}
