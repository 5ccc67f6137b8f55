package no.turnus.io.inrc;

import java.time.Duration;
import java.util.Map;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import no.turnus.roster.domain.Roster;
import no.turnus.roster.input.RosterDataset;
import no.turnus.roster.RosterKind;
import no.turnus.BenchInstances;

/**
 * Manual measurement, not a unit test: solves INRC-2010 instances with the roster solver for a fixed time and
 * prints the roster score, the independent evaluator's objective of the exported solution, and the gap to the best
 * known value. Run (after {@code mvn -o -q test-compile}):
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     no.turnus.io.inrc.InrcBenchmark 60 sprint01 sprint02
 * </pre>
 * with {@code target/cp.txt} from {@code mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt}.
 */
public final class InrcBenchmark {

    /** Best known objectives (benchmarks/instances/README.md; long01/long02 proven optimal). */
    static final Map<String, Integer> BEST_KNOWN = Map.of("sprint01", 56, "sprint02", 58, "sprint03", 51,
            "sprint04", 59, "sprint05", 58, "medium01", 240, "medium02", 240, "long01", 197, "long02", 219);

    private InrcBenchmark() {
    }

    public static void main(String[] args) {
        int seconds = Integer.parseInt(args[0]);
        RosterKind kind = new RosterKind();
        for (int i = 1; i < args.length; i++) {
            String name = args[i];
            InrcInstance instance = InrcXmlReader.read(BenchInstances.of("inrc2010/" + name + ".xml"));
            RosterDataset dataset = InrcRosterMapping.dataset(instance);
            long start = System.nanoTime();
            Roster best = SolverFactory.<Roster>create(kind.solverConfig(kind.toSolution(dataset, Map.of()))
                            .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(seconds))))
                    .buildSolver().solve(kind.toSolution(dataset, Map.of()));
            InrcSolution solution = InrcRosterMapping.solution(instance, kind.toDataset(dataset, best));
            InrcEvaluation evaluation = InrcEvaluator.evaluate(instance, solution);
            int bestKnown = BEST_KNOWN.getOrDefault(name, 0);
            System.out.printf("%s | %s | INRC %d (hard %d) | best known %d | gap %.1f%% | %.1f s%n", name,
                    best.getScore(), evaluation.softPenalty(), evaluation.hardViolations(), bestKnown,
                    100.0 * (evaluation.softPenalty() - bestKnown) / bestKnown, (System.nanoTime() - start) / 1e9);
        }
    }
}
