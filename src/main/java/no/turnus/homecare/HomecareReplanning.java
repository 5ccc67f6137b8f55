package no.turnus.homecare;

import no.turnus.homecare.domain.CaregiverDay;
import no.turnus.homecare.domain.HomecarePlan;
import no.turnus.homecare.domain.Visit;
import no.turnus.homecare.input.HomecareBuilder;
import no.turnus.homecare.input.HomecareDataset;
import no.turnus.homecare.input.TeamRosters;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.turnus.homecare.input.HomecareDataset.CaregiverSpec;
import no.turnus.homecare.input.HomecareDataset.Route;
import no.turnus.homecare.input.HomecareDataset.VisitSpec;
import no.turnus.problem.Problems;
import no.turnus.problem.Replanning;

/**
 * Replanning a solved day when a caregiver calls in sick from a time (e.g. 10:00): every route keeps the visits
 * that start before that time pinned, the sick caregiver's later visits and shifts from then on are dropped,
 * and the old plan is the reference, so the solver prefers to change as few caregivers as it can.
 */
final class HomecareReplanning implements Replanning<HomecareDataset, HomecareReplanning.Change> {

    /**
     * @param caregiver who calls in sick
     * @param date      the day of the call
     * @param from      the time from which they cannot work (visits starting earlier were made)
     * @param lastDate  the last day of absence; absent means only {@code date}
     */
    @io.swagger.v3.oas.annotations.media.Schema(name = "HomecareChange")
    public record Change(String caregiver, LocalDate date, LocalTime from, LocalDate lastDate) {
    }

    /** One visit whose caregivers or start changed. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "HomecareDifference")
    public record Difference(String visit, String user, String before, String after, String change) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "HomecareDifferences")
    public record Differences(int unchanged, int changed, List<Difference> changes) {
    }

    @Override
    public Class<Change> changeType() {
        return Change.class;
    }

    @Override
    public Class<Differences> differencesType() {
        return Differences.class;
    }

    @Override
    public HomecareDataset apply(HomecareDataset plan, Change change) {
        // Replanned, caregivers of a team roster keep the roster's shifts as their own (the roster is not changed).
        HomecareDataset solved = TeamRosters.withRosterShifts(plan).withPlan(plan.routes(), List.of());
        Problems problems = new Problems();
        Set<String> ids = new HashSet<>();
        solved.caregivers().forEach(c -> ids.add(c.id()));
        if (problems.require("$.caregiver", change.caregiver())) {
            problems.known("$.caregiver", change.caregiver(), ids, "caregiver");
        }
        problems.require("$.date", change.date());
        problems.require("$.from", change.from());
        if (change.lastDate() != null && change.date() != null) {
            problems.check(!change.lastDate().isBefore(change.date()), "$.lastDate", "is before date");
        }
        if (problems.isEmpty()) {
            // An absence on days the caregiver does not work changes nothing.
            LocalDate to = change.lastDate() == null ? change.date() : change.lastDate();
            CaregiverSpec sick = solved.caregivers().stream().filter(c -> c.id().equals(change.caregiver()))
                    .findFirst().orElseThrow();
            problems.check(sick.shifts().stream().anyMatch(s -> !s.date().isBefore(change.date())
                    && !s.date().isAfter(to)), "$.date", change.caregiver() + " has no shift from " + change.date()
                    + " to " + to + ": the absence changes nothing");
        }
        problems.throwIfAny();
        LocalDate last = change.lastDate() == null ? change.date() : change.lastDate();
        // Start times of the solved plan: a visit already begun or done stays.
        HomecarePlan before = HomecareBuilder.build(solved, Map.of());
        Map<String, Integer> starts = startTimes(before);
        int cut = before.getDays().minute(change.date(), change.from());
        int sickEnd = cut;
        List<Route> routes = new ArrayList<>();
        for (Route route : solved.routes()) {
            boolean sick = route.caregiver().equals(change.caregiver()) && !route.date().isBefore(change.date())
                    && !route.date().isAfter(last);
            int keep = 0;
            while (keep < route.visits().size()
                    && starts.getOrDefault(route.caregiver() + "|" + route.date() + "|" + route.visits().get(keep),
                    Integer.MAX_VALUE) < cut) {
                keep++;
            }
            List<String> visits = sick ? route.visits().subList(0, keep) : route.visits();
            if (sick && keep > 0 && route.date().equals(change.date())) {
                sickEnd = Math.max(sickEnd, backAfter(before, route, keep));
            }
            if (!visits.isEmpty()) {
                routes.add(new Route(route.caregiver(), route.date(), visits, Math.max(keep, route.pinned())));
            }
        }
        LocalDateTime sickShiftEnd = before.getDays().dateTime(sickEnd);
        List<CaregiverSpec> caregivers = solved.caregivers().stream()
                .map(c -> c.id().equals(change.caregiver()) ? sickFrom(c, change, sickShiftEnd, last) : c)
                .toList();
        return new HomecareDataset(solved.kind(), solved.name(), solved.locations(), solved.roads(), solved.ferries(),
                solved.travelMatrix(), solved.teams(), caregivers, solved.users(), solved.visits(), routes,
                solved.routes(), solved.constraintWeights());
    }

    /** When the caregiver is back at the end location after the first {@code keep} visits of a route. */
    private static int backAfter(HomecarePlan plan, Route route, int keep) {
        for (CaregiverDay day : plan.getCaregiverDays()) {
            if (day.getCaregiver().id().equals(route.caregiver()) && day.getDate().equals(route.date())) {
                Visit last = day.getVisits().get(keep - 1);
                return last.getEndTime() + day.travelMinutes(last.location(), day.getEndLocation());
            }
        }
        return 0;
    }

    /**
     * The caregiver's shift ends on the sick day once the visits already begun are done and they are back
     * (no overtime, so nothing new fits), and is gone on the later days of absence.
     */
    private static CaregiverSpec sickFrom(CaregiverSpec c, Change change, LocalDateTime end, LocalDate last) {
        List<HomecareDataset.Shift> shifts = new ArrayList<>();
        for (HomecareDataset.Shift s : c.shifts()) {
            if (s.date().equals(change.date()) && change.from().isAfter(s.start())) {
                LocalDateTime shiftEnd = s.lastDate().atTime(s.end());
                LocalDateTime newEnd = end.isBefore(shiftEnd) ? end : shiftEnd;
                shifts.add(new HomecareDataset.Shift(s.date(), s.start(), newEnd.toLocalTime(), 0,
                        newEnd.toLocalDate().equals(s.date()) ? null : newEnd.toLocalDate()));
            } else if (s.date().isBefore(change.date()) || s.date().isAfter(last)) {
                shifts.add(s);
            }
        }
        return new CaregiverSpec(c.id(), c.name(), c.team(), c.competence(), c.skills(), c.travelMode(),
                c.startLocation(), c.endLocation(), shifts, c.capacity());
    }

    private static Map<String, Integer> startTimes(HomecarePlan plan) {
        ai.timefold.solver.core.api.solver.SolutionManager.updateShadowVariables(plan);
        Map<String, Integer> starts = new HashMap<>();
        for (CaregiverDay day : plan.getCaregiverDays()) {
            for (Visit v : day.getVisits()) {
                if (v.getStartTime() != null) {
                    starts.put(day.getCaregiver().id() + "|" + day.getDate() + "|" + v.getVisitId(), v.getStartTime());
                }
            }
        }
        return starts;
    }

    @Override
    public Differences differences(HomecareDataset before, HomecareDataset after) {
        Map<String, List<String>> left = caregiversByVisit(before);
        Map<String, List<String>> right = caregiversByVisit(after);
        Map<String, String> users = new HashMap<>();
        before.visits().forEach(v -> users.put(v.id(), v.user()));
        List<Difference> changes = new ArrayList<>();
        int unchanged = 0;
        for (VisitSpec v : before.visits()) {
            List<String> a = left.getOrDefault(v.id(), List.of());
            List<String> b = right.getOrDefault(v.id(), List.of());
            if (a.equals(b)) {
                unchanged++;
                continue;
            }
            String kind = a.isEmpty() ? "planned" : b.isEmpty() ? "unplanned" : "caregiver changed";
            changes.add(new Difference(v.id(), users.get(v.id()), String.join("+", a), String.join("+", b), kind));
        }
        changes.sort(Comparator.comparing(Difference::visit));
        return new Differences(unchanged, changes.size(), changes);
    }

    private static Map<String, List<String>> caregiversByVisit(HomecareDataset d) {
        Map<String, List<String>> byVisit = new HashMap<>();
        for (Route route : d.routes()) {
            route.visits().forEach(v -> byVisit.computeIfAbsent(v, k -> new ArrayList<>()).add(route.caregiver()));
        }
        byVisit.values().forEach(list -> list.sort(null));
        return byVisit;
    }
}
