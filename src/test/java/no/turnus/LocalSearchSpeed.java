package no.turnus;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.impl.localsearch.scope.LocalSearchPhaseScope;
import ai.timefold.solver.core.impl.localsearch.scope.LocalSearchStepScope;
import ai.timefold.solver.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import ai.timefold.solver.core.impl.phase.scope.AbstractPhaseScope;
import ai.timefold.solver.core.impl.phase.scope.AbstractStepScope;
import ai.timefold.solver.core.impl.solver.DefaultSolver;

/**
 * For manual measurements: the move evaluations and score calculations of a solver's local search phases, and the
 * solving thread's CPU time in them (wall clock is noisy on a shared machine). The solver must run on the calling
 * thread, as {@code solve} does.
 */
public final class LocalSearchSpeed<S> extends PhaseLifecycleListenerAdapter<S> {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private long steps;
    private long moves;
    private long calculations;
    private long cpuNanos;
    private long startedAt;
    private long movesAtStart;
    private long calculationsAtStart;

    /** A speed counter listening to this solver's phases. */
    public static <S> LocalSearchSpeed<S> of(Solver<S> solver) {
        LocalSearchSpeed<S> speed = new LocalSearchSpeed<>();
        ((DefaultSolver<S>) solver).addPhaseLifecycleListener(speed);
        return speed;
    }

    @Override
    public void phaseStarted(AbstractPhaseScope<S> phase) {
        startedAt = THREADS.getCurrentThreadCpuTime();
        movesAtStart = phase.getSolverScope().getMoveEvaluationCount();
        calculationsAtStart = phase.getSolverScope().getScoreCalculationCount();
    }

    @Override
    public void phaseEnded(AbstractPhaseScope<S> phase) {
        if (phase instanceof LocalSearchPhaseScope) {
            cpuNanos += THREADS.getCurrentThreadCpuTime() - startedAt;
            moves += phase.getSolverScope().getMoveEvaluationCount() - movesAtStart;
            calculations += phase.getSolverScope().getScoreCalculationCount() - calculationsAtStart;
        }
    }

    @Override
    public void stepEnded(AbstractStepScope<S> step) {
        if (step instanceof LocalSearchStepScope) {
            steps++;
        }
    }

    public long calculations() {
        return calculations;
    }

    public double cpuSeconds() {
        return cpuNanos / 1e9;
    }

    @Override
    public String toString() {
        double cpu = cpuSeconds();
        return String.format(Locale.ROOT, "LS %d steps, %d moves, %d calcs in %.2f CPU s: %.0f moves/CPU s, %.0f calcs/CPU s",
                steps, moves, calculations, cpu, moves / cpu, calculations / cpu);
    }
}
