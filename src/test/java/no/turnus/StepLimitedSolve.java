package no.turnus;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.score.Score;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import no.turnus.problem.ProblemKind;

/**
 * Solves for unit tests that need a solved plan: the construction heuristic runs to its end, then each local
 * search phase stops after a fixed number of steps, with a fixed random seed. The same plan comes out however
 * loaded the machine is, so a test asserts what must hold of it (rules, exact objectives), never a quality level
 * reached in some time: that is the benchmark gate's job ({@code java -jar target/turnus.jar bench ci}).
 */
public final class StepLimitedSolve {

    private StepLimitedSolve() {
    }

    /** The best plan and its score brought up to date by a solution manager of the same configuration. */
    public record Solved<S>(S best, Score<?> score, SolutionManager<S, ?> solutionManager) {
    }

    /** {@code config} (not changed) with the seed and a step limit on every local search phase. */
    public static SolverConfig config(SolverConfig config, int localSearchSteps, long seed) {
        SolverConfig limited = new SolverConfig(config);
        List<PhaseConfig> phases = new ArrayList<>();
        for (PhaseConfig<?> phase : limited.getPhaseConfigList()) {
            phases.add(phase instanceof LocalSearchPhaseConfig search
                    ? search.copyConfig().withTerminationConfig(new TerminationConfig().withStepCountLimit(localSearchSteps))
                    : phase);
        }
        limited.setPhaseConfigList(phases);
        limited.setTerminationConfig(null);
        limited.setRandomSeed(seed);
        return limited;
    }

    /** The best plan and its score brought up to date, solved with {@link #config}. */
    public static <S> Solved<S> solve(SolverConfig config, S problem, int localSearchSteps, long seed) {
        SolverFactory<S> factory = SolverFactory.create(config(config, localSearchSteps, seed));
        S best = factory.buildSolver().solve(problem);
        SolutionManager<S, ?> manager = SolutionManager.create(factory);
        Score<?> score = manager.update(best);
        return new Solved<>(best, score, manager);
    }

    /** The same with the kind's configuration for this problem, as {@code turnus solve} and {@code bench} use it. */
    public static <S> Solved<S> solve(ProblemKind<?, S> kind, S problem, int localSearchSteps, long seed) {
        return solve(kind.solverConfig(problem), problem, localSearchSteps, seed);
    }
}
