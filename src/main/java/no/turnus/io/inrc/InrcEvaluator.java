package no.turnus.io.inrc;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

import no.turnus.io.inrc.InrcEvaluation.Violation;
import no.turnus.io.inrc.InrcInstance.Contract;
import no.turnus.io.inrc.InrcInstance.DayRequest;
import no.turnus.io.inrc.InrcInstance.Employee;
import no.turnus.io.inrc.InrcInstance.Limit;
import no.turnus.io.inrc.InrcInstance.Pattern;
import no.turnus.io.inrc.InrcInstance.PatternEntry;
import no.turnus.io.inrc.InrcInstance.ShiftRequest;
import no.turnus.io.inrc.InrcInstance.ShiftType;
import no.turnus.io.inrc.InrcSolution.Assignment;
import no.turnus.problem.Problems;

/**
 * Independent scorer of INRC-2010 solutions, following the model of the UOS evaluator (Lü and Hao 2012; D. Meignan,
 * INRC2010-UOS-evaluator). Written for exactness and readability, not speed: it is the reference the roster model
 * is checked against. The competition's conventions it reproduces:
 * <ul>
 *   <li>Consecutive runs (working days, free days, working weekends) are counted inside the horizon only, and a run
 *       touching either end of the horizon is scored like any other run.</li>
 *   <li>Max rules cost {@code weight x (length - max)} per run; min rules {@code weight x (min - length)} per run,
 *       and a min limit of 1 or less is no rule at all.</li>
 *   <li>Weekends start on the first day of the contract's weekend definition inside the horizon; one cut by the end
 *       of the horizon is shortened. A weekend is worked when any of its days is. Complete-weekend and
 *       identical-shift rules skip weekends cut to a single day.</li>
 *   <li>Complete weekends use the competition's table (e.g. Fri-Sat-Sun worked-free-worked costs 4).</li>
 *   <li>Identical shift types: only fully worked weekends count, {@code (distinct shift types - 1) x length}.</li>
 *   <li>Unwanted patterns: every start day where the whole pattern fits in the horizon (and, when its first entry
 *       names a weekday, falls on that weekday) and matches counts once.</li>
 *   <li>Alternative skill: each assignment to a shift type whose required skills the nurse lacks costs the weight.</li>
 *   <li>A date-specific cover replaces the day-of-week cover of that shift type on that date.</li>
 * </ul>
 */
public final class InrcEvaluator {

    /** Complete-weekend penalties by work pattern (W worked, F free) of the weekend days, per the competition. */
    private static final Map<String, Integer> INCOMPLETE_WEEKEND = Map.ofEntries(
            Map.entry("WF", 1), Map.entry("FW", 1),
            Map.entry("WWF", 1), Map.entry("FWW", 1), Map.entry("WFW", 4),
            Map.entry("WFF", 2), Map.entry("FWF", 2), Map.entry("FFW", 2),
            Map.entry("WWWF", 1), Map.entry("FWWW", 1), Map.entry("WWFW", 5), Map.entry("WFWW", 5),
            Map.entry("WWFF", 2), Map.entry("FFWW", 2), Map.entry("FWWF", 2),
            Map.entry("WFWF", 6), Map.entry("FWFW", 6), Map.entry("WFFW", 6),
            Map.entry("WFFF", 3), Map.entry("FFFW", 3), Map.entry("FWFF", 3), Map.entry("FFWF", 3));

    private final InrcInstance instance;
    private final int days;
    private final Map<String, Integer> shiftIndex = new HashMap<>();
    private final Map<String, Integer> employeeIndex = new HashMap<>();

    public InrcEvaluator(InrcInstance instance) {
        this.instance = instance;
        this.days = instance.dayCount();
        for (int s = 0; s < instance.shiftTypes().size(); s++) {
            shiftIndex.put(instance.shiftTypes().get(s).id(), s);
        }
        for (int e = 0; e < instance.employees().size(); e++) {
            employeeIndex.put(instance.employees().get(e).id(), e);
        }
    }

    public static InrcEvaluation evaluate(InrcInstance instance, InrcSolution solution) {
        return new InrcEvaluator(instance).evaluate(solution);
    }

    public InrcEvaluation evaluate(InrcSolution solution) {
        List<Violation> violations = new ArrayList<>();
        int[][] grid = grid(solution, violations);
        cover(grid, violations);
        for (int e = 0; e < grid.length; e++) {
            Employee employee = instance.employees().get(e);
            Contract contract = instance.contract(employee.contractId()).orElseThrow();
            new Nurse(employee, contract, grid[e], violations).score();
        }
        requests(grid, violations);
        return new InrcEvaluation(violations);
    }

    /** Shift index per nurse and day (-1 free); surplus assignments on one day are hard violations. */
    private int[][] grid(InrcSolution solution, List<Violation> violations) {
        Problems problems = new Problems();
        int[][] grid = new int[instance.employees().size()][days];
        for (int[] row : grid) {
            Arrays.fill(row, -1);
        }
        for (int i = 0; i < solution.assignments().size(); i++) {
            Assignment a = solution.assignments().get(i);
            String path = "/Solution/Assignment[" + (i + 1) + "]";
            Integer e = employeeIndex.get(a.employeeId());
            Integer s = shiftIndex.get(a.shiftTypeId());
            int d = instance.dayIndex(a.date());
            problems.check(e != null, path + "/Employee", "unknown employee '" + a.employeeId() + "'");
            problems.check(s != null, path + "/ShiftType", "unknown shift type '" + a.shiftTypeId() + "'");
            problems.check(d >= 0, path + "/Date", a.date() + " is outside the scheduling period");
            if (e == null || s == null || d < 0) {
                continue;
            }
            if (grid[e][d] >= 0) {
                violations.add(new Violation(InrcRule.SINGLE_ASSIGNMENT_PER_DAY, a.employeeId(), a.date(), a.date(),
                        1));
            } else {
                grid[e][d] = s;
            }
        }
        problems.throwIfAny();
        return grid;
    }

    private void cover(int[][] grid, List<Violation> violations) {
        for (int d = 0; d < days; d++) {
            LocalDate date = date(d);
            int[] demand = demand(date);
            int[] assigned = new int[demand.length];
            for (int[] row : grid) {
                if (row[d] >= 0) {
                    assigned[row[d]]++;
                }
            }
            for (int s = 0; s < demand.length; s++) {
                int gap = Math.abs(assigned[s] - demand[s]);
                if (gap > 0) {
                    violations.add(new Violation(InrcRule.COVER, "", date, date, gap));
                }
            }
        }
    }

    private int[] demand(LocalDate date) {
        int[] demand = new int[instance.shiftTypes().size()];
        DayOfWeek dayOfWeek = date.getDayOfWeek();
        instance.dayOfWeekCovers().stream().filter(c -> c.day() == dayOfWeek)
                .forEach(c -> c.covers().forEach(cover -> demand[shiftIndex.get(cover.shiftTypeId())] =
                        cover.preferred()));
        instance.dateCovers().stream().filter(c -> c.date().equals(date))
                .forEach(c -> c.covers().forEach(cover -> demand[shiftIndex.get(cover.shiftTypeId())] =
                        cover.preferred()));
        return demand;
    }

    private void requests(int[][] grid, List<Violation> violations) {
        for (DayRequest r : instance.dayOffRequests()) {
            request(r.employeeId(), r.date(), r.weight(), grid, s -> s >= 0, InrcRule.DAY_OFF_REQUEST, violations);
        }
        for (DayRequest r : instance.dayOnRequests()) {
            request(r.employeeId(), r.date(), r.weight(), grid, s -> s < 0, InrcRule.DAY_ON_REQUEST, violations);
        }
        for (ShiftRequest r : instance.shiftOffRequests()) {
            int wanted = shiftIndex.get(r.shiftTypeId());
            request(r.employeeId(), r.date(), r.weight(), grid, s -> s == wanted, InrcRule.SHIFT_OFF_REQUEST,
                    violations);
        }
        for (ShiftRequest r : instance.shiftOnRequests()) {
            int wanted = shiftIndex.get(r.shiftTypeId());
            request(r.employeeId(), r.date(), r.weight(), grid, s -> s != wanted, InrcRule.SHIFT_ON_REQUEST,
                    violations);
        }
    }

    private void request(String employeeId, LocalDate date, int weight, int[][] grid,
                         IntPredicate broken, InrcRule rule, List<Violation> violations) {
        int d = instance.dayIndex(date);
        if (d >= 0 && weight > 0 && broken.test(grid[employeeIndex.get(employeeId)][d])) {
            violations.add(new Violation(rule, employeeId, date, date, weight));
        }
    }

    private LocalDate date(int dayIndex) {
        return instance.startDate().plusDays(dayIndex);
    }

    /** The contract rules of one nurse over the horizon. */
    private final class Nurse {
        private final Employee employee;
        private final Contract contract;
        private final int[] shifts;
        private final List<Violation> violations;
        /** Weekends as [first day, last day] pairs, including those cut to one day by the horizon's end. */
        private final List<int[]> weekends = new ArrayList<>();

        Nurse(Employee employee, Contract contract, int[] shifts, List<Violation> violations) {
            this.employee = employee;
            this.contract = contract;
            this.shifts = shifts;
            this.violations = violations;
            for (int d = 0; d < days; d++) {
                if (date(d).getDayOfWeek() == contract.weekendDefinition().firstDay()) {
                    weekends.add(new int[]{d, Math.min(d + contract.weekendDefinition().length() - 1, days - 1)});
                }
            }
        }

        void score() {
            int assignments = 0;
            for (int s : shifts) {
                assignments += s >= 0 ? 1 : 0;
            }
            maxMin(contract.maxNumAssignments(), assignments, 0, days - 1, InrcRule.MAX_NUM_ASSIGNMENTS, true);
            maxMin(contract.minNumAssignments(), assignments, 0, days - 1, InrcRule.MIN_NUM_ASSIGNMENTS, false);
            dayRuns(true, contract.maxConsecutiveWorkingDays(), contract.minConsecutiveWorkingDays(),
                    InrcRule.MAX_CONSECUTIVE_WORKING_DAYS, InrcRule.MIN_CONSECUTIVE_WORKING_DAYS);
            dayRuns(false, contract.maxConsecutiveFreeDays(), contract.minConsecutiveFreeDays(),
                    InrcRule.MAX_CONSECUTIVE_FREE_DAYS, InrcRule.MIN_CONSECUTIVE_FREE_DAYS);
            weekendRuns();
            weekends();
            alternativeSkill();
            unwantedPatterns();
        }

        /** Scores a count against a max ({@code max} true) or min limit over the given days. */
        private void maxMin(Limit limit, int count, int from, int to, InrcRule rule, boolean max) {
            // A run is never shorter than 1, so a min limit of 1 or less never fires, as in the UOS evaluator.
            if (!limit.active()) {
                return;
            }
            int excess = max ? count - limit.value() : limit.value() - count;
            if (excess > 0) {
                add(rule, from, to, excess * limit.weight());
            }
        }

        private void dayRuns(boolean working, Limit max, Limit min, InrcRule maxRule, InrcRule minRule) {
            int d = 0;
            while (d < days) {
                if ((shifts[d] >= 0) != working) {
                    d++;
                    continue;
                }
                int start = d;
                while (d < days && (shifts[d] >= 0) == working) {
                    d++;
                }
                maxMin(max, d - start, start, d - 1, maxRule, true);
                maxMin(min, d - start, start, d - 1, minRule, false);
            }
        }

        private boolean worked(int[] weekend) {
            for (int d = weekend[0]; d <= weekend[1]; d++) {
                if (shifts[d] >= 0) {
                    return true;
                }
            }
            return false;
        }

        private void weekendRuns() {
            int w = 0;
            while (w < weekends.size()) {
                if (!worked(weekends.get(w))) {
                    w++;
                    continue;
                }
                int start = w;
                while (w < weekends.size() && worked(weekends.get(w))) {
                    w++;
                }
                int from = weekends.get(start)[0];
                int to = weekends.get(w - 1)[1];
                maxMin(contract.maxConsecutiveWorkingWeekends(), w - start, from, to,
                        InrcRule.MAX_CONSECUTIVE_WORKING_WEEKENDS, true);
                maxMin(contract.minConsecutiveWorkingWeekends(), w - start, from, to,
                        InrcRule.MIN_CONSECUTIVE_WORKING_WEEKENDS, false);
            }
        }

        private void weekends() {
            for (int[] weekend : weekends) {
                int length = weekend[1] - weekend[0] + 1;
                if (length < 2) {
                    continue;
                }
                StringBuilder pattern = new StringBuilder(length);
                Set<Integer> shiftTypes = new HashSet<>();
                for (int d = weekend[0]; d <= weekend[1]; d++) {
                    pattern.append(shifts[d] >= 0 ? 'W' : 'F');
                    shiftTypes.add(shifts[d]);
                }
                if (contract.completeWeekends().active()) {
                    int penalty = INCOMPLETE_WEEKEND.getOrDefault(pattern.toString(), 0);
                    if (penalty > 0) {
                        add(InrcRule.COMPLETE_WEEKENDS, weekend[0], weekend[1],
                                penalty * contract.completeWeekends().weight());
                    }
                }
                if (contract.identicalShiftTypesDuringWeekend().active() && !shiftTypes.contains(-1)
                        && shiftTypes.size() > 1) {
                    add(InrcRule.IDENTICAL_SHIFT_TYPES_DURING_WEEKEND, weekend[0], weekend[1],
                            (shiftTypes.size() - 1) * length * contract.identicalShiftTypesDuringWeekend().weight());
                }
            }
        }

        private void alternativeSkill() {
            if (!contract.alternativeSkillCategory().active()) {
                return;
            }
            for (int d = 0; d < days; d++) {
                if (shifts[d] >= 0) {
                    ShiftType shift = instance.shiftTypes().get(shifts[d]);
                    if (!employee.skills().containsAll(shift.skills())) {
                        add(InrcRule.ALTERNATIVE_SKILL_CATEGORY, d, d, contract.alternativeSkillCategory().weight());
                    }
                }
            }
        }

        private void unwantedPatterns() {
            for (String patternId : contract.unwantedPatterns()) {
                Pattern pattern = instance.pattern(patternId).orElseThrow();
                if (pattern.weight() <= 0 || pattern.entries().isEmpty()) {
                    continue;
                }
                DayOfWeek firstDay = pattern.entries().get(0).day();
                for (int start = 0; start + pattern.entries().size() <= days; start++) {
                    if ((firstDay == null || date(start).getDayOfWeek() == firstDay) && matches(pattern, start)) {
                        add(InrcRule.UNWANTED_PATTERN, start, start + pattern.entries().size() - 1, pattern.weight());
                    }
                }
            }
        }

        private boolean matches(Pattern pattern, int start) {
            for (int i = 0; i < pattern.entries().size(); i++) {
                PatternEntry entry = pattern.entries().get(i);
                int shift = shifts[start + i];
                boolean ok = switch (entry.kind()) {
                    case FREE -> shift < 0;
                    case ANY_SHIFT -> shift >= 0;
                    case SHIFT -> shift >= 0 && instance.shiftTypes().get(shift).id().equals(entry.shiftTypeId());
                };
                if (!ok) {
                    return false;
                }
            }
            return true;
        }

        private void add(InrcRule rule, int from, int to, int penalty) {
            violations.add(new Violation(rule, employee.id(), date(from), date(to), penalty));
        }
    }

    /** For callers that want the demand of one date (e.g. mapping onto the roster model). */
    public Map<String, Integer> demandOn(LocalDate date) {
        int[] demand = demand(date);
        Map<String, Integer> byShift = new LinkedHashMap<>();
        for (int s = 0; s < demand.length; s++) {
            byShift.put(instance.shiftTypes().get(s).id(), demand[s]);
        }
        return byShift;
    }
}
