package no.turnus.job;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that writes what jobs produce (start, bests, end) and sweeps stuck rows, so a solver thread never
 * waits for the database: a slow or unreachable database costs the jobs' stored state time, not their solving.
 * One thread keeps each job's writes in the order they were made.
 */
final class StoreWriter {

    private static final Logger LOG = LoggerFactory.getLogger(StoreWriter.class);

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "turnus-store-writer");
        thread.setDaemon(true);
        return thread;
    });

    void run(Runnable task) {
        later(task, Duration.ZERO);
    }

    void later(Runnable task, Duration delay) {
        try {
            executor.schedule(guarded(task), delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException shutDown) {
            LOG.warn("A write was dropped: the service is stopping (the sweep marks a job whose end is lost interrupted)");
        }
    }

    void every(Runnable task, Duration interval) {
        executor.scheduleWithFixedDelay(guarded(task), interval.toNanos(), interval.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Writes what is queued (retries scheduled meanwhile are dropped) and stops. */
    boolean shutDown(Duration wait) throws InterruptedException {
        executor.shutdown();
        return executor.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A task that throws must not end the periodic ones or be lost silently. */
    private static Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.error("A store write failed", e);
            }
        };
    }
}
