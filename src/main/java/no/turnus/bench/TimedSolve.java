package no.turnus.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import ai.timefold.solver.core.api.score.Score;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.event.BestSolutionChangedEvent;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.solver.DefaultSolver;

import no.turnus.problem.ProblemKind;

/**
 * Solves one problem of any kind for a time limit with the kind's configuration, and measures the run: time to
 * the first feasible best solution, move evaluation and score calculation speed, peak heap. Shared by
 * {@code turnus solve} and {@code turnus bench}, so both solve exactly the same way.
 */
public final class TimedSolve {

    private TimedSolve() {
    }

    /**
     * What a run produced.
     *
     * @param firstFeasibleMillis when the first best solution with nothing but soft penalties was found: no hard
     *                            rule broken and nothing left unplanned (the medium level of every kind here), or
     *                            -1 if there was none. Hard feasibility alone would count the empty starting
     *                            plan, which breaks no hard rule because nothing is planned.
     * @param peakHeapBytes       the sum of the heap pools' peak usage during the run (an upper bound: the pools
     *                            need not peak together); includes garbage not yet collected
     */
    public record Outcome<S>(S best, Score<?> score, SolutionManager<S, ?> solutionManager, long millisSpent,
                             long firstFeasibleMillis, long moveEvaluationSpeed, long scoreCalculationSpeed,
                             long peakHeapBytes) {
    }

    /** Whether every score level but the last (soft) is zero. */
    static boolean onlySoftBroken(Score<?> score) {
        Number[] levels = score.toLevelNumbers();
        for (int i = 0; i < levels.length - 1; i++) {
            if (levels[i].doubleValue() != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param seed     the random seed, or null for the kind's default
     * @param progress told of every new best solution (on the solver thread)
     */
    public static <S> Outcome<S> run(ProblemKind<?, S> kind, S problem, Duration time, Long seed,
                                     Consumer<BestSolutionChangedEvent<S>> progress) {
        SolverConfig config = new SolverConfig(kind.solverConfig(problem))
                .withTerminationConfig(new TerminationConfig().withSpentLimit(time));
        if (seed != null) {
            config.setRandomSeed(seed);
        }
        SolverFactory<S> factory = SolverFactory.create(config);
        Solver<S> solver = factory.buildSolver();
        long[] firstFeasible = {-1};
        solver.addEventListener(event -> {
            if (firstFeasible[0] < 0 && event.isNewBestSolutionInitialized() && onlySoftBroken(event.getNewBestScore())) {
                firstFeasible[0] = event.getTimeMillisSpent();
            }
            progress.accept(event);
        });
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);

        S best = solver.solve(problem);

        long peakHeap = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        SolutionManager<S, ?> solutionManager = SolutionManager.create(factory);
        Score<?> score = solutionManager.update(best);
        DefaultSolver<S> measured = (DefaultSolver<S>) solver;
        return new Outcome<>(best, score, solutionManager, measured.getTimeMillisSpent(), firstFeasible[0],
                measured.getMoveEvaluationSpeed(), measured.getScoreCalculationSpeed(), peakHeap);
    }
}
