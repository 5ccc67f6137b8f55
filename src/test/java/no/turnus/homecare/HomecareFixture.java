package no.turnus.homecare;

import no.turnus.homecare.domain.Caregiver;
import no.turnus.homecare.domain.CaregiverDay;
import no.turnus.homecare.domain.Competence;
import no.turnus.homecare.domain.Days;
import no.turnus.homecare.domain.HomecarePlan;
import no.turnus.homecare.domain.Team;
import no.turnus.homecare.domain.Travel;
import no.turnus.homecare.domain.TravelMode;
import no.turnus.homecare.domain.User;
import no.turnus.homecare.domain.Visit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.solver.SolutionManager;
import no.turnus.geo.ArrayTravelMatrix;

/**
 * Hand-made home-care situations for rule and timing tests: a base (location 0) and four homes with
 * travel minutes given directly, two planning days from Monday 2 March 2026. Times are minutes from
 * Monday 00:00; shadow times are computed by Timefold itself ({@link #update}).
 */
public final class HomecareFixture {

    public static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    /** Symmetric driving minutes between the base (0) and homes 1–4. */
    private static final int[][] MINUTES = {
            {0, 10, 20, 15, 40},
            {10, 0, 12, 8, 35},
            {20, 12, 0, 10, 30},
            {15, 8, 10, 0, 25},
            {40, 35, 30, 25, 0}};

    public final Days days = new Days(MONDAY, 2);
    public final Travel travel;
    public final Team north = new Team("north", "Nord", "Nord", null, 0);
    public final Team south = new Team("south", "Sør", "Sør", null, 0);
    public final Team palliative = new Team("pall", "Palliativt team", null, "palliative", 0);
    private final List<CaregiverDay> routes = new ArrayList<>();
    private final List<Visit> visits = new ArrayList<>();

    public HomecareFixture() {
        int n = MINUTES.length;
        int[] seconds = new int[n * n];
        int[] meters = new int[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                seconds[i * n + j] = MINUTES[i][j] * 60;
                meters[i * n + j] = MINUTES[i][j] * 1000;
            }
        }
        travel = new Travel(new ArrayTravelMatrix(n, seconds, meters));
    }

    public static int at(int day, int hour, int minute) {
        return day * 1440 + hour * 60 + minute;
    }

    public Caregiver caregiver(String id, Team team, Competence competence, String... skills) {
        return new Caregiver(id, id, team, competence, Set.of(skills), TravelMode.CAR, Caregiver.NO_CAPACITY_LIMIT);
    }

    public Caregiver nurse(String id) {
        return caregiver(id, north, Competence.NURSE, "insulin");
    }

    public Caregiver worker(String id) {
        return caregiver(id, north, Competence.HEALTH_WORKER);
    }

    /** A 07:00–15:00 shift from and back to the base. */
    public CaregiverDay day(Caregiver caregiver, int day) {
        CaregiverDay d = new CaregiverDay(caregiver, days.date(day), day, at(day, 7, 0), at(day, 15, 0), 30, 0, 0,
                travel);
        routes.add(d);
        return d;
    }

    public User user(String id, int home) {
        return new User(id, id, home, "Nord", null, Set.of(), Set.of());
    }

    public User user(String id, int home, String district, String primary, Set<String> preferred, Set<String> avoided) {
        return new User(id, id, home, district, primary, preferred, avoided);
    }

    /** A mandatory single visit on day 0 with one window. */
    public Visit visit(String id, User user, int windowStart, int windowEnd, int duration) {
        return visit(id, user, 0, windowStart, windowEnd, duration, null, Set.of(), null, true, 0, null);
    }

    public Visit visit(String id, User user, int day, int windowStart, int windowEnd, int duration, Competence competence,
                Set<String> skills, String specialty, boolean mandatory, int tolerance, String pinned) {
        Visit v = new Visit(id, id, 0, user, days, day, new int[] {windowStart}, new int[] {windowEnd}, duration,
                competence, skills, specialty, mandatory, tolerance, pinned);
        visits.add(v);
        return v;
    }

    /** Both parts of a double-staffed visit on day 0. */
    public Visit[] doubleVisit(String id, User user, int windowStart, int windowEnd, int duration) {
        Visit[] parts = new Visit[2];
        for (int k = 0; k < 2; k++) {
            parts[k] = new Visit(id + "/" + (k + 1), id, k, user, days, 0, new int[] {windowStart},
                    new int[] {windowEnd}, duration, null, Set.of(), null, true, 0, null);
            visits.add(parts[k]);
        }
        List<Visit> group = List.of(parts);
        parts[0].setConcurrentGroup(group);
        parts[1].setConcurrentGroup(group);
        return parts;
    }

    /** Puts the visits on the route in this order. */
    public static CaregiverDay route(CaregiverDay day, Visit... visits) {
        day.setVisits(new ArrayList<>(Arrays.asList(visits)));
        return day;
    }

    public HomecarePlan plan() {
        Set<Caregiver> caregivers = new HashSet<>();
        Set<User> users = new HashSet<>();
        routes.forEach(r -> caregivers.add(r.getCaregiver()));
        visits.forEach(v -> users.add(v.getUser()));
        // Every route may hold every visit here: the rules, not the value ranges, are under test.
        routes.forEach(r -> r.setPossibleVisits(new ArrayList<>(visits)));
        return new HomecarePlan(null, days, List.of(), travel, List.of(north, south, palliative),
                List.copyOf(caregivers), List.copyOf(users), routes, visits, ConstraintWeightOverrides.none());
    }

    /** Computes the shadow variables (inverse, previous/next, times) of every route and visit, as the solver does. */
    public HomecarePlan update() {
        HomecarePlan plan = plan();
        SolutionManager.updateShadowVariables(plan);
        return plan;
    }
}
