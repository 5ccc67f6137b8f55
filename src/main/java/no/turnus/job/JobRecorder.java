package no.turnus.job;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.turnus.problem.Best;
import no.turnus.problem.ProblemKind;
import no.turnus.store.JobStatus;
import no.turnus.store.JobStore;
import no.turnus.store.StoredTime;

/**
 * Records one job as it runs: its start, its best solutions with their report, analysis and exports (stored at
 * most every {@code store-interval}, always at the end, with the job's end in the same write) and its progress
 * for watchers (at most every {@code event-interval}, always at the end).
 */
final class JobRecorder<S> {

    private static final Logger LOG = LoggerFactory.getLogger(JobRecorder.class);

    private final String id;
    private final ProblemKind<?, S> kind;
    private final JobStore jobs;
    /** A solution as the stored document: the job's input dataset with the solution's plan in it. */
    private final Function<S, String> planWriter;
    private final ResultRenderer results;
    private final JobProperties properties;
    private final List<JobListener> listeners = new CopyOnWriteArrayList<>();
    private volatile JobProgress progress;
    private volatile Best<S> best;
    private volatile long startNanos;
    /** Written and read by the thread that reports a best (for a job made of parts, one at a time). */
    private long lastEventNanos;
    private long lastStoredNanos;
    /** Guarded by this: no watcher is added once the end has been sent. */
    private boolean ended;

    JobRecorder(String id, ProblemKind<?, S> kind, JobStore jobs, Function<S, String> planWriter,
                ResultRenderer results, JobProperties properties) {
        this.id = id;
        this.kind = kind;
        this.jobs = jobs;
        this.planWriter = planWriter;
        this.results = results;
        this.properties = properties;
        this.progress = new JobProgress(id, JobStatus.QUEUED, null, null, 0);
    }

    JobProgress progress() {
        return progress;
    }

    /** The last best seen, to keep when the solve fails; or null. */
    Best<S> lastBest() {
        return best;
    }

    void started() {
        startNanos = System.nanoTime();
        jobs.markSolving(id, StoredTime.now());
        progress = new JobProgress(id, JobStatus.SOLVING, null, null, 0);
        publish();
    }

    /**
     * A new best solution, or a step of a kind made of parts (one scenario started or done). Bests come many a
     * second and are published and stored throttled; steps, which have no score of their own, come seldom and
     * each is published and stored.
     */
    void best(Best<S> newBest) {
        long now = System.nanoTime();
        boolean throttled = newBest.score() != null;
        long spent = millisSince(startNanos);
        best = newBest;
        progress = new JobProgress(id, JobStatus.SOLVING, newBest.scoreText(), newBest.feasible(), spent);
        if (!throttled || lastEventNanos == 0 || now - lastEventNanos >= properties.eventInterval().toNanos()) {
            lastEventNanos = now;
            publish();
        }
        if (!throttled || lastStoredNanos == 0 || now - lastStoredNanos >= properties.storeInterval().toNanos()) {
            lastStoredNanos = now;
            try {
                jobs.saveBest(id, stored(newBest), spent);
            } catch (RuntimeException e) {
                // The next improvement or the end of the job stores it again; solving goes on.
                LOG.warn("Job {}: the best solution could not be stored", id, e);
            }
        }
    }

    /**
     * Stores the end and tells the watchers.
     *
     * @param finalBest the final best with its score brought up to date, or the last one seen, or null (the last
     *                  stored one is kept)
     * @param released  run once the end is stored, before the watchers are told (the job leaves the queue)
     */
    void ended(JobStatus status, Best<S> finalBest, String error, Runnable released) {
        long spent = startNanos == 0 ? 0 : millisSince(startNanos);
        JobStore.Best stored = null;
        JobProgress last = progress;
        try {
            if (finalBest != null) {
                stored = stored(finalBest);
            }
        } catch (RuntimeException e) {
            // Keep the last stored best rather than lose the job's end.
            LOG.warn("Job {}: the final best solution cannot be stored", id, e);
        }
        last = stored != null ? new JobProgress(id, status, stored.score(), stored.feasible(), spent)
                : new JobProgress(id, status, last == null ? null : last.bestScore(),
                        last == null ? null : last.feasible(), spent);
        LOG.info("Job {} {} after {} ms, best score {}", id, status.code(), spent, last.bestScore());
        try {
            jobs.finish(id, status, spent, stored, error);
        } catch (RuntimeException e) {
            LOG.error("Job {}: its end ({}) could not be stored", id, status, e);
        }
        synchronized (this) {
            ended = true;
            progress = last;
        }
        released.run();
        for (JobListener listener : listeners) {
            try {
                listener.ended(last);
            } catch (RuntimeException e) {
                LOG.debug("Job {}: a watcher failed at the end", id, e);
            }
        }
    }

    /**
     * The best as stored: its plan, its score and what is read from it (report, analysis, exports). A result that
     * cannot be rendered does not cost the plan: it is stored without, and the first read tries again.
     */
    private JobStore.Best stored(Best<S> best) {
        JobStore.Result result = null;
        try {
            result = results.render(kind, best.solution());
        } catch (RuntimeException e) {
            LOG.warn("Job {}: the report of a best solution cannot be rendered", id, e);
        }
        return new JobStore.Best(planWriter.apply(best.solution()), best.scoreText(), best.feasible(),
                result);
    }

    /** @return false when the job has ended (the watcher then reads the stored job) */
    boolean watch(JobListener listener) {
        synchronized (this) {
            if (ended) {
                return false;
            }
            listeners.add(listener);
        }
        listener.progress(progress);
        return true;
    }

    void unwatch(JobListener listener) {
        listeners.remove(listener);
    }

    private void publish() {
        JobProgress current = progress;
        for (JobListener listener : listeners) {
            try {
                listener.progress(current);
            } catch (RuntimeException e) {
                listeners.remove(listener);
            }
        }
    }

    private static long millisSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }
}
