package no.turnus.roster;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.compose;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.loadBalance;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toConsecutiveSequences;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toList;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.filtering;

import java.util.List;
import java.util.function.Predicate;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import ai.timefold.solver.core.api.score.stream.quad.QuadConstraintStream;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;
import no.turnus.problem.Breach;

/**
 * The roster rules. Hard: what the law (AML kap. 10) or safety forbids. Medium: demand left uncovered.
 * Soft: agreements (HTA), fairness and wishes. Per-employee sequence rules are computed from
 * {@code toConsecutiveSequences}, which Timefold keeps incrementally as shifts move.
 */
public class RosterConstraints implements ConstraintProvider {

    public static final String ONE_SHIFT_PER_DAY = "One shift per day";
    public static final String DAILY_REST = "Daily rest";
    public static final String WEEKLY_REST = "Weekly rest";
    public static final String UNAVAILABLE = "Unavailable";
    public static final String COMPETENCE = "Competence required";
    public static final String WARD_NOT_ALLOWED = "Ward not allowed";
    public static final String SHIFT_TOO_LONG = "Shift too long";
    public static final String MAX_WEEKLY_HOURS = "Max hours in one week";
    public static final String MAX_AVERAGE_HOURS = "Max average weekly hours";
    public static final String UNCOVERED = "Uncovered demand";
    public static final String CONTRACT_HOURS = "Contract hours";
    public static final String SHORT_DAILY_REST = "Short daily rest by agreement";
    public static final String SHORT_WEEKLY_REST = "Short weekly rest by agreement";
    public static final String WEEKEND_FREQUENCY = "Weekend frequency";
    public static final String CONSECUTIVE_WEEKENDS = "Consecutive working weekends";
    public static final String COMPLETE_WEEKENDS = "Complete weekends";
    public static final String MAX_CONSECUTIVE_DAYS = "Max consecutive working days";
    public static final String ISOLATED_WORK_DAYS = "Isolated work days";
    public static final String ISOLATED_DAYS_OFF = "Isolated days off";
    public static final String NIGHT_SERIES = "Night series too long";
    public static final String FREE_AFTER_NIGHTS = "Free days after nights";
    public static final String DAY_OFF_WISH = "Day-off wish";
    public static final String WORK_WISH = "Work wish";
    public static final String FAIR_NIGHTS = "Fair share of nights";
    public static final String FAIR_WEEKENDS = "Fair share of weekends";
    public static final String FAIR_LONG_SHIFTS = "Fair share of long shifts";
    public static final String PREFERRED_STAFFING = "Preferred staffing";
    public static final String MIXED_ORGANISATIONS = "Mixed former organisations";
    public static final String CHANGED_ASSIGNMENT = "Changed assignment";
    public static final String OVERSTAFFED = "Overstaffed";
    public static final String MIN_ASSIGNMENTS = "Min assignments";
    public static final String MAX_ASSIGNMENTS = "Max assignments";
    public static final String MAX_CONSECUTIVE_FREE_DAYS = "Max consecutive free days";
    public static final String MIN_CONSECUTIVE_WEEKENDS = "Min consecutive working weekends";
    public static final String IDENTICAL_WEEKEND_SHIFTS = "Identical weekend shift types";
    public static final String ALTERNATIVE_SKILL = "Alternative skill";
    public static final String UNWANTED_PATTERN = "Unwanted pattern";
    public static final String NIGHT_BEFORE_FREE_WEEKEND = "Night before a free weekend";

    /** Every constraint name, the keys accepted in {@code constraintWeights}. */
    public static final List<String> NAMES = List.of(ONE_SHIFT_PER_DAY, DAILY_REST, WEEKLY_REST, UNAVAILABLE,
            COMPETENCE, WARD_NOT_ALLOWED, SHIFT_TOO_LONG, MAX_WEEKLY_HOURS, MAX_AVERAGE_HOURS, UNCOVERED,
            CONTRACT_HOURS, SHORT_DAILY_REST, SHORT_WEEKLY_REST, WEEKEND_FREQUENCY, CONSECUTIVE_WEEKENDS,
            COMPLETE_WEEKENDS, MAX_CONSECUTIVE_DAYS, ISOLATED_WORK_DAYS, ISOLATED_DAYS_OFF, NIGHT_SERIES,
            FREE_AFTER_NIGHTS, DAY_OFF_WISH, WORK_WISH, FAIR_NIGHTS, FAIR_WEEKENDS, FAIR_LONG_SHIFTS,
            PREFERRED_STAFFING, MIXED_ORGANISATIONS, CHANGED_ASSIGNMENT, OVERSTAFFED, MIN_ASSIGNMENTS,
            MAX_ASSIGNMENTS, MAX_CONSECUTIVE_FREE_DAYS, MIN_CONSECUTIVE_WEEKENDS, IDENTICAL_WEEKEND_SHIFTS,
            ALTERNATIVE_SKILL, UNWANTED_PATTERN, NIGHT_BEFORE_FREE_WEEKEND);

    private static final String AML_REST = "AML §10-8 (1)";
    private static final String AML_WEEKLY_REST = "AML §10-8 (2)";
    private static final String AML_AVERAGING = "AML §10-5 (2)";
    private static final String HTA = "HTA kap. 1 §4";
    /** Reference of the rules that come from INRC-2010 contracts. */
    static final String INRC = "INRC-2010 contract: ";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                oneShiftPerDay(factory), dailyRest(factory), weeklyRest(factory), unavailable(factory),
                competence(factory), wardNotAllowed(factory), shiftTooLong(factory), maxWeeklyHours(factory),
                maxAverageHours(factory), overstaffed(factory),
                uncovered(factory),
                contractHours(factory), shortDailyRest(factory), shortWeeklyRest(factory),
                weekendFrequency(factory), consecutiveWeekends(factory), completeWeekends(factory),
                maxConsecutiveDays(factory), isolatedWorkDays(factory), isolatedDaysOff(factory),
                nightSeries(factory), freeAfterNights(factory), dayOffWish(factory), workWish(factory),
                fairNights(factory), fairWeekends(factory), fairLongShifts(factory), preferredStaffing(factory),
                mixedOrganisations(factory), changedAssignment(factory), minAssignments(factory),
                maxAssignments(factory), maxConsecutiveFreeDays(factory), minConsecutiveWeekends(factory),
                identicalWeekendShifts(factory), alternativeSkill(factory), unwantedPatterns(factory),
                nightBeforeFreeWeekend(factory) };
    }

    // ---------------------------------------------------------------- hard

    Constraint oneShiftPerDay(ConstraintFactory factory) {
        return factory.forEachUniquePair(Slot.class, equal(Slot::employee), equal(Slot::dayIndex))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((a, b, score) -> new Breach(a.employee().id(), a.date().toString(),
                        "has two shifts the same day (" + a.label() + " and " + b.label() + ")", "AML §10-8 (1)"))
                .asConstraint(ONE_SHIFT_PER_DAY);
    }

    /** Rest from the end of each shift to the start of the employee's next; a negative rest means overlap. */
    private BiConstraintStream<Slot, Slot> restPairs(ConstraintFactory factory) {
        return factory.forEach(Slot.class)
                .join(factory.forEach(Slot.class), equal(Slot::employee),
                        filtering((a, b) -> a != b && rest(a, b) < a.employee().contract().minDailyRestMinutes()));
    }

    /** Minutes from the end of one shift to the start of the next (wrapping in a cyclic roster). */
    private static int rest(Slot first, Slot next) {
        return first.getPost().horizon().restBetween(first.endMinute(), first.startMinute(), next.startMinute());
    }

    Constraint dailyRest(ConstraintFactory factory) {
        return restPairs(factory)
                .filter((a, b) -> rest(a, b) < a.employee().contract().reducedDailyRestMinutes())
                .penalize(HardMediumSoftScore.ONE_HARD,
                        (a, b) -> hoursShort(a.employee().contract().reducedDailyRestMinutes(), rest(a, b)))
                .justifyWith((a, b, score) -> new Breach(a.employee().id(), a.date() + "/" + b.date(),
                        rest(a, b) < 0 ? a.label() + " overlaps " + b.label()
                                : "only " + hours(rest(a, b)) + " h rest between " + a.label() + " and "
                                + b.label() + " (at least " + hours(a.employee().contract().reducedDailyRestMinutes())
                                + " h required)", AML_REST))
                .asConstraint(DAILY_REST);
    }

    Constraint weeklyRest(ConstraintFactory factory) {
        return weeklyRestBelow(factory, false)
                .penalize(HardMediumSoftScore.ONE_HARD,
                        (employee, week, rest) -> hoursShort(employee.contract().reducedWeeklyRestMinutes(), rest))
                .justifyWith((employee, week, rest, score) -> new Breach(employee.id(), week.label(),
                        "longest time off in the week is " + hours(rest) + " h (at least "
                                + hours(employee.contract().reducedWeeklyRestMinutes()) + " h in a row required)",
                        AML_WEEKLY_REST))
                .asConstraint(WEEKLY_REST);
    }

    /** Employee, week and longest rest where that rest is below the reduced (hard) or the normal (soft) minimum. */
    private ai.timefold.solver.core.api.score.stream.tri.TriConstraintStream<Employee, WeekWindow, Integer>
            weeklyRestBelow(ConstraintFactory factory, boolean normal) {
        return factory.forEach(Slot.class)
                .join(WeekWindow.class, filtering((slot, week) -> week.touches(slot)))
                .groupBy((slot, week) -> slot.employee(), (slot, week) -> week, toList((slot, week) -> slot))
                .map((employee, week, slots) -> employee, (employee, week, slots) -> week,
                        (employee, week, slots) -> week.longestRest(slots))
                .filter((employee, week, rest) -> normal
                        ? rest >= employee.contract().reducedWeeklyRestMinutes()
                          && rest < employee.contract().minWeeklyRestMinutes()
                        : rest < employee.contract().reducedWeeklyRestMinutes());
    }

    Constraint unavailable(ConstraintFactory factory) {
        return factory.forEach(Slot.class)
                .filter(slot -> slot.employee().isUnavailable(slot.dayIndex()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((slot, score) -> new Breach(slot.employee().id(), slot.date().toString(),
                        "is unavailable (leave or sick) but has " + slot.label(), "AML §10-3"))
                .asConstraint(UNAVAILABLE);
    }

    /** Places whose competence or authorisation the employee lacks. */
    private UniConstraintStream<Slot> lackingCompetence(ConstraintFactory factory) {
        return factory.forEach(Slot.class).filter(slot -> !slot.getRequirement().metBy(slot.employee()));
    }

    Constraint competence(ConstraintFactory factory) {
        return lackingCompetence(factory)
                .filter(slot -> weight(slot, ContractWeight.COMPETENCE) > 0)
                .penalize(HardMediumSoftScore.ONE_HARD, slot -> weight(slot, ContractWeight.COMPETENCE))
                .justifyWith((slot, score) -> new Breach(slot.employee().id(), slot.date().toString(),
                        "fills a place on " + slot.label() + " that needs " + slot.getRequirement()
                                + " but is " + slot.employee().competence(), "hpl §4 (forsvarlighet)"))
                .asConstraint(COMPETENCE);
    }

    Constraint wardNotAllowed(ConstraintFactory factory) {
        return factory.forEach(Slot.class)
                .filter(slot -> !slot.employee().mayWorkIn(slot.ward()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((slot, score) -> new Breach(slot.employee().id(), slot.date().toString(),
                        "is not allowed to work in ward " + slot.ward() + " (" + slot.label() + ")",
                        "employment contract"))
                .asConstraint(WARD_NOT_ALLOWED);
    }

    Constraint shiftTooLong(ConstraintFactory factory) {
        return factory.forEach(Slot.class)
                .filter(slot -> slot.shiftType().durationMinutes() > slot.employee().contract().maxShiftMinutes())
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((slot, score) -> new Breach(slot.employee().id(), slot.date().toString(),
                        slot.label() + " lasts " + hours(slot.shiftType().durationMinutes()) + " h, more than the "
                                + hours(slot.employee().contract().maxShiftMinutes()) + " h allowed", AML_AVERAGING))
                .asConstraint(SHIFT_TOO_LONG);
    }

    Constraint maxWeeklyHours(ConstraintFactory factory) {
        return factory.forEach(Slot.class)
                .groupBy(Slot::employee, slot -> slot.getPost().week(), sum(Slot::paidMinutes))
                .filter((employee, week, minutes) -> minutes > employee.contract().maxWeeklyMinutes())
                .penalize(HardMediumSoftScore.ONE_HARD,
                        (employee, week, minutes) -> hoursShort(minutes, employee.contract().maxWeeklyMinutes()))
                .justifyWith((employee, week, minutes, score) -> new Breach(employee.id(), "week " + (week + 1),
                        "works " + hours(minutes) + " h in one week (at most "
                                + hours(employee.contract().maxWeeklyMinutes()) + " h)", AML_AVERAGING))
                .asConstraint(MAX_WEEKLY_HOURS);
    }

    Constraint maxAverageHours(ConstraintFactory factory) {
        return factory.forEach(Slot.class)
                .groupBy(Slot::employee, sum(Slot::paidMinutes))
                .join(Horizon.class)
                .filter((employee, minutes, horizon) ->
                        minutes > employee.contract().maxAverageWeeklyMinutes() * horizon.weeks())
                .penalize(HardMediumSoftScore.ONE_HARD, (employee, minutes, horizon) ->
                        hoursShort(minutes, employee.contract().maxAverageWeeklyMinutes() * horizon.weeks()))
                .justifyWith((employee, minutes, horizon, score) -> new Breach(employee.id(), "",
                        "averages " + hours(minutes / horizon.weeks()) + " h a week (at most "
                                + hours(employee.contract().maxAverageWeeklyMinutes()) + " h on average)",
                        AML_AVERAGING))
                .asConstraint(MAX_AVERAGE_HOURS);
    }

    Constraint overstaffed(ConstraintFactory factory) {
        return factory.forEach(Slot.class)
                .filter(Slot::isSurplus)
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((slot, score) -> new Breach(slot.employee().id(), slot.date().toString(),
                        "is one more than the staffing plan allows on " + slot.label(), "bemanningsplan"))
                .asConstraint(OVERSTAFFED);
    }

    // ---------------------------------------------------------------- medium

    Constraint uncovered(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Slot.class)
                .filter(slot -> slot.employee() == null && !slot.isOptional())
                .penalize(HardMediumSoftScore.ONE_MEDIUM)
                .justifyWith((slot, score) -> new Breach(slot.ward(), slot.date().toString(),
                        "nobody on " + slot.label() + " (place needing " + slot.getRequirement() + ", slot "
                                + slot.getId() + ")", "bemanningsplan"))
                .asConstraint(UNCOVERED);
    }

    // ---------------------------------------------------------------- soft

    Constraint contractHours(ConstraintFactory factory) {
        return factory.forEach(Slot.class)
                .groupBy(Slot::employee, sum(Slot::paidMinutes))
                .complement(Employee.class, employee -> 0)
                .filter((employee, minutes) -> Math.abs(minutes - employee.targetMinutes()) >= 30)
                .penalize(HardMediumSoftScore.ofSoft(2), (employee, minutes) -> weight(employee,
                        ContractWeight.CONTRACT_HOURS) * ((Math.abs(minutes - employee.targetMinutes()) + 30) / 60))
                .justifyWith((employee, minutes, score) -> new Breach(employee.id(), "",
                        "planned " + hours(minutes) + " h against " + hours(employee.targetMinutes())
                                + " h for a " + employee.positionPercent() + " % position", HTA))
                .asConstraint(CONTRACT_HOURS);
    }

    Constraint shortDailyRest(ConstraintFactory factory) {
        return restPairs(factory)
                .filter((a, b) -> rest(a, b) >= a.employee().contract().reducedDailyRestMinutes())
                .penalize(HardMediumSoftScore.ofSoft(20), (a, b) -> weight(a, ContractWeight.SHORT_DAILY_REST))
                .justifyWith((a, b, score) -> new Breach(a.employee().id(), a.date() + "/" + b.date(),
                        "short rest (" + hours(rest(a, b)) + " h) between " + a.label() + " and " + b.label()
                                + ", allowed only by local agreement", "AML §10-8 (3), HTA kap. 1 §4.2.3"))
                .asConstraint(SHORT_DAILY_REST);
    }

    Constraint shortWeeklyRest(ConstraintFactory factory) {
        return weeklyRestBelow(factory, true)
                .penalize(HardMediumSoftScore.ofSoft(20),
                        (employee, week, rest) -> weight(employee, ContractWeight.SHORT_WEEKLY_REST))
                .justifyWith((employee, week, rest, score) -> new Breach(employee.id(), week.label(),
                        "weekly rest reduced to " + hours(rest) + " h by agreement", "AML §10-8 (3)"))
                .asConstraint(SHORT_WEEKLY_REST);
    }

    /** Shifts on a weekend day as the employee's contract defines the weekend. */
    private UniConstraintStream<Slot> weekendSlots(ConstraintFactory factory) {
        return factory.forEach(Slot.class).filter(slot -> slot.weekend() >= 0);
    }

    Constraint weekendFrequency(ConstraintFactory factory) {
        return weekendSlots(factory)
                .groupBy(Slot::employee, countDistinct(Slot::weekend))
                .join(Horizon.class)
                .filter((employee, weekends, horizon) -> weekends > employee.contract().allowedWeekends(horizon.weeks()))
                .penalize(HardMediumSoftScore.ofSoft(30), (employee, weekends, horizon) ->
                        weight(employee, ContractWeight.WEEKEND_FREQUENCY)
                                * (weekends - employee.contract().allowedWeekends(horizon.weeks())))
                .justifyWith((employee, weekends, horizon, score) -> new Breach(employee.id(), "",
                        "works " + weekends + " weekends in " + horizon.weeks() + " weeks (every "
                                + employee.contract().weekendFrequency() + ". weekend agreed)", "AML §10-8 (4), " + HTA))
                .asConstraint(WEEKEND_FREQUENCY);
    }

    /** Runs of worked weekends of each employee (a weekend is worked when any of its days is). */
    private BiConstraintStream<Employee, Run> weekendRuns(ConstraintFactory factory) {
        return weekendSlots(factory)
                .groupBy(Slot::employee, toConsecutiveSequences(Slot::weekend))
                .join(Horizon.class)
                .map((employee, chain, horizon) -> employee, (employee, chain, horizon) ->
                        Run.worked(chain, Slot::weekend, employee.contract().weekend().count(horizon), horizon.cyclic()))
                .flattenLast(runs -> runs);
    }

    Constraint consecutiveWeekends(ConstraintFactory factory) {
        return weekendRuns(factory)
                .filter((employee, run) -> run.length() > employee.contract().maxConsecutiveWorkingWeekends())
                .penalize(HardMediumSoftScore.ofSoft(20), (employee, run) -> weight(employee,
                        ContractWeight.CONSECUTIVE_WEEKENDS) * (run.length() - employee.contract().maxConsecutiveWorkingWeekends()))
                .justifyWith((employee, run, score) -> new Breach(employee.id(), "weekend " + (run.first() + 1),
                        "works " + run.length() + " weekends in a row (at most "
                                + employee.contract().maxConsecutiveWorkingWeekends()
                                + "); a worked Sunday should be followed by a free one", "AML §10-8 (4)"))
                .asConstraint(CONSECUTIVE_WEEKENDS);
    }

    Constraint minConsecutiveWeekends(ConstraintFactory factory) {
        return weekendRuns(factory)
                .filter((employee, run) -> run.length() < employee.contract().minConsecutiveWorkingWeekends()
                        && employee.contract().judgesMinimum(run))
                .penalize(HardMediumSoftScore.ONE_SOFT, (employee, run) -> weight(employee,
                        ContractWeight.MIN_CONSECUTIVE_WEEKENDS) * (employee.contract().minConsecutiveWorkingWeekends() - run.length()))
                .justifyWith((employee, run, score) -> new Breach(employee.id(), "weekend " + (run.first() + 1),
                        "works only " + run.length() + " weekend(s) in a row (at least "
                                + employee.contract().minConsecutiveWorkingWeekends() + " agreed)",
                        INRC + "MinConsecutiveWorkingWeekends"))
                .asConstraint(MIN_CONSECUTIVE_WEEKENDS);
    }

    /** Employee, weekend, horizon and the mask of the weekend's worked days, for contracts where the rule counts. */
    private QuadConstraintStream<Employee, Integer, Horizon, Integer> weekendMasks(ConstraintFactory factory,
                                                                                Predicate<Slot> rule) {
        return weekendSlots(factory)
                .filter(rule::test)
                .groupBy(Slot::employee, Slot::weekend, slot -> slot.getPost().horizon(), WeekendDays.MASK);
    }

    /** Days of the weekend inside the horizon (a weekend cut by the end of the horizon is shorter). */
    private static int weekendLength(Employee employee, int weekend, Horizon horizon) {
        return employee.contract().weekend().daysInHorizon(horizon, weekend);
    }

    Constraint completeWeekends(ConstraintFactory factory) {
        return weekendMasks(factory, slot -> slot.employee().contract().completeWeekends()
                        && weight(slot, ContractWeight.COMPLETE_WEEKENDS) > 0)
                .filter((employee, weekend, horizon, mask) ->
                        WeekendDays.incompleteness(mask, weekendLength(employee, weekend, horizon)) > 0)
                .penalize(HardMediumSoftScore.ofSoft(10), (employee, weekend, horizon, mask) ->
                        weight(employee, ContractWeight.COMPLETE_WEEKENDS)
                                * WeekendDays.incompleteness(mask, weekendLength(employee, weekend, horizon)))
                .justifyWith((employee, weekend, horizon, mask, score) -> new Breach(employee.id(),
                        horizon.date(employee.contract().weekend().start(horizon, weekend)).toString(),
                        "works only part of the weekend (" + WeekendDays.describe(mask,
                                weekendLength(employee, weekend, horizon)) + "; complete weekends agreed)",
                        "local agreement; " + INRC + "CompleteWeekends"))
                .asConstraint(COMPLETE_WEEKENDS);
    }

    Constraint identicalWeekendShifts(ConstraintFactory factory) {
        // mask of worked days in the low 4 bits, number of shift types above them
        return weekendSlots(factory)
                .filter(slot -> slot.employee().contract().identicalWeekendShiftTypes())
                .groupBy(Slot::employee, Slot::weekend, slot -> slot.getPost().horizon(),
                        compose(WeekendDays.MASK, countDistinct(Slot::shiftType), (mask, types) -> types << 4 | mask))
                .filter((employee, weekend, horizon, days) -> days >> 4 > 1
                        && weekendLength(employee, weekend, horizon) >= 2
                        && WeekendDays.complete(days & 15, weekendLength(employee, weekend, horizon)))
                .penalize(HardMediumSoftScore.ONE_SOFT, (employee, weekend, horizon, days) ->
                        weight(employee, ContractWeight.IDENTICAL_WEEKEND_SHIFTS) * ((days >> 4) - 1)
                                * weekendLength(employee, weekend, horizon))
                .justifyWith((employee, weekend, horizon, days, score) -> new Breach(employee.id(),
                        horizon.date(employee.contract().weekend().start(horizon, weekend)).toString(),
                        "works " + (days >> 4) + " different shift types in one weekend (the same shift type agreed)",
                        INRC + "IdenticalShiftTypesDuringWeekend"))
                .asConstraint(IDENTICAL_WEEKEND_SHIFTS);
    }

    /** The runs of working days (of the shifts {@code which}) of each employee. */
    private BiConstraintStream<Employee, Run> dayRuns(ConstraintFactory factory, Predicate<Slot> which) {
        return factory.forEach(Slot.class)
                .filter(which::test)
                .groupBy(Slot::employee, toConsecutiveSequences(Slot::dayIndex))
                .join(Horizon.class)
                .map((employee, chain, horizon) -> employee, (employee, chain, horizon) ->
                        Run.worked(chain, Slot::dayIndex, horizon.days(), horizon.cyclic()))
                .flattenLast(runs -> runs);
    }

    /** The runs of free days of each employee, including the whole horizon for someone with no shift at all. */
    private BiConstraintStream<Employee, Run> freeRuns(ConstraintFactory factory) {
        return factory.forEach(Slot.class)
                .groupBy(Slot::employee, toConsecutiveSequences(Slot::dayIndex))
                .complement(Employee.class)
                .join(Horizon.class)
                .map((employee, chain, horizon) -> employee, (employee, chain, horizon) ->
                        Run.free(chain, Slot::dayIndex, horizon.days(), horizon.cyclic()))
                .flattenLast(runs -> runs);
    }

    Constraint maxConsecutiveDays(ConstraintFactory factory) {
        return dayRuns(factory, slot -> true)
                .filter((employee, run) -> run.length() > employee.contract().maxConsecutiveWorkingDays())
                .penalize(HardMediumSoftScore.ofSoft(10), (employee, run) -> weight(employee,
                        ContractWeight.MAX_CONSECUTIVE_DAYS) * (run.length() - employee.contract().maxConsecutiveWorkingDays()))
                .justifyWith((employee, run, score) -> new Breach(employee.id(), "day " + (run.first() + 1),
                        "works " + run.length() + " days in a row (at most "
                                + employee.contract().maxConsecutiveWorkingDays() + ")", HTA))
                .asConstraint(MAX_CONSECUTIVE_DAYS);
    }

    Constraint isolatedWorkDays(ConstraintFactory factory) {
        return dayRuns(factory, slot -> true)
                .filter((employee, run) -> run.length() < employee.contract().minConsecutiveWorkingDays()
                        && employee.contract().judgesMinimum(run))
                .penalize(HardMediumSoftScore.ofSoft(5), (employee, run) -> weight(employee,
                        ContractWeight.ISOLATED_WORK_DAYS) * (employee.contract().minConsecutiveWorkingDays() - run.length()))
                .justifyWith((employee, run, score) -> new Breach(employee.id(), "day " + (run.first() + 1),
                        "works a run of only " + run.length() + " day(s) between days off", "local agreement"))
                .asConstraint(ISOLATED_WORK_DAYS);
    }

    Constraint isolatedDaysOff(ConstraintFactory factory) {
        return freeRuns(factory)
                .filter((employee, run) -> run.length() < employee.contract().minConsecutiveFreeDays()
                        && employee.contract().judgesMinimum(run))
                .penalize(HardMediumSoftScore.ofSoft(5), (employee, run) -> weight(employee,
                        ContractWeight.ISOLATED_DAYS_OFF) * (employee.contract().minConsecutiveFreeDays() - run.length()))
                .justifyWith((employee, run, score) -> new Breach(employee.id(), "day " + (run.first() + 1),
                        "has only " + run.length() + " day(s) off between working days", "local agreement"))
                .asConstraint(ISOLATED_DAYS_OFF);
    }

    Constraint nightSeries(ConstraintFactory factory) {
        return dayRuns(factory, Slot::isNight)
                .filter((employee, run) -> run.length() > employee.contract().maxConsecutiveNights())
                .penalize(HardMediumSoftScore.ofSoft(10), (employee, run) -> weight(employee,
                        ContractWeight.NIGHT_SERIES) * (run.length() - employee.contract().maxConsecutiveNights()))
                .justifyWith((employee, run, score) -> new Breach(employee.id(), "day " + (run.first() + 1),
                        "works " + run.length() + " nights in a row (at most "
                                + employee.contract().maxConsecutiveNights() + ")", "AML §10-11"))
                .asConstraint(NIGHT_SERIES);
    }

    Constraint freeAfterNights(ConstraintFactory factory) {
        return factory.forEach(Slot.class)
                .filter(Slot::isNight)
                .join(factory.forEach(Slot.class).filter(slot -> !slot.isNight()), equal(Slot::employee))
                .join(Horizon.class)
                .filter((night, next, horizon) -> {
                    int days = horizon.daysAfter(night.dayIndex(), next.dayIndex());
                    return days >= 1 && days <= night.employee().contract().minFreeDaysAfterNights();
                })
                .penalize(HardMediumSoftScore.ofSoft(20),
                        (night, next, horizon) -> weight(night, ContractWeight.FREE_AFTER_NIGHTS))
                .justifyWith((night, next, horizon, score) -> new Breach(night.employee().id(), next.date().toString(),
                        "works " + next.label() + " too soon after the night " + night.label() + " (at least "
                                + night.employee().contract().minFreeDaysAfterNights() + " days off after nights)",
                        "AML §10-11"))
                .asConstraint(FREE_AFTER_NIGHTS);
    }

    Constraint dayOffWish(ConstraintFactory factory) {
        return factory.forEach(Slot.class)
                .join(Wish.class, equal(Slot::employee, Wish::employee), equal(Slot::dayIndex, Wish::dayIndex),
                        filtering((slot, wish) -> !wish.wantsWork() && wish.concerns(slot)))
                .penalize(HardMediumSoftScore.ONE_SOFT, (slot, wish) -> wish.weight())
                .justifyWith((slot, wish, score) -> new Breach(wish.employee().id(), wish.date().toString(),
                        wish.describe() + " but has " + slot.label(), "ønsketurnus"))
                .asConstraint(DAY_OFF_WISH);
    }

    Constraint workWish(ConstraintFactory factory) {
        return factory.forEach(Wish.class)
                .filter(Wish::wantsWork)
                .ifNotExists(Slot.class, equal(Wish::employee, Slot::employee), equal(Wish::dayIndex, Slot::dayIndex),
                        filtering(Wish::concerns))
                .penalize(HardMediumSoftScore.ONE_SOFT, Wish::weight)
                .justifyWith((wish, score) -> new Breach(wish.employee().id(), wish.date().toString(),
                        wish.describe() + " but is not planned then", "ønsketurnus"))
                .asConstraint(WORK_WISH);
    }

    Constraint fairNights(ConstraintFactory factory) {
        return fairness(factory.forEach(Slot.class).filter(Slot::isNight).groupBy(Slot::employee, count()),
                FAIR_NIGHTS, "nights");
    }

    Constraint fairWeekends(ConstraintFactory factory) {
        return fairness(weekendSlots(factory).groupBy(Slot::employee, countDistinct(Slot::weekend)),
                FAIR_WEEKENDS, "weekends");
    }

    Constraint fairLongShifts(ConstraintFactory factory) {
        return fairness(factory.forEach(Slot.class).filter(slot -> slot.shiftType().isLong())
                        .groupBy(Slot::employee, count()),
                FAIR_LONG_SHIFTS, "long shifts");
    }

    /**
     * Spread of a load (nights, weekends...) among staff of the same competence, each load scaled to a
     * full-time position so that a 50 % position is expected to carry half. Penalised by the unfairness of
     * the loads, in hundredths.
     */
    private Constraint fairness(BiConstraintStream<Employee, Integer> loads, String name, String what) {
        return loads.complement(Employee.class, employee -> 0)
                .filter((employee, load) -> employee.positionPercent() > 0)
                .groupBy((employee, load) -> employee.competence(),
                        loadBalance((employee, load) -> employee,
                                (employee, load) -> Math.round(load * 10_000.0 / employee.positionPercent())))
                .filter((competence, balance) -> balance.unfairness().signum() > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT,
                        (competence, balance) -> balance.unfairness().intValue() / 10)
                .justifyWith((competence, balance, score) -> new Breach(competence, "",
                        "uneven share of " + what + " among " + competence + " staff (unfairness "
                                + balance.unfairness().intValue() / 100 + " per full-time position)", "fair turnus"))
                .asConstraint(name);
    }

    Constraint preferredStaffing(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Slot.class)
                .filter(slot -> slot.employee() == null && slot.isOptional() && !slot.isSurplus())
                .penalize(HardMediumSoftScore.ofSoft(5))
                .justifyWith((slot, score) -> new Breach(slot.ward(), slot.date().toString(),
                        slot.label() + " is staffed at the minimum, below the preferred head count", "bemanningsplan"))
                .asConstraint(PREFERRED_STAFFING);
    }

    Constraint mixedOrganisations(ConstraintFactory factory) {
        return factory.forEach(Slot.class)
                .groupBy(Slot::getPost, countDistinct(slot -> slot.employee().organisation()), count())
                .join(Horizon.class, filtering((post, organisations, staff, horizon) -> horizon.mixOrganisations()))
                .filter((post, organisations, staff, horizon) -> staff >= 2 && organisations < 2)
                .penalize(HardMediumSoftScore.ofSoft(2))
                .justifyWith((post, organisations, staff, horizon, score) -> new Breach(post.ward(),
                        post.date().toString(), "all " + staff + " on " + post.label()
                                + " come from the same former organisation", "merger plan"))
                .asConstraint(MIXED_ORGANISATIONS);
    }

    Constraint changedAssignment(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Slot.class)
                .filter(slot -> slot.getReference() != null && slot.employee() != slot.getReference())
                .penalize(HardMediumSoftScore.ofSoft(10))
                .justifyWith((slot, score) -> new Breach(slot.getReference().id(), slot.date().toString(),
                        "no longer has " + slot.label() + " as in the previous plan"
                                + (slot.employee() == null ? "" : " (now " + slot.employee().id() + ")"),
                        "AML §10-3 (changes to the arbeidsplan)"))
                .asConstraint(CHANGED_ASSIGNMENT);
    }

    // ---------------------------------------------------------------- INRC-2010 contract rules

    private BiConstraintStream<Employee, Integer> assignmentCounts(ConstraintFactory factory) {
        return factory.forEach(Slot.class)
                .groupBy(Slot::employee, count())
                .complement(Employee.class, employee -> 0);
    }

    Constraint minAssignments(ConstraintFactory factory) {
        return assignmentCounts(factory)
                .filter((employee, shifts) -> shifts < employee.contract().minAssignments())
                .penalize(HardMediumSoftScore.ONE_SOFT, (employee, shifts) ->
                        weight(employee, ContractWeight.MIN_ASSIGNMENTS) * (employee.contract().minAssignments() - shifts))
                .justifyWith((employee, shifts, score) -> new Breach(employee.id(), "",
                        "has " + shifts + " shifts, fewer than the " + employee.contract().minAssignments() + " agreed",
                        INRC + "MinNumAssignments"))
                .asConstraint(MIN_ASSIGNMENTS);
    }

    Constraint maxAssignments(ConstraintFactory factory) {
        return assignmentCounts(factory)
                .filter((employee, shifts) -> shifts > employee.contract().maxAssignments())
                .penalize(HardMediumSoftScore.ONE_SOFT, (employee, shifts) ->
                        weight(employee, ContractWeight.MAX_ASSIGNMENTS) * (shifts - employee.contract().maxAssignments()))
                .justifyWith((employee, shifts, score) -> new Breach(employee.id(), "",
                        "has " + shifts + " shifts, more than the " + employee.contract().maxAssignments() + " agreed",
                        INRC + "MaxNumAssignments"))
                .asConstraint(MAX_ASSIGNMENTS);
    }

    Constraint maxConsecutiveFreeDays(ConstraintFactory factory) {
        return freeRuns(factory)
                .filter((employee, run) -> run.length() > employee.contract().maxConsecutiveFreeDays())
                .penalize(HardMediumSoftScore.ONE_SOFT, (employee, run) -> weight(employee,
                        ContractWeight.MAX_CONSECUTIVE_FREE_DAYS) * (run.length() - employee.contract().maxConsecutiveFreeDays()))
                .justifyWith((employee, run, score) -> new Breach(employee.id(), "day " + (run.first() + 1),
                        "is free " + run.length() + " days in a row (at most "
                                + employee.contract().maxConsecutiveFreeDays() + ")", INRC + "MaxConsecutiveFreeDays"))
                .asConstraint(MAX_CONSECUTIVE_FREE_DAYS);
    }

    Constraint alternativeSkill(ConstraintFactory factory) {
        return lackingCompetence(factory)
                .filter(slot -> weight(slot, ContractWeight.ALTERNATIVE_SKILL) > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT, slot -> weight(slot, ContractWeight.ALTERNATIVE_SKILL))
                .justifyWith((slot, score) -> new Breach(slot.employee().id(), slot.date().toString(),
                        "works " + slot.label() + ", which needs " + slot.getRequirement() + " (a skill they lack)",
                        INRC + "AlternativeSkillCategory"))
                .asConstraint(ALTERNATIVE_SKILL);
    }

    Constraint unwantedPatterns(ConstraintFactory factory) {
        return factory.forEach(Slot.class)
                .filter(slot -> !slot.employee().contract().unwantedPatterns().isEmpty())
                .groupBy(Slot::employee, PatternCollector.INSTANCE)
                .filter((employee, matches) -> matches.penalty() > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT, (employee, matches) ->
                        weight(employee, ContractWeight.UNWANTED_PATTERN) * matches.penalty())
                .justifyWith((employee, matches, score) -> new Breach(employee.id(), "",
                        "works an unwanted sequence of shifts: " + String.join(", ", matches.where()),
                        INRC + "UnwantedPatterns"))
                .asConstraint(UNWANTED_PATTERN);
    }

    /** The weekend that starts the day after a slot, or -1 (the slot must be assigned). */
    private static int weekendStartingNextDay(Slot slot) {
        Horizon horizon = slot.getPost().horizon();
        int next = slot.dayIndex() + 1;
        WeekendDefinition weekend = slot.employee().contract().weekend();
        return next < horizon.days() && weekend.offset(horizon, next) == 0 ? weekend.index(horizon, next) : -1;
    }

    Constraint nightBeforeFreeWeekend(ConstraintFactory factory) {
        return factory.forEach(Slot.class)
                .filter(slot -> slot.isNight() && slot.employee().contract().noNightBeforeFreeWeekend()
                        && weekendStartingNextDay(slot) >= 0)
                .ifNotExists(Slot.class, equal(Slot::employee),
                        filtering((night, other) -> other.weekend() == weekendStartingNextDay(night)))
                .penalize(HardMediumSoftScore.ONE_SOFT,
                        night -> weight(night, ContractWeight.NIGHT_BEFORE_FREE_WEEKEND))
                .justifyWith((night, score) -> new Breach(night.employee().id(), night.date().toString(),
                        "works the night " + night.label() + " right before a free weekend",
                        INRC + "NoNightShiftBeforeFreeWeekend"))
                .asConstraint(NIGHT_BEFORE_FREE_WEEKEND);
    }

    // ---------------------------------------------------------------- helpers

    private static int weight(Employee employee, ContractWeight rule) {
        return employee.contract().weight(rule);
    }

    private static int weight(Slot slot, ContractWeight rule) {
        return slot.employee().contract().weight(rule);
    }

    private static int hoursShort(int required, int actual) {
        return Math.max(1, (required - actual + 59) / 60);
    }

    static String hours(int minutes) {
        return minutes % 60 == 0 ? Integer.toString(minutes / 60) : String.format("%.1f", minutes / 60.0);
    }
}
