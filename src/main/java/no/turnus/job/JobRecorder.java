package no.turnus.job;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.turnus.problem.Best;
import no.turnus.problem.ProblemKind;
import no.turnus.store.JobStatus;
import no.turnus.store.JobStore;
import no.turnus.store.StoredTime;

/**
 * Records one job as it runs: its start, its best solutions with their report, analysis and exports, and its end,
 * all written by the {@link StoreWriter} (never on the solver thread); and its progress for watchers (at most every
 * {@code event-interval}, always at the end). A best is stored at most every {@code store-interval}: one that comes
 * inside the interval is written when it ends, so the stored best is never older than one interval. An end that
 * cannot be stored is tried again until it is; until then the job stays in memory with its final status.
 */
final class JobRecorder<S> {

    private static final Logger LOG = LoggerFactory.getLogger(JobRecorder.class);

    private final String id;
    /** This instance: the store ignores the writes of one that has lost the job. */
    private final String owner;
    /** Time spent on the job by instances that solved it before this one (resumed after a takeover). */
    private final long spentBefore;
    private final ProblemKind<?, S> kind;
    private final JobStore jobs;
    /** A solution as the stored document: the job's input dataset with the solution's plan in it. */
    private final Function<S, String> planWriter;
    private final ResultRenderer results;
    private final JobProperties properties;
    private final StoreWriter writer;
    private final List<JobListener> listeners = new CopyOnWriteArrayList<>();
    private volatile JobProgress progress;
    private volatile Best<S> best;
    private volatile long startNanos;
    /** Written and read by the thread that reports a best (for a job made of parts, one at a time). */
    private long lastEventNanos;
    /** The newest best not stored yet, with the time spent when it came; taken by the writer. */
    private final AtomicReference<Pending<S>> pending = new AtomicReference<>();
    /** Whether a write of the pending best is scheduled. */
    private final AtomicBoolean writeScheduled = new AtomicBoolean();
    private volatile long lastWriteNanos;
    /** Set when the end is handed to the writer: no best is written after it. */
    private volatile boolean ending;
    /** Guarded by this: no watcher is added once the end has been sent. */
    private boolean ended;
    /** Opens once the end (with the final best) is stored. */
    private final CountDownLatch endStored = new CountDownLatch(1);

    private record Pending<S>(Best<S> best, long spent) {
    }

    JobRecorder(String id, String owner, long spentBefore, ProblemKind<?, S> kind, JobStore jobs, Function<S, String> planWriter,
                ResultRenderer results, JobProperties properties, StoreWriter writer) {
        this.id = id;
        this.owner = owner;
        this.spentBefore = spentBefore;
        this.kind = kind;
        this.jobs = jobs;
        this.planWriter = planWriter;
        this.results = results;
        this.properties = properties;
        this.writer = writer;
        this.progress = new JobProgress(id, JobStatus.QUEUED, null, null, spentBefore);
    }

    JobProgress progress() {
        return progress;
    }

    /** The last best seen, to keep when the solve fails; or null. */
    Best<S> lastBest() {
        return best;
    }

    /** The time spent on the job so far, by this instance and those before it. */
    long timeSpent() {
        return startNanos == 0 ? spentBefore : spentBefore + millisSince(startNanos);
    }

    void started() {
        startNanos = System.nanoTime();
        Instant started = StoredTime.now();
        writer.run(() -> {
            try {
                jobs.markSolving(id, owner, started);
            } catch (RuntimeException e) {
                // The end writes the status again.
                LOG.warn("Job {}: its start could not be stored", id, e);
            }
        });
        progress = new JobProgress(id, JobStatus.SOLVING, null, null, spentBefore);
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
        long spent = timeSpent();
        best = newBest;
        progress = new JobProgress(id, JobStatus.SOLVING, newBest.scoreText(), newBest.feasible(), spent);
        if (!throttled || lastEventNanos == 0 || now - lastEventNanos >= properties.eventInterval().toNanos()) {
            lastEventNanos = now;
            publish();
        }
        pending.set(new Pending<>(newBest, spent));
        if (throttled) {
            scheduleWrite(now);
        } else {
            writer.run(this::writePending);
        }
    }

    /** Schedules a write of the pending best at the end of the current store interval, unless one is scheduled. */
    private void scheduleWrite(long now) {
        if (writeScheduled.compareAndSet(false, true)) {
            long wait = lastWriteNanos == 0 ? 0
                    : Math.max(0, lastWriteNanos + properties.storeInterval().toNanos() - now);
            writer.later(() -> {
                // Stamped before the flag is cleared, so a best that schedules the next write waits a full interval.
                lastWriteNanos = System.nanoTime();
                writeScheduled.set(false);
                writePending();
            }, Duration.ofNanos(wait));
        }
    }

    /** On the writer: stores the newest best not stored yet, unless the job's end (which stores it) is on its way. */
    private void writePending() {
        Pending<S> next = pending.getAndSet(null);
        if (next == null || ending) {
            return;
        }
        lastWriteNanos = System.nanoTime();
        try {
            jobs.saveBest(id, owner, stored(next.best()), next.spent());
        } catch (RuntimeException e) {
            // Tried again at the end of the next interval (with a newer best if one came meanwhile).
            LOG.warn("Job {}: the best solution could not be stored", id, e);
            pending.compareAndSet(null, next);
            scheduleWrite(System.nanoTime());
        }
    }

    /**
     * Hands the end to the writer, which stores it (with the final best) and then releases the job and tells the
     * watchers; until then the job's live status is already the final one. An unfinished status ({@code queued})
     * hands the job back to the queue: the instance is stopping, another resumes it.
     *
     * @param finalBest the final best with its score brought up to date, or the last one seen, or null (the last
     *                  stored one is kept)
     * @param released  run once the end is stored, before the watchers are told (the job leaves the queue)
     */
    void ended(JobStatus status, Best<S> finalBest, String error, Runnable released) {
        long spent = timeSpent();
        ending = true;
        JobProgress before = progress;
        JobProgress last = finalBest != null
                ? new JobProgress(id, status, finalBest.scoreText(), finalBest.feasible(), spent)
                : new JobProgress(id, status, before.bestScore(), before.feasible(), spent);
        progress = last;
        LOG.info("Job {} {} after {} ms, best score {}", id, status.finished() ? status.code() : "handed over", spent,
                last.bestScore());
        writer.run(() -> storeEnd(status, render(finalBest), spent, error, last, released, 1));
    }

    /** The final best as stored, or null to keep the last stored one (none, or it cannot be rendered). */
    private JobStore.Best render(Best<S> finalBest) {
        try {
            return finalBest == null ? null : stored(finalBest);
        } catch (RuntimeException e) {
            LOG.warn("Job {}: the final best solution cannot be stored", id, e);
            return null;
        }
    }

    private void storeEnd(JobStatus status, JobStore.Best stored, long spent, String error, JobProgress last,
                          Runnable released, int attempt) {
        try {
            if (status.finished()) {
                jobs.finish(id, owner, status, spent, stored, error);
            } else {
                jobs.release(id, owner, spent, stored); // handed over: back in the queue for any instance
            }
        } catch (RuntimeException e) {
            Duration retry = properties.storeInterval().compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1)
                    : properties.storeInterval();
            LOG.error("Job {}: its end ({}) could not be stored (attempt {}); trying again in {}", id, status.code(),
                    attempt, retry, e);
            writer.later(() -> storeEnd(status, stored, spent, error, last, released, attempt + 1), retry);
            return;
        }
        synchronized (this) {
            ended = true;
        }
        endStored.countDown();
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

    /**
     * Once the end has been handed to the writer, waits at most {@code max} for it to be stored: the live status is
     * final from that moment, the stored best one writer round later, and a reader who saw the final status should
     * read the final best. Returns at once before the end; after {@code max} (the store is down) the reader gets the
     * last stored best.
     */
    void awaitStoredEnd(Duration max) {
        if (!ending) {
            return;
        }
        try {
            endStored.await(max.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
