package no.turnus.roster.report;

import no.turnus.roster.domain.Employee;
import no.turnus.roster.domain.Horizon;
import no.turnus.roster.domain.Roster;
import no.turnus.roster.domain.Slot;
import no.turnus.roster.domain.Wish;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import no.turnus.problem.Report;
import no.turnus.problem.ScoreReport;

/**
 * What a unit leader reads about a roster: every shift worked, every place left uncovered (with the id used to
 * ask for recommendations), each employee's hours against contract, weekends, nights and wishes, the KPIs and
 * the score analysis.
 */
public record RosterReport(String name, String score, boolean feasible, Verdicts verdicts, Kpis kpis,
                           List<Shift> assignments, List<Uncovered> uncovered, List<EmployeeSummary> employees,
                           List<ShortNotice> shortNotice, ScoreReport analysis)
        implements Report {

    /**
     * Three separate answers a unit leader signs on, so that an empty shift is never hidden behind "no rule broken".
     *
     * @param legal               no hard rule broken (law, competence, contracts)
     * @param covered             every required place filled
     * @param withinPositions     nobody planned above the hours of their position (stillingsprosent) and what they
     *                            want more or the contract tolerates; weighted hours counted as the KS agreement
     *                            counts them
     * @param uncoveredPlaces     required places left empty
     * @param uncoveredHours      their paid hours
     * @param abovePosition       employees planned above their position's hours and what they want or may work more
     * @param hoursAbovePositions all hours above the positions, summed (wanted or not): extra work (merarbeid/overtid)
     *                            the roster relies on
     * @param substituteHours     hours worked by substitutes from the pool
     * @param substituteCost      what they cost, kroner
     * @param gap                 the required places left empty, by what they require
     */
    public record Verdicts(boolean legal, boolean covered, boolean withinPositions, int uncoveredPlaces,
                           double uncoveredHours, List<String> abovePosition, double hoursAbovePositions,
                           double substituteHours, double substituteCost, List<Gap> gap) {
    }

    /**
     * The required places left empty that need one competence (or authorisation, or anyone: ANY).
     *
     * @param estimatedCost their hours at the mean hourly cost of the pool's substitutes who could fill them, or
     *                      null when the pool has nobody who could
     */
    public record Gap(String requires, int places, double hours, Double estimatedCost) {
    }

    @Override
    public int unplannedRequired() {
        return uncovered.size();
    }

    /** The kind, written with the report so that a client tells the kinds' reports apart. */
    @Override
    @com.fasterxml.jackson.annotation.JsonProperty(value = "kind", access = com.fasterxml.jackson.annotation.JsonProperty.Access.READ_ONLY)
    public String kind() {
        return no.turnus.roster.input.RosterDataset.KIND;
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "RosterShift")
    public record Shift(String employee, LocalDate date, String shift, LocalDateTime start, LocalDateTime end,
                        String ward, boolean pinned) {
    }

    /**
     * A shift of the previous plan changed with less than 14 days' notice (AML §10-3; HTA kap. 1 §6 pkt 6.8: the
     * shifted time is paid extra), per employee and date: {@code removed} from the one who had it, {@code added} to
     * the one who has it now. Only a replanned roster (one with {@code replannedOn}) has them.
     */
    public record ShortNotice(String employee, LocalDate date, String shift, String ward, String change,
                              String reference) {
        public static final String REFERENCE = "AML §10-3; HTA kap. 1 §6 pkt 6.8";
    }

    public record Uncovered(String id, String ward, LocalDate date, String shift, LocalDateTime start,
                            LocalDateTime end, String requires) {
    }

    /**
     * @param hours          paid hours planned
     * @param targetHours    the position's hours: position % × the contract's full-time week × weeks, less a fifth of
     *                       that week per ferie day
     * @param weightingHours what the KS weighting of nights, Sundays and holidays counts on top of {@code hours}
     *                       (tredelt turnus, HTA kap. 1 §4.2.4; at most down to a 33.6 h full-time week), else 0
     * @param hoursToWork    the paid hours the target asks for after that weighting: targetHours − weightingHours
     * @param weeklyNorm     the full-time week this employee's plan gives: 35.5 h, down to 33.6 h when weighted
     * @param merarbeidHours hours above the position up to a full-time one (merarbeid, part-timers)
     * @param overtimeHours  hours above a full-time position (overtid, AML §10-6)
     * @param substitute     from the substitute pool: no position, paid per hour
     * @param cost           a substitute's hours at the hourly cost, kroner (0 for staff)
     * @param dayOffCodes    days off by code (F1, F2, F3, F5, FE: {@link DayOffCodes}); empty for a substitute
     * @param f5Owed         F1 days on a public holiday between two Sundays with no free day within two weeks to give
     *                       in their place (F5 still owed)
     */
    public record EmployeeSummary(String id, String name, String competence, String formerOrganisation,
                                  double positionPercent, double hours, double targetHours, double weightingHours,
                                  double hoursToWork, double weeklyNorm, double merarbeidHours, double overtimeHours,
                                  boolean substitute, double cost, int shifts,
                                  int weekendsWorked, int nights, int longShifts, int wishesGranted,
                                  int wishesDenied, Map<String, Integer> dayOffCodes, int f5Owed) {
    }

    /**
     * @param coveragePercent          required places filled, of all required places
     * @param preferredCoveragePercent places above the minimum filled, of all such places
     * @param wishFulfilmentPercent    wishes granted, of all wishes
     * @param nightSpread              most minus fewest nights per full-time position, within a competence
     * @param weekendSpread            the same for weekends worked
     * @param meanHoursDeviation       mean absolute difference between planned and contract hours
     */
    @io.swagger.v3.oas.annotations.media.Schema(name = "RosterKpis")
    public record Kpis(double coveragePercent, double preferredCoveragePercent, double wishFulfilmentPercent,
                       double nightSpread, double weekendSpread, double meanHoursDeviation) {
    }

    public static RosterReport of(Roster roster, SolutionManager<Roster, ?> solutionManager) {
        @SuppressWarnings("unchecked")
        ScoreReport analysis = ScoreReport.of(
                ((SolutionManager<Roster, HardMediumSoftScore>) solutionManager).analyze(roster),
                roster.getRuleSet().rules());
        Horizon horizon = roster.getHorizon();
        List<Shift> shifts = new ArrayList<>();
        List<Uncovered> uncovered = new ArrayList<>();
        Map<Employee, List<Slot>> byEmployee = new HashMap<>();
        int required = 0;
        int requiredFilled = 0;
        int optional = 0;
        int optionalFilled = 0;
        int uncoveredMinutes = 0;
        for (Slot slot : roster.getSlots()) {
            Employee employee = slot.getEmployee();
            if (slot.isOptional()) {
                optional++;
                optionalFilled += employee == null ? 0 : 1;
            } else {
                required++;
                requiredFilled += employee == null ? 0 : 1;
            }
            LocalDateTime start = horizon.dateTime(slot.startMinute());
            LocalDateTime end = horizon.dateTime(slot.endMinute());
            if (employee != null) {
                shifts.add(new Shift(employee.id(), slot.date(), slot.shiftType().code(), start, end, slot.ward(),
                        slot.isPinned()));
                byEmployee.computeIfAbsent(employee, e -> new ArrayList<>()).add(slot);
            } else if (!slot.isOptional()) {
                uncoveredMinutes += slot.paidMinutes();
                uncovered.add(new Uncovered(slot.getId(), slot.ward(), slot.date(), slot.shiftType().code(), start,
                        end, slot.getRequirement().toString()));
            }
        }
        shifts.sort(Comparator.comparing(Shift::employee).thenComparing(Shift::start));
        List<EmployeeSummary> summaries = new ArrayList<>();
        int wishes = 0;
        int granted = 0;
        double deviation = 0;
        Map<Employee, DayOffCodes.Codes> offCodes = DayOffCodes.of(roster);
        List<String> abovePosition = new ArrayList<>();
        int minutesAbove = 0;
        int substituteMinutes = 0;
        int substituteCost = 0;
        int staff = 0;
        for (Employee employee : roster.getEmployees()) {
            List<Slot> own = byEmployee.getOrDefault(employee, List.of());
            int minutes = own.stream().mapToInt(Slot::paidMinutes).sum();
            int weighting = employee.countedMinutes(minutes, own.stream().mapToInt(Slot::creditMinutes).sum())
                    - minutes;
            int counted = minutes + weighting;
            int wishesGranted = 0;
            int wishesDenied = 0;
            for (Wish wish : roster.getWishes()) {
                if (wish.employee() == employee) {
                    boolean working = own.stream().anyMatch(wish::concerns);
                    if (working == wish.wantsWork()) {
                        wishesGranted++;
                    } else {
                        wishesDenied++;
                    }
                }
            }
            wishes += wishesGranted + wishesDenied;
            granted += wishesGranted;
            int fullTime = employee.contract().fullTimeWeeklyMinutes() * horizon.weeks();
            int merarbeid = 0;
            int overtime = 0;
            if (employee.substitute()) {
                substituteMinutes += minutes;
                substituteCost += own.stream().mapToInt(slot -> employee.costOf(slot.paidMinutes())).sum();
            } else {
                deviation += Math.abs(counted - employee.targetMinutes()) / 60.0;
                staff++;
                if (counted > Math.min(employee.capMinutes(), employee.targetMinutes() + employee.extraMinutes())) {
                    abovePosition.add(employee.id());
                }
                if (counted > employee.targetMinutes()) {
                    minutesAbove += counted - employee.targetMinutes();
                    merarbeid = Math.max(0, Math.min(counted, fullTime) - employee.targetMinutes());
                    overtime = Math.max(0, counted - Math.max(fullTime, employee.targetMinutes()));
                }
            }
            summaries.add(new EmployeeSummary(employee.id(), employee.name(), employee.competence(),
                    employee.organisation(), employee.positionPercent(), minutes / 60.0,
                    employee.targetMinutes() / 60.0, round(weighting / 60.0),
                    round((employee.targetMinutes() - weighting) / 60.0),
                    round(weeklyNorm(employee, weighting, horizon)), round(merarbeid / 60.0),
                    round(overtime / 60.0), employee.substitute(),
                    own.stream().mapToInt(slot -> employee.costOf(slot.paidMinutes())).sum(), own.size(),
                    (int) own.stream().filter(Slot::isWeekend).map(s -> s.getPost().week()).distinct().count(),
                    (int) own.stream().filter(Slot::isNight).count(),
                    (int) own.stream().filter(s -> s.shiftType().isLong()).count(), wishesGranted, wishesDenied,
                    offCodes.containsKey(employee) ? offCodes.get(employee).counts() : Map.of(),
                    offCodes.containsKey(employee) ? offCodes.get(employee).f5Owed() : 0));
        }
        Kpis kpis = new Kpis(percent(requiredFilled, required), percent(optionalFilled, optional),
                percent(granted, wishes), spread(summaries, EmployeeSummary::nights),
                spread(summaries, EmployeeSummary::weekendsWorked),
                round(staff == 0 ? 0 : deviation / staff));
        boolean legal = roster.getScore() != null && roster.getScore().isFeasible();
        Verdicts verdicts = new Verdicts(legal, uncovered.isEmpty(), abovePosition.isEmpty(), uncovered.size(),
                round(uncoveredMinutes / 60.0), List.copyOf(abovePosition), round(minutesAbove / 60.0),
                round(substituteMinutes / 60.0), substituteCost, gap(roster));
        return new RosterReport(roster.getName(), String.valueOf(roster.getScore()), legal, verdicts, kpis, shifts,
                uncovered, summaries, shortNotice(roster), analysis);
    }

    /**
     * The shifts that differ from the previous plan and start within 14 days of the replanning day, by employee and
     * date: per post (ward, day, shift type), who had it and no longer has, and who has it and did not. Compared per
     * post, not per place, so that staff trading places within a post are not flagged ("Changed assignment" counts
     * per place, which the solver only sees as a cost).
     */
    private static List<ShortNotice> shortNotice(Roster roster) {
        Map<no.turnus.roster.domain.Post, List<Slot>> byPost = new java.util.LinkedHashMap<>();
        for (Slot slot : roster.getSlots()) {
            if (slot.isShortNotice()) {
                byPost.computeIfAbsent(slot.getPost(), p -> new ArrayList<>()).add(slot);
            }
        }
        List<ShortNotice> changes = new ArrayList<>();
        byPost.forEach((post, slots) -> {
            List<Employee> before = new ArrayList<>();
            List<Employee> now = new ArrayList<>();
            slots.forEach(slot -> {
                if (slot.getReference() != null) {
                    before.add(slot.getReference());
                }
                if (slot.getEmployee() != null) {
                    now.add(slot.getEmployee());
                }
            });
            List<Employee> removed = new ArrayList<>(before);
            now.forEach(removed::remove);
            List<Employee> added = new ArrayList<>(now);
            before.forEach(added::remove);
            Slot first = slots.get(0);
            removed.forEach(e -> changes.add(new ShortNotice(e.id(), first.date(), first.shiftType().code(),
                    first.ward(), "removed", ShortNotice.REFERENCE)));
            added.forEach(e -> changes.add(new ShortNotice(e.id(), first.date(), first.shiftType().code(),
                    first.ward(), "added", ShortNotice.REFERENCE)));
        });
        changes.sort(Comparator.comparing(ShortNotice::employee).thenComparing(ShortNotice::date)
                .thenComparing(ShortNotice::shift));
        return changes;
    }

    /** The empty required places by what they require, with their hours and what the pool would charge. */
    private static List<Gap> gap(Roster roster) {
        Map<String, List<Slot>> byRequirement = new java.util.TreeMap<>();
        for (Slot slot : roster.getSlots()) {
            if (slot.getEmployee() == null && !slot.isOptional()) {
                byRequirement.computeIfAbsent(slot.getRequirement().toString(), r -> new ArrayList<>()).add(slot);
            }
        }
        List<Gap> gap = new ArrayList<>();
        byRequirement.forEach((requires, slots) -> {
            int minutes = slots.stream().mapToInt(Slot::paidMinutes).sum();
            var pool = roster.getEmployees().stream()
                    .filter(e -> e.substitute() && slots.get(0).getRequirement().metBy(e))
                    .mapToDouble(Employee::costPerHour).average();
            gap.add(new Gap(requires, slots.size(), round(minutes / 60.0),
                    pool.isPresent() ? (double) Math.round(minutes / 60.0 * pool.getAsDouble()) : null));
        });
        return gap;
    }

    /** The full-time week the employee's weighting gives (the contract's when none), in hours. */
    private static double weeklyNorm(Employee employee, int weighting, Horizon horizon) {
        double fullTime = employee.contract().fullTimeWeeklyMinutes() / 60.0;
        if (weighting == 0 || employee.positionPercent() <= 0) {
            return fullTime;
        }
        return fullTime - weighting / 60.0 / horizon.weeks() * 100 / employee.positionPercent();
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 100 : round(100.0 * part / whole);
    }

    /** The largest spread, over competences, of a load per full-time position. */
    private static double spread(List<EmployeeSummary> summaries,
                                 java.util.function.ToIntFunction<EmployeeSummary> load) {
        Map<String, double[]> range = new HashMap<>();
        for (EmployeeSummary s : summaries) {
            if (s.positionPercent() <= 0) {
                continue;
            }
            double perFullTime = load.applyAsInt(s) * 100.0 / s.positionPercent();
            double[] minMax = range.computeIfAbsent(s.competence(), c -> new double[] {perFullTime, perFullTime});
            minMax[0] = Math.min(minMax[0], perFullTime);
            minMax[1] = Math.max(minMax[1], perFullTime);
        }
        return round(range.values().stream().mapToDouble(r -> r[1] - r[0]).max().orElse(0));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
