package no.turnus.job;

import java.util.Optional;

import no.turnus.store.JobRecord;

/**
 * Runs solve jobs. This instance-local engine could be replaced by a distributed one (a PostgreSQL-backed
 * job scheduler, Kubernetes jobs) behind the same interface; everything else reads jobs from the store.
 */
public interface SolveJobs {

    /**
     * Stores the job as queued and schedules it.
     *
     * @throws no.turnus.problem.InvalidInputException naming the field ({@code $.datasetId}, {@code $.timeLimit},
     *                                                 a weight) that cannot be used
     * @throws QueueFullException                     when the queue is full; nothing is stored then
     */
    JobRecord submit(JobSpec spec);

    /**
     * Stops a queued or solving job; the best solution found so far is kept. A solving job takes a moment to
     * stop: its status turns {@code stopped} when the solver has let go.
     *
     * @throws no.turnus.store.NotFoundException for an unknown job
     * @throws JobStateException                 when the job has already finished
     */
    JobRecord stop(String jobId);

    /** Stops every queued or solving job of a dataset (before the dataset is deleted). */
    void stopAll(String datasetId);

    /**
     * Registers a watcher of a running job; it gets the latest progress at once.
     *
     * @return false when the job is not running here (finished, or unknown)
     */
    boolean watch(String jobId, JobListener listener);

    void unwatch(String jobId, JobListener listener);

    /** Live figures of a queued or solving job: fresher than the store, which is written throttled. */
    Optional<JobProgress> progress(String jobId);
}
