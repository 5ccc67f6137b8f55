package no.turnus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;

import no.turnus.TurnusApplication;
import no.turnus.api.ServiceClient;
import no.turnus.job.ClusterInstances;
import no.turnus.kinds.StandardKinds;
import no.turnus.problem.DatasetReader;

/**
 * The persistence of datasets, jobs and best solutions, run unchanged against H2 and against PostgreSQL
 * (one subclass each): round trips, atomic best-solution writes, cascade on delete, interrupted jobs on
 * restart, and a whole service restarted in the middle of a solve (the job handed over and resumed).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PersistenceTest {

    private TestDatabase database;
    private DatasetStore datasets;
    private JobStore jobs;

    abstract TestDatabase openDatabase() throws Exception;

    @BeforeAll
    void migrate() throws Exception {
        database = openDatabase().migrate();
        datasets = new DatasetStore(database.jdbc());
        jobs = new JobStore(database.jdbc());
    }

    @AfterAll
    void drop() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void datasetsKeepTheirDocumentWhole() {
        // A large document with Norwegian letters and a dash: kept byte for byte, size counted in UTF-8 bytes.
        String name = "Solsikken – Ålesund/Bærum/Tromsø";
        String document = "{\"kind\":\"roster\",\"name\":\"" + name + "\",\"pad\":\"" + "æ".repeat(600_000) + "\"}";
        DatasetSummary stored = datasets.insert("ward-a", "roster", name, document);
        DatasetSummary later = datasets.insert("ward-a", "roster", "second", "{}");

        assertThat(datasets.find(stored.id())).contains(stored);
        assertThat(stored.size()).isEqualTo(document.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        assertThat(datasets.document(stored.id())).contains(document);
        assertThat(datasets.list(Scope.ALL)).extracting(DatasetSummary::id).containsSubsequence(later.id(), stored.id());
        assertThat(datasets.find("missing")).isEmpty();
        assertThat(datasets.document("missing")).isEmpty();
    }

    @Test
    void listsShowOnlyTheUnitsAndKindsOfTheScope() {
        // Units of this test only: the database is shared by the class's tests.
        String a = "a-" + UUID.randomUUID();
        String b = "b-" + UUID.randomUUID();
        DatasetSummary rosterA = datasets.insert(a, "roster", "a", "{}");
        DatasetSummary rosterB = datasets.insert(b, "roster", "b", "{}");
        DatasetSummary homecareA = datasets.insert(a, "homecare", "h", "{}");
        JobRecord jobA = unitJob(rosterA);
        JobRecord jobB = unitJob(rosterB);
        jobs.insert(jobA, null);
        jobs.insert(jobB, null);

        Scope rostersOfA = new Scope(Set.of(a), Set.of("roster"));
        assertThat(datasets.list(rostersOfA)).extracting(DatasetSummary::id).containsExactly(rosterA.id());
        assertThat(datasets.list(new Scope(Set.of(a, b), null))).extracting(DatasetSummary::id)
                .containsExactlyInAnyOrder(rosterA.id(), rosterB.id(), homecareA.id());
        assertThat(datasets.list(new Scope(Set.of(), null))).isEmpty();
        assertThat(jobs.list(null, rostersOfA)).extracting(JobRecord::id).containsExactly(jobA.id());
        assertThat(jobs.list(rosterB.id(), rostersOfA)).isEmpty();
        assertThat(jobs.list(rosterB.id(), Scope.ALL)).extracting(JobRecord::unit).containsExactly(b);
    }

    private static JobRecord unitJob(DatasetSummary dataset) {
        return new JobRecord(UUID.randomUUID().toString(), dataset.id(), dataset.kind(), JobStatus.QUEUED,
                Duration.ofSeconds(30), Map.of(), Instant.now(), null, null, 0, null, null, null, null, dataset.unit());
    }

    @Test
    void jobsStoreTheirBestSolutionWithItsScore() {
        String datasetId = datasets.insert("ward-a", "roster", "d", "{}").id();
        JobRecord job = newJob(datasetId, JobStatus.QUEUED, "earlier-job");
        jobs.insert(job, "{\"baseline\":true}");
        assertThat(jobs.find(job.id())).contains(job);
        assertThat(jobs.baseline(job.id())).contains("{\"baseline\":true}");
        assertThat(jobs.bestSolution(job.id())).isEmpty();

        jobs.markSolving(job.id(), null, Instant.now());
        jobs.saveBest(job.id(), null, new JobStore.Best("{\"plan\":1}", "0hard/-2medium/-30soft", true, null), 1200);
        JobRecord solving = jobs.find(job.id()).orElseThrow();
        assertThat(solving.status()).isEqualTo(JobStatus.SOLVING);
        assertThat(solving.started()).isNotNull();
        assertThat(solving.bestScore()).isEqualTo("0hard/-2medium/-30soft");
        assertThat(solving.feasible()).isTrue();
        assertThat(solving.timeSpentMillis()).isEqualTo(1200);
        assertThat(jobs.bestSolution(job.id())).contains("{\"plan\":1}");

        // Failing without a final solution keeps the last stored one and its score.
        jobs.finish(job.id(), null, JobStatus.FAILED, 1500, null, "IllegalStateException: boom");
        JobRecord failed = jobs.find(job.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
        assertThat(failed.error()).contains("boom");
        assertThat(failed.ended()).isNotNull();
        assertThat(failed.bestScore()).isEqualTo("0hard/-2medium/-30soft");
        assertThat(jobs.bestSolution(job.id())).contains("{\"plan\":1}");

        jobs.finish(job.id(), null, JobStatus.COMPLETED, 2000, new JobStore.Best("{\"plan\":2}", "-1hard/0medium/0soft", false,
                null), null);
        JobRecord completed = jobs.find(job.id()).orElseThrow();
        assertThat(completed.bestScore()).isEqualTo("-1hard/0medium/0soft");
        assertThat(completed.feasible()).isFalse();
        assertThat(jobs.bestSolution(job.id())).contains("{\"plan\":2}");
        assertThat(jobs.list(datasetId, Scope.ALL)).containsExactly(completed);
    }

    /** What is read from a best is written with it, and at the end with the job's status, in the same statement. */
    @Test
    void aBestIsStoredWithItsReportAnalysisAndExports() {
        String datasetId = datasets.insert("ward-a", "roster", "d", "{}").id();
        JobRecord job = newJob(datasetId, JobStatus.QUEUED, null);
        jobs.insert(job, null);
        assertThat(jobs.report(job.id())).isEmpty();
        jobs.saveBest(job.id(), null, new JobStore.Best("{\"plan\":1}", "0hard/0medium/-1soft", true,
                new JobStore.Result("{\"report\":1}", "{\"analysis\":1}", Map.of("csv", "a,b"))), 100);
        assertThat(jobs.report(job.id())).contains("{\"report\":1}");
        assertThat(jobs.analysis(job.id())).contains("{\"analysis\":1}");
        assertThat(jobs.exports(job.id())).contains(Map.of("csv", "a,b"));
        // A result is only filled in where a best has none.
        jobs.saveResultIfMissing(job.id(), new JobStore.Result("{}", "{}", Map.of()));
        assertThat(jobs.report(job.id())).contains("{\"report\":1}");

        jobs.finish(job.id(), null, JobStatus.COMPLETED, 200, new JobStore.Best("{\"plan\":2}", "0hard/0medium/0soft", true,
                new JobStore.Result("{\"report\":2}", "{\"analysis\":2}", Map.of("csv", "c,d"))), null);
        assertThat(jobs.find(job.id()).orElseThrow().status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(jobs.bestSolution(job.id())).contains("{\"plan\":2}");
        assertThat(jobs.report(job.id())).contains("{\"report\":2}");
        assertThat(jobs.analysis(job.id())).contains("{\"analysis\":2}");
        assertThat(jobs.exports(job.id())).contains(Map.of("csv", "c,d"));
    }

    @Test
    void deletingADatasetDeletesItsJobs() {
        String kept = datasets.insert("ward-a", "roster", "kept", "{}").id();
        String deleted = datasets.insert("ward-a", "roster", "deleted", "{}").id();
        JobRecord keptJob = newJob(kept, JobStatus.COMPLETED, null);
        JobRecord deletedJob = newJob(deleted, JobStatus.COMPLETED, null);
        jobs.insert(keptJob, null);
        jobs.insert(deletedJob, null);

        assertThat(datasets.delete(deleted)).isTrue();
        assertThat(datasets.delete(deleted)).isFalse();
        assertThat(jobs.find(deletedJob.id())).isEmpty();
        assertThat(jobs.find(keptJob.id())).isPresent();
        assertThat(datasets.find(kept)).isPresent();
    }

    @Test
    void unfinishedJobsAreInterruptedWithTheirBestSolutionKept() {
        String datasetId = datasets.insert("ward-a", "roster", "d", "{}").id();
        JobRecord queued = newJob(datasetId, JobStatus.QUEUED, null);
        JobRecord solving = newJob(datasetId, JobStatus.QUEUED, null);
        JobRecord completed = newJob(datasetId, JobStatus.QUEUED, null);
        jobs.insert(queued, null);
        jobs.insert(solving, null);
        jobs.insert(completed, null);
        jobs.markSolving(solving.id(), null, Instant.now());
        jobs.saveBest(solving.id(), null, new JobStore.Best("{\"best\":true}", "0hard/0medium/-5soft", true, null), 800);
        jobs.finish(completed.id(), null, JobStatus.COMPLETED, 900, null, null);
        assertThat(jobs.unfinished(datasetId)).containsExactlyInAnyOrder(queued.id(), solving.id());

        assertThat(jobs.interruptOrphaned("scheduled_tasks")).isGreaterThanOrEqualTo(2);

        assertThat(jobs.find(queued.id()).orElseThrow().status()).isEqualTo(JobStatus.INTERRUPTED);
        JobRecord interrupted = jobs.find(solving.id()).orElseThrow();
        assertThat(interrupted.status()).isEqualTo(JobStatus.INTERRUPTED);
        assertThat(interrupted.ended()).isNotNull();
        assertThat(interrupted.bestScore()).isEqualTo("0hard/0medium/-5soft");
        assertThat(jobs.bestSolution(solving.id())).contains("{\"best\":true}");
        assertThat(jobs.find(completed.id()).orElseThrow().status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(jobs.unfinished(datasetId)).isEmpty();
    }

    /**
     * The service is closed (SIGTERM) while a job solves, with no other instance alive: the job is handed back to
     * the queue with its best solution, complete and scoring as stored, and its time spent; the service started
     * again on the same database resumes it (the run history shows the hand-over, never two runs at once). A job
     * left "solving" that the job engine does not have (its end lost) is interrupted at the next start.
     */
    @Test
    void aRestartResumesTheJobsHandedOverAtShutdownFromTheirBestSolution() throws Exception {
        String datasetId;
        String jobId;
        try (ConfigurableApplicationContext first = startService()) {
            ServiceClient client = client(first);
            datasetId = client.upload("roster-small.json");
            jobId = client.solve(datasetId, "60s");
            client.awaitSolution(jobId, Duration.ofSeconds(60));
            assertThat(client.job(jobId).get("status").asText()).isEqualTo("solving");
        }
        JobRecord handedOver = jobs.find(jobId).orElseThrow();
        assertThat(handedOver.status()).isEqualTo(JobStatus.QUEUED);
        assertThat(handedOver.timeSpentMillis()).isPositive().isLessThan(60_000);
        String plan = jobs.bestSolution(jobId).orElseThrow();
        // The plan the solver had when the service closed: after the first stored best it may still have been
        // building (a stop ends the solver itself), so it has assignments but not necessarily all of them.
        new DatasetReader(StandardKinds.all()).read(plan.getBytes());
        assertThat(ServiceClient.json(plan).get("assignments").size()).isPositive();
        assertThat(ServiceClient.json(jobs.analysis(jobId).orElseThrow()).get("score").asText())
                .isEqualTo(handedOver.bestScore());
        assertThat(jobs.runs(jobId)).extracting(JobStore.JobRun::outcome).containsExactly("handed-over");
        // As if the end of another job of the dataset had been lost: solving in the database, not in the engine.
        JobRecord crashed = newJob(datasetId, JobStatus.QUEUED, null);
        jobs.insert(crashed, null);
        jobs.markSolving(crashed.id(), null, Instant.now());
        jobs.saveBest(crashed.id(), null, new JobStore.Best(plan, "0hard/-1medium/-1soft", true, null), 500);

        try (ConfigurableApplicationContext second = startService()) {
            ServiceClient client = client(second);
            JsonNode resumed = client.awaitStatus(jobId, Duration.ofSeconds(60), "solving");
            while (resumed.get("timeSpentMillis").asLong() <= handedOver.timeSpentMillis()) {
                Thread.sleep(100);
                resumed = client.job(jobId);
            }
            assertThat(client.post("/api/jobs/" + jobId + "/stop", "").statusCode()).isEqualTo(202);
            JsonNode end = client.awaitStatus(jobId, Duration.ofSeconds(60), "stopped");
            assertThat(end.get("timeSpentMillis").asLong()).isGreaterThan(handedOver.timeSpentMillis());
            List<JobStore.JobRun> runs = ClusterInstances.awaitRunsEnded(jobs, jobId);
            assertThat(runs).extracting(JobStore.JobRun::outcome).containsExactly("handed-over", "stopped");
            assertThat(runs.get(1).started()).isAfterOrEqualTo(runs.get(0).ended());

            JsonNode afterCrash = client.job(crashed.id());
            assertThat(afterCrash.get("status").asText()).isEqualTo("interrupted");
            assertThat(client.get("/api/jobs/" + crashed.id() + "/solution").body()).isEqualTo(plan);
        }
    }

    private ConfigurableApplicationContext startService() {
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(database.serviceArguments()),
                java.util.stream.Stream.of("--server.port=0", "--turnus.jobs.concurrent=1",
                        "--turnus.jobs.store-interval=200ms")).toArray(String[]::new);
        return new SpringApplicationBuilder(TurnusApplication.class).run(args);
    }

    private static ServiceClient client(ConfigurableApplicationContext context) {
        return new ServiceClient(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
    }

    private static JobRecord newJob(String datasetId, JobStatus status, String replanOf) {
        return new JobRecord(UUID.randomUUID().toString(), datasetId, "roster", status, Duration.ofSeconds(30),
                Map.of("Contract hours", "0hard/0medium/-2soft"), Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
                null, null, 0, null, null, null, replanOf, "ward-a");
    }
}
