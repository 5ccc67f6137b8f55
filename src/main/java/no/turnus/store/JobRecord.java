package no.turnus.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A solve job as stored and shown: what it solves, how long it may run, where it is, and its best score so far.
 * The best solution itself is read separately ({@link JobStore#bestSolution}), it can be large.
 *
 * @param replanOf the job whose plan this job replans, or null
 * @param unit     the organisation unit of the job (its dataset's)
 * @param partOf   for a part of a job solved as parts (a scenario set's option), that job; else null
 * @param part     the part's name (the option's), or null
 * @param parts    for a job solved as parts, each part as far as it has come (in {@code GET /api/jobs/{id}}); else
 *                 null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobRecord(String id, String datasetId, String kind, JobStatus status, Duration timeLimit,
                        Map<String, String> weights, Instant created, Instant started, Instant ended,
                        long timeSpentMillis, String bestScore, Boolean feasible, String error, String replanOf,
                        String unit, String partOf, String part, List<Part> parts) {

    public JobRecord {
        weights = weights == null ? Map.of() : Map.copyOf(weights);
        parts = parts == null ? null : List.copyOf(parts);
    }

    /** A job that is not a part and has none. */
    public JobRecord(String id, String datasetId, String kind, JobStatus status, Duration timeLimit,
                     Map<String, String> weights, Instant created, Instant started, Instant ended,
                     long timeSpentMillis, String bestScore, Boolean feasible, String error, String replanOf,
                     String unit) {
        this(id, datasetId, kind, status, timeLimit, weights, created, started, ended, timeSpentMillis, bestScore,
                feasible, error, replanOf, unit, null, null, null);
    }

    /** The same job with live figures from the solver thread, which are stored only now and then. */
    public JobRecord withProgress(JobStatus status, long timeSpentMillis, String bestScore, Boolean feasible) {
        return new JobRecord(id, datasetId, kind, status, timeLimit, weights, created, started, ended, timeSpentMillis,
                bestScore == null ? this.bestScore : bestScore, bestScore == null ? this.feasible : feasible, error,
                replanOf, unit, partOf, part, parts);
    }

    public JobRecord withParts(List<Part> newParts) {
        return new JobRecord(id, datasetId, kind, status, timeLimit, weights, created, started, ended, timeSpentMillis,
                bestScore, feasible, error, replanOf, unit, partOf, part, newParts);
    }

    /**
     * One part of a job solved as parts, as stored.
     *
     * @param id       the part's own job id
     * @param instance the instance solving it, or that solved it last; null while it waits
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Part(String id, String name, JobStatus status, String bestScore, Boolean feasible,
                       long timeSpentMillis, String instance, String error) {
    }
}
