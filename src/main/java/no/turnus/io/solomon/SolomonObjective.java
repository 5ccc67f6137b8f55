package no.turnus.io.solomon;

import java.util.ArrayList;
import java.util.List;

import no.turnus.io.solomon.SolomonInstance.Node;

/**
 * The Solomon objective of a solution: vehicles used, then total Euclidean distance (unrounded), and the reasons,
 * if any, why the solution is infeasible (capacity, time windows, customers missed or visited twice). A vehicle
 * arriving early waits until the ready time.
 */
public final class SolomonObjective {

    private SolomonObjective() {
    }

    public record Result(int vehicles, double distance, List<String> infeasibilities) {
        public Result {
            infeasibilities = List.copyOf(infeasibilities);
        }

        public boolean feasible() {
            return infeasibilities.isEmpty();
        }
    }

    public static Result evaluate(SolomonInstance instance, SolomonSolution solution) {
        List<String> problems = new ArrayList<>();
        int[] visits = new int[instance.nodes().size()];
        double distance = 0;
        int vehicles = 0;
        for (int r = 0; r < solution.routes().size(); r++) {
            List<Integer> route = solution.routes().get(r);
            if (route.isEmpty()) {
                continue;
            }
            vehicles++;
            int load = 0;
            double time = 0;
            int at = 0;
            for (int customer : route) {
                if (customer <= 0 || customer >= instance.nodes().size()) {
                    problems.add("route " + (r + 1) + ": no customer " + customer);
                    continue;
                }
                Node node = instance.nodes().get(customer);
                visits[customer]++;
                load += node.demand();
                distance += instance.distance(at, customer);
                time = Math.max(time + instance.distance(at, customer), node.readyTime());
                if (time > node.dueDate() + 1e-9) {
                    problems.add("route " + (r + 1) + ": customer " + customer + " served at " + time
                            + ", after its due date " + node.dueDate());
                }
                time += node.serviceTime();
                at = customer;
            }
            distance += instance.distance(at, 0);
            time += instance.distance(at, 0);
            if (time > instance.depot().dueDate() + 1e-9) {
                problems.add("route " + (r + 1) + ": back at the depot at " + time + ", after "
                        + instance.depot().dueDate());
            }
            if (load > instance.capacity()) {
                problems.add("route " + (r + 1) + ": load " + load + " exceeds capacity " + instance.capacity());
            }
        }
        if (vehicles > instance.vehicleCount()) {
            problems.add(vehicles + " vehicles used, only " + instance.vehicleCount() + " available");
        }
        for (int c = 1; c < visits.length; c++) {
            if (visits[c] != 1) {
                problems.add("customer " + c + " visited " + visits[c] + " times");
            }
        }
        return new Result(vehicles, distance, problems);
    }
}
