package no.turnus.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A solve job as stored and shown: what it solves, how long it may run, where it is, and its best score so far.
 * The best solution itself is read separately ({@link JobStore#bestSolution}), it can be large.
 *
 * @param replanOf the job whose plan this job replans, or null
 * @param unit     the organisation unit of the job (its dataset's)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobRecord(String id, String datasetId, String kind, JobStatus status, Duration timeLimit,
                        Map<String, String> weights, Instant created, Instant started, Instant ended,
                        long timeSpentMillis, String bestScore, Boolean feasible, String error, String replanOf,
                        String unit) {

    public JobRecord {
        weights = weights == null ? Map.of() : Map.copyOf(weights);
    }

    /** The same job with live figures from the solver thread, which are stored only now and then. */
    public JobRecord withProgress(JobStatus status, long timeSpentMillis, String bestScore, Boolean feasible) {
        return new JobRecord(id, datasetId, kind, status, timeLimit, weights, created, started, ended, timeSpentMillis,
                bestScore == null ? this.bestScore : bestScore, bestScore == null ? this.feasible : feasible, error,
                replanOf, unit);
    }
}
