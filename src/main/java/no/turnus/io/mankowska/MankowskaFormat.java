package no.turnus.io.mankowska;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import no.turnus.homecare.domain.Competence;
import no.turnus.homecare.rules.HomecareRules;
import no.turnus.homecare.input.HomecareDataset;
import no.turnus.homecare.input.HomecareDataset.CaregiverSpec;
import no.turnus.homecare.input.HomecareDataset.LocationSpec;
import no.turnus.homecare.input.HomecareDataset.MatrixSpec;
import no.turnus.homecare.input.HomecareDataset.Route;
import no.turnus.homecare.input.HomecareDataset.Shift;
import no.turnus.homecare.input.HomecareDataset.TeamSpec;
import no.turnus.homecare.input.HomecareDataset.UserSpec;
import no.turnus.homecare.input.HomecareDataset.VisitSpec;
import no.turnus.homecare.input.HomecareDataset.Window;
import no.turnus.io.BenchmarkFormat;
import no.turnus.io.InstanceFormat;

/**
 * Mankowska et al. (2014) HHCRSP onto home-care routing (kind {@code homecare}): caregiver k is {@code k<k>}
 * with skill {@code s<s>} for each service it is qualified for; patient i is user {@code p<i>}; each service s a
 * patient needs is visit {@code p<i>-s<s>} with skill {@code s<s>}, a start window [e, l] and lateness
 * tolerated (soft, 1 per minute like travel), distance plus total tardiness in the model's
 * minutes. A double service with gap 0 (simultaneous) is one double visit {@code p<i>-s<a>-s<b>} whose parts
 * need {@code s<a>} and {@code s<b>} ({@code partSkills}). A double service with a gap [mind, maxd] is two visits,
 * the second ({@code s<b>}) {@code after} the first within the gap: a sequenced pair. Times are in tenths of a
 * unit ({@link #SCALE}), each leg rounded up.
 *
 * The objective's max-tardiness term is "Greatest lateness", weighted 1 like travel, so the soft score is the
 * objective times 3 (in tenths, legs rounded up). The objective reported is {@link MankowskaObjective}'s,
 * computed exactly from the routes.
 */
public final class MankowskaFormat implements InstanceFormat<MankowskaInstance, HomecareDataset> {

    /** Model minutes per Mankowska time (= distance) unit. */
    public static final int SCALE = 10;
    static final LocalDate DAY = LocalDate.of(2026, 1, 5);
    /** Mankowska routes have no end of day: the shifts last two weeks of model minutes, far beyond any plan. */
    static final int SHIFT_DAYS = 14;
    /** Lateness is never a hard breach here, only tardiness. */
    static final int TOLERANCE = SHIFT_DAYS * 1440;
    static final String DEPOT = "depot";

    @Override
    public BenchmarkFormat format() {
        return BenchmarkFormat.MANKOWSKA;
    }

    @Override
    public MankowskaInstance read(Path file) {
        return MankowskaReader.read(file);
    }

    @Override
    public String name(MankowskaInstance instance) {
        return instance.name();
    }

    @Override
    public HomecareDataset toDataset(MankowskaInstance instance) {
        List<String> ids = new ArrayList<>();
        List<LocationSpec> locations = new ArrayList<>();
        List<UserSpec> users = new ArrayList<>();
        List<VisitSpec> visits = new ArrayList<>();
        ids.add(DEPOT);
        locations.add(new LocationSpec(DEPOT, null, null, null, null));
        for (int node = 1; node < instance.endDepot(); node++) {
            String user = "p" + node;
            ids.add(user);
            locations.add(new LocationSpec(user, null, null, null, null));
            users.add(new UserSpec(user, null, user, null, null, null, null));
            List<Integer> services = services(instance, node);
            boolean simultaneous = instance.doubleService(node) && instance.maxGap(node) == 0;
            if (simultaneous) {
                int a = services.get(0);
                int b = services.get(1);
                visits.add(visit(instance, node, user + "-s" + a + "-s" + b, List.of(), Math.max(
                        duration(instance, node, a), duration(instance, node, b)), 2,
                        List.of(List.of(skill(a)), List.of(skill(b))), null));
            } else {
                HomecareDataset.After after = null;
                for (int s : services) {
                    visits.add(visit(instance, node, user + "-s" + s, List.of(skill(s)),
                            duration(instance, node, s), null, null, after));
                    if (instance.doubleService(node)) {
                        // The higher-numbered service follows the lower one within [mind, maxd].
                        after = new HomecareDataset.After(user + "-s" + s, minutes(instance.minGap(node)),
                                minutes(instance.maxGap(node)));
                    }
                }
            }
        }
        List<CaregiverSpec> caregivers = new ArrayList<>();
        for (int k = 0; k < instance.caregiverCount(); k++) {
            List<String> skills = new ArrayList<>();
            for (int s = 0; s < instance.serviceCount(); s++) {
                if (instance.qualified(k, s)) {
                    skills.add(skill(s));
                }
            }
            Shift shift = new Shift(DAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, 0, DAY.plusDays(SHIFT_DAYS),
                    HomecareDataset.Pause.NONE);
            caregivers.add(new CaregiverSpec(caregiverId(k), null, "staff", Competence.ASSISTANT, skills, null, null,
                    null, List.of(shift), null));
        }
        return new HomecareDataset(HomecareDataset.KIND, instance.name(), locations, null, null,
                matrix(instance, ids.size()), List.of(new TeamSpec("staff", null, "all", null, DEPOT)), caregivers,
                users, visits, null, null,
                // Tardiness and the greatest tardiness weigh like distance, as in the objective; nothing else of
                // the home-care rules is in it.
                Map.of(HomecareRules.LATE.ruleName(), "0hard/0medium/1soft",
                        HomecareRules.GREATEST_LATENESS.ruleName(), "0hard/0medium/1soft",
                        HomecareRules.BALANCE.ruleName(), "0hard/0medium/0soft",
                        HomecareRules.CONTINUITY.ruleName(), "0hard/0medium/0soft"));
    }

    private static VisitSpec visit(MankowskaInstance instance, int node, String id, List<String> skills,
                                   int duration, Integer staff, List<List<String>> partSkills,
                                   HomecareDataset.After after) {
        Window window = new Window(time(instance.earliest(node)), time(instance.latest(node)),
                date(instance.earliest(node)), date(instance.latest(node)));
        return new VisitSpec(id, "p" + node, DAY, List.of(window), duration, null, skills, null, null, staff,
                TOLERANCE, null, null, null, partSkills, after);
    }

    private static List<Integer> services(MankowskaInstance instance, int node) {
        List<Integer> services = new ArrayList<>();
        for (int s = 0; s < instance.serviceCount(); s++) {
            if (instance.requires(node, s)) {
                services.add(s);
            }
        }
        return services;
    }

    /** The longest processing time of any caregiver (they are all equal in the published instances). */
    private static int duration(MankowskaInstance instance, int node, int service) {
        double longest = 0;
        for (int k = 0; k < instance.caregiverCount(); k++) {
            longest = Math.max(longest, instance.processing(node, k, service));
        }
        return Math.max(1, (int) Math.ceil(longest * SCALE - 1e-9));
    }

    /** Matrix index i is node i (the end depot is the start depot's place). */
    private static MatrixSpec matrix(MankowskaInstance instance, int n) {
        List<String> ids = new ArrayList<>(n);
        List<List<Integer>> seconds = new ArrayList<>(n);
        List<List<Integer>> meters = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add(i == 0 ? DEPOT : "p" + i);
            List<Integer> secondsRow = new ArrayList<>(n);
            List<Integer> metersRow = new ArrayList<>(n);
            for (int j = 0; j < n; j++) {
                double distance = instance.distance(i, j);
                secondsRow.add((int) Math.ceil(distance * SCALE - 1e-9) * 60);
                metersRow.add((int) Math.round(distance * 1000));
            }
            seconds.add(secondsRow);
            meters.add(metersRow);
        }
        return new MatrixSpec(ids, seconds, meters, null);
    }

    private static int minutes(double time) {
        return (int) Math.round(time * SCALE);
    }

    private static LocalDate date(double time) {
        return DAY.plusDays(minutes(time) / 1440);
    }

    private static LocalTime time(double time) {
        int minute = minutes(time) % 1440;
        return LocalTime.of(minute / 60, minute % 60);
    }

    static String skill(int service) {
        return "s" + service;
    }

    static String caregiverId(int k) {
        return "k" + k;
    }

    @Override
    public Objective objective(MankowskaInstance instance, HomecareDataset solved) {
        MankowskaObjective.Result result = MankowskaObjective.evaluate(instance, solution(instance, solved));
        String summary = result.feasible()
                ? String.format(Locale.ROOT, "distance %.2f, tardiness %.2f (max %.2f)", result.distance(),
                result.totalTardiness(), result.maxTardiness())
                : result.infeasibilities().size() + " infeasibilities, e.g. " + result.infeasibilities().get(0);
        return new Objective(result.objective(), result.feasible(), summary);
    }

    /**
     * The routes as (patient, service) visits by caregiver index. Of a double visit, each of the two caregivers
     * makes a service it is qualified for (the lower service number to the first route when both ways work).
     */
    static MankowskaSolution solution(MankowskaInstance instance, HomecareDataset solved) {
        Map<String, List<Integer>> doers = new HashMap<>();
        solved.routes().forEach(route -> route.visits().forEach(id ->
                doers.computeIfAbsent(id, x -> new ArrayList<>()).add(caregiverIndex(route))));
        List<List<MankowskaSolution.Visit>> routes = new ArrayList<>();
        for (int k = 0; k < instance.caregiverCount(); k++) {
            routes.add(new ArrayList<>());
        }
        for (Route route : solved.routes()) {
            int k = caregiverIndex(route);
            for (String id : route.visits()) {
                String[] parts = id.split("-s");
                int node = Integer.parseInt(parts[0].substring(1));
                int service = Integer.parseInt(parts[1]);
                if (parts.length == 3) {
                    int other = Integer.parseInt(parts[2]);
                    List<Integer> both = doers.get(id);
                    boolean straight = both.size() < 2
                            || instance.qualified(both.get(0), service) && instance.qualified(both.get(1), other);
                    service = (k == both.get(0)) == straight ? service : other;
                }
                routes.get(k).add(new MankowskaSolution.Visit(node, service));
            }
        }
        return new MankowskaSolution(routes);
    }

    private static int caregiverIndex(Route route) {
        return Integer.parseInt(route.caregiver().substring(1));
    }
}
