package no.turnus.problem;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import ai.timefold.solver.core.config.solver.SolverConfig;

/**
 * A kind whose solving is not one Timefold solver run but many solves of other kinds put together (a scenario
 * set: the baseline and each scenario solved with the same budget, then compared). The shared layers call
 * {@link #solve} instead of building a solver from {@link #solverConfig()}; {@link #report} gets no solution
 * manager (null). Everything else (validation, dataset with its result, exports) works as for any kind.
 */
public interface ComposedKind<D extends Dataset, S> extends ProblemKind<D, S> {

    /**
     * Solves the prepared problem ({@link #toSolution}).
     *
     * @param limit    the time limit of each solve inside (the same for all, for a fair comparison)
     * @param seed     the random seed of each solve inside, or null for the solver's default
     * @param parallel how many solves may run at once
     * @param progress told of the state after each step (e.g. one scenario done); may be called from several
     *                 threads, one call at a time; or null
     * @param stop     asked before each solve inside starts: when it answers true, what has not started is left
     *                 out (what runs ends within its limit)
     */
    S solve(S problem, Duration limit, Long seed, int parallel, Consumer<S> progress, BooleanSupplier stop);

    /** A text summary for a terminal (the comparison table). */
    String summary(S solution);

    /** What a job shows in place of a score while and after solving, e.g. {@code "3/4 options done"}. */
    String progress(S solution);

    /** Whether every part was solved (none failed, none left): what a job shows in place of feasibility. */
    boolean complete(S solution);

    @Override
    default SolverConfig solverConfig() {
        throw new UnsupportedOperationException("A " + name() + " dataset is solved by ComposedKind.solve, "
                + "not by one solver");
    }
}
