package no.turnus.problem;

import java.time.Duration;

import ai.timefold.solver.core.api.score.Score;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.event.SolverEventListener;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.solver.DefaultSolver;

/**
 * Solves one problem of a kind once, for a time limit: the kind's solver configuration for that problem, the
 * limit, an optional seed, and the score of the best solution brought up to date. Shared by {@code turnus solve}
 * and {@code turnus bench} (and scenario evaluation) so that all of them solve the same way.
 */
public final class Solving {

    private Solving() {
    }

    /**
     * @param seconds               time spent solving
     * @param moveEvaluationSpeed   move evaluations per second, or -1 when the solver does not tell
     * @param scoreCalculationSpeed score calculations per second (more than moves where one move needs several,
     *                              e.g. ruin-and-recreate), or -1 when the solver does not tell
     */
    public record Solved<S>(S best, Score<?> score, SolutionManager<S, ?> solutionManager, double seconds,
                            long moveEvaluationSpeed, long scoreCalculationSpeed) {
    }

    /**
     * @param seed     the random seed, or null for the solver's default
     * @param listener told of every new best solution (on the solver thread), or null
     */
    public static <S> Solved<S> solve(ProblemKind<?, S> kind, S problem, Duration limit, Long seed,
                                      SolverEventListener<S> listener) {
        return solve(kind, problem, new TerminationConfig().withSpentLimit(limit), seed, listener);
    }

    /**
     * The same with any termination, e.g. a move count limit, which (with a seed) gives the same result however
     * loaded the machine is.
     */
    public static <S> Solved<S> solve(ProblemKind<?, S> kind, S problem, TerminationConfig termination, Long seed,
                                      SolverEventListener<S> listener) {
        SolverConfig config = new SolverConfig(kind.solverConfig(problem)).withTerminationConfig(termination);
        if (seed != null) {
            config.setRandomSeed(seed);
        }
        SolverFactory<S> factory = SolverFactory.create(config);
        Solver<S> solver = factory.buildSolver();
        if (listener != null) {
            solver.addEventListener(listener);
        }
        S best = solver.solve(problem);
        SolutionManager<S, ?> solutionManager = SolutionManager.create(factory);
        Score<?> score = solutionManager.update(best);
        if (solver instanceof DefaultSolver<S> measured) {
            return new Solved<>(best, score, solutionManager, measured.getTimeMillisSpent() / 1000.0,
                    measured.getMoveEvaluationSpeed(), measured.getScoreCalculationSpeed());
        }
        return new Solved<>(best, score, solutionManager, -1, -1, -1);
    }
}
