package no.turnus.job;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

import no.turnus.problem.SolverPool;

/**
 * The jobs this process solves: those the job engine picked (at most {@code concurrent}, one per engine thread),
 * each on a thread of the solver pool, which the parts of a job (a scenario set's options) share; none once
 * shutting down.
 */
final class JobQueue {

    private final SolverPool pool;
    private final Map<String, RunningJob<?>> active = new ConcurrentHashMap<>();
    private volatile boolean shuttingDown;

    JobQueue(JobProperties properties) {
        this.pool = new SolverPool(properties.concurrent());
    }

    boolean shuttingDown() {
        return shuttingDown;
    }

    /**
     * Solves a job on a solver thread and returns once its end is stored.
     *
     * @throws JobStateException when shutting down: the job is left to another instance
     */
    void solve(RunningJob<?> job) throws InterruptedException {
        synchronized (this) {
            if (shuttingDown) {
                throw new JobStateException("The service is shutting down and starts no new jobs.");
            }
            // The task exists before the job is visible to stop(), which may cancel it.
            FutureTask<Void> task = new FutureTask<>(() -> job.run(pool), null);
            job.queued(task);
            active.put(job.id, job);
            pool.execute(task);
        }
        job.awaitReleased();
    }

    /** The job has ended and its end is stored. */
    void release(String jobId) {
        active.remove(jobId);
    }

    Set<String> held() {
        return Set.copyOf(active.keySet());
    }

    Optional<RunningJob<?>> find(String jobId) {
        return Optional.ofNullable(active.get(jobId));
    }

    /**
     * Starts no more jobs and hands those held here back to the queue: each goes once its solvers have let go, with
     * its best and the time spent stored, for another instance to resume.
     */
    void handOverAll() {
        synchronized (this) {
            if (shuttingDown) {
                return;
            }
            shuttingDown = true;
        }
        for (RunningJob<?> job : List.copyOf(active.values())) {
            job.handOver();
        }
    }

    /** Waits (up to 60 s) for the solver threads to let go; called after {@link #handOverAll}. */
    boolean shutDown() throws InterruptedException {
        return pool.shutDown(60, TimeUnit.SECONDS);
    }
}
