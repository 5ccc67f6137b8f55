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
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

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
            + " ended, time_spent_ms, best_score, feasible, error, replan_of, unit, part_of, part FROM job";
    private static final String UNFINISHED = "status IN ('queued', 'solving')";
    /** A job whose parts are jobs of their own: it waits for them and uses no solver itself. */
    private static final String HAS_PARTS = "EXISTS (SELECT 1 FROM job p WHERE p.part_of = job.id)";
    private static final TypeReference<Map<String, String>> TEXT_MAP = new TypeReference<>() {
    };
    private static final ObjectMapper JSON = DatasetReader.standardMapper();

    /** Only the instance that owns a job (or nobody, for one never started) writes its state. */
    private static final String OWNED = " AND (owner IS NULL OR owner = ?)";

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

    /**
     * Stores a part of a job solved as parts, queued, with the problem it solves.
     *
     * @param index its place among the parts
     */
    public void insertPart(JobRecord part, int index, String problem) {
        jdbc.sql("INSERT INTO job (id, dataset_id, unit, kind, status, time_limit_ms, weights, created, part_of, part,"
                        + " part_index, part_problem) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(part.id(), part.datasetId(), part.unit(), part.kind(), part.status().code(),
                        part.timeLimit().toMillis(), json(part.weights()), timestamp(part.created()), part.partOf(),
                        part.part(), index, problem)
                .update();
    }

    /** The problem a part solves (a document of its kind), or empty for a job that is not a part. */
    public Optional<String> partProblem(String id) {
        return column("part_problem", id);
    }

    /** Whether the job has been split into parts. */
    public boolean hasParts(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM job WHERE part_of = ?").param(id).query(Integer.class).single() > 0;
    }

    /** The parts of a job, in order, as shown in its status. */
    public List<JobRecord.Part> parts(String id) {
        return jdbc.sql("SELECT id, part, status, best_score, feasible, time_spent_ms, owner, error FROM job"
                        + " WHERE part_of = ? ORDER BY part_index")
                .param(id).query((rs, row) -> new JobRecord.Part(rs.getString("id"), rs.getString("part"),
                        JobStatus.of(rs.getString("status")), rs.getString("best_score"), nullableBoolean(rs, "feasible"),
                        rs.getLong("time_spent_ms"), rs.getString("owner"), rs.getString("error"))).list();
    }

    /**
     * A part with its latest best solution.
     *
     * @param solving  whether an instance has taken the part (solving, or claimed and starting)
     * @param document its latest stored best, or null
     */
    public record PartSolution(String id, String name, JobStatus status, boolean solving, String document,
                               String error) {
    }

    /** The parts of a job with their latest best solutions, in order, for putting the whole together. */
    public List<PartSolution> partSolutions(String id) {
        return jdbc.sql("SELECT id, part, status, owner, best_solution, error FROM job WHERE part_of = ?"
                        + " ORDER BY part_index")
                .param(id).query((rs, row) -> {
                    JobStatus status = JobStatus.of(rs.getString("status"));
                    return new PartSolution(rs.getString("id"), rs.getString("part"), status,
                            status == JobStatus.SOLVING || rs.getString("owner") != null, rs.getString("best_solution"),
                            rs.getString("error"));
                }).list();
    }

    /**
     * Locks an unfinished job's row until the transaction ends, so that its parts' results are put together by one
     * instance at a time; empty when it has finished.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<JobRecord> lockUnfinished(String id) {
        return jdbc.sql(COLUMNS + " WHERE id = ? AND " + UNFINISHED + " FOR UPDATE").param(id).query(JobStore::job)
                .optional();
    }

    /** Whether a stop of the job has been asked (on any instance). */
    public boolean stopRequested(String id) {
        return jdbc.sql("SELECT stop_requested FROM job WHERE id = ?").param(id).query(Boolean.class).optional()
                .orElse(false);
    }

    /** Unfinished jobs split into parts that have all ended: each is ready to be finished from its parts. */
    public List<String> partedWithAllPartsEnded() {
        return jdbc.sql("SELECT id FROM job WHERE " + UNFINISHED + " AND " + HAS_PARTS
                        + " AND NOT EXISTS (SELECT 1 FROM job p WHERE p.part_of = job.id AND p.status IN ('queued', 'solving'))")
                .query(String.class).list();
    }

    public Optional<JobRecord> find(String id) {
        return jdbc.sql(COLUMNS + " WHERE id = ?").param(id).query(JobStore::job).optional();
    }

    /** Newest first, those in the scope; only the jobs of one dataset when {@code datasetId} is given. */
    public List<JobRecord> list(String datasetId, Scope scope) {
        // A part is shown in its whole's status, not as a job of its own.
        JdbcClient.StatementSpec statement = jdbc.sql(COLUMNS + " WHERE part_of IS NULL AND " + scope.condition()
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

    /**
     * How many jobs are queued or solving, on every instance. A job split into parts counts as its unfinished parts
     * (each a job here), not once more itself.
     */
    public int unfinishedCount() {
        return jdbc.sql("SELECT COUNT(*) FROM job WHERE " + UNFINISHED + " AND NOT " + HAS_PARTS).query(Integer.class)
                .single();
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

    /**
     * Marks the job solving (its first start is kept when another instance resumes it).
     *
     * @param owner the instance solving it: the writes of an instance that has lost the job change nothing
     */
    public void markSolving(String id, String owner, Instant started) {
        jdbc.sql("UPDATE job SET status = 'solving', started = COALESCE(started, ?) WHERE id = ?" + OWNED)
                .params(timestamp(started), id, owner).update();
    }

    /** Stores a new best solution with its score and result, in one statement. */
    public void saveBest(String id, String owner, Best best, long timeSpentMillis) {
        Result result = best.result() == null ? Result.NONE : best.result();
        jdbc.sql("UPDATE job SET best_solution = ?, best_score = ?, feasible = ?, best_report = ?, best_analysis = ?,"
                        + " best_exports = ?, time_spent_ms = ?, best_updated = ? WHERE id = ?" + OWNED)
                .params(best.document(), best.score(), best.feasible(), result.report(), result.analysis(),
                        json(result.exports()), timeSpentMillis, timestamp(now()), id, owner)
                .update();
    }

    /** The time a solving job has spent so far, stored now and then so that a takeover counts it. */
    public void saveTimeSpent(String id, String owner, long timeSpentMillis) {
        jdbc.sql("UPDATE job SET time_spent_ms = ? WHERE id = ?" + OWNED).params(timeSpentMillis, id, owner).update();
    }

    /**
     * Hands a job this instance solved back to the queue (on shutdown), with its best solution (else the last stored
     * one is kept) and the time spent, for another instance to resume at once.
     */
    public void release(String id, String owner, long timeSpentMillis, Best best) {
        if (best == null) {
            jdbc.sql("UPDATE job SET status = 'queued', owner = NULL, time_spent_ms = ? WHERE id = ? AND owner = ?")
                    .params(timeSpentMillis, id, owner).update();
        } else {
            Result result = best.result() == null ? Result.NONE : best.result();
            jdbc.sql("UPDATE job SET status = 'queued', owner = NULL, time_spent_ms = ?, best_solution = ?,"
                            + " best_score = ?, feasible = ?, best_report = ?, best_analysis = ?, best_exports = ?,"
                            + " best_updated = ? WHERE id = ? AND owner = ?")
                    .params(timeSpentMillis, best.document(), best.score(), best.feasible(), result.report(),
                            result.analysis(), json(result.exports()), timestamp(now()), id, owner)
                    .update();
        }
    }

    /**
     * A job this instance claimed has been split into parts: it is solving, solved by its parts on any instance, and
     * owned by none (whichever instance puts the parts' results together writes it); its best is the whole as it
     * starts.
     *
     * @return false when the job is no longer this instance's (stopped, deleted or taken over)
     */
    public boolean splitIntoParts(String id, String owner, Instant started, Best whole) {
        Result result = whole.result() == null ? Result.NONE : whole.result();
        return jdbc.sql("UPDATE job SET status = 'solving', started = COALESCE(started, ?), owner = NULL,"
                        + " best_solution = ?, best_score = ?, feasible = ?, best_report = ?, best_analysis = ?,"
                        + " best_exports = ?, best_updated = ? WHERE id = ? AND owner = ? AND " + UNFINISHED)
                .params(timestamp(started), whole.document(), whole.score(), whole.feasible(), result.report(),
                        result.analysis(), json(result.exports()), timestamp(now()), id, owner)
                .update() > 0;
    }

    /**
     * Records the end of a job, with its final best solution when there is one (else the last stored one is
     * kept), in one statement.
     *
     * @param owner the instance that solved it, or null for a job that never started
     */
    public void finish(String id, String owner, JobStatus status, long timeSpentMillis, Best best, String error) {
        Instant now = now();
        if (best == null) {
            jdbc.sql("UPDATE job SET status = ?, ended = ?, time_spent_ms = ?, error = ? WHERE id = ?" + OWNED)
                    .params(status.code(), timestamp(now), timeSpentMillis, error, id, owner).update();
        } else {
            Result result = best.result() == null ? Result.NONE : best.result();
            jdbc.sql("UPDATE job SET status = ?, ended = ?, time_spent_ms = ?, error = ?, best_solution = ?,"
                            + " best_score = ?, feasible = ?, best_report = ?, best_analysis = ?, best_exports = ?,"
                            + " best_updated = ? WHERE id = ?" + OWNED)
                    .params(status.code(), timestamp(now), timeSpentMillis, error, best.document(), best.score(),
                            best.feasible(), result.report(), result.analysis(), json(result.exports()),
                            timestamp(now), id, owner)
                    .update();
        }
    }

    /**
     * Makes {@code owner} the one instance solving the job and opens its run; the run of an instance that held it
     * before (whose heartbeat stopped) is closed as lost. One transaction, so the history never has two open runs.
     *
     * @return the job, unless it has finished (stopped while queued) or is gone
     */
    @Transactional
    public Optional<JobRecord> claim(String id, String owner) {
        Instant now = now();
        if (jdbc.sql("UPDATE job SET owner = ? WHERE id = ? AND status IN ('queued', 'solving')")
                .params(owner, id).update() == 0) {
            return Optional.empty();
        }
        jdbc.sql("UPDATE job_run SET ended = ?, outcome = 'lost' WHERE job_id = ? AND ended IS NULL")
                .params(timestamp(now), id).update();
        jdbc.sql("INSERT INTO job_run (job_id, instance, started) VALUES (?, ?, ?)")
                .params(id, owner, timestamp(now)).update();
        return find(id);
    }

    /** Closes the owner's open run of the job with the job's outcome (its status, or 'released'). */
    public void endRun(String id, String owner, String outcome) {
        jdbc.sql("UPDATE job_run SET ended = ?, outcome = ? WHERE job_id = ? AND instance = ? AND ended IS NULL")
                .params(timestamp(now()), outcome, id, owner).update();
    }

    /** Who solved the job when, oldest first. */
    public List<JobRun> runs(String id) {
        return jdbc.sql("SELECT instance, started, ended, outcome FROM job_run WHERE job_id = ? ORDER BY started, id")
                .param(id).query((rs, row) -> new JobRun(rs.getString("instance"), instant(rs, "started"),
                        instant(rs, "ended"), rs.getString("outcome"))).list();
    }

    /** One run of a job on one instance; {@code ended} and {@code outcome} null while it runs. */
    public record JobRun(String instance, Instant started, Instant ended, String outcome) {
    }

    /** Stops a job that no instance has started; false when it has started meanwhile or has finished. */
    public boolean stopQueued(String id) {
        return jdbc.sql("UPDATE job SET status = 'stopped', ended = ? WHERE id = ? AND status = 'queued' AND owner IS NULL")
                .params(timestamp(now()), id).update() > 0;
    }

    /** Asks the instance solving the job to stop it; false when the job has finished. */
    public boolean requestStop(String id) {
        return jdbc.sql("UPDATE job SET stop_requested = TRUE WHERE id = ? AND status IN ('queued', 'solving')")
                .param(id).update() > 0;
    }

    /**
     * Of the jobs this instance holds, those it may go on solving: still its own, unfinished and not asked to
     * stop. The others it lets go (stopped, deleted, or taken over by another instance after its lease expired).
     */
    public List<String> stillOwned(String owner, java.util.Collection<String> held) {
        if (held.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id FROM job WHERE id IN (:held) AND owner = :owner AND NOT stop_requested"
                        + " AND status IN ('queued', 'solving')")
                .param("held", held).param("owner", owner).query(String.class).list();
    }

    /** This instance is alive with {@code concurrent} solver threads. */
    public void heartbeat(String instance, int concurrent) {
        Instant now = now();
        if (jdbc.sql("UPDATE job_instance SET concurrent = ?, seen = ? WHERE name = ?")
                .params(concurrent, timestamp(now), instance).update() == 0) {
            jdbc.sql("INSERT INTO job_instance (name, concurrent, seen) VALUES (?, ?, ?)")
                    .params(instance, concurrent, timestamp(now)).update();
        }
    }

    /** The instance has stopped: it no longer counts towards the cluster's solver threads. */
    public void leave(String instance) {
        jdbc.sql("DELETE FROM job_instance WHERE name = ?").param(instance).update();
    }

    /** The solver threads of the instances seen since {@code since}. */
    public int solverThreads(Instant since) {
        return jdbc.sql("SELECT COALESCE(SUM(concurrent), 0) FROM job_instance WHERE seen >= ?")
                .param(timestamp(since)).query(Integer.class).single();
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
     * Marks interrupted every job left queued or solving that the job engine no longer has (its end was lost, or
     * it was stored before the engine kept it, or by hand); their last stored best solution stays. A job the
     * engine still has is left to it: an instance takes it up, resuming it if its solver died.
     *
     * @param engineTable the engine's table, with one row per job it has ({@code task_instance} = job id)
     */
    public int interruptOrphaned(String engineTable) {
        return jdbc.sql("UPDATE job SET status = 'interrupted', ended = ? WHERE status IN ('queued', 'solving')"
                        + " AND NOT EXISTS (SELECT 1 FROM " + engineTable + " t WHERE t.task_instance = job.id)"
                        // A job split into parts waits for them; it is finished from them (LocalSolveJobs.sweep).
                        + " AND NOT " + HAS_PARTS)
                .param(timestamp(now())).update();
    }

    private static JobRecord job(ResultSet rs, int row) throws SQLException {
        return new JobRecord(rs.getString("id"), rs.getString("dataset_id"), rs.getString("kind"),
                JobStatus.of(rs.getString("status")), Duration.ofMillis(rs.getLong("time_limit_ms")),
                textMap(rs.getString("weights")), instant(rs, "created"), instant(rs, "started"), instant(rs, "ended"),
                rs.getLong("time_spent_ms"), rs.getString("best_score"), nullableBoolean(rs, "feasible"),
                rs.getString("error"), rs.getString("replan_of"), rs.getString("unit"), rs.getString("part_of"),
                rs.getString("part"), null);
    }

    private static Boolean nullableBoolean(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
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
