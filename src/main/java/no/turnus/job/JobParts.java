package no.turnus.job;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

import no.turnus.problem.Best;
import no.turnus.problem.Dataset;
import no.turnus.problem.Parts;
import no.turnus.problem.Parts.Joined;
import no.turnus.problem.Parts.PartState;
import no.turnus.problem.Parts.Phase;
import no.turnus.problem.ProblemKind;
import no.turnus.problem.SolveRequest;
import no.turnus.store.DatasetStore;
import no.turnus.store.JobRecord;
import no.turnus.store.JobStatus;
import no.turnus.store.JobStore;
import no.turnus.store.JobStore.PartSolution;
import no.turnus.store.NotFoundException;
import no.turnus.store.StoredTime;

/**
 * Jobs of a kind solved as parts ({@link ProblemKind#parts}: a scenario set's baseline and options). The instance
 * that picks such a job splits it into parts, each a job of its own in the same queue, so that any instance solves
 * them; the whole then uses no solver. It is put together from its parts' stored bests whenever a part starts or
 * ends (on the instance where that happens), when it is stopped, and by the sweep; one instance at a time, under a
 * lock on its row. A stop of the whole, or a part that failed, stops the parts still unfinished; once all have
 * ended the whole ends: failed with the part's reason, stopped, or completed.
 */
final class JobParts {

    private static final Logger LOG = LoggerFactory.getLogger(JobParts.class);

    private final JobStore jobs;
    private final DatasetStore datasets;
    private final KindSupport support;
    private final ResultRenderer results;
    private final JobEngine engine;
    private final TransactionTemplate transactions;
    private final String instance;
    /** Stops an unfinished part wherever it is (queued, solving here or on another instance). */
    private final Consumer<String> stopPart;

    JobParts(JobStore jobs, DatasetStore datasets, KindSupport support, ResultRenderer results, JobEngine engine,
             TransactionTemplate transactions, String instance, Consumer<String> stopPart) {
        this.jobs = jobs;
        this.datasets = datasets;
        this.support = support;
        this.results = results;
        this.engine = engine;
        this.transactions = transactions;
        this.instance = instance;
        this.stopPart = stopPart;
    }

    /** Whether the job is split into parts rather than solved: a whole of a kind with parts (a part is solved). */
    boolean splits(JobRecord job) {
        return job.partOf() == null && support.kind(job.kind()).parts().isPresent();
    }

    /**
     * Splits a job claimed by this instance into its parts, queued for any instance with the whole's time limit, in
     * the transaction that marks the whole solving with no owner and stores it as it starts.
     */
    void split(JobRecord job) {
        split(support.kind(job.kind()), job);
    }

    private <D extends Dataset, S> void split(ProblemKind<D, S> kind, JobRecord job) {
        Parts<S> parts = kind.parts().orElseThrow();
        D input = support.read(kind, datasets.document(job.datasetId())
                .orElseThrow(() -> new NotFoundException("dataset", job.datasetId())));
        Parts.Split<S> split = parts.split(LocalSolveJobs.problem(kind, input, job.weights()),
                SolveRequest.of(job.timeLimit(), null));
        JobStore.Best whole = stored(kind, input, parts.join(split.whole(), List.of()).best());
        Instant now = StoredTime.now();
        transactions.executeWithoutResult(status -> {
            if (!jobs.splitIntoParts(job.id(), instance, now, whole)) {
                throw new IllegalStateException("Job " + job.id() + " is no longer this instance's; not split");
            }
            for (int i = 0; i < split.parts().size(); i++) {
                Parts.Part<S> part = split.parts().get(i);
                JobRecord row = new JobRecord(UUID.randomUUID().toString(), job.datasetId(), job.kind(), JobStatus.QUEUED,
                        job.timeLimit(), Map.of(), now, null, null, 0, null, null, null, null, job.unit(), job.id(),
                        part.name(), null);
                jobs.insertPart(row, i, support.write(kind.toDataset(input, part.problem())));
                engine.schedule(row.id());
            }
        });
        LOG.info("Job {} split into {} parts, queued for any instance", job.id(), split.parts().size());
        collect(job.id());
    }

    /**
     * Puts an unfinished whole together from its parts as they are stored now, stops its unfinished parts when it
     * was asked to stop or a part failed, and ends it once every part has ended. A failure (the database away) is
     * logged: the next part to start or end, or the sweep, tries again.
     */
    void collect(String wholeId) {
        try {
            transactions.executeWithoutResult(status -> jobs.lockUnfinished(wholeId)
                    .ifPresent(whole -> collect(support.kind(whole.kind()), whole)));
        } catch (RuntimeException e) {
            LOG.warn("Job {}: its parts' results could not be put together (tried again later)", wholeId, e);
        }
    }

    private <D extends Dataset, S> void collect(ProblemKind<D, S> kind, JobRecord whole) {
        Parts<S> parts = kind.parts().orElseThrow();
        D input = support.read(kind, jobs.bestSolution(whole.id()).orElseThrow(() -> new IllegalStateException(
                "Job " + whole.id() + " has parts but no stored whole")));
        S start = kind.toSolution(input, Map.of());
        boolean stopRequested = jobs.stopRequested(whole.id());
        List<PartSolution> stored = jobs.partSolutions(whole.id());
        Joined<S> joined = parts.join(start, states(kind, stored));
        if ((stopRequested || joined.failure() != null) && !allEnded(stored)) {
            stored.stream().filter(part -> !part.status().finished()).forEach(part -> stopPart.accept(part.id()));
            stored = jobs.partSolutions(whole.id());
            joined = parts.join(start, states(kind, stored));
        }
        long spent = whole.started() == null ? 0 : Duration.between(whole.started(), StoredTime.now()).toMillis();
        JobStore.Best best = stored(kind, input, joined.best());
        if (!allEnded(stored)) {
            jobs.saveBest(whole.id(), null, best, spent);
            return;
        }
        JobStatus end = joined.failure() != null ? JobStatus.FAILED
                : stopRequested ? JobStatus.STOPPED : JobStatus.COMPLETED;
        jobs.finish(whole.id(), null, end, spent, best, joined.failure());
        LOG.info("Job {} {} from its {} parts: {}", whole.id(), end.code(), stored.size(), best.score());
    }

    private <D extends Dataset, S> List<PartState<S>> states(ProblemKind<D, S> kind, List<PartSolution> stored) {
        return stored.stream().map(part -> new PartState<>(part.name(),
                part.status().finished() ? Phase.ENDED : part.solving() ? Phase.SOLVING : Phase.WAITING,
                part.document() == null ? null : kind.toSolution(support.read(kind, part.document()), Map.of()),
                part.status() == JobStatus.FAILED ? part.error() : null)).toList();
    }

    private static boolean allEnded(List<PartSolution> parts) {
        return parts.stream().allMatch(part -> part.status().finished());
    }

    private <D extends Dataset, S> JobStore.Best stored(ProblemKind<D, S> kind, D input, Best<S> best) {
        return new JobStore.Best(support.write(kind.toDataset(input, best.solution())), best.scoreText(),
                best.feasible(), results.render(kind, best.solution()));
    }
}
