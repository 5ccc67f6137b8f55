package no.turnus.job;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

import org.springframework.stereotype.Service;

import no.turnus.problem.Candidate;
import no.turnus.problem.Dataset;
import no.turnus.problem.Export;
import no.turnus.problem.InputProblem;
import no.turnus.problem.InvalidInputException;
import no.turnus.problem.ProblemKind;
import no.turnus.problem.Replanning;
import no.turnus.store.DatasetStore;
import no.turnus.store.DatasetSummary;
import no.turnus.store.JobRecord;
import no.turnus.store.JobStore;
import no.turnus.store.NotFoundException;

/**
 * Everything read from a job's stored best solution, for any kind. The report, the score analysis and the
 * text exports are served as they were stored with the best solution; a binary export (a workbook) is written
 * on request from the stored plan. Recommendations, replanning and what a
 * replanning changed need the plan itself: it is rebuilt from the stored dataset-with-plan with the job's weight
 * overrides, so it is scored exactly as the job scored it.
 */
@Service
public class JobResults {

    private final JobStore jobs;
    private final DatasetStore datasets;
    private final SolveJobs solveJobs;
    private final KindSupport support;
    private final ResultRenderer results;

    JobResults(JobStore jobs, DatasetStore datasets, SolveJobs solveJobs, KindSupport support, ResultRenderer results) {
        this.jobs = jobs;
        this.datasets = datasets;
        this.solveJobs = solveJobs;
        this.support = support;
        this.results = results;
    }

    /** The job with live figures while it runs; a job solved as parts with each part as stored. */
    public JobRecord job(String jobId) {
        JobRecord stored = jobs.find(jobId).orElseThrow(() -> new NotFoundException("job", jobId));
        List<JobRecord.Part> parts = jobs.parts(jobId);
        JobRecord job = parts.isEmpty() ? stored : stored.withParts(parts);
        return solveJobs.progress(jobId)
                .map(p -> job.withProgress(p.status(), p.timeSpentMillis(), p.bestScore(), p.feasible()))
                .orElse(job);
    }

    /** The latest stored best solution as the kind's dataset-with-plan JSON. */
    public String solutionDocument(String jobId) {
        solveJobs.awaitStoredEnd(jobId);
        JobRecord job = job(jobId);
        return jobs.bestSolution(jobId).orElseThrow(() -> new JobStateException("Job " + jobId + " has no solution yet ("
                + job.status().code() + "); the first one is stored once the solver has built a plan."));
    }

    /** The report of the latest stored best solution (JSON), as stored with it. */
    public String report(String jobId) {
        return stored(jobId, jobs::report);
    }

    /** The score analysis of the latest stored best solution (JSON), as stored with it. */
    public String analysis(String jobId) {
        return stored(jobId, jobs::analysis);
    }

    /** A file view of the solution and its media type. */
    public record Rendered(byte[] content, String mediaType, String fileName) {
    }

    public Rendered export(String jobId, String name) {
        ProblemKind<?, ?> kind = support.kind(job(jobId).kind());
        Export<?> export = kind.exports().get(name);
        if (export == null) {
            throw new NotFoundException(kind.name() + " export (available: " + new TreeSet<>(kind.exports().keySet())
                    + ")", name);
        }
        String rendered = export.binary() ? withSolution(jobId, new SolutionReader<String>() {
            @Override
            public <D extends Dataset, S> String read(ProblemKind<D, S> kind, S solution) {
                return kind.exports().get(name).render(solution);
            }
        }) : stored(jobId, jobs::exports).get(name);
        // Text is stored and served as UTF-8, which the media type says (Norwegian names in a CSV grid).
        return new Rendered(export.bytes(rendered),
                export.binary() ? export.mediaType() : export.mediaType() + ";charset=UTF-8",
                "job-" + jobId + "." + export.extension());
    }

    /**
     * A part of the result stored with the latest best solution. A best stored without its result (before results
     * were stored) gets it once, rendered from the stored plan.
     */
    private <T> T stored(String jobId, Function<String, Optional<T>> part) {
        solveJobs.awaitStoredEnd(jobId);
        JobRecord job = job(jobId);
        Optional<T> found = part.apply(jobId);
        if (found.isEmpty()) {
            String document = solutionDocument(jobId);
            jobs.saveResultIfMissing(jobId, read(support.kind(job.kind()), document, job.weights(),
                    new SolutionReader<JobStore.Result>() {
                        @Override
                        public <D extends Dataset, S> JobStore.Result read(ProblemKind<D, S> kind, S solution) {
                            return results.render(kind, solution);
                        }
                    }));
            found = part.apply(jobId);
        }
        return found.orElseThrow();
    }

    public List<? extends Candidate> recommendations(String jobId, String item) {
        if (item == null || item.isBlank()) {
            throw new InvalidInputException("item", "is required: the id of an open item, as the report lists it");
        }
        return withSolution(jobId, new SolutionReader<List<? extends Candidate>>() {
            @Override
            public <D extends Dataset, S> List<? extends Candidate> read(ProblemKind<D, S> kind, S solution) {
                return kind.recommend(solution, item);
            }
        });
    }

    /**
     * Applies a change to a finished job's plan, stores the result as a new dataset and submits a job for it
     * with the same weights; the old plan is kept as the new job's baseline for {@link #changes}.
     *
     * @param timeLimit null for the time limit of the replanned job
     */
    public JobRecord replan(String jobId, byte[] changeJson, Duration timeLimit) {
        JobRecord job = job(jobId);
        if (!job.status().finished()) {
            throw new JobStateException("Job " + jobId + " is still " + job.status().code()
                    + "; replan it when it has finished (or stop it first).");
        }
        String solved = solutionDocument(jobId);
        ProblemKind<?, ?> kind = support.kind(job.kind());
        Dataset replanned = apply(kind, solved, changeJson);
        String document = support.write(replanned);
        // The replanned plan stays in the unit of the plan it changes.
        DatasetSummary dataset = datasets.insert(job.unit(), kind.name(), replanned.name(), document);
        try {
            return solveJobs.submit(new JobSpec(dataset.id(), timeLimit == null ? job.timeLimit() : timeLimit,
                    job.weights(), jobId, solved));
        } catch (RuntimeException e) {
            // A refused job leaves no orphan dataset behind.
            datasets.delete(dataset.id());
            throw e;
        }
    }

    private <D extends Dataset> D apply(ProblemKind<D, ?> kind, String solved, byte[] changeJson) {
        Replanning<D, ?> replanning = kind.replanning().orElseThrow(() -> new JobStateException(
                "Plans of kind '" + kind.name() + "' cannot be replanned."));
        return applyChange(kind, replanning, support.read(kind, solved), changeJson);
    }

    private <D extends Dataset, C> D applyChange(ProblemKind<D, ?> kind, Replanning<D, C> replanning, D solved,
            byte[] changeJson) {
        C change = support.reader().readValue(changeJson, replanning.changeType());
        D replanned = replanning.apply(solved, change);
        List<InputProblem> problems = kind.validate(replanned);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return replanned;
    }

    /** What a replanning job changed: the kind's differences between the old plan and the job's best plan. */
    public Object changes(String jobId) {
        JobRecord job = job(jobId);
        if (job.replanOf() == null) {
            throw new JobStateException("Job " + jobId + " is not a replanning job; only those have changes.");
        }
        String baseline = jobs.baseline(jobId).orElseThrow(() -> new IllegalStateException("replanning job without baseline"));
        return differences(support.kind(job.kind()), baseline, solutionDocument(jobId));
    }

    private <D extends Dataset> Object differences(ProblemKind<D, ?> kind, String before, String after) {
        Replanning<D, ?> replanning = kind.replanning().orElseThrow();
        return replanning.differences(support.read(kind, before), support.read(kind, after));
    }

    private <R> R withSolution(String jobId, SolutionReader<R> reader) {
        JobRecord job = job(jobId);
        String document = solutionDocument(jobId);
        return read(support.kind(job.kind()), document, job.weights(), reader);
    }

    private <D extends Dataset, S, R> R read(ProblemKind<D, S> kind, String document, Map<String, String> weights,
            SolutionReader<R> reader) {
        return reader.read(kind, kind.toSolution(support.read(kind, document), weights));
    }

    /** Reads something from a solution of whatever kind the job has, with the types matched. */
    private interface SolutionReader<R> {
        <D extends Dataset, S> R read(ProblemKind<D, S> kind, S solution);
    }
}
