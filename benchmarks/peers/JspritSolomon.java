// A benchmark peer, not part of Turnus: runs jsprit 1.8 (Apache License 2.0, from Maven Central, unchanged) on a
// Solomon VRPTW instance with its default ruin-and-recreate algorithm, single-threaded, for a time limit and a
// seed, and writes "Route k : customers" lines, which `turnus validate INSTANCE --solution FILE` then scores
// exactly from the coordinates. Each vehicle has a fixed cost larger than any plan's distance, so that jsprit, like
// Solomon's objective, puts fewer vehicles first. Launched by `benchmarks/peer-compare.sh jsprit` as a
// single-file program.
//
//   java -cp <jsprit classpath> JspritSolomon.java INSTANCE.txt SECONDS SEED OUT.txt

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import com.graphhopper.jsprit.core.algorithm.VehicleRoutingAlgorithm;
import com.graphhopper.jsprit.core.algorithm.box.Jsprit;
import com.graphhopper.jsprit.core.algorithm.termination.TimeTermination;
import com.graphhopper.jsprit.core.problem.Location;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.job.Service;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TimeWindow;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TourActivity;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleImpl;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleTypeImpl;
import com.graphhopper.jsprit.core.util.Coordinate;
import com.graphhopper.jsprit.core.util.Solutions;

public class JspritSolomon {

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: JspritSolomon INSTANCE.txt SECONDS SEED OUT.txt");
            System.exit(2);
        }
        // Solomon text: a VEHICLE section (number, capacity), then one row of 7 numbers per node, the depot first.
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        int vehicles = 0;
        int capacity = 0;
        List<double[]> nodes = new ArrayList<>();
        for (String line : lines) {
            String[] t = line.trim().split("\\s+");
            if (t.length == 2 && vehicles == 0 && t[0].matches("\\d+") && t[1].matches("\\d+")) {
                vehicles = Integer.parseInt(t[0]);
                capacity = Integer.parseInt(t[1]);
            } else if (t.length == 7 && t[0].matches("\\d+")) {
                double[] node = new double[7];
                for (int i = 0; i < 7; i++) {
                    node[i] = Double.parseDouble(t[i]);
                }
                nodes.add(node);
            }
        }
        double[] depot = nodes.get(0);
        Location depotLocation = Location.Builder.newInstance().setId("0")
                .setCoordinate(Coordinate.newInstance(depot[1], depot[2])).build();
        VehicleTypeImpl type = VehicleTypeImpl.Builder.newInstance("solomon").addCapacityDimension(0, capacity)
                .setFixedCost(100_000).build();
        VehicleRoutingProblem.Builder problem = VehicleRoutingProblem.Builder.newInstance()
                .setFleetSize(VehicleRoutingProblem.FleetSize.FINITE);
        for (int v = 1; v <= vehicles; v++) {
            problem.addVehicle(VehicleImpl.Builder.newInstance("v" + v).setType(type).setStartLocation(depotLocation)
                    .setEarliestStart(depot[4]).setLatestArrival(depot[5]).build());
        }
        for (double[] node : nodes.subList(1, nodes.size())) {
            String id = String.valueOf((int) node[0]);
            problem.addJob(Service.Builder.newInstance(id).addSizeDimension(0, (int) node[3])
                    .setLocation(Location.Builder.newInstance().setId(id)
                            .setCoordinate(Coordinate.newInstance(node[1], node[2])).build())
                    .setTimeWindow(TimeWindow.newInstance(node[4], node[5])).setServiceTime(node[6]).build());
        }
        VehicleRoutingProblem vrp = problem.build();
        VehicleRoutingAlgorithm algorithm = Jsprit.Builder.newInstance(vrp)
                .setRandom(new Random(Long.parseLong(args[2]))).buildAlgorithm();
        TimeTermination time = new TimeTermination(Long.parseLong(args[1]) * 1000);
        algorithm.addTerminationCriterion(time);
        algorithm.addListener(time);
        algorithm.setMaxIterations(Integer.MAX_VALUE);
        long start = System.nanoTime();
        VehicleRoutingProblemSolution best = Solutions.bestOf(algorithm.searchSolutions());
        System.out.printf("jsprit done in %.1fs: %d routes, cost %.2f, %d unassigned%n", (System.nanoTime() - start)
                / 1e9, best.getRoutes().size(), best.getCost(), best.getUnassignedJobs().size());
        StringBuilder out = new StringBuilder();
        List<VehicleRoute> routes = new ArrayList<>(best.getRoutes());
        routes.sort(Comparator.comparing(r -> r.getVehicle().getId()));
        for (int r = 0; r < routes.size(); r++) {
            out.append("Route ").append(r + 1).append(" :");
            for (TourActivity activity : routes.get(r).getActivities()) {
                out.append(' ').append(((TourActivity.JobActivity) activity).getJob().getId());
            }
            out.append('\n');
        }
        Files.writeString(Path.of(args[3]), out);
    }
}
