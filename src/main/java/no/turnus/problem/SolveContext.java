package no.turnus.problem;

import java.util.List;
import java.util.function.Consumer;

/**
 * What a solve runs in: the solver threads its parts may use, the control that stops it, and who hears of each
 * new best solution.
 */
public final class SolveContext<S> {

    private final SolverPool pool;
    private final SolveControl control;
    private final Consumer<Best<S>> listener;

    /**
     * @param pool     the solver threads parts may run on, or null to run them one after another on the caller's
     * @param listener told of every new best (on the solving thread; from several threads one call at a time for
     *                 a solve made of parts), or null
     */
    public SolveContext(SolverPool pool, SolveControl control, Consumer<Best<S>> listener) {
        this.pool = pool;
        this.control = control;
        this.listener = listener;
    }

    /** A solve on the calling thread only, that nothing stops early. */
    public static <S> SolveContext<S> alone(Consumer<Best<S>> listener) {
        return new SolveContext<>(null, new SolveControl(), listener);
    }

    /** The context of one part of this solve: the same threads and control, its own listener (or null). */
    public <T> SolveContext<T> part(Consumer<Best<T>> partListener) {
        return new SolveContext<>(pool, control, partListener);
    }

    public SolveControl control() {
        return control;
    }

    public void best(Best<S> best) {
        if (listener != null) {
            listener.accept(best);
        }
    }

    /** Runs the parts of this solve, as many at once as there are solver threads (see {@link SolverPool#runAll}). */
    public void runAll(List<Runnable> parts) {
        if (pool == null) {
            parts.forEach(Runnable::run);
        } else {
            pool.runAll(parts);
        }
    }
}
