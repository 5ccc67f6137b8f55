// A benchmark peer, not part of Turnus: runs the OptaPlanner 10.1.0 nurse-rostering example (Apache License 2.0,
// from Maven Central, unchanged) on an INRC-2010 instance with its own solver configuration, single-threaded, for a
// time limit and a seed, and writes the competition's solution XML, which `turnus validate --solution` then scores
// by the independent INRC-2010 evaluator. Launched by `benchmarks/peer-compare.sh optaplanner` as a
// single-file program.
//
//   java -cp <optaplanner-examples classpath> OptaPlannerNurseRostering.java INSTANCE.xml SECONDS SEED OUT.xml

import java.io.File;
import java.time.Duration;

import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.examples.nurserostering.domain.NurseRoster;
import org.optaplanner.examples.nurserostering.persistence.NurseRosteringExporter;
import org.optaplanner.examples.nurserostering.persistence.NurseRosteringImporter;

public class OptaPlannerNurseRostering {

    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: OptaPlannerNurseRostering INSTANCE.xml SECONDS SEED OUT.xml");
            System.exit(2);
        }
        NurseRoster problem = new NurseRosteringImporter().readSolution(new File(args[0]));
        // The example's own configuration; only the time limit and the seed are set here.
        SolverConfig config = SolverConfig.createFromXmlResource(
                "org/optaplanner/examples/nurserostering/nurseRosteringSolverConfig.xml")
                .withTerminationConfig(new TerminationConfig()
                        .withSpentLimit(Duration.ofSeconds(Long.parseLong(args[1]))))
                .withRandomSeed(Long.parseLong(args[2]));
        long start = System.nanoTime();
        NurseRoster best = SolverFactory.<NurseRoster>create(config).buildSolver().solve(problem);
        System.out.printf("OptaPlanner done in %.1fs: score %s%n", (System.nanoTime() - start) / 1e9, best.getScore());
        new NurseRosteringExporter().writeSolution(best, new File(args[3]));
    }
}
