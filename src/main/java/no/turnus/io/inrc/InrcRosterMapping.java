package no.turnus.io.inrc;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.turnus.io.inrc.InrcInstance.Contract;
import no.turnus.io.inrc.InrcInstance.Limit;
import no.turnus.problem.Problems;
import no.turnus.problem.Rule;
import no.turnus.roster.input.RosterDataset;
import no.turnus.roster.input.RosterDataset.Assignment;
import no.turnus.roster.input.RosterDataset.ContractSpec;
import no.turnus.roster.input.RosterDataset.Demand;
import no.turnus.roster.input.RosterDataset.EmployeeSpec;
import no.turnus.roster.input.RosterDataset.InrcTerms;
import no.turnus.roster.input.RosterDataset.PatternSpec;
import no.turnus.roster.input.RosterDataset.WishSpec;
import no.turnus.roster.input.RosterDataset.WishType;
import no.turnus.roster.domain.ShiftCategory;
import no.turnus.roster.domain.UnwantedPattern;
import no.turnus.roster.domain.WeekendDefinition;
import no.turnus.roster.rules.RosterRules;

/**
 * Maps an INRC-2010 instance onto the roster model as data, so that the roster constraints score it, and a planned
 * roster back onto a competition solution. The roster's soft score, negated, is the INRC objective; INRC's hard
 * violations are the roster's hard plus medium score:
 * <ul>
 *   <li>Cover: each (date, shift type) gets exactly its preferred number of places, all required, so the solver can
 *       only leave places empty (medium "Uncovered demand") and never overstaff. An imported solution with a surplus
 *       gets that many extra places (demand {@code maximum}); filling them is hard "Overstaffed".</li>
 *   <li>Single assignment per day: hard "One shift per day" (counted per pair of shifts, which equals INRC's count
 *       for two shifts on a day).</li>
 *   <li>Contract rules: contract fields with INRC's limits (the INRC-only ones in the contract's {@code inrc} terms); their weights in the contract's {@code weights}, with
 *       the constraint weights set to 1 so that the contract weight is the whole weight. A rule that is off gets
 *       weight 0. Runs cut by the horizon are judged ({@code judgeRunsAtHorizonEdges}).</li>
 *   <li>Skills: a shift type's required skill (or set of skills, as one authorisation "A+B" held by the nurses with
 *       all of them) is a required authorisation of each of its places; a nurse without it
 *       costs "Alternative skill" when the contract scores it and nothing otherwise (hard "Competence required" is
 *       not in the INRC rule set).</li>
 *   <li>Requests: day and shift on/off requests are wishes with the request's weight.</li>
 *   <li>Norwegian-only rules (rest, working hours, weekend frequency, fairness, nights...) are not scored: the
 *       dataset names the INRC-2010 rule set ({@link InrcRosterConstraints}), which leaves them out. NoNightShiftBeforeFreeWeekend, TwoFreeDaysAfterNightShifts and
 *       MaxWorkingWeekendsInFourWeeks are not mapped: the competition's evaluator does not score them.</li>
 * </ul>
 */
public final class InrcRosterMapping {

    /** The one ward every INRC nurse works in. */
    public static final String WARD = "INRC";

    private InrcRosterMapping() {
    }

    /** The instance as a roster dataset without a plan. */
    public static RosterDataset dataset(InrcInstance instance) {
        return dataset(instance, null);
    }

    /**
     * The instance with a solution as its plan, to score that solution with the roster engine. Where the solution
     * puts more nurses on a shift than preferred, the extra places are added (and cost "Overstaffed").
     */
    public static RosterDataset dataset(InrcInstance instance, InrcSolution solution) {
        Problems problems = new Problems();
        problems.check(instance.dayCount() % 7 == 0, "/SchedulingPeriod/EndDate",
                "the roster model plans whole weeks, but the period has " + instance.dayCount() + " days");
        problems.throwIfAny();
        Map<String, Integer> assigned = new HashMap<>();
        List<Assignment> plan = new ArrayList<>();
        if (solution != null) {
            for (InrcSolution.Assignment a : solution.assignments()) {
                assigned.merge(a.date() + "|" + a.shiftTypeId(), 1, Integer::sum);
                plan.add(new Assignment(a.employeeId(), a.date(), a.shiftTypeId(), WARD, null));
            }
        }
        Map<String, String> constraintWeights = new LinkedHashMap<>();
        for (Rule rule : InrcRosterConstraints.RULE_SET.rules()) {
            if (rule.contractWeight() != null && rule.weight() != 1) {
                constraintWeights.put(rule.name(), "1soft"); // the contract's weight is the whole weight
            }
        }
        return new RosterDataset(RosterDataset.KIND, instance.id(), instance.startDate(), instance.dayCount() / 7,
                false, List.of(new RosterDataset.Ward(WARD, "INRC-2010 " + instance.id())), shiftTypes(instance),
                demand(instance, assigned), employees(instance), contracts(instance), plan, List.of(),
                constraintWeights, InrcRosterConstraints.RULE_SET.id());
    }

    private static List<RosterDataset.ShiftTypeSpec> shiftTypes(InrcInstance instance) {
        List<RosterDataset.ShiftTypeSpec> shifts = new ArrayList<>();
        for (InrcInstance.ShiftType s : instance.shiftTypes()) {
            LocalTime end = s.endTime().equals(s.startTime()) ? s.startTime().minusMinutes(1) : s.endTime();
            shifts.add(new RosterDataset.ShiftTypeSpec(s.id(), s.description(), s.startTime(), end, null,
                    end.isBefore(s.startTime()) ? ShiftCategory.NIGHT : ShiftCategory.DAY));
        }
        return shifts;
    }

    /** One dated line per (date, shift type): exactly the preferred head count, more only for a given surplus. */
    private static List<Demand> demand(InrcInstance instance, Map<String, Integer> assigned) {
        InrcEvaluator evaluator = new InrcEvaluator(instance);
        List<Demand> demand = new ArrayList<>();
        for (int d = 0; d < instance.dayCount(); d++) {
            LocalDate date = instance.startDate().plusDays(d);
            for (InrcInstance.ShiftType shift : instance.shiftTypes()) {
                int preferred = evaluator.demandOn(date).get(shift.id());
                int maximum = Math.max(preferred, assigned.getOrDefault(date + "|" + shift.id(), 0));
                if (maximum == 0) {
                    continue;
                }
                Map<String, Integer> skill = shift.skills().isEmpty() ? Map.of() : Map.of(skillSet(shift.skills()),
                        preferred);
                demand.add(new Demand(WARD, date, null, shift.id(), preferred, preferred, maximum, null, skill));
            }
        }
        return demand;
    }

    /**
     * The authorisation a shift type's places require: its skill, or for several skills one authorisation naming
     * them all ("A+B"), which the nurses having all of them hold.
     */
    private static String skillSet(List<String> skills) {
        return String.join("+", skills);
    }

    private static List<EmployeeSpec> employees(InrcInstance instance) {
        Map<String, List<WishSpec>> wishes = new HashMap<>();
        instance.dayOffRequests().forEach(r -> wishes.computeIfAbsent(r.employeeId(), k -> new ArrayList<>())
                .add(new WishSpec(r.date(), null, WishType.OFF, r.weight())));
        instance.dayOnRequests().forEach(r -> wishes.computeIfAbsent(r.employeeId(), k -> new ArrayList<>())
                .add(new WishSpec(r.date(), null, WishType.ON, r.weight())));
        instance.shiftOffRequests().forEach(r -> wishes.computeIfAbsent(r.employeeId(), k -> new ArrayList<>())
                .add(new WishSpec(r.date(), r.shiftTypeId(), WishType.OFF, r.weight())));
        instance.shiftOnRequests().forEach(r -> wishes.computeIfAbsent(r.employeeId(), k -> new ArrayList<>())
                .add(new WishSpec(r.date(), r.shiftTypeId(), WishType.ON, r.weight())));
        List<EmployeeSpec> employees = new ArrayList<>();
        for (InrcInstance.Employee e : instance.employees()) {
            List<String> skillSets = new ArrayList<>(e.skills());
            for (InrcInstance.ShiftType shift : instance.shiftTypes()) {
                String needed = skillSet(shift.skills());
                if (shift.skills().size() > 1 && e.skills().containsAll(shift.skills()) && !skillSets.contains(needed)) {
                    skillSets.add(needed);
                }
            }
            employees.add(new EmployeeSpec(e.id(), e.name(), "NURSE", skillSets, 100.0, e.contractId(), WARD,
                    List.of(), null, List.of(), wishes.getOrDefault(e.id(), List.of()), List.of()));
        }
        return employees;
    }

    private static List<ContractSpec> contracts(InrcInstance instance) {
        List<ContractSpec> contracts = new ArrayList<>();
        for (Contract c : instance.contracts()) {
            Map<String, Integer> weights = new LinkedHashMap<>();
            weigh(weights, InrcRules.MAX_ASSIGNMENTS, c.maxNumAssignments());
            weigh(weights, InrcRules.MIN_ASSIGNMENTS, c.minNumAssignments());
            weigh(weights, RosterRules.MAX_CONSECUTIVE_DAYS, c.maxConsecutiveWorkingDays());
            weigh(weights, RosterRules.ISOLATED_WORK_DAYS, c.minConsecutiveWorkingDays());
            weigh(weights, InrcRules.MAX_CONSECUTIVE_FREE_DAYS, c.maxConsecutiveFreeDays());
            weigh(weights, RosterRules.ISOLATED_DAYS_OFF, c.minConsecutiveFreeDays());
            weigh(weights, RosterRules.CONSECUTIVE_WEEKENDS, c.maxConsecutiveWorkingWeekends());
            weigh(weights, InrcRules.MIN_CONSECUTIVE_WEEKENDS, c.minConsecutiveWorkingWeekends());
            weights.put(RosterRules.COMPLETE_WEEKENDS.ruleName(),
                    c.completeWeekends().active() ? c.completeWeekends().weight() : 0);
            weights.put(InrcRules.IDENTICAL_WEEKEND_SHIFTS.ruleName(),
                    c.identicalShiftTypesDuringWeekend().active() ? c.identicalShiftTypesDuringWeekend().weight() : 0);
            weights.put(InrcRules.ALTERNATIVE_SKILL.ruleName(),
                    c.alternativeSkillCategory().active() ? c.alternativeSkillCategory().weight() : 0);
            List<PatternSpec> patterns = new ArrayList<>();
            for (String id : c.unwantedPatterns()) {
                InrcInstance.Pattern pattern = instance.pattern(id).orElseThrow();
                List<String> days = new ArrayList<>();
                for (InrcInstance.PatternEntry entry : pattern.entries()) {
                    days.add(switch (entry.kind()) {
                        case FREE -> UnwantedPattern.FREE;
                        case ANY_SHIFT -> UnwantedPattern.ANY;
                        case SHIFT -> entry.shiftTypeId();
                    });
                }
                patterns.add(new PatternSpec(pattern.id(), pattern.weight(),
                        pattern.entries().isEmpty() ? null : pattern.entries().get(0).day(), days));
            }
            InrcTerms terms = new InrcTerms(value(c.minNumAssignments()), value(c.maxNumAssignments()),
                    value(c.maxConsecutiveFreeDays()), value(c.minConsecutiveWorkingWeekends()),
                    c.identicalShiftTypesDuringWeekend().active(), null, patterns);
            contracts.add(new ContractSpec(c.id(), 0.0, null, 0.0, null, 24.0, 168.0, 168.0, null, 0,
                    value(c.maxConsecutiveWorkingWeekends()), c.completeWeekends().active(),
                    value(c.maxConsecutiveWorkingDays()), value(c.minConsecutiveWorkingDays()),
                    value(c.minConsecutiveFreeDays()), null, 0,
                    c.weekendDefinition(), true, weights, terms, null, null, null, null, null, null, null));
        }
        return contracts;
    }

    /** The limit of an active rule; null (the field's default) when off, where its weight 0 silences it. */
    private static Integer value(Limit limit) {
        return limit.active() ? limit.value() : null;
    }

    private static void weigh(Map<String, Integer> weights, Rule.Entry rule, Limit limit) {
        weights.put(rule.ruleName(), limit.active() ? limit.weight() : 0);
    }

    /**
     * The plan of a roster dataset as a competition solution. {@code SoftConstraintsPenalty} is the INRC objective
     * of that plan as {@link InrcEvaluator} scores it (equal to the roster's soft score, negated).
     */
    public static InrcSolution solution(InrcInstance instance, RosterDataset planned) {
        List<InrcSolution.Assignment> assignments = new ArrayList<>();
        for (Assignment a : planned.assignments()) {
            assignments.add(new InrcSolution.Assignment(a.date(), a.employee(), a.shift()));
        }
        InrcSolution unscored = new InrcSolution(instance.id(), "Turnus", 0, assignments);
        return new InrcSolution(instance.id(), "Turnus", InrcEvaluator.evaluate(instance, unscored).softPenalty(),
                assignments);
    }
}
