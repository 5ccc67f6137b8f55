package no.turnus.homecare.input;

import no.turnus.homecare.domain.Caregiver;
import no.turnus.homecare.domain.CaregiverDay;
import no.turnus.homecare.domain.Days;
import no.turnus.homecare.domain.HomecarePlan;
import no.turnus.homecare.domain.MealPause;
import no.turnus.homecare.domain.PlanVisits;
import no.turnus.homecare.domain.Team;
import no.turnus.homecare.domain.Travel;
import no.turnus.homecare.domain.TravelMode;
import no.turnus.homecare.domain.User;
import no.turnus.homecare.domain.Visit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import no.turnus.geo.Location;
import no.turnus.geo.MatrixImport;
import no.turnus.geo.TravelMatrices;
import no.turnus.geo.TravelMatrix;
import no.turnus.homecare.input.HomecareDataset.CaregiverSpec;
import no.turnus.homecare.input.HomecareDataset.Route;
import no.turnus.homecare.input.HomecareDataset.VisitSpec;
import no.turnus.homecare.rules.HomecareRules;
import no.turnus.problem.ConstraintWeights;
import no.turnus.problem.Problems;

/**
 * Turns a valid dataset into the planning solution (travel matrix computed once, one caregiver-day per shift,
 * one visit part per caregiver a visit needs) and a solution back into a dataset with its routes.
 */
public final class HomecareBuilder {

    public static final int DEFAULT_MAX_OVERTIME = 30;

    /** Visits that start early come first, double ones before single ones: the order construction inserts them. */
    private static final Comparator<Visit> CONSTRUCTION_ORDER = Comparator
            .comparingInt((Visit v) -> v.getWindowStarts()[0])
            .thenComparing(v -> !v.isDouble())
            .thenComparing(Visit::getId);

    private HomecareBuilder() {
    }

    /** @param input the dataset; caregivers of a team with a roster take their shifts from it ({@link TeamRosters}) */
    public static HomecarePlan build(HomecareDataset input, Map<String, String> weightOverrides) {
        HomecareDataset d = TeamRosters.withRosterShifts(input);
        Problems problems = new Problems();
        List<Location> locations = locations(d);
        Map<String, Integer> locationIndex = new HashMap<>();
        locations.forEach(l -> locationIndex.put(l.id(), l.index()));
        Travel travel = new Travel(travelMatrix(d, locations, problems));
        problems.throwIfAny();
        Days days = days(d);

        Map<String, Team> teams = new LinkedHashMap<>();
        d.teams().forEach(t -> teams.put(t.id(), new Team(t.id(), t.name() == null ? t.id() : t.name(),
                t.district(), t.specialty(), locationIndex.get(t.base()))));
        Map<String, Caregiver> caregivers = new LinkedHashMap<>();
        List<CaregiverDay> caregiverDays = new ArrayList<>();
        Map<String, CaregiverDay> dayByKey = new HashMap<>();
        for (CaregiverSpec c : d.caregivers()) {
            Team team = teams.get(c.team());
            Caregiver caregiver = new Caregiver(c.id(), c.name() == null ? c.id() : c.name(), team, c.competence(),
                    new HashSet<>(c.skills()), c.travelMode() == null ? TravelMode.CAR : c.travelMode(),
                    c.capacity() == null ? Caregiver.NO_CAPACITY_LIMIT : c.capacity());
            caregivers.put(c.id(), caregiver);
            int start = c.startLocation() == null ? team.base() : locationIndex.get(c.startLocation());
            int end = c.endLocation() == null ? start : locationIndex.get(c.endLocation());
            for (HomecareDataset.Shift shift : c.shifts()) {
                int shiftStart = days.minute(shift.date(), shift.start());
                int shiftEnd = days.minute(shift.lastDate(), shift.end());
                CaregiverDay day = new CaregiverDay(caregiver, shift.date(), days.dayIndex(shift.date()),
                        shiftStart, shiftEnd,
                        shift.maxOvertimeMinutes() == null ? DEFAULT_MAX_OVERTIME : shift.maxOvertimeMinutes(),
                        start, end, travel);
                day.setPause(pause(shift.pause(), shiftStart, shiftEnd));
                caregiverDays.add(day);
                dayByKey.put(c.id() + "|" + shift.date(), day);
            }
        }
        Map<String, User> users = new LinkedHashMap<>();
        d.users().forEach(u -> users.put(u.id(), new User(u.id(), u.name() == null ? u.id() : u.name(),
                locationIndex.get(u.location()), u.district(), u.primaryContact(), new HashSet<>(u.preferred()),
                new HashSet<>(u.avoided()), u.secondaryContact())));
        Map<String, List<Visit>> parts = new LinkedHashMap<>();
        for (VisitSpec v : d.visits()) {
            parts.put(v.id(), parts(v, users.get(v.user()), days));
        }
        for (VisitSpec v : d.visits()) {
            if (v.after() != null) {
                parts.get(v.id()).get(0).follow(parts.get(v.after().visit()).get(0), v.after().min(),
                        v.after().maxMinutes());
            }
        }
        place(d.routes(), "routes", parts, caregivers, dayByKey, problems, false);
        place(d.reference(), "reference", parts, caregivers, dayByKey, problems, true);
        Map<String, HardMediumSoftScore> weights = new LinkedHashMap<>();
        ConstraintWeights.parse(d.constraintWeights(), "$.constraintWeights", HomecareRules.rules(),
                weights, problems);
        ConstraintWeights.parse(weightOverrides, "weightOverrides", HomecareRules.rules(),
                weights, problems);
        problems.throwIfAny();
        List<Visit> visits = parts.values().stream().flatMap(List::stream).sorted(CONSTRUCTION_ORDER).toList();
        PlanVisits planVisits = new PlanVisits(visits);
        Map<Visit, Integer> places = new IdentityHashMap<>();
        for (int k = 0; k < visits.size(); k++) {
            places.put(visits.get(k), k);
        }
        for (CaregiverDay day : caregiverDays) {
            List<Visit> possible = new ArrayList<>(visits.stream().filter(day::canMake).toList());
            // A plan given in the input stays representable even where it breaks a rule.
            day.getVisits().stream().filter(v -> !possible.contains(v)).forEach(possible::add);
            day.setPossibleVisits(planVisits, possible.stream().mapToInt(places::get).toArray());
        }
        return new HomecarePlan(d.name(), days, locations, travel, List.copyOf(teams.values()),
                List.copyOf(caregivers.values()), List.copyOf(users.values()), caregiverDays, visits,
                ConstraintWeightOverrides.of(weights));
    }

    /**
     * The meal pause of a shift from {@code start} to {@code end}: as declared, else what the law asks
     * ({@link MealPause#lawful}); a declared window's clock times fall within the shift.
     */
    static MealPause pause(HomecareDataset.Pause declared, int start, int end) {
        if (declared == null) {
            return MealPause.lawful(start, end);
        }
        int minutes = declared.minutes() == null ? MealPause.lawful(start, end).minutes() : declared.minutes();
        MealPause centred = MealPause.centred(start, end, minutes);
        if (centred.none()) {
            return centred;
        }
        return new MealPause(minutes, declared.from() == null ? centred.from() : onShift(declared.from(), start),
                declared.to() == null ? centred.to() : onShift(declared.to(), start));
    }

    /** The first minute at or after the shift's start at this clock time. */
    static int onShift(java.time.LocalTime clock, int shiftStart) {
        int minute = shiftStart - Math.floorMod(shiftStart, 1440) + clock.getHour() * 60 + clock.getMinute();
        return minute < shiftStart ? minute + 1440 : minute;
    }

    public static List<Location> locations(HomecareDataset d) {
        List<Location> locations = new ArrayList<>();
        d.locations().forEach(l -> locations.add(l.toLocation(locations.size())));
        return locations;
    }

    /**
     * The dataset's travel matrix; problems with an imported one, or places off the roads of a routed one, are
     * added to {@code problems} (then null).
     */
    static TravelMatrix travelMatrix(HomecareDataset d, List<Location> locations, Problems problems) {
        HomecareDataset.MatrixSpec m = d.travelMatrix();
        if (m == null) {
            return TravelMatrices.of(locations, d.ferries(), d.roads(), i -> Problems.at("$", "locations", i), problems);
        }
        List<String> ids = locations.stream().map(Location::id).toList();
        return m.csv() != null ? MatrixImport.fromCsv(ids, m.csv(), "$.travelMatrix.csv", problems)
                : MatrixImport.fromTable(ids, m.locations() == null ? List.of() : m.locations(), m.seconds(),
                m.meters(), "$.travelMatrix", problems);
    }

    private static Days days(HomecareDataset d) {
        LocalDate first = null;
        LocalDate last = null;
        List<LocalDate> dates = new ArrayList<>();
        d.caregivers().forEach(c -> c.shifts().forEach(s -> {
            dates.add(s.date());
            dates.add(s.lastDate());
        }));
        d.visits().forEach(v -> {
            dates.add(v.date());
            v.windows().forEach(w -> dates.add(windowDate(v, w.endDate())));
        });
        for (LocalDate date : dates) {
            first = first == null || date.isBefore(first) ? date : first;
            last = last == null || date.isAfter(last) ? date : last;
        }
        return first == null ? new Days(LocalDate.now(), 1) : new Days(first, days(first, last));
    }

    private static int days(LocalDate first, LocalDate last) {
        return (int) java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1;
    }

    private static List<Visit> parts(VisitSpec v, User user, Days days) {
        int[] starts;
        int[] ends;
        if (v.pinnedStart() != null) {
            // A confirmed time is a window of one minute.
            starts = new int[] {days.minute(v.date(), v.pinnedStart())};
            ends = starts.clone();
        } else {
            starts = v.windows().stream().mapToInt(w -> days.minute(windowDate(v, w.startDate()), w.start())).toArray();
            ends = v.windows().stream().mapToInt(w -> days.minute(windowDate(v, w.endDate()), w.end())).toArray();
        }
        List<Visit> parts = new ArrayList<>();
        for (int k = 0; k < v.staff(); k++) {
            String id = v.staff() == 1 ? v.id() : v.id() + "/" + (k + 1);
            Set<String> skills = new HashSet<>(v.skills());
            if (k < v.partSkills().size()) {
                skills.addAll(v.partSkills().get(k));
            }
            parts.add(new Visit(id, v.id(), k, user, days, days.dayIndex(v.date()), starts, ends, v.durationMinutes(),
                    v.competence(), skills, v.specialty(),
                    v.mandatory() || v.pinnedStart() != null,
                    v.lateToleranceMinutes() == null ? 0 : v.lateToleranceMinutes(),
                    k < v.pinnedCaregivers().size() ? v.pinnedCaregivers().get(k) : null));
        }
        int load = v.load() == null ? 0 : v.load();
        parts.forEach(p -> p.setLoad(load));
        if (parts.size() > 1) {
            List<Visit> group = List.copyOf(parts);
            parts.forEach(p -> p.setConcurrentGroup(group));
        }
        return parts;
    }

    public static LocalDate windowDate(VisitSpec v, LocalDate date) {
        return date == null ? v.date() : date;
    }

    /** Puts the routes' visits on the caregiver-days (or records them as the reference caregivers). */
    private static void place(List<Route> routes, String field, Map<String, List<Visit>> parts,
                              Map<String, Caregiver> caregivers, Map<String, CaregiverDay> days, Problems problems,
                              boolean asReference) {
        Map<Visit, Boolean> used = new HashMap<>();
        for (int r = 0; r < routes.size(); r++) {
            Route route = routes.get(r);
            CaregiverDay day = days.get(route.caregiver() + "|" + route.date());
            for (int k = 0; k < route.visits().size(); k++) {
                Visit part = freePart(parts.get(route.visits().get(k)), caregivers.get(route.caregiver()), used);
                if (part == null) {
                    problems.add(Problems.at(Problems.at("$", field, r), "visits", k), "no free part of visit "
                            + route.visits().get(k));
                    continue;
                }
                used.put(part, true);
                if (asReference) {
                    part.setReferenceCaregiver(route.caregiver());
                } else {
                    day.getVisits().add(part);
                }
            }
            if (!asReference) {
                day.setPinnedCount(route.pinned());
            }
        }
    }

    /**
     * The part pinned to this caregiver, else a part pinned to nobody whose skills they have, else one pinned
     * to nobody, else any part not yet placed.
     */
    private static Visit freePart(List<Visit> parts, Caregiver caregiver, Map<Visit, Boolean> used) {
        Visit fallback = null;
        Visit unpinned = null;
        Visit qualified = null;
        for (Visit part : parts) {
            if (used.containsKey(part)) {
                continue;
            }
            if (caregiver.id().equals(part.getPinnedCaregiver())) {
                return part;
            }
            if (part.getPinnedCaregiver() == null) {
                unpinned = unpinned == null ? part : unpinned;
                if (qualified == null && caregiver.skills().containsAll(part.getRequiredSkills())) {
                    qualified = part;
                }
            }
            fallback = fallback == null ? part : fallback;
        }
        return qualified != null ? qualified : unpinned != null ? unpinned : fallback;
    }

    /** The dataset with the plan's routes (empty caregiver-days left out). */
    public static HomecareDataset toDataset(HomecareDataset s, HomecarePlan plan) {
        List<Route> routes = new ArrayList<>();
        for (CaregiverDay day : plan.getCaregiverDays()) {
            if (!day.getVisits().isEmpty()) {
                routes.add(new Route(day.getCaregiver().id(), day.getDate(),
                        day.getVisits().stream().map(Visit::getVisitId).toList(),
                        day.getPinnedCount() == 0 ? null : day.getPinnedCount()));
            }
        }
        return s.withPlan(routes, s.teamRosters());
    }
}
