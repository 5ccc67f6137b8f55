package no.turnus.problem;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import ai.timefold.solver.core.api.solver.Solver;

/**
 * Stops one solve, however many solver runs it is made of: the runs going on end early with their best
 * solution, and a kind made of many solves starts no more ({@link #stopped}).
 */
public final class SolveControl {

    private final Set<Solver<?>> running = ConcurrentHashMap.newKeySet();
    private volatile boolean stopped;

    public void stop() {
        stopped = true;
        running.forEach(Solver::terminateEarly);
    }

    public boolean stopped() {
        return stopped;
    }

    /**
     * Makes a solver stoppable from here while it runs. A stop that comes before its run starts is lost by
     * Timefold (solving resets it), so the run itself must also check {@link #stopped} once it has started.
     */
    void attach(Solver<?> solver) {
        running.add(solver);
        if (stopped) {
            solver.terminateEarly();
        }
    }

    void detach(Solver<?> solver) {
        running.remove(solver);
    }
}
