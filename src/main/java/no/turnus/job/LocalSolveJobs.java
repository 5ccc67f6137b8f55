package no.turnus.job;

import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import no.turnus.problem.Dataset;
import no.turnus.problem.InputProblem;
import no.turnus.problem.InvalidInputException;
import no.turnus.problem.ProblemKind;
import no.turnus.store.DatasetStore;
import no.turnus.store.DatasetSummary;
import no.turnus.store.JobRecord;
import no.turnus.store.JobStatus;
import no.turnus.store.JobStore;
import no.turnus.store.NotFoundException;
import no.turnus.store.StoredTime;

/**
 * Solves jobs on the instances that share one database, this one among them (one alone by default, on H2). The
 * parts: {@link JobEngine} (db-scheduler) queues every job in the database and hands it to one instance, at most
 * {@code turnus.jobs.concurrent} at a time per instance, and to another when that one's heartbeat stops;
 * {@link JobQueue} runs the jobs picked here on the solver pool, shared by the parts of a job (a scenario set's
 * options); {@link RunningJob} solves one through its kind with the time the job has left and stops it;
 * {@link JobRecorder} stores its bests throttled and tells its watchers here; {@link StoredWatches} tells the
 * watchers of jobs solved elsewhere from the store. A stop asked here for a job solved elsewhere is a flag in the
 * job's row that its instance polls. A Timefold {@code SolverManager} per kind was not used because its queue is
 * unbounded and each manager has its own thread pool, so neither limit would hold across kinds.
 */
@Service
public class LocalSolveJobs implements SolveJobs, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(LocalSolveJobs.class);

    /** Longest wait for an ended job's final best to be stored: a writer round takes milliseconds when the store is up. */
    private static final Duration STORED_END_WAIT = Duration.ofSeconds(2);

    private final JobProperties properties;
    private final DatasetStore datasets;
    private final JobStore jobs;
    private final KindSupport support;
    private final ResultRenderer results;
    private final TransactionTemplate transactions;
    private final JobQueue queue;
    private final JobEngine engine;
    private final JobParts parts;
    private final StoredWatches watches;
    private final StoreWriter writer = new StoreWriter();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "turnus-job-poller");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean shutDown = new AtomicBoolean();
    /** Admission is counted and decided one submit at a time on this instance. */
    private final Object admission = new Object();

    LocalSolveJobs(JobProperties properties, DatasetStore datasets, JobStore jobs, KindSupport support,
                   ResultRenderer results, DataSource dataSource, PlatformTransactionManager transactionManager) {
        this.properties = properties;
        this.datasets = datasets;
        this.jobs = jobs;
        this.support = support;
        this.results = results;
        this.transactions = new TransactionTemplate(transactionManager);
        this.queue = new JobQueue(properties);
        this.watches = new StoredWatches(jobs);
        this.engine = new JobEngine(dataSource, properties, this::solve);
        this.parts = new JobParts(jobs, datasets, support, results, engine, transactions, properties.instance(),
                this::stopPart);
        sweep();
        jobs.heartbeat(properties.instance(), properties.concurrent());
        writer.every(this::sweep, properties.sweepInterval());
        poller.scheduleWithFixedDelay(this::poll, properties.pollInterval().toNanos(),
                properties.pollInterval().toNanos(), TimeUnit.NANOSECONDS);
        engine.start();
        LOG.info("Job instance {}: {} solver thread(s), lease {}", properties.instance(), properties.concurrent(),
                properties.lease());
    }

    /**
     * Marks interrupted the jobs the database has as queued or solving but the job engine has lost: one whose end
     * was lost (say, in a database outage during a shutdown) would otherwise stay "solving" for ever. A job whose
     * instance died is not lost: the engine revives it for another instance once its lease has expired. A job split
     * into parts whose parts have all ended but which was not finished from them (its last part's instance died
     * right after the part's end) is finished now.
     */
    void sweep() {
        int interrupted = jobs.interruptOrphaned(JobEngine.TABLE);
        if (interrupted > 0) {
            LOG.warn("{} job(s) were unfinished in the database but no instance had them; marked interrupted",
                    interrupted);
        }
        jobs.partedWithAllPartsEnded().forEach(parts::collect);
    }

    /**
     * Every poll-interval: this instance is alive; the jobs solved here that were asked to stop (on any instance),
     * deleted or taken over are let go; their time spent is stored for a takeover; watchers of jobs solved elsewhere
     * hear what the store has.
     */
    private void poll() {
        try {
            jobs.heartbeat(properties.instance(), properties.concurrent());
            Set<String> held = queue.held();
            Set<String> letGo = new HashSet<>(held);
            jobs.stillOwned(properties.instance(), held).forEach(letGo::remove);
            for (String jobId : letGo) {
                queue.find(jobId).ifPresent(job -> job.stop(JobStatus.STOPPED));
            }
            for (String jobId : held) {
                if (!letGo.contains(jobId)) {
                    queue.find(jobId).ifPresent(job ->
                            jobs.saveTimeSpent(jobId, properties.instance(), job.recorder.timeSpent()));
                }
            }
            watches.poll();
        } catch (RuntimeException e) {
            LOG.warn("Job poll failed (tried again in {})", properties.pollInterval(), e);
        }
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
        problem(support.kind(dataset.kind()), document, spec.weights());
        JobRecord job = new JobRecord(UUID.randomUUID().toString(), spec.datasetId(), dataset.kind(), JobStatus.QUEUED,
                limit, spec.weights(), StoredTime.now(), null, null, 0, null, null, null, spec.replanOf(),
                dataset.unit());
        synchronized (admission) {
            if (queue.shuttingDown()) {
                throw new JobStateException("The service is shutting down and accepts no new jobs.");
            }
            // What the live instances solve at once, and max-queued more; instances racing may admit one or two over.
            int threads = Math.max(properties.concurrent(),
                    jobs.solverThreads(StoredTime.now().minus(properties.lease())));
            int unfinished = jobs.unfinishedCount();
            if (unfinished >= threads + properties.maxQueued()) {
                int solving = Math.min(unfinished, threads);
                throw new QueueFullException(solving, unfinished - solving);
            }
            transactions.executeWithoutResult(status -> {
                jobs.insert(job, spec.baseline());
                engine.schedule(job.id());
            });
        }
        return job;
    }

    /**
     * The planning problem of a document with the weights. Built on submit too, before anything is stored: an
     * unknown constraint in the weights is a 400, not a failed job.
     */
    static <D extends Dataset, S> S problem(ProblemKind<D, S> kind, D input, java.util.Map<String, String> weights) {
        try {
            return kind.toSolution(input, weights);
        } catch (InvalidInputException e) {
            // Kinds name the overrides by their parameter name; the request calls them weights.
            throw new InvalidInputException(e.problems().stream().map(p -> p.path().startsWith("weightOverrides")
                    ? new InputProblem("$.weights" + p.path().substring("weightOverrides".length()), p.message())
                    : p).toList());
        }
    }

    private <D extends Dataset, S> S problem(ProblemKind<D, S> kind, String document,
                                             java.util.Map<String, String> weights) {
        return problem(kind, support.read(kind, document), weights);
    }

    /**
     * Solves a job the engine picked here, on the engine's thread, and returns once its end is stored. A job that
     * another instance solved before (its lease expired, or it handed the job over when it stopped) resumes from
     * its stored best with the time it has left. A job of a kind solved as parts is split into parts, queued for
     * any instance.
     *
     * @return true when the job was handed back to the engine (this instance is stopping), which offers it again
     *         at once
     */
    private boolean solve(String jobId) {
        if (queue.shuttingDown()) {
            return true;
        }
        if (jobs.hasParts(jobId)) {
            // Split by an instance that died before the engine heard of it: its parts go on.
            parts.collect(jobId);
            return false;
        }
        String instance = properties.instance();
        Optional<JobRecord> claimed = jobs.claim(jobId, instance);
        if (claimed.isEmpty()) {
            return false; // stopped while queued, or deleted
        }
        JobRecord job = claimed.get();
        String outcome = null;
        try {
            Duration left = job.timeLimit().minusMillis(job.timeSpentMillis());
            if (parts.splits(job)) {
                parts.split(job);
                outcome = "split";
            } else if (left.isNegative() || left.isZero()) {
                jobs.finish(jobId, instance, JobStatus.COMPLETED, job.timeSpentMillis(), null, null);
            } else {
                RunningJob<?> running = prepare(support.kind(job.kind()), job, left);
                if (job.partOf() != null) {
                    parts.collect(job.partOf()); // its whole shows it solving
                }
                queue.solve(running);
                outcome = running.handedOver() ? "handed-over" : null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JobStateException("Interrupted while solving job " + jobId);
        } catch (JobStateException shuttingDown) {
            // Picked as this instance began to stop: back to the queue as it was.
            jobs.release(jobId, instance, job.timeSpentMillis(), null);
            jobs.endRun(jobId, instance, "released");
            return true;
        } catch (RuntimeException e) {
            LOG.warn("Job {} cannot be solved", jobId, e);
            jobs.finish(jobId, instance, JobStatus.FAILED, job.timeSpentMillis(), null,
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        jobs.endRun(jobId, instance, outcome != null ? outcome
                : jobs.find(jobId).map(stored -> stored.status().code()).orElse("deleted"));
        if (job.partOf() != null) {
            parts.collect(job.partOf());
        }
        return "handed-over".equals(outcome);
    }

    private <D extends Dataset, S> RunningJob<S> prepare(ProblemKind<D, S> kind, JobRecord job, Duration left) {
        // The stored best of an earlier run, else a part's own problem, else the dataset.
        D input = support.read(kind, jobs.bestSolution(job.id()).or(() -> jobs.partProblem(job.id()))
                .orElseGet(() -> datasets.document(job.datasetId())
                        .orElseThrow(() -> new NotFoundException("dataset", job.datasetId()))));
        if (job.timeSpentMillis() > 0) {
            LOG.info("Job {} resumed from its stored best ({} ms spent, {} left)", job.id(), job.timeSpentMillis(), left);
        }
        return new RunningJob<>(job.id(), kind, problem(kind, input, job.weights()), left,
                new JobRecorder<>(job.id(), properties.instance(), job.timeSpentMillis(), kind, jobs,
                        solution -> support.write(kind.toDataset(input, solution)), results, properties, writer),
                queue::release);
    }

    @Override
    public JobRecord stop(String jobId) {
        Optional<RunningJob<?>> here = queue.find(jobId);
        if (here.isPresent()) {
            here.get().stop(JobStatus.STOPPED);
            return current(jobId);
        }
        JobRecord stored = jobs.find(jobId).orElseThrow(() -> new NotFoundException("job", jobId));
        if (jobs.stopQueued(jobId)) {
            engine.cancel(jobId);
        } else if (!jobs.requestStop(jobId)) {
            JobRecord now = jobs.find(jobId).orElse(stored);
            throw new JobStateException("Job " + jobId + " has already finished (" + now.status().code()
                    + "); only a queued or solving job can be stopped.");
        } else if (jobs.hasParts(jobId)) {
            parts.collect(jobId); // stops its parts wherever they are; it ends once they have
        }
        return current(jobId);
    }

    /** Stops a part of a whole that was stopped or failed, unless it has finished meanwhile. */
    private void stopPart(String partId) {
        try {
            stop(partId);
        } catch (JobStateException | NotFoundException finishedMeanwhile) {
            // Nothing left to stop.
        }
    }

    @Override
    public void stopAll(String datasetId) {
        for (String jobId : jobs.unfinished(datasetId)) {
            try {
                stop(jobId);
            } catch (JobStateException | NotFoundException finishedMeanwhile) {
                // Nothing left to stop.
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
        return queue.find(jobId).map(job -> job.recorder.watch(listener)).orElseGet(() -> watches.watch(jobId, listener));
    }

    @Override
    public void unwatch(String jobId, JobListener listener) {
        queue.find(jobId).ifPresent(job -> job.recorder.unwatch(listener));
        watches.unwatch(jobId, listener);
    }

    @Override
    public Optional<JobProgress> progress(String jobId) {
        return queue.find(jobId).map(job -> job.recorder.progress());
    }

    @Override
    public void awaitStoredEnd(String jobId) {
        queue.find(jobId).ifPresent(job -> job.recorder.awaitStoredEnd(STORED_END_WAIT));
    }

    /**
     * On shutdown (SIGTERM): the jobs solving here are handed over: their solvers are told to end, and each is
     * stored back in the queue with its best solution and the time spent, for another live instance to resume at
     * once (or any instance that starts later, this one restarted among them); queued ones stay queued. Runs when
     * the context starts closing, before the web server's graceful shutdown, so that event streams end instead of
     * holding the shutdown up. The jobs of a process that dies without this are resumed by another instance (or
     * this one, restarted) once their lease has expired.
     */
    @EventListener(ContextClosedEvent.class)
    public void shutDown() throws InterruptedException {
        if (!shutDown.compareAndSet(false, true)) {
            return;
        }
        queue.handOverAll();
        // Picks no more jobs and waits for the engine threads, which return once their job's hand-over is stored
        // (by the writer) and give the job back to the engine.
        engine.stop();
        if (!queue.shutDown()) {
            LOG.warn("Solver threads did not stop within 60 s");
        }
        if (!writer.shutDown(Duration.ofSeconds(30))) {
            LOG.warn("Not every job's end was stored within 30 s; the engine offers them again once their lease"
                    + " has expired");
        }
        poller.shutdownNow();
        watches.endAll();
        try {
            jobs.leave(properties.instance());
        } catch (RuntimeException e) {
            LOG.warn("This instance could not be removed from the live ones (it ages out after {})", properties.lease(), e);
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        shutDown();
    }
}
