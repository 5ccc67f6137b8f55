package no.turnus.io.inrc;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.compose;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.filtering;
import static no.turnus.io.inrc.InrcRules.ALTERNATIVE_SKILL;
import static no.turnus.io.inrc.InrcRules.IDENTICAL_WEEKEND_SHIFTS;
import static no.turnus.io.inrc.InrcRules.MAX_ASSIGNMENTS;
import static no.turnus.io.inrc.InrcRules.MAX_CONSECUTIVE_FREE_DAYS;
import static no.turnus.io.inrc.InrcRules.MIN_ASSIGNMENTS;
import static no.turnus.io.inrc.InrcRules.MIN_CONSECUTIVE_WEEKENDS;
import static no.turnus.io.inrc.InrcRules.NIGHT_BEFORE_FREE_WEEKEND;
import static no.turnus.io.inrc.InrcRules.UNWANTED_PATTERN;
import static no.turnus.roster.rules.RosterStreams.freeRuns;
import static no.turnus.roster.rules.RosterStreams.lackingCompetence;
import static no.turnus.roster.rules.RosterStreams.weekendLength;
import static no.turnus.roster.rules.RosterStreams.weekendRuns;
import static no.turnus.roster.rules.RosterStreams.weekendSlots;
import static no.turnus.roster.rules.RosterStreams.weight;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import no.turnus.problem.Breach;
import no.turnus.problem.Rule;
import no.turnus.roster.domain.Employee;
import no.turnus.roster.domain.Horizon;
import no.turnus.roster.domain.Slot;
import no.turnus.roster.domain.WeekendDefinition;
import no.turnus.roster.rules.PatternCollector;
import no.turnus.roster.rules.RosterRuleSet;
import no.turnus.roster.rules.RosterRules;
import no.turnus.roster.rules.WeekendDays;

/**
 * The INRC-2010 rule set: the roster rules the competition shares with a Norwegian roster (single assignment per
 * day, cover, working-day and free-day runs, weekends, requests) and the rules of {@link InrcRules}. The Norwegian
 * rules INRC does not have (rest, working hours, nights, fairness...) are not part of it, rather than weighted to 0.
 */
public class InrcRosterConstraints implements ConstraintProvider {

    /** The roster rules INRC-2010 instances are scored by, besides their own. */
    static final List<RosterRules> COMMON = List.of(RosterRules.ONE_SHIFT_PER_DAY, RosterRules.UNAVAILABLE,
            RosterRules.WARD_NOT_ALLOWED, RosterRules.OVERSTAFFED, RosterRules.UNCOVERED,
            RosterRules.MAX_CONSECUTIVE_DAYS, RosterRules.ISOLATED_WORK_DAYS, RosterRules.ISOLATED_DAYS_OFF,
            RosterRules.CONSECUTIVE_WEEKENDS, RosterRules.COMPLETE_WEEKENDS, RosterRules.DAY_OFF_WISH,
            RosterRules.WORK_WISH);

    /** The rule set, as the roster kind finds it (META-INF/services). */
    public static final class Source implements RosterRuleSet.Source {
        @Override
        public RosterRuleSet ruleSet() {
            return RULE_SET;
        }
    }

    static final RosterRuleSet RULE_SET = new RosterRuleSet("inrc-2010", InrcRosterConstraints.class,
            Stream.concat(COMMON.stream().map(RosterRules::rule), Rule.of(InrcRules.values()).stream()).toList());

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        List<Constraint> constraints = new ArrayList<>();
        COMMON.forEach(rule -> constraints.add(rule.constraint(factory)));
        Arrays.stream(InrcRules.values()).forEach(rule -> constraints.add(rule.constraint(factory)));
        return constraints.toArray(Constraint[]::new);
    }

    private static BiConstraintStream<Employee, Integer> assignmentCounts(ConstraintFactory factory) {
        return factory.forEach(Slot.class)
                .groupBy(Slot::employee, count())
                .complement(Employee.class, employee -> 0);
    }

    public static Constraint minAssignments(ConstraintFactory factory) {
        return assignmentCounts(factory)
                .filter((employee, shifts) -> shifts < employee.contract().inrc().minAssignments())
                .penalize(MIN_ASSIGNMENTS.weight(), (employee, shifts) ->
                        weight(employee, MIN_ASSIGNMENTS) * (employee.contract().inrc().minAssignments() - shifts))
                .justifyWith((employee, shifts, score) -> new Breach(employee.id(), "",
                        "has " + shifts + " shifts, fewer than the " + employee.contract().inrc().minAssignments() + " agreed",
                        MIN_ASSIGNMENTS.reference())
                        .nb("har " + shifts + " vakter, færre enn de " + employee.contract().inrc().minAssignments() + " avtalte"))
                .asConstraint(MIN_ASSIGNMENTS.ruleName());
    }

    public static Constraint maxAssignments(ConstraintFactory factory) {
        return assignmentCounts(factory)
                .filter((employee, shifts) -> shifts > employee.contract().inrc().maxAssignments())
                .penalize(MAX_ASSIGNMENTS.weight(), (employee, shifts) ->
                        weight(employee, MAX_ASSIGNMENTS) * (shifts - employee.contract().inrc().maxAssignments()))
                .justifyWith((employee, shifts, score) -> new Breach(employee.id(), "",
                        "has " + shifts + " shifts, more than the " + employee.contract().inrc().maxAssignments() + " agreed",
                        MAX_ASSIGNMENTS.reference())
                        .nb("har " + shifts + " vakter, flere enn de " + employee.contract().inrc().maxAssignments() + " avtalte"))
                .asConstraint(MAX_ASSIGNMENTS.ruleName());
    }

    public static Constraint maxConsecutiveFreeDays(ConstraintFactory factory) {
        return freeRuns(factory, (employee, length, open) -> length > employee.contract().inrc().maxConsecutiveFreeDays())
                .penalize(MAX_CONSECUTIVE_FREE_DAYS.weight(), (employee, run) -> weight(employee,
                        MAX_CONSECUTIVE_FREE_DAYS) * (run.length() - employee.contract().inrc().maxConsecutiveFreeDays()))
                .justifyWith((employee, run, score) -> new Breach(employee.id(), "day " + (run.first() + 1),
                        "is free " + run.length() + " days in a row (at most "
                                + employee.contract().inrc().maxConsecutiveFreeDays() + ")",
                        MAX_CONSECUTIVE_FREE_DAYS.reference())
                        .nb(employee.id(), "dag " + (run.first() + 1), "er fri " + run.length()
                                + " dager på rad (høyst " + employee.contract().inrc().maxConsecutiveFreeDays() + ")"))
                .asConstraint(MAX_CONSECUTIVE_FREE_DAYS.ruleName());
    }

    public static Constraint minConsecutiveWeekends(ConstraintFactory factory) {
        return weekendRuns(factory, (employee, length, open) ->
                        length < employee.contract().inrc().minConsecutiveWorkingWeekends()
                        && employee.contract().judgesMinimum(open))
                .penalize(MIN_CONSECUTIVE_WEEKENDS.weight(), (employee, run) -> weight(employee,
                        MIN_CONSECUTIVE_WEEKENDS) * (employee.contract().inrc().minConsecutiveWorkingWeekends() - run.length()))
                .justifyWith((employee, run, score) -> new Breach(employee.id(), "weekend " + (run.first() + 1),
                        "works only " + run.length() + " weekend(s) in a row (at least "
                                + employee.contract().inrc().minConsecutiveWorkingWeekends() + " agreed)",
                        MIN_CONSECUTIVE_WEEKENDS.reference())
                        .nb(employee.id(), "helg " + (run.first() + 1), "jobber bare " + run.length()
                                + " helg(er) på rad (minst " + employee.contract().inrc().minConsecutiveWorkingWeekends()
                                + " avtalt)"))
                .asConstraint(MIN_CONSECUTIVE_WEEKENDS.ruleName());
    }

    public static Constraint identicalWeekendShifts(ConstraintFactory factory) {
        // mask of worked days in the low 4 bits, number of shift types above them
        return weekendSlots(factory)
                .filter(slot -> slot.employee().contract().inrc().identicalWeekendShiftTypes())
                .groupBy(Slot::employee, Slot::weekend, slot -> slot.getPost().horizon(),
                        compose(WeekendDays.MASK, countDistinct(Slot::shiftType), (mask, types) -> types << 4 | mask))
                .filter((employee, weekend, horizon, days) -> days >> 4 > 1
                        && weekendLength(employee, weekend, horizon) >= 2
                        && WeekendDays.complete(days & 15, weekendLength(employee, weekend, horizon)))
                .penalize(IDENTICAL_WEEKEND_SHIFTS.weight(), (employee, weekend, horizon, days) ->
                        weight(employee, IDENTICAL_WEEKEND_SHIFTS) * ((days >> 4) - 1)
                                * weekendLength(employee, weekend, horizon))
                .justifyWith((employee, weekend, horizon, days, score) -> new Breach(employee.id(),
                        horizon.date(employee.contract().weekend().start(horizon, weekend)).toString(),
                        "works " + (days >> 4) + " different shift types in one weekend (the same shift type agreed)",
                        IDENTICAL_WEEKEND_SHIFTS.reference())
                        .nb("jobber " + (days >> 4) + " ulike vakttyper i én helg (samme vakttype avtalt)"))
                .asConstraint(IDENTICAL_WEEKEND_SHIFTS.ruleName());
    }

    public static Constraint alternativeSkill(ConstraintFactory factory) {
        return lackingCompetence(factory)
                .filter(slot -> weight(slot, ALTERNATIVE_SKILL) > 0)
                .penalize(ALTERNATIVE_SKILL.weight(), slot -> weight(slot, ALTERNATIVE_SKILL))
                .justifyWith((slot, score) -> new Breach(slot.employee().id(), slot.date().toString(),
                        "works " + slot.label() + ", which needs " + slot.getRequirement() + " (a skill they lack)",
                        ALTERNATIVE_SKILL.reference())
                        .nb("jobber " + slot.label() + ", som krever " + slot.getRequirement()
                                + " (en kompetanse hen mangler)"))
                .asConstraint(ALTERNATIVE_SKILL.ruleName());
    }

    public static Constraint unwantedPatterns(ConstraintFactory factory) {
        return factory.forEach(Slot.class)
                .filter(slot -> !slot.employee().contract().inrc().unwantedPatterns().isEmpty())
                .groupBy(Slot::employee, PatternCollector.INSTANCE)
                .filter((employee, matches) -> matches.penalty() > 0)
                .penalize(UNWANTED_PATTERN.weight(), (employee, matches) ->
                        weight(employee, UNWANTED_PATTERN) * matches.penalty())
                .justifyWith((employee, matches, score) -> new Breach(employee.id(), "",
                        "works an unwanted sequence of shifts: " + String.join(", ", matches.where()),
                        UNWANTED_PATTERN.reference())
                        // Each place is "<shift codes> from <date>": only the word between them is English.
                        .nb("jobber en uønsket rekkefølge av vakter: "
                                + String.join(", ", matches.where()).replace(" from ", " fra ")))
                .asConstraint(UNWANTED_PATTERN.ruleName());
    }

    /** The weekend that starts the day after a slot, or -1 (the slot must be assigned). */
    private static int weekendStartingNextDay(Slot slot) {
        Horizon horizon = slot.getPost().horizon();
        int next = slot.dayIndex() + 1;
        WeekendDefinition weekend = slot.employee().contract().weekend();
        return next < horizon.days() && weekend.offset(horizon, next) == 0 ? weekend.index(horizon, next) : -1;
    }

    public static Constraint nightBeforeFreeWeekend(ConstraintFactory factory) {
        return factory.forEach(Slot.class)
                .filter(slot -> slot.isNight() && slot.employee().contract().inrc().noNightBeforeFreeWeekend()
                        && weekendStartingNextDay(slot) >= 0)
                .ifNotExists(Slot.class, equal(Slot::employee),
                        filtering((night, other) -> other.weekend() == weekendStartingNextDay(night)))
                .penalize(NIGHT_BEFORE_FREE_WEEKEND.weight(),
                        night -> weight(night, NIGHT_BEFORE_FREE_WEEKEND))
                .justifyWith((night, score) -> new Breach(night.employee().id(), night.date().toString(),
                        "works the night " + night.label() + " right before a free weekend",
                        NIGHT_BEFORE_FREE_WEEKEND.reference())
                        .nb("jobber nattevakten " + night.label() + " rett før en fri helg"))
                .asConstraint(NIGHT_BEFORE_FREE_WEEKEND.ruleName());
    }
}
