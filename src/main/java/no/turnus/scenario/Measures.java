package no.turnus.scenario;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import no.turnus.homecare.input.HomecareDataset;
import no.turnus.homecare.report.HomecareReport;
import no.turnus.roster.domain.Roster;
import no.turnus.roster.domain.Slot;
import no.turnus.roster.input.RosterBuilder;
import no.turnus.roster.input.RosterDataset;
import no.turnus.roster.report.RosterReport;
import no.turnus.scenario.ScenarioSet.Baseline;
import no.turnus.scenario.ScenarioSet.UnitCosts;

/** The comparison columns of one solved option, from the kinds' own reports. */
final class Measures {

    /** Full-time week of shift and rota workers (KS agreement), for FTE. */
    static final double FULL_TIME_WEEK_HOURS = 35.5;

    private final Map<Measure, Double> values = new EnumMap<>(Measure.class);
    private double staffHours;
    private double fte;
    private double overtimeHours;
    private double km;
    private double commuteKm;

    void homecare(HomecareReport report, HomecareDataset dataset, Double nearBasePercent) {
        var kpis = report.kpis();
        Set<String> caregivers = new HashSet<>();
        int workMinutes = 0;
        int overtimeMinutes = 0;
        for (HomecareReport.RouteReport route : report.routes()) {
            caregivers.add(route.caregiver());
            workMinutes += route.visitMinutes() + route.travelMinutes() + route.waitMinutes();
            if (route.back() != null && route.back().isAfter(route.shiftEnd())) {
                overtimeMinutes += (int) Duration.between(route.shiftEnd(), route.back()).toMinutes();
            }
        }
        int n = Math.max(1, caregivers.size());
        put(Measure.TRAVEL_HOURS, kpis.travelMinutes() / 60.0);
        put(Measure.TRAVEL_KM, kpis.travelKm());
        put(Measure.TRAVEL_MINUTES_PER_CAREGIVER, (double) kpis.travelMinutes() / n);
        put(Measure.TRAVEL_KM_PER_CAREGIVER, kpis.travelKm() / n);
        put(Measure.TRAVEL_SHARE_PERCENT, kpis.travelSharePercent());
        put(Measure.UNPLANNED_VISITS, (double) kpis.visits() - kpis.plannedVisits());
        put(Measure.CAREGIVERS_PER_USER, kpis.distinctCaregiversPerUser());
        if (nearBasePercent != null) {
            put(Measure.USERS_NEAR_BASE_PERCENT, nearBasePercent);
        }
        put(Measure.HOMECARE_HOURS, workMinutes / 60.0);
        Set<LocalDate> days = new HashSet<>();
        dataset.caregivers().forEach(c -> c.shifts().forEach(s -> days.add(s.date())));
        staffHours += workMinutes / 60.0;
        fte += workMinutes / 60.0 / (FULL_TIME_WEEK_HOURS * Math.max(1, days.size()) / 7.0);
        overtimeHours += overtimeMinutes / 60.0;
        km += kpis.travelKm();
    }

    void roster(RosterReport report, RosterDataset dataset) {
        double worked = 0;
        double overtime = 0;
        double weekends = 0;
        for (RosterReport.EmployeeSummary e : report.employees()) {
            worked += e.hours();
            // Overtime (overtid) only: merarbeid up to a full-time week and substitutes' hours are paid as ordinary.
            overtime += e.overtimeHours();
            weekends += e.weekendsWorked();
        }
        double uncovered = report.uncovered().stream()
                .mapToDouble(u -> Duration.between(u.start(), u.end()).toMinutes() / 60.0).sum();
        put(Measure.ROSTER_HOURS, worked);
        put(Measure.UNCOVERED_SLOTS, (double) report.uncovered().size());
        put(Measure.UNCOVERED_HOURS, uncovered);
        put(Measure.WEEKENDS_PER_EMPLOYEE, report.employees().isEmpty() ? 0 : weekends / report.employees().size());
        staffHours += worked + uncovered;
        fte += (worked + uncovered) / (FULL_TIME_WEEK_HOURS * dataset.weeks());
        overtimeHours += overtime;
        staffingPlanOf(dataset);
    }

    /**
     * What the staffing plan (bemanningsplan) itself requires, from the demand alone: not the noise of a
     * time-limited solve, so a pooled night shows as the places it saves.
     */
    void staffingPlanOf(RosterDataset dataset) {
        Roster plan = new RosterBuilder(dataset).build(Map.of());
        int requiredMinutes = 0;
        int nights = 0;
        for (Slot slot : plan.getSlots()) {
            if (!slot.isOptional()) {
                requiredMinutes += slot.paidMinutes();
                nights += slot.isNight() ? 1 : 0;
            }
        }
        put(Measure.REQUIRED_HOURS, requiredMinutes / 60.0);
        put(Measure.REQUIRED_FTE, requiredMinutes / 60.0 / (FULL_TIME_WEEK_HOURS * dataset.weeks()));
        put(Measure.NIGHT_POSTS, (double) nights / plan.getHorizon().days());
    }

    /**
     * The institutions of the option against the baseline's: beds per level of the care staircase, the beds
     * missing against the need, and the employees' commute.
     *
     * @param report the option's solved roster (shifts worked per employee), or null
     */
    void facilities(Baseline option, Baseline baseline, RosterReport report) {
        Facilities f = option.facilities();
        Map<Facilities.CareLevel, Integer> beds = f.bedsByLevel();
        put(Measure.BEDS_KAD, beds.get(Facilities.CareLevel.KAD));
        put(Measure.BEDS_SHORT_TERM, beds.get(Facilities.CareLevel.SHORT_TERM));
        put(Measure.BEDS_REHABILITATION, beds.get(Facilities.CareLevel.REHABILITATION));
        put(Measure.BEDS_LONG_TERM, beds.get(Facilities.CareLevel.LONG_TERM));
        if (!f.need().isEmpty()) {
            put(Measure.BEDS_SHORT_OF_NEED, f.need().entrySet().stream()
                    .mapToInt(n -> Math.max(0, n.getValue() - beds.get(n.getKey()))).sum());
        }
        Commute.Figures commute = Commute.of(option, baseline, report);
        if (commute != null) {
            put(Measure.COMMUTE_MINUTES, commute.meanMinutes());
            put(Measure.STAFF_COMMUTE_OVER_LIMIT, commute.overLimit());
            put(Measure.COMMUTE_KM_ADDED, commute.kmAdded());
            commuteKm += commute.kmAdded();
        }
    }

    /** The columns, with the totals and the cost. */
    Map<String, Double> finish(UnitCosts costs) {
        put(Measure.OVERTIME_HOURS, overtimeHours);
        put(Measure.STAFF_HOURS, staffHours);
        put(Measure.FTE_NEEDED, fte);
        put(Measure.COST_NOK, (double) Math.round(staffHours * costs.nokPerHour()
                + overtimeHours * costs.nokPerHour() * costs.overtimeSupplement() + (km + commuteKm) * costs.nokPerKm()));
        Map<String, Double> byKey = new LinkedHashMap<>();
        values.forEach((measure, value) -> byKey.put(measure.key(), value));
        return byKey;
    }

    /** Scenario minus baseline, for the measures both have. */
    static Map<String, Double> difference(Map<String, Double> scenario, Map<String, Double> baseline) {
        Map<String, Double> difference = new LinkedHashMap<>();
        scenario.forEach((key, value) -> {
            if (baseline.containsKey(key)) {
                difference.put(key, round(value - baseline.get(key)));
            }
        });
        return difference;
    }

    private void put(Measure measure, double value) {
        values.put(measure, round(value));
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
