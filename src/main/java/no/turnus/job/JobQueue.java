package no.turnus.job;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import no.turnus.problem.SolverPool;
import no.turnus.store.AfterCommit;
import no.turnus.store.JobStatus;

/**
 * Admission of jobs: at most {@code concurrent} solving (the solver pool's threads, shared by the parts of a job)
 * and {@code max-queued} waiting, in the order they came; none once shutting down.
 */
final class JobQueue {

    private final JobProperties properties;
    private final SolverPool pool;
    private final Map<String, RunningJob<?>> active = new ConcurrentHashMap<>();
    private volatile boolean shuttingDown;

    JobQueue(JobProperties properties) {
        this.properties = properties;
        this.pool = new SolverPool(properties.concurrent());
    }

    boolean shuttingDown() {
        return shuttingDown;
    }

    /**
     * Admits a job and schedules it.
     *
     * @param create stores the job as queued and makes it; called only when it is admitted, under the admission
     *               lock, so the count cannot change in between
     * @throws JobStateException  when shutting down
     * @throws QueueFullException when the queue is full
     */
    synchronized void admit(Function<JobQueue, RunningJob<?>> create) {
        if (shuttingDown) {
            throw new JobStateException("The service is shutting down and accepts no new jobs.");
        }
        if (active.size() >= properties.concurrent() + properties.maxQueued()) {
            int solving = Math.min(active.size(), properties.concurrent());
            throw new QueueFullException(solving, active.size() - solving);
        }
        RunningJob<?> job = create.apply(this);
        // The task exists before the job is visible to stop(), which may cancel it.
        FutureTask<Void> task = new FutureTask<>(() -> job.run(pool), null);
        job.queued(task);
        active.put(job.id, job);
        // Inside the caller's transaction (the job row and its audit row) the job starts once both are stored.
        AfterCommit.run(() -> pool.execute(task), () -> release(job.id));
    }

    /** The job has ended and its end is stored. */
    void release(String jobId) {
        active.remove(jobId);
    }

    /**
     * Whether this process holds the job. Under the admission lock, so a job whose row {@code admit} has stored is
     * already held when this is asked after reading that row.
     */
    synchronized boolean holds(String jobId) {
        return active.containsKey(jobId);
    }

    Optional<RunningJob<?>> find(String jobId) {
        return Optional.ofNullable(active.get(jobId));
    }

    /**
     * Takes no more jobs; queued and solving ones end as interrupted, the solving ones once their solvers have let
     * go (within 60 s).
     *
     * @return whether the solver threads stopped in time (true when it had already shut down)
     */
    boolean shutDown() throws InterruptedException {
        synchronized (this) {
            if (shuttingDown) {
                return true;
            }
            shuttingDown = true;
        }
        for (RunningJob<?> job : List.copyOf(active.values())) {
            job.stop(JobStatus.INTERRUPTED);
        }
        return pool.shutDown(60, TimeUnit.SECONDS);
    }
}
