package no.turnus.homecare.report;

import no.turnus.homecare.domain.CaregiverDay;
import no.turnus.homecare.domain.Days;
import no.turnus.homecare.domain.HomecarePlan;
import no.turnus.homecare.domain.Visit;
import no.turnus.homecare.rules.HomecareRules;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import no.turnus.problem.Report;
import no.turnus.problem.ScoreReport;

/**
 * What a coordinator reads about a plan: per caregiver-day the route with arrival, start, end and travel of
 * each visit, the visits that could not be planned and why, the KPIs and the score analysis.
 */
public record HomecareReport(String name, String score, boolean feasible, Kpis kpis, List<RouteReport> routes,
                             List<Unplanned> unplanned, List<UserContinuity> continuity, ScoreReport analysis)
        implements Report {

    /** The kind, written with the report so that a client tells the kinds' reports apart. */
    @Override
    @com.fasterxml.jackson.annotation.JsonProperty(value = "kind", access = com.fasterxml.jackson.annotation.JsonProperty.Access.READ_ONLY)
    public String kind() {
        return no.turnus.homecare.input.HomecareDataset.KIND;
    }

    /**
     * @param travelMinutes from the previous stop (or the start location)
     * @param waitMinutes   waiting before the start (early arrival or waiting for the second caregiver)
     * @param partner       the other caregiver of a double-staffed visit
     */
    public record Stop(String visit, String user, String location, LocalDateTime arrival, LocalDateTime start,
                       LocalDateTime end, int travelMinutes, int waitMinutes, int lateMinutes, String partner,
                       boolean pinned) {
    }

    /**
     * @param pauseStart   when the meal pause starts (AML §10-9): on the way, before driving back, or at the base
     *                     after the route; null for a shift without one
     * @param pauseMinutes its length
     */
    public record RouteReport(String caregiver, String name, String team, LocalDate date, LocalDateTime shiftStart,
                              LocalDateTime shiftEnd, String startLocation, String endLocation, List<Stop> stops,
                              LocalDateTime back, int travelMinutes, int visitMinutes, int waitMinutes,
                              LocalDateTime pauseStart, int pauseMinutes) {
    }

    /**
     * Continuity of care for one user over the plan (1–31 days).
     *
     * @param visits                       visits planned for the user (a double visit once)
     * @param distinctCaregivers           different caregivers the user meets over the whole plan
     * @param maxDistinctCaregivers14Days  the most in any 14-day period of it (days 1–14, 15–28, ...)
     * @param primaryContactSharePercent   visits made (or co-made) by the primary contact, of the planned ones
     * @param secondaryContactSharePercent the same for the secondary contact (not counting those the primary made)
     */
    public record UserContinuity(String user, String primaryContact, String secondaryContact, int visits,
                                 int distinctCaregivers, int maxDistinctCaregivers14Days,
                                 double primaryContactSharePercent, double secondaryContactSharePercent) {
    }

    /** A visit left out of every route, with why: {@code reason} in English, {@code reasonNb} in bokmål. */
    public record Unplanned(String visit, String user, LocalDate date, String windows, boolean mandatory,
                            String reason, String reasonNb) {
    }

    /** Why a visit could not be planned, in English and in bokmål. */
    record Reason(String en, String nb) {
    }

    /** Mandatory visits left out of every route. */
    @Override
    public int unplannedRequired() {
        return (int) unplanned.stream().filter(Unplanned::mandatory).count();
    }

    /**
     * @param travelSharePercent         driving, of the shift time of caregivers with visits (the Norwegian figure
     *                                   to beat is about 25 %, domain.md §3)
     * @param directTimePercent          time with users (ATA), of the same shift time
     * @param plannedVisitsPercent       visits planned, of all visits
     * @param distinctCaregiversPerUser  mean number of different caregivers a user meets in the plan
     * @param maxDistinctCaregivers      the most any user meets
     * @param primaryContactSharePercent visits made (or co-made) by the user's primary contact, of visits to
     *                                   users who have one
     * @param contactSharePercent        visits made (or co-made) by the primary or the secondary contact, of the
     *                                   planned visits of users who have one of them
     * @param teamUtilisationPercent     visit minutes of each team, of all its shift minutes
     */
    @io.swagger.v3.oas.annotations.media.Schema(name = "HomecareKpis")
    public record Kpis(int visits, int plannedVisits, double plannedVisitsPercent, int travelMinutes,
                       double travelKm, double travelSharePercent, double directTimePercent,
                       double distinctCaregiversPerUser, int maxDistinctCaregivers, double primaryContactSharePercent,
                       double contactSharePercent, Map<String, Double> teamUtilisationPercent) {
    }

    @SuppressWarnings("unchecked")
    public static HomecareReport of(HomecarePlan plan, SolutionManager<HomecarePlan, ?> solutionManager) {
        ScoreReport analysis = ScoreReport.of(
                ((SolutionManager<HomecarePlan, HardMediumSoftScore>) solutionManager).analyze(plan),
                HomecareRules.rules());
        Days days = plan.getDays();
        List<RouteReport> routes = new ArrayList<>();
        int travel = 0;
        long meters = 0;
        int usedShiftMinutes = 0;
        int visitMinutes = 0;
        Map<String, int[]> teamMinutes = new LinkedHashMap<>();
        plan.getTeams().forEach(t -> teamMinutes.put(t.id(), new int[2]));
        for (CaregiverDay day : plan.getCaregiverDays()) {
            int shift = day.getShiftEnd() - day.getShiftStart();
            int[] team = teamMinutes.get(day.getCaregiver().team().id());
            team[1] += shift;
            if (day.getVisits().isEmpty()) {
                continue;
            }
            RouteReport route = route(plan, day);
            routes.add(route);
            travel += route.travelMinutes();
            visitMinutes += route.visitMinutes();
            usedShiftMinutes += shift;
            team[0] += route.visitMinutes();
            int from = day.getStartLocation();
            for (Visit v : day.getVisits()) {
                meters += plan.getTravel().matrix().meters(from, v.location());
                from = v.location();
            }
            meters += plan.getTravel().matrix().meters(from, day.getEndLocation());
        }
        Map<String, Boolean> planned = new LinkedHashMap<>();
        Map<String, Set<String>> caregiversByUser = new HashMap<>();
        Map<String, Boolean> byPrimary = new HashMap<>();
        for (Visit v : plan.getVisits()) {
            planned.merge(v.getVisitId(), v.getCaregiverDay() != null, Boolean::logicalAnd);
            if (v.getCaregiverDay() != null) {
                caregiversByUser.computeIfAbsent(v.getUser().id(), u -> new HashSet<>()).add(v.caregiver().id());
            }
            if (v.getUser().primaryContact() != null) {
                byPrimary.merge(v.getVisitId(), v.caregiver() != null
                        && v.getUser().primaryContact().equals(v.caregiver().id()), Boolean::logicalOr);
            }
        }
        List<Unplanned> unplanned = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (Visit v : plan.getVisits()) {
            if (!planned.get(v.getVisitId()) && reported.add(v.getVisitId())) {
                Reason reason = reason(plan, v);
                unplanned.add(new Unplanned(v.getVisitId(), v.getUser().id(), days.date(v.getDayIndex()), v.windows(),
                        v.isMandatory(), reason.en(), reason.nb()));
            }
        }
        int plannedCount = (int) planned.values().stream().filter(b -> b).count();
        Map<String, Double> utilisation = new LinkedHashMap<>();
        teamMinutes.forEach((team, m) -> utilisation.put(team, percent(m[0], m[1])));
        List<UserContinuity> continuity = UserContinuities.of(plan);
        int withContact = 0;
        int byContact = 0;
        for (UserContinuity c : continuity) {
            if (c.primaryContact() != null || c.secondaryContact() != null) {
                withContact += c.visits();
                byContact += (int) Math.round(c.visits() * (c.primaryContactSharePercent()
                        + c.secondaryContactSharePercent()) / 100);
            }
        }
        Kpis kpis = new Kpis(planned.size(), plannedCount, percent(plannedCount, planned.size()), travel,
                round(meters / 1000.0), percent(travel, usedShiftMinutes), percent(visitMinutes, usedShiftMinutes),
                round(caregiversByUser.values().stream().mapToInt(Set::size).average().orElse(0)),
                caregiversByUser.values().stream().mapToInt(Set::size).max().orElse(0),
                percent((int) byPrimary.values().stream().filter(b -> b).count(), byPrimary.size()),
                percent(byContact, withContact), utilisation);
        return new HomecareReport(plan.getName(), String.valueOf(plan.getScore()),
                plan.getScore() != null && plan.getScore().isFeasible(), kpis, routes, unplanned, continuity, analysis);
    }

    private static RouteReport route(HomecarePlan plan, CaregiverDay day) {
        Days days = plan.getDays();
        List<Stop> stops = new ArrayList<>();
        int travel = 0;
        int work = 0;
        int wait = 0;
        Integer back = null;
        Integer pause = null;
        for (int i = 0; i < day.getVisits().size(); i++) {
            Visit v = day.getVisits().get(i);
            String partner = null;
            if (v.isDouble()) {
                for (Visit other : v.getConcurrentGroup()) {
                    if (other != v && other.caregiver() != null) {
                        partner = other.caregiver().id();
                    }
                }
            }
            boolean timed = v.getStartTime() != null;
            int waited = timed ? v.getStartTime() - v.getArrivalTime() : 0;
            stops.add(new Stop(v.getVisitId(), v.getUser().id(), plan.getLocations().get(v.location()).id(),
                    timed ? days.dateTime(v.getArrivalTime()) : null, timed ? days.dateTime(v.getStartTime()) : null,
                    timed ? days.dateTime(v.getEndTime()) : null, v.travelFromPrevious(), waited, v.lateMinutes(),
                    partner, i < day.getPinnedCount()));
            travel += v.travelFromPrevious() + v.travelToEnd();
            work += v.getDuration();
            wait += waited;
            back = v.returnTime();
            pause = v.routePauseStart();
        }
        return new RouteReport(day.getCaregiver().id(), day.getCaregiver().name(), day.getCaregiver().team().id(),
                day.getDate(), days.dateTime(day.getShiftStart()), days.dateTime(day.getShiftEnd()),
                plan.getLocations().get(day.getStartLocation()).id(), plan.getLocations().get(day.getEndLocation()).id(),
                stops, back == null ? null : days.dateTime(back), travel, work, wait,
                pause == null ? null : days.dateTime(pause), day.getPause().minutes());
    }

    /** Why a visit could not be planned, in the coordinator's words. */
    static Reason reason(HomecarePlan plan, Visit v) {
        List<CaregiverDay> sameDate = plan.getCaregiverDays().stream()
                .filter(d -> d.getDayIndex() == v.getDayIndex()).toList();
        if (sameDate.isEmpty()) {
            return new Reason("nobody works on " + plan.getDays().date(v.getDayIndex()),
                    "ingen jobber " + plan.getDays().date(v.getDayIndex()));
        }
        if (v.isDouble() && v.getConcurrentGroup().stream().anyMatch(p -> p.getCaregiverDay() != null)) {
            return new Reason("double-staffed, but only one caregiver is planned: a second one is needed",
                    "dobbeltbesøk, men bare én ansatt er planlagt: det trengs en til");
        }
        List<CaregiverDay> possible = sameDate.stream().filter(d -> d.canMake(v)).toList();
        if (possible.isEmpty()) {
            String needs = (v.getRequiredCompetence() == null ? "" : v.getRequiredCompetence() + " ")
                    + (v.getRequiredSkills().isEmpty() ? "" : v.getRequiredSkills() + " ");
            String team = v.getSpecialty() == null ? "" : v.getSpecialty();
            String en = needs + (team.isEmpty() ? "" : "from the " + team + " team");
            String nb = needs + (team.isEmpty() ? "" : "fra " + team + "-teamet");
            return new Reason("nobody whose shift meets " + v.windows() + " has what the visit needs"
                    + (en.isBlank() ? "" : " (" + en.trim() + ")") + " and is not avoided by the user",
                    "ingen med vakt i tidsvinduet " + v.windows() + " har det besøket krever"
                    + (nb.isBlank() ? "" : " (" + nb.trim() + ")") + " uten å være uønsket av brukeren");
        }
        if (v.isDouble() && possible.size() < 2) {
            return new Reason("double-staffed, but only one qualified caregiver works then",
                    "dobbeltbesøk, men bare én kvalifisert ansatt jobber da");
        }
        return new Reason(possible.size() + " qualified caregiver(s) work then, but their routes have no room for "
                + v.getDuration() + " min in " + v.windows() + " (with travel)",
                possible.size() + " kvalifiserte ansatte jobber da, men rutene deres har ikke plass til "
                + v.getDuration() + " min i " + v.windows() + " (med reisetid)");
    }

    static double percent(int part, int whole) {
        return whole == 0 ? 0 : round(100.0 * part / whole);
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
