package no.turnus.job;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.turnus.store.JobRecord;
import no.turnus.store.JobStore;

/**
 * Watchers here of jobs solved by another instance: told what the store has, polled every {@code poll-interval}
 * (the owner stores a best at most every {@code store-interval}), and the end once the stored job has one. The
 * fan-out across instances needs nothing but the database.
 */
final class StoredWatches {

    private static final Logger LOG = LoggerFactory.getLogger(StoredWatches.class);

    private final JobStore jobs;
    private final Map<String, Watch> watches = new ConcurrentHashMap<>();

    private static final class Watch {
        final List<JobListener> listeners = new CopyOnWriteArrayList<>();
        volatile JobProgress last;
    }

    StoredWatches(JobStore jobs) {
        this.jobs = jobs;
    }

    /** @return false when the job has finished or is unknown (the caller then reads the stored job) */
    boolean watch(String jobId, JobListener listener) {
        Optional<JobProgress> now = jobs.find(jobId).filter(job -> !job.status().finished()).map(StoredWatches::progress);
        if (now.isEmpty()) {
            return false;
        }
        Watch watch = watches.computeIfAbsent(jobId, id -> new Watch());
        if (watch.last == null) {
            watch.last = now.get();
        }
        watch.listeners.add(listener);
        listener.progress(now.get());
        return true;
    }

    void unwatch(String jobId, JobListener listener) {
        watches.computeIfPresent(jobId, (id, watch) -> {
            watch.listeners.remove(listener);
            return watch.listeners.isEmpty() ? null : watch;
        });
    }

    /** Tells the watchers what changed in the store since the last poll. */
    void poll() {
        for (Map.Entry<String, Watch> entry : watches.entrySet()) {
            Watch watch = entry.getValue();
            Optional<JobRecord> stored = jobs.find(entry.getKey());
            JobProgress now = stored.map(StoredWatches::progress).orElse(watch.last);
            if (stored.isEmpty() || stored.get().status().finished()) {
                watches.remove(entry.getKey());
                watch.listeners.forEach(listener -> tell(() -> listener.ended(now)));
            } else if (!now.equals(watch.last)) {
                watch.last = now;
                watch.listeners.forEach(listener -> tell(() -> listener.progress(now)));
            }
        }
    }

    /** On shutdown: every stream ends, with the job as stored now. */
    void endAll() {
        for (String jobId : List.copyOf(watches.keySet())) {
            Watch watch = watches.remove(jobId);
            JobProgress last = jobs.find(jobId).map(StoredWatches::progress).orElse(watch.last);
            watch.listeners.forEach(listener -> tell(() -> listener.ended(last)));
        }
    }

    private static void tell(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.debug("A watcher failed", e);
        }
    }

    private static JobProgress progress(JobRecord job) {
        return new JobProgress(job.id(), job.status(), job.bestScore(), job.feasible(), job.timeSpentMillis());
    }
}
