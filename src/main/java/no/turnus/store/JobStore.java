package no.turnus.store;

import static no.turnus.store.StoredTime.instant;
import static no.turnus.store.StoredTime.now;
import static no.turnus.store.StoredTime.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.turnus.problem.DatasetReader;

/**
 * Solve jobs and their best solutions. A best solution is written together with its score and what is read from
 * it (report, analysis, exports) in one UPDATE, so the stored document is always a complete plan and always
 * matches the score and the report shown for it.
 */
@Repository
public class JobStore {

    private static final String COLUMNS = "SELECT id, dataset_id, kind, status, time_limit_ms, weights, created, started,"
            + " ended, time_spent_ms, best_score, feasible, error, replan_of, unit FROM job";
    private static final TypeReference<Map<String, String>> TEXT_MAP = new TypeReference<>() {
    };
    private static final ObjectMapper JSON = DatasetReader.standardMapper();

    private final JdbcClient jdbc;

    public JobStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param baseline for a replanning job, the plan it changes (the dataset-with-plan document); else null */
    public void insert(JobRecord job, String baseline) {
        jdbc.sql("INSERT INTO job (id, dataset_id, unit, kind, status, time_limit_ms, weights, created, replan_of,"
                        + " baseline) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(job.id(), job.datasetId(), job.unit(), job.kind(), job.status().code(),
                        job.timeLimit().toMillis(), json(job.weights()), timestamp(job.created()), job.replanOf(),
                        baseline)
                .update();
    }

    public Optional<JobRecord> find(String id) {
        return jdbc.sql(COLUMNS + " WHERE id = ?").param(id).query(JobStore::job).optional();
    }

    /** Newest first, those in the scope; only the jobs of one dataset when {@code datasetId} is given. */
    public List<JobRecord> list(String datasetId, Scope scope) {
        JdbcClient.StatementSpec statement = jdbc.sql(COLUMNS + " WHERE " + scope.condition()
                + (datasetId == null ? "" : " AND dataset_id = :dataset") + " ORDER BY created DESC, id");
        if (datasetId != null) {
            statement = statement.param("dataset", datasetId);
        }
        return scope.bind(statement).query(JobStore::job).list();
    }

    /** Ids of the jobs of one dataset that are queued or solving. */
    public List<String> unfinished(String datasetId) {
        return jdbc.sql("SELECT id FROM job WHERE status IN ('queued', 'solving') AND dataset_id = ?")
                .param(datasetId).query(String.class).list();
    }

    /** Ids of every job that is queued or solving. */
    public List<String> unfinished() {
        return jdbc.sql("SELECT id FROM job WHERE status IN ('queued', 'solving')").query(String.class).list();
    }

    /** Marks one job interrupted if it is still queued or solving; false when it was not (or is gone). */
    public boolean interrupt(String id) {
        return jdbc.sql("UPDATE job SET status = 'interrupted', ended = ? WHERE id = ? AND status IN ('queued', 'solving')")
                .params(timestamp(now()), id).update() > 0;
    }

    /** The latest stored best solution: the kind's dataset with the plan in it. */
    public Optional<String> bestSolution(String id) {
        return jdbc.sql("SELECT best_solution FROM job WHERE id = ?").param(id).query(String.class).optional()
                .filter(document -> document != null);
    }

    /** The report of the latest stored best solution (JSON), when it was stored with one. */
    public Optional<String> report(String id) {
        return column("best_report", id);
    }

    /** The score analysis of the latest stored best solution (JSON), when it was stored with one. */
    public Optional<String> analysis(String id) {
        return column("best_analysis", id);
    }

    /** The exports of the latest stored best solution, rendered, by name; when it was stored with them. */
    public Optional<Map<String, String>> exports(String id) {
        return column("best_exports", id).map(JobStore::textMap);
    }

    /**
     * Stores what is read from the best solution of a job whose best was stored without it (stored before
     * results were, or by hand); a result stored meanwhile with a newer best is kept.
     */
    public void saveResultIfMissing(String id, Result result) {
        jdbc.sql("UPDATE job SET best_report = ?, best_analysis = ?, best_exports = ? WHERE id = ? AND best_report IS NULL")
                .params(result.report(), result.analysis(), json(result.exports()), id)
                .update();
    }

    private Optional<String> column(String column, String id) {
        return jdbc.sql("SELECT " + column + " FROM job WHERE id = ?").param(id).query(String.class).optional()
                .filter(text -> text != null);
    }

    public Optional<String> baseline(String id) {
        return jdbc.sql("SELECT baseline FROM job WHERE id = ?").param(id).query(String.class).optional()
                .filter(document -> document != null);
    }

    public void markSolving(String id, Instant started) {
        jdbc.sql("UPDATE job SET status = 'solving', started = ? WHERE id = ?").params(timestamp(started), id).update();
    }

    /** Stores a new best solution with its score and result, in one statement. */
    public void saveBest(String id, Best best, long timeSpentMillis) {
        Result result = best.result() == null ? Result.NONE : best.result();
        jdbc.sql("UPDATE job SET best_solution = ?, best_score = ?, feasible = ?, best_report = ?, best_analysis = ?,"
                        + " best_exports = ?, time_spent_ms = ?, best_updated = ? WHERE id = ?")
                .params(best.document(), best.score(), best.feasible(), result.report(), result.analysis(),
                        json(result.exports()), timeSpentMillis, timestamp(now()), id)
                .update();
    }

    /**
     * Records the end of a job, with its final best solution when there is one (else the last stored one is
     * kept), in one statement.
     */
    public void finish(String id, JobStatus status, long timeSpentMillis, Best best, String error) {
        Instant now = now();
        if (best == null) {
            jdbc.sql("UPDATE job SET status = ?, ended = ?, time_spent_ms = ?, error = ? WHERE id = ?")
                    .params(status.code(), timestamp(now), timeSpentMillis, error, id).update();
        } else {
            Result result = best.result() == null ? Result.NONE : best.result();
            jdbc.sql("UPDATE job SET status = ?, ended = ?, time_spent_ms = ?, error = ?, best_solution = ?,"
                            + " best_score = ?, feasible = ?, best_report = ?, best_analysis = ?, best_exports = ?,"
                            + " best_updated = ? WHERE id = ?")
                    .params(status.code(), timestamp(now), timeSpentMillis, error, best.document(), best.score(),
                            best.feasible(), result.report(), result.analysis(), json(result.exports()),
                            timestamp(now), id)
                    .update();
        }
    }

    /**
     * A best solution ready to store: the dataset-with-plan document, its score and what is read from it.
     *
     * @param result null when only the plan is stored; reads then derive the result once
     */
    public record Best(String document, String score, boolean feasible, Result result) {
    }

    /**
     * What is read from a best solution, rendered once: the report and the score analysis as JSON, every export
     * by name.
     */
    public record Result(String report, String analysis, Map<String, String> exports) {
        static final Result NONE = new Result(null, null, null);
    }

    /**
     * Marks every job left queued or solving as interrupted: called when the service starts, for the jobs of a
     * run that ended without finishing them. Their last stored best solution stays.
     */
    public int interruptUnfinished() {
        return jdbc.sql("UPDATE job SET status = 'interrupted', ended = ? WHERE status IN ('queued', 'solving')")
                .param(timestamp(now())).update();
    }

    private static JobRecord job(ResultSet rs, int row) throws SQLException {
        boolean feasible = rs.getBoolean("feasible");
        Boolean nullableFeasible = rs.wasNull() ? null : feasible;
        return new JobRecord(rs.getString("id"), rs.getString("dataset_id"), rs.getString("kind"),
                JobStatus.of(rs.getString("status")), Duration.ofMillis(rs.getLong("time_limit_ms")),
                textMap(rs.getString("weights")), instant(rs, "created"), instant(rs, "started"), instant(rs, "ended"),
                rs.getLong("time_spent_ms"), rs.getString("best_score"), nullableFeasible, rs.getString("error"),
                rs.getString("replan_of"), rs.getString("unit"));
    }

    private static String json(Map<String, String> texts) {
        if (texts == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(texts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> textMap(String json) {
        try {
            return JSON.readValue(json, TEXT_MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored map is not JSON: " + json, e);
        }
    }
}
