package no.turnus.scenario.facility;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import no.turnus.io.orlib.CapFormat;
import no.turnus.io.orlib.CapReader;

/**
 * Manual measurement, not a unit test: solves OR-Library cap instances for a fixed time and prints the best cost
 * and its gap to the published optimum. Run (after {@code mvn -o -q test-compile}):
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     no.turnus.scenario.facility.SiteSelectionBenchmark 60 cap71 cap101 cap131
 * </pre>
 * with {@code target/cp.txt} from {@code mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt}.
 */
public final class SiteSelectionBenchmark {

    /** Published optima (Beasley 1988 / OR-Library capopt); here capacity is not binding, so single-source too. */
    private static final Map<String, Double> OPTIMUM = Map.of(
            "cap71", 932615.750, "cap101", 796648.437, "cap131", 793439.562);

    private SiteSelectionBenchmark() {
    }

    public static void main(String[] args) {
        int seconds = Integer.parseInt(args[0]);
        for (int i = 1; i < args.length; i++) {
            String name = args[i];
            SiteSelectionPlan plan = new SitingKind().toSolution(new CapFormat().toDataset(
                    CapReader.read(Path.of("/work/shared/bench-data/facility/" + name + ".txt"))), Map.of());
            long start = System.nanoTime();
            SiteSelectionPlan best = new SiteSelectionSolver(Duration.ofSeconds(seconds)).solve(plan);
            double cost = SiteSelectionPlans.totalCost(best);
            double optimum = OPTIMUM.getOrDefault(name, Double.NaN);
            long open = best.getDemandPoints().stream().map(DemandPoint::getSite).distinct().count();
            System.out.printf("%s: score %s, cost %.3f, %d sites open, optimum %.3f, gap %.3f%%, %.1f s%n", name,
                    best.getScore(), cost, open, optimum, 100 * (cost - optimum) / optimum,
                    (System.nanoTime() - start) / 1e9);
        }
    }
}
