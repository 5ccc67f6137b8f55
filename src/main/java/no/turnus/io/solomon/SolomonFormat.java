package no.turnus.io.solomon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.turnus.homecare.domain.Competence;
import no.turnus.homecare.rules.HomecareRules;
import no.turnus.homecare.input.HomecareDataset;
import no.turnus.homecare.input.HomecareDataset.CaregiverSpec;
import no.turnus.homecare.input.HomecareDataset.LocationSpec;
import no.turnus.homecare.input.HomecareDataset.MatrixSpec;
import no.turnus.homecare.input.HomecareDataset.Shift;
import no.turnus.homecare.input.HomecareDataset.TeamSpec;
import no.turnus.homecare.input.HomecareDataset.UserSpec;
import no.turnus.homecare.input.HomecareDataset.VisitSpec;
import no.turnus.homecare.input.HomecareDataset.Window;
import no.turnus.io.BenchmarkFormat;
import no.turnus.io.InstanceFormat;
import no.turnus.problem.InvalidInputException;

/**
 * Solomon VRPTW onto home-care routing (kind {@code homecare}): each vehicle is a caregiver with one shift from
 * the depot's ready time to its due date and a car {@code capacity}; customer i is user and visit {@code c<i>}
 * with a start window [ready, due], the service time as duration and the demand as {@code load}. Travel time
 * equals Euclidean distance; the plan is made in whole minutes, so one distance unit is {@link #SCALE} minutes
 * (a time resolution of 0.1) and each leg is rounded up: times in the model are never earlier than the exact
 * ones, so a plan feasible here is feasible in the exact instance. Horizons of up to 3 390 units become shifts
 * of several days ({@code endDate}).
 *
 * <p>Solomon's objective is hierarchical: vehicles first, then distance. Once every customer is served (medium),
 * the engine minimises the soft sum of a fixed cost per route used ("Route used", {@link #routeCost}) and travel;
 * the route cost exceeds any travel a plan can have, so one vehicle less always wins. The objective reported is
 * the exact total distance of the routes ({@link SolomonObjective}), with the vehicles used in the summary.
 */
public final class SolomonFormat implements InstanceFormat<SolomonInstance, HomecareDataset> {

    /** Model minutes per Solomon time (= distance) unit. */
    public static final int SCALE = 10;
    /** The date the plan is made on (any date: Solomon has no calendar). */
    static final LocalDate DAY = LocalDate.of(2026, 1, 5);
    static final String DEPOT = "depot";
    /** A route line of the usual solution files (SINTEF's, jsprit's examples): "Route 1 : 5 3 7". */
    private static final Pattern ROUTE_LINE = Pattern.compile("\\s*Route\\s*\\d+\\s*:(.*)", Pattern.CASE_INSENSITIVE);

    @Override
    public BenchmarkFormat format() {
        return BenchmarkFormat.SOLOMON;
    }

    @Override
    public SolomonInstance read(Path file) {
        return SolomonReader.read(file);
    }

    @Override
    public String name(SolomonInstance instance) {
        return instance.name();
    }

    @Override
    public HomecareDataset toDataset(SolomonInstance instance) {
        List<SolomonInstance.Node> nodes = instance.nodes();
        List<String> ids = new ArrayList<>();
        List<LocationSpec> locations = new ArrayList<>();
        List<UserSpec> users = new ArrayList<>();
        List<VisitSpec> visits = new ArrayList<>();
        for (SolomonInstance.Node node : nodes) {
            String id = node.id() == 0 ? DEPOT : customerId(node.id());
            ids.add(id);
            locations.add(new LocationSpec(id, null, null, null, null));
            if (node.id() == 0) {
                continue;
            }
            users.add(new UserSpec(id, null, id, null, null, null, null));
            // A visit lasts at least a minute in the model; Solomon's service times are all positive anyway.
            int duration = Math.max(1, node.serviceTime() * SCALE);
            visits.add(new VisitSpec(id, id, DAY, List.of(window(node.readyTime(), node.dueDate())), duration,
                    null, null, null, null, null, null, null, null, node.demand(), null));
        }
        SolomonInstance.Node depot = instance.depot();
        List<CaregiverSpec> vehicles = new ArrayList<>();
        for (int v = 1; v <= instance.vehicleCount(); v++) {
            Shift shift = new Shift(DAY, time(depot.readyTime()), time(depot.dueDate()), 0, date(depot.dueDate()),
                    HomecareDataset.Pause.NONE);
            vehicles.add(new CaregiverSpec("v" + v, null, "fleet", Competence.ASSISTANT, null, null, null, null,
                    List.of(shift), instance.capacity()));
        }
        return new HomecareDataset(HomecareDataset.KIND, instance.name(), locations, null, null, matrix(instance, ids),
                List.of(new TeamSpec("fleet", null, "depot", null, DEPOT)), vehicles, users, visits, null, null,
                // Solomon does not ask for visit minutes spread evenly over the vehicles.
                Map.of(HomecareRules.BALANCE.ruleName(), "0hard/0medium/0soft",
                        HomecareRules.ROUTE_USED.ruleName(), "0hard/0medium/" + routeCost(instance) + "soft"));
    }

    /**
     * More than the travel of any plan: a plan has at most one leg per customer and one back per vehicle, each no
     * longer than the longest leg, so dropping a vehicle outweighs whatever distance it adds.
     */
    static int routeCost(SolomonInstance instance) {
        int n = instance.nodes().size();
        double longest = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                longest = Math.max(longest, instance.distance(i, j));
            }
        }
        long cost = ((long) (n - 1) + instance.vehicleCount()) * ((long) Math.ceil(longest * SCALE) + 1) + 1;
        // Scores are ints: every vehicle's cost must fit together. Solomon's 100 customers stay far below the cap;
        // only much larger instances would be capped, and there vehicles come nearly, not strictly, first.
        return Math.toIntExact(Math.min(cost, Integer.MAX_VALUE / Math.max(1, instance.vehicleCount())));
    }

    /** Seconds from the distance rounded up to whole model minutes; metres so that a unit reads as a kilometre. */
    private static MatrixSpec matrix(SolomonInstance instance, List<String> ids) {
        int n = ids.size();
        List<List<Integer>> seconds = new ArrayList<>(n);
        List<List<Integer>> meters = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
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

    private static Window window(int ready, int due) {
        return new Window(time(ready), time(due), date(ready), date(due));
    }

    private static LocalDate date(int solomonTime) {
        return DAY.plusDays(solomonTime * SCALE / 1440);
    }

    private static LocalTime time(int solomonTime) {
        int minute = solomonTime * SCALE % 1440;
        return LocalTime.of(minute / 60, minute % 60);
    }

    static String customerId(int node) {
        return "c" + node;
    }

    /** Every route of the solved dataset as Solomon customer numbers, scored exactly from the coordinates. */
    @Override
    public Objective objective(SolomonInstance instance, HomecareDataset solved) {
        SolomonObjective.Result result = SolomonObjective.evaluate(instance, solution(solved));
        String summary = result.vehicles() + " vehicles"
                + (result.feasible() ? "" : ", " + result.infeasibilities().size() + " infeasibilities");
        return new Objective(result.distance(), result.feasible(), summary);
    }

    static SolomonSolution solution(HomecareDataset solved) {
        List<List<Integer>> routes = solved.routes().stream()
                .map(r -> r.visits().stream().map(id -> Integer.parseInt(id.substring(1))).toList())
                .toList();
        return new SolomonSolution(routes);
    }

    @Override
    public Optional<String> solutionExtension() {
        return Optional.of("txt");
    }

    @Override
    public String writeSolution(SolomonInstance instance, HomecareDataset solved) {
        StringBuilder text = new StringBuilder();
        List<List<Integer>> routes = solution(solved).routes().stream().filter(r -> !r.isEmpty()).toList();
        for (int r = 0; r < routes.size(); r++) {
            text.append("Route ").append(r + 1).append(" :");
            routes.get(r).forEach(customer -> text.append(' ').append(customer));
            text.append('\n');
        }
        return text.toString();
    }

    /** Reads the "Route k : customers" lines (other lines, such as a file's header, are skipped). */
    @Override
    public HomecareDataset readSolution(SolomonInstance instance, Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot be read: " + e.getMessage());
        }
        List<HomecareDataset.Route> routes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher route = ROUTE_LINE.matcher(lines.get(i));
            if (!route.matches()) {
                continue;
            }
            String where = file + ":" + (i + 1);
            if (routes.size() == instance.vehicleCount()) {
                throw new InvalidInputException(where, "more routes than the instance's " + instance.vehicleCount()
                        + " vehicles");
            }
            List<String> visits = new ArrayList<>();
            for (String token : route.group(1).trim().split("\\s+")) {
                if (token.isEmpty()) {
                    continue;
                }
                int customer;
                try {
                    customer = Integer.parseInt(token);
                } catch (NumberFormatException e) {
                    throw new InvalidInputException(where, "'" + token + "' is not a customer number");
                }
                if (customer < 1 || customer >= instance.nodes().size()) {
                    throw new InvalidInputException(where, "customer " + customer + " is not between 1 and "
                            + (instance.nodes().size() - 1));
                }
                visits.add(customerId(customer));
            }
            routes.add(new HomecareDataset.Route("v" + (routes.size() + 1), DAY, visits, null));
        }
        if (routes.isEmpty()) {
            throw new InvalidInputException(file.toString(), "has no \"Route k : customers\" line");
        }
        return toDataset(instance).withPlan(routes, List.of());
    }
}
