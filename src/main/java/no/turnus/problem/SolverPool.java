package no.turnus.problem;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The solver threads of a process ({@code turnus-solver-N}): a fixed number, so that however solves are nested
 * (a scenario job solves many datasets) no more solvers run at once than there are threads. Jobs run on it as
 * tasks; a solve made of many parts runs its parts on it with {@link #runAll}.
 */
public final class SolverPool {

    private static final ThreadLocal<SolverPool> OWNER = new ThreadLocal<>();

    private final int size;
    private final ThreadPoolExecutor executor;

    public SolverPool(int size) {
        this.size = size;
        AtomicInteger threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(size, size, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                task -> {
                    Thread thread = new Thread(() -> {
                        OWNER.set(this);
                        task.run();
                    }, "turnus-solver-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** Runs the task on a solver thread when one is free; tasks wait in order (unbounded: callers bound them). */
    public void execute(Runnable task) {
        executor.execute(task);
    }

    /**
     * Runs every task and returns when all have run. A solver thread that calls this runs tasks itself and is
     * helped by as many other solver threads as are free or become free (helpers queue behind work submitted
     * earlier), so nested solves neither wait for a thread they hold nor add threads. The first failure of a
     * task is thrown once all have run.
     */
    public void runAll(List<Runnable> tasks) {
        Queue<Runnable> open = new ConcurrentLinkedQueue<>(tasks);
        CountDownLatch done = new CountDownLatch(tasks.size());
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Runnable worker = () -> {
            for (Runnable task = open.poll(); task != null; task = open.poll()) {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            }
        };
        boolean mine = OWNER.get() == this;
        int helpers = Math.min(tasks.size(), size) - (mine ? 1 : 0);
        try {
            for (int i = 0; i < helpers; i++) {
                executor.execute(worker);
            }
        } catch (RejectedExecutionException shutDown) {
            mine = true; // no more help comes: what is left runs here
        }
        if (mine) {
            worker.run();
        }
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while solves were running", e);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    /** Lets the tasks already given run, takes no new ones, and waits for them up to the timeout. */
    public boolean shutDown(long timeout, TimeUnit unit) throws InterruptedException {
        executor.shutdown();
        return executor.awaitTermination(timeout, unit);
    }
}
