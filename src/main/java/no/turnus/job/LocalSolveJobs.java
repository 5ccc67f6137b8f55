package no.turnus.job;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

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
 * Solves jobs in this process. The parts: {@link JobQueue} admits jobs (a fixed pool of
 * {@code turnus.jobs.concurrent} solver threads shared by every kind and by the parts of a job, such as a scenario
 * set's options, and at most {@code turnus.jobs.max-queued} jobs waiting); {@link RunningJob} solves one through
 * its kind ({@code ProblemKind.solve}) with the job's own time limit and stops it; {@link JobRecorder} stores its
 * bests throttled and tells its watchers. A Timefold {@code SolverManager} per kind was not used because its queue
 * is unbounded and each manager has its own thread pool, so neither limit would hold across kinds.
 */
@Service
public class LocalSolveJobs implements SolveJobs, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(LocalSolveJobs.class);

    private final JobProperties properties;
    private final DatasetStore datasets;
    private final JobStore jobs;
    private final KindSupport support;
    private final ResultRenderer results;
    private final JobQueue queue;
    private final StoreWriter writer = new StoreWriter();

    LocalSolveJobs(JobProperties properties, DatasetStore datasets, JobStore jobs, KindSupport support,
                   ResultRenderer results) {
        this.properties = properties;
        this.datasets = datasets;
        this.jobs = jobs;
        this.support = support;
        this.results = results;
        // Whatever was queued or solving when the last run of the service ended cannot resume.
        int interrupted = jobs.interruptUnfinished();
        if (interrupted > 0) {
            LOG.warn("{} job(s) were queued or solving when the service last stopped; marked interrupted", interrupted);
        }
        this.queue = new JobQueue(properties);
        writer.every(this::sweep, properties.sweepInterval());
    }

    /**
     * Marks interrupted the jobs the database has as queued or solving but this process does not hold: one whose
     * end was lost (say, in a database outage during a shutdown) would otherwise stay "solving" for ever. Assumes
     * one service instance per database, as the start-up sweep does.
     */
    void sweep() {
        for (String jobId : jobs.unfinished()) {
            if (!queue.holds(jobId) && jobs.interrupt(jobId)) {
                LOG.warn("Job {} was unfinished in the database but not running here; marked interrupted", jobId);
            }
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
        return schedule(support.kind(dataset.kind()), dataset.unit(), document, spec, limit);
    }

    private <D extends Dataset, S> JobRecord schedule(ProblemKind<D, S> kind, String unit, String document, JobSpec spec,
            Duration limit) {
        // Built before anything is stored: an unknown constraint in the weights is a 400, not a failed job.
        D input = support.read(kind, document);
        S problem;
        try {
            problem = kind.toSolution(input, spec.weights());
        } catch (InvalidInputException e) {
            // Kinds name the overrides by their parameter name; the request calls them weights.
            throw new InvalidInputException(e.problems().stream().map(p -> p.path().startsWith("weightOverrides")
                    ? new InputProblem("$.weights" + p.path().substring("weightOverrides".length()), p.message())
                    : p).toList());
        }
        JobRecord job = new JobRecord(UUID.randomUUID().toString(), spec.datasetId(), kind.name(), JobStatus.QUEUED,
                limit, spec.weights(), StoredTime.now(), null, null, 0, null, null, null, spec.replanOf(), unit);
        queue.admit(admitted -> {
            jobs.insert(job, spec.baseline());
            return new RunningJob<>(job.id(), kind, problem, limit,
                    new JobRecorder<>(job.id(), kind, jobs,
                            solution -> support.write(kind.toDataset(input, solution)), results, properties, writer),
                    admitted::shuttingDown,
                    admitted::release);
        });
        return job;
    }

    @Override
    public JobRecord stop(String jobId) {
        RunningJob<?> job = queue.find(jobId).orElseThrow(() -> {
            JobRecord stored = jobs.find(jobId).orElseThrow(() -> new NotFoundException("job", jobId));
            return new JobStateException("Job " + jobId + " has already finished (" + stored.status().code()
                    + "); only a queued or solving job can be stopped.");
        });
        job.stop(JobStatus.STOPPED);
        return current(jobId);
    }

    @Override
    public void stopAll(String datasetId) {
        for (String jobId : jobs.unfinished(datasetId)) {
            if (queue.find(jobId).isPresent()) {
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
        return queue.find(jobId).map(job -> job.recorder.watch(listener)).orElse(false);
    }

    @Override
    public void unwatch(String jobId, JobListener listener) {
        queue.find(jobId).ifPresent(job -> job.recorder.unwatch(listener));
    }

    @Override
    public Optional<JobProgress> progress(String jobId) {
        return queue.find(jobId).map(job -> job.recorder.progress());
    }

    /**
     * On shutdown: queued jobs and solving jobs end as interrupted, the solving ones with their best solution
     * stored. Runs when the context starts closing, before the web server's graceful shutdown, so that event
     * streams of solving jobs end instead of holding the shutdown up. Jobs of a process that dies without this
     * are marked interrupted at the next start.
     */
    @EventListener(ContextClosedEvent.class)
    public void shutDown() throws InterruptedException {
        if (!queue.shutDown()) {
            LOG.warn("Solver threads did not stop within 60 s");
        }
        // The ends of the jobs just stopped are written by the writer.
        if (!writer.shutDown(Duration.ofSeconds(30))) {
            LOG.warn("Not every job's end was stored within 30 s; the next start marks them interrupted");
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        shutDown();
    }
}
