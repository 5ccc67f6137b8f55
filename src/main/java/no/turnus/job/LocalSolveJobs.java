package no.turnus.job;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import no.turnus.problem.Best;
import no.turnus.problem.Dataset;
import no.turnus.problem.InputProblem;
import no.turnus.problem.InvalidInputException;
import no.turnus.problem.ProblemKind;
import no.turnus.problem.SolveContext;
import no.turnus.problem.SolveControl;
import no.turnus.problem.SolveRequest;
import no.turnus.problem.Solved;
import no.turnus.problem.SolverPool;
import no.turnus.store.DatasetStore;
import no.turnus.store.DatasetSummary;
import no.turnus.store.JobRecord;
import no.turnus.store.JobStatus;
import no.turnus.store.JobStore;
import no.turnus.store.NotFoundException;
import no.turnus.store.StoredTime;

/**
 * Solves jobs in this process: a fixed pool of {@code turnus.jobs.concurrent} solver threads shared by every
 * kind and by the parts of a job (a scenario set's options), and at most {@code turnus.jobs.max-queued} jobs
 * waiting. Each job is solved by its kind ({@code ProblemKind.solve}) with the job's own time limit; a Timefold
 * {@code SolverManager} per kind was not used because its queue is unbounded and each manager has its own thread
 * pool, so neither limit would hold across kinds. Best solutions are stored from the solver thread at most every
 * {@code store-interval} and at the end.
 */
@Service
public class LocalSolveJobs implements SolveJobs, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(LocalSolveJobs.class);

    private final JobProperties properties;
    private final DatasetStore datasets;
    private final JobStore jobs;
    private final KindSupport support;
    private final SolverPool pool;
    private final Map<String, Running<?>> active = new ConcurrentHashMap<>();
    private volatile boolean shuttingDown;

    public LocalSolveJobs(JobProperties properties, DatasetStore datasets, JobStore jobs, KindSupport support) {
        this.properties = properties;
        this.datasets = datasets;
        this.jobs = jobs;
        this.support = support;
        // Whatever was queued or solving when the last run of the service ended cannot resume.
        int interrupted = jobs.interruptUnfinished();
        if (interrupted > 0) {
            LOG.warn("{} job(s) were queued or solving when the service last stopped; marked interrupted", interrupted);
        }
        this.pool = new SolverPool(properties.concurrent());
    }

    @Override
    public JobRecord submit(JobSpec spec) {
        Duration limit = spec.timeLimit() == null ? properties.defaultTimeLimit() : spec.timeLimit();
        if (limit.compareTo(properties.maxTimeLimit()) > 0) {
            throw new InvalidInputException("$.timeLimit", "must be at most " + properties.maxTimeLimit()
                    + " on this service (was " + limit + ")");
        }
        DatasetSummary dataset = datasets.find(spec.datasetId()).orElseThrow(() -> new InvalidInputException(
                "$.datasetId", "there is no dataset with id '" + spec.datasetId() + "'"));
        String document = datasets.document(dataset.id()).orElseThrow(() -> new NotFoundException("dataset", dataset.id()));
        return schedule(support.kind(dataset.kind()), document, spec, limit);
    }

    private <D extends Dataset, S> JobRecord schedule(ProblemKind<D, S> kind, String document, JobSpec spec, Duration limit) {
        // Built before anything is stored: an unknown constraint in the weights is a 400, not a failed job.
        S problem;
        try {
            problem = kind.toSolution(support.read(kind, document), spec.weights());
        } catch (InvalidInputException e) {
            // Kinds name the overrides by their parameter name; the request calls them weights.
            throw new InvalidInputException(e.problems().stream().map(p -> p.path().startsWith("weightOverrides")
                    ? new InputProblem("$.weights" + p.path().substring("weightOverrides".length()), p.message())
                    : p).toList());
        }
        synchronized (this) {
            if (shuttingDown) {
                throw new JobStateException("The service is shutting down and accepts no new jobs.");
            }
            if (active.size() >= properties.concurrent() + properties.maxQueued()) {
                int solving = Math.min(active.size(), properties.concurrent());
                throw new QueueFullException(solving, active.size() - solving);
            }
            JobRecord job = new JobRecord(UUID.randomUUID().toString(), spec.datasetId(), kind.name(), JobStatus.QUEUED,
                    limit, spec.weights(), StoredTime.now(), null, null, 0, null, null, null, spec.replanOf());
            jobs.insert(job, spec.baseline());
            Running<S> running = new Running<>(job.id(), kind, problem, limit);
            // The task exists before the job is visible to stop(), which may cancel it.
            FutureTask<Void> task = new FutureTask<>(() -> run(running), null);
            running.future = task;
            active.put(job.id(), running);
            pool.execute(task);
            return job;
        }
    }

    private <S> void run(Running<S> job) {
        if (!job.claimed.compareAndSet(false, true)) {
            return; // stopped (or interrupted) while it waited in the queue; already finished there
        }
        job.startNanos = System.nanoTime();
        try {
            jobs.markSolving(job.id, StoredTime.now());
            job.progress = new JobProgress(job.id, JobStatus.SOLVING, null, null, 0);
            publish(job);
            LOG.info("Job {} ({}) solving for {}", job.id, job.kind.name(), job.limit);
            S problem = job.problem;
            job.problem = null;
            // Timefold's Micrometer solver metrics are tagged with the job id, as SolverManager tags them.
            Solved<S> solved = job.kind.solve(problem, SolveRequest.of(job.limit, null).withId(job.id),
                    new SolveContext<>(pool, job.control, best -> onBest(job, best)));
            JobStatus status = shuttingDown ? JobStatus.INTERRUPTED
                    : job.stopRequested ? JobStatus.STOPPED : JobStatus.COMPLETED;
            finish(job, status, new Best<>(solved.best(), solved.score(), solved.scoreText(), solved.feasible(), 0), null);
        } catch (RuntimeException | Error e) {
            LOG.warn("Job {} failed", job.id, e);
            finish(job, JobStatus.FAILED, job.best, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /**
     * A new best solution, or a step of a kind made of parts (one scenario started or done). Bests come many a
     * second and are published and stored throttled; steps, which have no score of their own, come seldom and
     * each is published and stored.
     */
    private <S> void onBest(Running<S> job, Best<S> best) {
        long now = System.nanoTime();
        boolean throttled = best.score() != null;
        long spent = millisSince(job.startNanos);
        job.best = best;
        job.progress = new JobProgress(job.id, JobStatus.SOLVING, best.scoreText(), best.feasible(), spent);
        if (!throttled || job.lastEventNanos == 0 || now - job.lastEventNanos >= properties.eventInterval().toNanos()) {
            job.lastEventNanos = now;
            publish(job);
        }
        if (!throttled || job.lastStoredNanos == 0 || now - job.lastStoredNanos >= properties.storeInterval().toNanos()) {
            job.lastStoredNanos = now;
            try {
                jobs.saveBest(job.id, support.write(job.kind.toDataset(best.solution())), best.scoreText(),
                        best.feasible(), spent);
            } catch (RuntimeException e) {
                // The next improvement or the end of the job stores it again; solving goes on.
                LOG.warn("Job {}: the best solution could not be stored", job.id, e);
            }
        }
    }

    /** @param best the final best with its score brought up to date, or the last one seen, or null */
    private <S> void finish(Running<S> job, JobStatus status, Best<S> best, String error) {
        long spent = job.startNanos == 0 ? 0 : millisSince(job.startNanos);
        JobStore.Best stored = null;
        JobProgress last = job.progress;
        try {
            if (best != null) {
                stored = new JobStore.Best(support.write(job.kind.toDataset(best.solution())), best.scoreText(),
                        best.feasible());
            }
        } catch (RuntimeException e) {
            // Keep the last stored best rather than lose the job's end.
            LOG.warn("Job {}: the final best solution cannot be stored", job.id, e);
        }
        last = stored != null ? new JobProgress(job.id, status, stored.score(), stored.feasible(), spent)
                : new JobProgress(job.id, status, last == null ? null : last.bestScore(),
                        last == null ? null : last.feasible(), spent);
        LOG.info("Job {} {} after {} ms, best score {}", job.id, status.code(), spent, last.bestScore());
        try {
            jobs.finish(job.id, status, spent, stored, error);
        } catch (RuntimeException e) {
            LOG.error("Job {}: its end ({}) could not be stored", job.id, status, e);
        }
        synchronized (job) {
            job.ended = true;
            job.progress = last;
        }
        active.remove(job.id);
        for (JobListener listener : job.listeners) {
            try {
                listener.ended(last);
            } catch (RuntimeException e) {
                LOG.debug("Job {}: a watcher failed at the end", job.id, e);
            }
        }
    }

    private void publish(Running<?> job) {
        JobProgress progress = job.progress;
        for (JobListener listener : job.listeners) {
            try {
                listener.progress(progress);
            } catch (RuntimeException e) {
                job.listeners.remove(listener);
            }
        }
    }

    @Override
    public JobRecord stop(String jobId) {
        Running<?> job = active.get(jobId);
        if (job == null) {
            JobRecord stored = jobs.find(jobId).orElseThrow(() -> new NotFoundException("job", jobId));
            throw new JobStateException("Job " + jobId + " has already finished (" + stored.status().code()
                    + "); only a queued or solving job can be stopped.");
        }
        job.stopRequested = true;
        if (job.claimed.compareAndSet(false, true)) {
            // Still queued: it never starts. (FutureTask.cancel alone also succeeds on a running task.)
            job.future.cancel(false);
            finish(job, JobStatus.STOPPED, null, null);
        } else {
            job.control.stop();
        }
        return current(jobId);
    }

    @Override
    public void stopAll(String datasetId) {
        for (String jobId : jobs.unfinished(datasetId)) {
            if (active.containsKey(jobId)) {
                try {
                    stop(jobId);
                } catch (JobStateException finishedMeanwhile) {
                    // Nothing left to stop.
                }
            }
        }
    }

    private JobRecord current(String jobId) {
        JobRecord stored = jobs.find(jobId).orElseThrow(() -> new NotFoundException("job", jobId));
        return progress(jobId).map(p -> stored.withProgress(p.status(), p.timeSpentMillis(), p.bestScore(), p.feasible()))
                .orElse(stored);
    }

    @Override
    public boolean watch(String jobId, JobListener listener) {
        Running<?> job = active.get(jobId);
        if (job == null) {
            return false;
        }
        synchronized (job) {
            if (job.ended) {
                return false;
            }
            job.listeners.add(listener);
        }
        listener.progress(job.progress);
        return true;
    }

    @Override
    public void unwatch(String jobId, JobListener listener) {
        Running<?> job = active.get(jobId);
        if (job != null) {
            job.listeners.remove(listener);
        }
    }

    @Override
    public Optional<JobProgress> progress(String jobId) {
        return Optional.ofNullable(active.get(jobId)).map(job -> job.progress);
    }

    /**
     * On shutdown: queued jobs and solving jobs end as interrupted, the solving ones with their best solution
     * stored. Runs when the context starts closing, before the web server's graceful shutdown, so that event
     * streams of solving jobs end instead of holding the shutdown up. Jobs of a process that dies without this
     * are marked interrupted at the next start.
     */
    @EventListener(ContextClosedEvent.class)
    public void shutDown() throws InterruptedException {
        synchronized (this) {
            if (shuttingDown) {
                return;
            }
            shuttingDown = true;
        }
        for (Running<?> job : List.copyOf(active.values())) {
            if (job.claimed.compareAndSet(false, true)) {
                job.future.cancel(false);
                finish(job, JobStatus.INTERRUPTED, null, null);
            } else {
                job.control.stop();
            }
        }
        if (!pool.shutDown(60, TimeUnit.SECONDS)) {
            LOG.warn("Solver threads did not stop within 60 s");
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        shutDown();
    }

    private static long millisSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    /** A job held by this process from submit until its end is stored. */
    private static final class Running<S> {
        final String id;
        final ProblemKind<?, S> kind;
        final Duration limit;
        final List<JobListener> listeners = new CopyOnWriteArrayList<>();
        /** Taken once, by the solver thread that runs the job or by a stop while it is queued: never both. */
        final AtomicBoolean claimed = new AtomicBoolean();
        volatile S problem;
        final SolveControl control = new SolveControl();
        volatile Future<Void> future;
        volatile boolean stopRequested;
        volatile JobProgress progress;
        volatile Best<S> best;
        volatile long startNanos;
        /** Written and read by the thread that reports a best (for a job made of parts, one at a time). */
        long lastEventNanos;
        long lastStoredNanos;
        boolean ended;

        Running(String id, ProblemKind<?, S> kind, S problem, Duration limit) {
            this.id = id;
            this.kind = kind;
            this.problem = problem;
            this.limit = limit;
            this.progress = new JobProgress(id, JobStatus.QUEUED, null, null, 0);
        }
    }
}
