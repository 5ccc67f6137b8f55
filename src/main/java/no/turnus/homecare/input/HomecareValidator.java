package no.turnus.homecare.input;

import static no.turnus.homecare.input.HomecareBuilder.windowDate;
import static no.turnus.problem.Problems.at;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.turnus.geo.FerryLink;
import no.turnus.geo.RoadNetworks;
import no.turnus.homecare.input.HomecareDataset.CaregiverSpec;
import no.turnus.homecare.input.HomecareDataset.LocationSpec;
import no.turnus.homecare.input.HomecareDataset.Route;
import no.turnus.homecare.input.HomecareDataset.TeamSpec;
import no.turnus.homecare.input.HomecareDataset.UserSpec;
import no.turnus.homecare.input.HomecareDataset.VisitSpec;
import no.turnus.homecare.rules.HomecareRules;
import no.turnus.problem.ConstraintWeights;
import no.turnus.problem.InputProblem;
import no.turnus.problem.Problems;
import no.turnus.roster.domain.Pauses;

/**
 * Every problem with a home-care dataset, each with its JSON path; empty when it can be solved. The bounds of a
 * home-care plan are here, in one place: what a municipality's daily plans need and not more, so that the work
 * of reading and building a dataset grows with its size, never with a raw number in it.
 */
public final class HomecareValidator {

    /** The longest plan: a month of days, from the first date a shift or visit has to the last. */
    public static final int MAX_DAYS = 31;
    /** Places with travel between every pair: 2 500 keep the matrix at some 50 MB. */
    public static final int MAX_LOCATIONS = 2_500;
    public static final int MAX_TEAMS = 200;
    public static final int MAX_CAREGIVERS = 1_000;
    public static final int MAX_USERS = MAX_LOCATIONS;
    public static final int MAX_VISITS = 20_000;
    public static final int MAX_FERRIES = 100;
    /** Time windows of one visit: one per hour of a day is plenty. */
    public static final int MAX_WINDOWS = 24;
    /** A shift is at most a day long. */
    public static final int MAX_SHIFT_MINUTES = 24 * 60;
    /** The longest overtime, late tolerance or gap between sequenced visits: a day. */
    public static final int MAX_MINUTES = 24 * 60;
    /** The most a car carries, in the unit of the visits' load. */
    public static final int MAX_CAPACITY = 100_000;
    /** Plans are for dates in this century. */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2099, 12, 31);
    /** Slowest and fastest road speed: walking pace to the motorway limit. */
    public static final double MIN_SPEED_KMH = 3;
    public static final double MAX_SPEED_KMH = 130;

    private HomecareValidator() {
    }

    public static List<InputProblem> validate(HomecareDataset d) {
        return validate(d, MAX_SHIFT_MINUTES);
    }

    /**
     * The problems of a dataset converted from a published benchmark instance (Solomon, Mankowska): the same,
     * except that their vehicles' "shifts" are the instance's whole horizon (up to {@link #MAX_DAYS} days of model
     * minutes), with lateness tolerated along all of it.
     */
    public static List<InputProblem> validateInstance(HomecareDataset d) {
        return validate(d, MAX_DAYS * 24 * 60);
    }

    /** @param maxMinutes the longest shift, and the most minutes of overtime, lateness or a gap */
    private static List<InputProblem> validate(HomecareDataset d, int maxMinutes) {
        Problems p = new Problems();
        p.check(HomecareDataset.KIND.equals(d.kind()), "$.kind", "must be '" + HomecareDataset.KIND + "'");
        p.require("$.name", d.name());
        boolean complete = noNulls(d.locations(), "locations", p) & noNulls(d.ferries(), "ferries", p)
                & noNulls(d.teams(), "teams", p) & noNulls(d.caregivers(), "caregivers", p)
                & noNulls(d.users(), "users", p) & noNulls(d.visits(), "visits", p)
                & noNulls(d.routes(), "routes", p) & noNulls(d.reference(), "reference", p)
                & noNulls(d.teamRosters(), "teamRosters", p);
        boolean small = p.atMost("$.locations", d.locations(), MAX_LOCATIONS)
                & p.atMost("$.ferries", d.ferries(), MAX_FERRIES) & p.atMost("$.teams", d.teams(), MAX_TEAMS)
                & p.atMost("$.caregivers", d.caregivers(), MAX_CAREGIVERS) & p.atMost("$.users", d.users(), MAX_USERS)
                & p.atMost("$.visits", d.visits(), MAX_VISITS)
                & p.atMost("$.routes", d.routes(), MAX_CAREGIVERS * (MAX_DAYS + 1))
                & p.atMost("$.reference", d.reference(), MAX_CAREGIVERS * (MAX_DAYS + 1));
        if (!complete || !small) {
            return p.list();
        }
        TeamRosters.check(d, p);
        if (!p.isEmpty()) {
            // The shifts are read from the team rosters only once those are valid.
            return p.list();
        }
        d = TeamRosters.withRosterShifts(d);
        Set<String> locations = ids(d.locations(), LocationSpec::id, "locations", p);
        Set<String> teams = ids(d.teams(), TeamSpec::id, "teams", p);
        Set<String> caregivers = ids(d.caregivers(), CaregiverSpec::id, "caregivers", p);
        Set<String> users = ids(d.users(), UserSpec::id, "users", p);
        Set<String> visits = ids(d.visits(), VisitSpec::id, "visits", p);
        p.check(!d.locations().isEmpty(), "$.locations", "must list at least one location");
        p.check(!d.caregivers().isEmpty(), "$.caregivers", "must list at least one caregiver");

        Span span = new Span(p);
        boolean coordinates = d.travelMatrix() == null;
        for (int i = 0; i < d.locations().size(); i++) {
            LocationSpec l = d.locations().get(i);
            String path = at("$", "locations", i);
            if (coordinates || l.latitude() != null || l.longitude() != null) {
                if (p.require(at(path, "latitude"), l.latitude())) {
                    p.check(l.latitude() >= -90 && l.latitude() <= 90, at(path, "latitude"), "must be in -90..90");
                }
                if (p.require(at(path, "longitude"), l.longitude())) {
                    p.check(l.longitude() >= -180 && l.longitude() <= 180, at(path, "longitude"), "must be in -180..180");
                }
            }
        }
        d.roads().detour().forEach((area, f) -> p.check(f != null && f >= 1 && f <= 4, "$.roads.detour." + area,
                "must be a factor from 1 to 4 (was " + f + ")"));
        d.roads().speedKmh().forEach((area, s) -> p.check(s != null && s >= MIN_SPEED_KMH && s <= MAX_SPEED_KMH,
                "$.roads.speedKmh." + area, "must be a speed from " + (int) MIN_SPEED_KMH + " to " + (int) MAX_SPEED_KMH
                        + " km/h (was " + s + ")"));
        for (int i = 0; i < d.ferries().size(); i++) {
            FerryLink f = d.ferries().get(i);
            String path = at("$", "ferries", i);
            p.require(at(path, "id"), f.id());
            p.check(Math.abs(f.latitudeA()) <= 90 && Math.abs(f.latitudeB()) <= 90, path, "quay latitudes must be in -90..90");
            p.check(Math.abs(f.longitudeA()) <= 180 && Math.abs(f.longitudeB()) <= 180, path,
                    "quay longitudes must be in -180..180");
            p.check(f.crossingMinutes() > 0 && f.crossingMinutes() <= MAX_MINUTES, at(path, "crossingMinutes"),
                    "must be above 0 and at most " + MAX_MINUTES + " (was " + f.crossingMinutes() + ")");
            p.range(at(path, "waitMinutes"), f.waitMinutes(), 0, MAX_MINUTES);
            p.range(at(path, "headwayMinutes"), f.headwayMinutes(), 0, MAX_MINUTES);
        }
        if (d.roads().routed()) {
            String problem = RoadNetworks.problemWith(d.roads().osm());
            p.check(problem == null, "$.roads.osm", problem);
            p.check(d.travelMatrix() == null, "$.roads.osm", "give either an OpenStreetMap extract or a travelMatrix");
            p.check(d.ferries().isEmpty(), "$.ferries", "are for travel from the straight line; with roads.osm the "
                    + "extract's ferries (route=ferry) are used");
        }
        if (d.travelMatrix() != null) {
            HomecareDataset.MatrixSpec m = d.travelMatrix();
            p.check((m.csv() == null) != (m.seconds() == null), "$.travelMatrix",
                    "give either csv or locations/seconds/meters");
            // The cells are checked when the matrix is built (HomecareBuilder.travel), which names each cell.
        }

        for (int i = 0; i < d.teams().size(); i++) {
            TeamSpec t = d.teams().get(i);
            String path = at("$", "teams", i);
            p.check((t.district() == null) != (t.specialty() == null), path,
                    "needs either a district (generalist team) or a specialty (specialist team)");
            if (p.require(at(path, "base"), t.base())) {
                p.known(at(path, "base"), t.base(), locations, "location");
            }
        }
        Map<String, CaregiverSpec> caregiverById = new HashMap<>();
        d.caregivers().forEach(c -> caregiverById.putIfAbsent(c.id(), c));
        for (int i = 0; i < d.caregivers().size(); i++) {
            CaregiverSpec c = d.caregivers().get(i);
            String path = at("$", "caregivers", i);
            if (p.require(at(path, "team"), c.team())) {
                p.known(at(path, "team"), c.team(), teams, "team");
            }
            p.require(at(path, "competence"), c.competence());
            noNulls(c.skills(), path, "skills", p);
            p.known(at(path, "startLocation"), c.startLocation(), locations, "location");
            p.known(at(path, "endLocation"), c.endLocation(), locations, "location");
            p.range(at(path, "capacity"), c.capacity(), 0, MAX_CAPACITY);
            Set<LocalDate> dates = new HashSet<>();
            noNulls(c.shifts(), path, "shifts", p);
            for (int s = 0; s < c.shifts().size(); s++) {
                HomecareDataset.Shift shift = c.shifts().get(s);
                String sp = at(path, "shifts", s);
                if (shift == null) {
                    continue;
                }
                boolean ok = p.require(at(sp, "date"), shift.date()) & p.require(at(sp, "start"), shift.start())
                        & p.require(at(sp, "end"), shift.end());
                if (ok && span.date(at(sp, "date"), shift.date())
                        & (shift.endDate() == null || span.date(at(sp, "endDate"), shift.endDate()))) {
                    LocalDateTime start = shift.date().atTime(shift.start());
                    LocalDateTime end = shift.lastDate().atTime(shift.end());
                    String endPath = at(sp, shift.endDate() == null ? "end" : "endDate");
                    if (p.check(end.isAfter(start), endPath, "must be after start " + shift.start()
                            + (shift.endDate() == null ? "" : " on " + shift.date()))) {
                        p.check(!end.isAfter(start.plusMinutes(maxMinutes)), endPath, "makes the shift longer than "
                                + maxMinutes / 60 + " h (" + start + " to " + end + ")");
                    }
                    p.check(dates.add(shift.date()), at(sp, "date"), "has a second shift on " + shift.date()
                            + " (one shift per caregiver and date)");
                }
                p.range(at(sp, "maxOvertimeMinutes"), shift.maxOvertimeMinutes(), 0, maxMinutes);
                if (ok && shift.pause() != null && shift.lastDate().atTime(shift.end()).isAfter(shift.date().atTime(shift.start()))) {
                    // A published benchmark's vehicles are not people: the law's pause is for municipal plans.
                    pause(shift.pause(), shift.date().atTime(shift.start()), shift.lastDate().atTime(shift.end()),
                            at(sp, "pause"), maxMinutes <= MAX_SHIFT_MINUTES, p);
                }
            }
        }
        for (int i = 0; i < d.users().size(); i++) {
            UserSpec u = d.users().get(i);
            String path = at("$", "users", i);
            if (p.require(at(path, "location"), u.location())) {
                p.known(at(path, "location"), u.location(), locations, "location");
            }
            p.known(at(path, "primaryContact"), u.primaryContact(), caregivers, "caregiver");
            p.known(at(path, "secondaryContact"), u.secondaryContact(), caregivers, "caregiver");
            noNulls(u.preferred(), path, "preferred", p);
            noNulls(u.avoided(), path, "avoided", p);
            for (int k = 0; k < u.preferred().size(); k++) {
                p.known(at(path, "preferred", k), u.preferred().get(k), caregivers, "caregiver");
            }
            for (int k = 0; k < u.avoided().size(); k++) {
                p.known(at(path, "avoided", k), u.avoided().get(k), caregivers, "caregiver");
                p.check(!u.avoided().get(k).equals(u.primaryContact()), at(path, "avoided", k),
                        "is also the primary contact");
            }
        }
        Set<String> specialties = new HashSet<>();
        d.teams().forEach(t -> {
            if (t.specialty() != null) {
                specialties.add(t.specialty());
            }
        });
        for (int i = 0; i < d.visits().size(); i++) {
            visit(d.visits().get(i), at("$", "visits", i), users, caregivers, specialties, span, maxMinutes, p);
        }
        span.check();
        after(d.visits(), maxMinutes, p);
        routes(d.routes(), "routes", d, caregiverById, visits, p);
        routes(d.reference(), "reference", d, caregiverById, visits, p);
        ConstraintWeights.parse(d.constraintWeights(), "$.constraintWeights", HomecareRules.rules(),
                new java.util.HashMap<>(), p);
        if (p.isEmpty() && (d.travelMatrix() != null || d.roads().routed())) {
            // The cells (or the places on the roads) are checked here, not only when a job is submitted: what is
            // stored can be solved.
            HomecareBuilder.travelMatrix(d, HomecareBuilder.locations(d), p);
        }
        return p.list();
    }

    /** The longest meal pause a shift may declare. */
    public static final int MAX_PAUSE_MINUTES = 120;

    /**
     * A declared meal pause of a shift from {@code start} to {@code end}: its length within bounds and not below what
     * AML §10-9 asks for the shift's length (when {@code law} applies), its window within the shift.
     */
    static void pause(HomecareDataset.Pause pause, LocalDateTime start, LocalDateTime end, String path, boolean law,
                      Problems p) {
        int shift = (int) java.time.Duration.between(start, end).toMinutes();
        if (pause.minutes() != null && p.range(at(path, "minutes"), pause.minutes(), 0, MAX_PAUSE_MINUTES) && law) {
            p.check(pause.minutes() >= Pauses.required(shift), at(path, "minutes"), "is below the law: a shift of "
                    + shift / 60 + " h " + shift % 60 + " min needs " + Pauses.describe(shift) + " (AML §10-9)");
        }
        if (pause.to() == null) {
            return;
        }
        int startMinute = start.getHour() * 60 + start.getMinute();
        int from = pause.from() == null ? startMinute : HomecareBuilder.onShift(pause.from(), startMinute);
        int to = HomecareBuilder.onShift(pause.to(), startMinute);
        p.check(from <= to, at(path, "to"), "is before from " + pause.from() + " (the window for the pause's start)");
        p.check(to - startMinute + (pause.minutes() == null ? 0 : pause.minutes()) <= shift, at(path, "to"),
                "leaves no room for the pause before the shift ends at " + end.toLocalTime());
    }

    /**
     * The dates of a plan: each in this century, and from the first to the last at most {@link #MAX_DAYS} days, so
     * that minutes from the first day fit an int and the days to build are few.
     */
    private static final class Span {
        private final Problems p;
        private LocalDate first;
        private LocalDate last;
        private String lastPath;

        Span(Problems p) {
            this.p = p;
        }

        /** Checks one date and takes it into the span; returns whether it is usable. */
        boolean date(String path, LocalDate date) {
            if (!p.check(!date.isBefore(EARLIEST) && !date.isAfter(LATEST), path,
                    "must be from " + EARLIEST + " to " + LATEST + " (was " + date + ")")) {
                return false;
            }
            first = first == null || date.isBefore(first) ? date : first;
            if (last == null || date.isAfter(last)) {
                last = date;
                lastPath = path;
            }
            return true;
        }

        void check() {
            if (first != null) {
                long days = java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1;
                p.check(days <= MAX_DAYS, lastPath, "makes the plan " + days + " days long (" + first + " to " + last
                        + "); a plan covers at most " + MAX_DAYS + " days");
            }
        }
    }

    private static LocalDateTime windowStart(VisitSpec v, HomecareDataset.Window w) {
        return windowDate(v, w.startDate()).atTime(w.start());
    }

    private static LocalDateTime windowEnd(VisitSpec v, HomecareDataset.Window w) {
        return windowDate(v, w.endDate()).atTime(w.end());
    }

    private static void visit(VisitSpec v, String path, Set<String> users, Set<String> caregivers,
                              Set<String> specialties, Span span, int maxMinutes, Problems p) {
        if (p.require(at(path, "user"), v.user())) {
            p.known(at(path, "user"), v.user(), users, "user");
        }
        boolean dated = p.require(at(path, "date"), v.date()) && span.date(at(path, "date"), v.date());
        noNulls(v.skills(), path, "skills", p);
        noNulls(v.pinnedCaregivers(), path, "pinnedCaregivers", p);
        // Windows are compared in date-times only when every date in them is usable.
        boolean windowsDated = noNulls(v.windows(), path, "windows", p)
                & p.atMost(at(path, "windows"), v.windows(), MAX_WINDOWS) & dated;
        for (int w = 0; windowsDated && w < v.windows().size(); w++) {
            HomecareDataset.Window window = v.windows().get(w);
            String wp = at(path, "windows", w);
            windowsDated = (window.startDate() == null || span.date(at(wp, "startDate"), window.startDate()))
                    & (window.endDate() == null || span.date(at(wp, "endDate"), window.endDate()));
        }
        if (p.require(at(path, "durationMinutes"), v.durationMinutes())) {
            p.check(v.durationMinutes() > 0 && v.durationMinutes() <= 1440, at(path, "durationMinutes"),
                    "must be 1 to 1440 minutes (was " + v.durationMinutes() + ")");
        }
        p.check(!v.windows().isEmpty() || v.pinnedStart() != null, at(path, "windows"),
                "needs at least one window for the start (or a pinnedStart)");
        for (int w = 0; w < v.windows().size(); w++) {
            HomecareDataset.Window window = v.windows().get(w);
            String wp = at(path, "windows", w);
            if (window != null && p.require(at(wp, "start"), window.start()) & p.require(at(wp, "end"), window.end())
                    && windowsDated) {
                p.check(!windowDate(v, window.startDate()).isBefore(v.date()), at(wp, "startDate"),
                        "is before the visit's date " + v.date());
                p.check(!windowEnd(v, window).isBefore(windowStart(v, window)), at(wp, "end"),
                        "is before start " + (window.startDate() == null ? window.start() : windowStart(v, window)));
                HomecareDataset.Window before = w > 0 ? v.windows().get(w - 1) : null;
                if (before != null && before.end() != null) {
                    p.check(windowStart(v, window).isAfter(windowEnd(v, before)), at(wp, "start"),
                            "must be after the end of the window before");
                }
            }
        }
        p.check(v.caregivers() == null || v.caregivers() == 1 || v.caregivers() == 2, at(path, "caregivers"),
                "must be 1 or 2 (was " + v.caregivers() + ")");
        p.range(at(path, "lateToleranceMinutes"), v.lateToleranceMinutes(), 0, maxMinutes);
        p.range(at(path, "load"), v.load(), 0, MAX_CAPACITY);
        noNulls(v.partSkills(), path, "partSkills", p);
        p.check(v.partSkills().size() <= v.staff(), at(path, "partSkills"),
                "has more entries than the visit has caregivers (" + v.staff() + ")");
        p.check(v.specialty() == null || specialties.contains(v.specialty()), at(path, "specialty"),
                "no team has specialty '" + v.specialty() + "' (known: " + specialties + ")");
        p.check(v.pinnedCaregivers().size() <= v.staff(), at(path, "pinnedCaregivers"),
                "names more caregivers than the visit needs (" + v.staff() + ")");
        for (int k = 0; k < v.pinnedCaregivers().size(); k++) {
            p.known(at(path, "pinnedCaregivers", k), v.pinnedCaregivers().get(k), caregivers, "caregiver");
        }
        p.check(v.pinnedCaregivers().size() < 2 || !java.util.Objects.equals(v.pinnedCaregivers().get(0), v.pinnedCaregivers().get(1)),
                at(path, "pinnedCaregivers"), "a double visit needs two different caregivers");
    }

    /** Sequenced pairs: a known single-staffed visit of the same user, gaps in order, no visit following itself. */
    private static void after(List<VisitSpec> visits, int maxMinutes, Problems p) {
        Map<String, VisitSpec> byId = new HashMap<>();
        visits.forEach(v -> byId.putIfAbsent(v.id(), v));
        for (int i = 0; i < visits.size(); i++) {
            VisitSpec v = visits.get(i);
            HomecareDataset.After after = v.after();
            if (after == null) {
                continue;
            }
            String path = at(at("$", "visits", i), "after");
            p.check(v.staff() == 1, path, "only a single-staffed visit can follow another (this one needs "
                    + v.staff() + " caregivers)");
            p.range(at(path, "minMinutes"), after.minMinutes(), 0, maxMinutes);
            if (p.require(at(path, "maxMinutes"), after.maxMinutes())
                    && p.range(at(path, "maxMinutes"), after.maxMinutes(), 0, maxMinutes)) {
                p.check(after.maxMinutes() >= after.min(), at(path, "maxMinutes"),
                        "is less than minMinutes (" + after.min() + ")");
            }
            if (!p.require(at(path, "visit"), after.visit())
                    || !p.known(at(path, "visit"), after.visit(), byId.keySet(), "visit")) {
                continue;
            }
            VisitSpec first = byId.get(after.visit());
            p.check(first.staff() == 1, at(path, "visit"), "visit " + first.id()
                    + " is double-staffed; only a single-staffed visit can be followed");
            p.check(java.util.Objects.equals(first.user(), v.user()), at(path, "visit"), "visit " + first.id()
                    + " is for user " + first.user() + ", not " + v.user());
            // Following the chain back must end: a visit that (indirectly) follows itself can never start.
            VisitSpec step = first;
            for (int n = 0; step != null && step.after() != null && n <= visits.size(); n++) {
                if (step == v) {
                    p.add(at(path, "visit"), "visit " + v.id() + " would follow itself through the chain of 'after'");
                    break;
                }
                step = byId.get(step.after().visit());
            }
        }
    }

    private static void routes(List<Route> routes, String field, HomecareDataset d,
                               Map<String, CaregiverSpec> caregivers, Set<String> visitIds, Problems p) {
        Map<String, VisitSpec> visits = new HashMap<>();
        d.visits().forEach(v -> visits.putIfAbsent(v.id(), v));
        Map<String, Integer> uses = new HashMap<>();
        Set<String> routeKeys = new HashSet<>();
        for (int r = 0; r < routes.size(); r++) {
            Route route = routes.get(r);
            String path = at("$", field, r);
            CaregiverSpec caregiver = caregivers.get(route.caregiver());
            if (!p.require(at(path, "caregiver"), route.caregiver())
                    || !p.known(at(path, "caregiver"), route.caregiver(), caregivers.keySet(), "caregiver")
                    || !p.require(at(path, "date"), route.date())) {
                continue;
            }
            p.check(caregiver.shifts().stream().anyMatch(s -> s != null && route.date().equals(s.date())), at(path, "date"),
                    route.caregiver() + " has no shift on " + route.date());
            p.check(routeKeys.add(route.caregiver() + "|" + route.date()), path,
                    "second route for " + route.caregiver() + " on " + route.date());
            p.check(route.pinned() >= 0 && route.pinned() <= route.visits().size(), at(path, "pinnedVisits"),
                    "must be 0 to the number of visits (" + route.visits().size() + ")");
            Set<String> inRoute = new HashSet<>();
            for (int k = 0; k < route.visits().size(); k++) {
                String id = route.visits().get(k);
                String vp = at(path, "visits", k);
                if (!p.require(vp, id) || !p.known(vp, id, visitIds, "visit")) {
                    continue;
                }
                p.check(inRoute.add(id), vp, "visit " + id + " is twice in this route");
                int count = uses.merge(id, 1, Integer::sum);
                p.check(count <= visits.get(id).staff(), vp, "visit " + id + " needs " + visits.get(id).staff()
                        + " caregiver(s) but is in more routes");
            }
        }
    }

    private static boolean noNulls(List<?> items, String field, Problems p) {
        return noNulls(items, "$", field, p);
    }

    private static boolean noNulls(List<?> items, String path, String field, Problems p) {
        boolean ok = true;
        for (int i = 0; i < items.size(); i++) {
            ok &= p.check(items.get(i) != null, at(path, field, i), "must not be null");
        }
        return ok;
    }

    private static <T> Set<String> ids(List<T> items, java.util.function.Function<T, String> id, String field,
                                       Problems p) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String path = at(at("$", field, i), "id");
            String value = items.get(i) == null ? null : id.apply(items.get(i));
            if (p.require(path, value) && p.maxLength(path, value, no.turnus.problem.Dataset.MAX_ID_LENGTH)) {
                p.check(seen.add(value), path, "duplicate id '" + value + "'");
            }
        }
        return seen;
    }
}
