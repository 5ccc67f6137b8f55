package no.turnus.io.mankowska;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import no.turnus.io.mankowska.MankowskaSolution.Visit;

/**
 * The Mankowska et al. (2014) objective of a solution: {@code (total distance + total tardiness + max tardiness) / 3}.
 * Start times are the earliest the routes allow: a caregiver starts at the depot at time 0, travels (distance =
 * time), never starts before the patient's {@code e}, and the two services of a double-service patient keep their
 * gap: {@code t(second) - t(first)} in {@code [mind, maxd]} (0 and 0: simultaneous), the first being the lower
 * service number. Tardiness of a service is {@code max(0, t - l)}. Earliest starts minimise every tardiness for the
 * given routes, so this is the value of the routes.
 */
public final class MankowskaObjective {

    private static final double EPS = 1e-6;

    private MankowskaObjective() {
    }

    /** Start time of each visit, per route, and the objective parts. */
    public record Result(double distance, double totalTardiness, double maxTardiness, List<List<Double>> starts,
                         List<String> infeasibilities) {
        public Result {
            starts = starts.stream().map(List::copyOf).toList();
            infeasibilities = List.copyOf(infeasibilities);
        }

        public double objective() {
            return (distance + totalTardiness + maxTardiness) / 3.0;
        }

        public boolean feasible() {
            return infeasibilities.isEmpty();
        }
    }

    public static Result evaluate(MankowskaInstance instance, MankowskaSolution solution) {
        List<String> problems = new ArrayList<>();
        List<List<Visit>> routes = solution.routes();
        if (routes.size() > instance.caregiverCount()) {
            problems.add(routes.size() + " routes for " + instance.caregiverCount() + " caregivers");
            return new Result(0, 0, 0, List.of(), problems);
        }
        // Where each required (node, service) is served: route and position.
        int[][] route = new int[instance.nodeCount()][instance.serviceCount()];
        int[][] position = new int[instance.nodeCount()][instance.serviceCount()];
        for (int[] row : route) {
            Arrays.fill(row, -1);
        }
        for (int k = 0; k < routes.size(); k++) {
            for (int i = 0; i < routes.get(k).size(); i++) {
                Visit v = routes.get(k).get(i);
                if (v.node() <= 0 || v.node() >= instance.endDepot() || v.service() < 0
                        || v.service() >= instance.serviceCount() || !instance.requires(v.node(), v.service())) {
                    problems.add("caregiver " + k + ": patient " + v.node() + " does not need service " + v.service());
                } else if (route[v.node()][v.service()] >= 0) {
                    problems.add("patient " + v.node() + " service " + v.service() + " is served twice");
                } else {
                    route[v.node()][v.service()] = k;
                    position[v.node()][v.service()] = i;
                }
                if (v.service() >= 0 && v.service() < instance.serviceCount() && !instance.qualified(k, v.service())) {
                    problems.add("caregiver " + k + " is not qualified for service " + v.service());
                }
            }
        }
        for (int node = 1; node < instance.endDepot(); node++) {
            for (int s = 0; s < instance.serviceCount(); s++) {
                if (instance.requires(node, s) && route[node][s] < 0) {
                    problems.add("patient " + node + " service " + s + " is not served");
                }
            }
        }
        if (!problems.isEmpty()) {
            return new Result(0, 0, 0, List.of(), problems);
        }
        double[][] starts = schedule(instance, routes, route, position, problems);
        double distance = 0;
        double total = 0;
        double max = 0;
        List<List<Double>> startLists = new ArrayList<>();
        for (int k = 0; k < routes.size(); k++) {
            int at = instance.startDepot();
            List<Double> startList = new ArrayList<>();
            for (int i = 0; i < routes.get(k).size(); i++) {
                Visit v = routes.get(k).get(i);
                distance += instance.distance(at, v.node());
                double tardiness = Math.max(0, starts[k][i] - instance.latest(v.node()));
                total += tardiness;
                max = Math.max(max, tardiness);
                startList.add(starts[k][i]);
                at = v.node();
            }
            if (!routes.get(k).isEmpty()) {
                distance += instance.distance(at, instance.endDepot());
            }
            startLists.add(startList);
        }
        return new Result(distance, total, max, startLists, problems);
    }

    /**
     * Earliest start times by fixed point: route timing and gap bounds only ever push starts later, so iterate until
     * stable; a schedule still moving after many rounds has contradictory gaps (a cycle) and is infeasible.
     */
    private static double[][] schedule(MankowskaInstance instance, List<List<Visit>> routes, int[][] route,
                                       int[][] position, List<String> problems) {
        double[][] lower = new double[routes.size()][];
        double[][] start = new double[routes.size()][];
        for (int k = 0; k < routes.size(); k++) {
            lower[k] = new double[routes.get(k).size()];
            start[k] = new double[routes.get(k).size()];
        }
        int rounds = 0;
        boolean changed = true;
        while (changed) {
            if (++rounds > 1000) {
                problems.add("the gaps of the double services cannot all be kept (no stable schedule)");
                return start;
            }
            changed = false;
            for (int k = 0; k < routes.size(); k++) {
                double time = 0;
                int at = instance.startDepot();
                for (int i = 0; i < routes.get(k).size(); i++) {
                    Visit v = routes.get(k).get(i);
                    time = Math.max(Math.max(time + instance.distance(at, v.node()), instance.earliest(v.node())),
                            lower[k][i]);
                    start[k][i] = time;
                    time += instance.processing(v.node(), k, v.service());
                    at = v.node();
                }
            }
            for (int node = 1; node < instance.endDepot(); node++) {
                if (!instance.doubleService(node)) {
                    continue;
                }
                int first = -1;
                int second = -1;
                for (int s = 0; s < instance.serviceCount(); s++) {
                    if (instance.requires(node, s)) {
                        if (first < 0) {
                            first = s;
                        } else {
                            second = s;
                        }
                    }
                }
                int k1 = route[node][first];
                int i1 = position[node][first];
                int k2 = route[node][second];
                int i2 = position[node][second];
                double t1 = start[k1][i1];
                double t2 = start[k2][i2];
                if (t2 < t1 + instance.minGap(node) - EPS) {
                    lower[k2][i2] = t1 + instance.minGap(node);
                    changed = true;
                } else if (t2 > t1 + instance.maxGap(node) + EPS) {
                    lower[k1][i1] = t2 - instance.maxGap(node);
                    changed = true;
                }
            }
        }
        return start;
    }
}
