package no.turnus.job;

import java.util.Optional;

import no.turnus.store.JobRecord;

/**
 * Runs solve jobs, on whichever instance sharing the database has a free solver thread; any instance answers for
 * any job. Everything else reads jobs from the store.
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
     * Registers a watcher of an unfinished job, solved here or elsewhere; it gets the latest progress at once.
     *
     * @return false when the job has finished, or is unknown
     */
    boolean watch(String jobId, JobListener listener);

    void unwatch(String jobId, JobListener listener);

    /**
     * Live figures of a job solving on this instance: fresher than the store, which is written throttled. Empty
     * for a job queued, finished or solved elsewhere (the store has its figures).
     */
    Optional<JobProgress> progress(String jobId);

    /**
     * For a job that has just ended on this instance and whose final best is on its way to the store: waits for it
     * (a moment; bounded, in case the store is down), so that reading the stored best after the status turned
     * final gives the final best. Returns at once for any other job.
     */
    void awaitStoredEnd(String jobId);
}
