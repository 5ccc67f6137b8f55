package no.turnus.job;

import static no.turnus.job.ClusterInstances.WAIT;
import static no.turnus.job.ClusterInstances.accepted;
import static no.turnus.job.ClusterInstances.arguments;
import static no.turnus.job.ClusterInstances.assertNeverTwoAtOnce;
import static no.turnus.job.ClusterInstances.awaitRuns;
import static no.turnus.job.ClusterInstances.awaitRunsEnded;
import static no.turnus.job.ClusterInstances.awaitUp;
import static no.turnus.job.ClusterInstances.freePort;
import static no.turnus.job.ClusterInstances.owner;
import static no.turnus.job.ClusterInstances.start;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import no.turnus.api.ServiceClient;
import no.turnus.store.JobRecord;
import no.turnus.store.JobStore;
import no.turnus.store.JobStore.JobRun;
import no.turnus.store.TestDatabase;

/**
 * Two instances ("a" and "b", each a service in a process of its own solving one job at a time) on one PostgreSQL
 * database: a scenario set's options run as jobs of their own on both and the set completes with its comparison;
 * a stop of a set asked on one instance stops its options on both; and an instance stopped gracefully (SIGTERM)
 * hands its job over to the other, which resumes it from the best stored at the hand-over. The lease is long
 * (a heartbeat every second, 60 missed), so a job resumed is one handed over, not one taken after its lease.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterPartsAndHandoverTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestDatabase database;
    private JobStore jobs;
    private final Map<String, Process> processes = new java.util.LinkedHashMap<>();
    private final Map<String, ServiceClient> clients = new java.util.LinkedHashMap<>();
    private String scenarios;

    @BeforeAll
    void startTwoInstances() throws Exception {
        database = TestDatabase.postgres().migrate();
        jobs = new JobStore(database.jdbc());
        for (String name : List.of("a", "b")) {
            int port = freePort();
            processes.put(name, start(name, arguments(database, name, port, Duration.ofSeconds(1), 60)));
            clients.put(name, new ServiceClient(port));
        }
        for (String name : processes.keySet()) {
            awaitUp(clients.get(name), processes.get(name));
        }
        scenarios = upload(clients.get("b"));
    }

    @AfterAll
    void stop() {
        processes.values().forEach(Process::destroyForcibly);
        if (database != null) {
            database.close();
        }
    }

    /** The Narvik set without its optimised layout: the baseline and two options, home care only. */
    private static String upload(ServiceClient client) throws IOException {
        ObjectNode set = (ObjectNode) JSON.readTree(Files.readString(Path.of("data-samples/scenario-narvik.json")));
        set.remove("optimise");
        var response = client.post("/api/datasets", JSON.writeValueAsString(set));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return ServiceClient.json(response).get("id").asText();
    }

    @Test
    @Order(1)
    void aScenarioSetsOptionsRunOnBothInstancesAndTheSetCompletesWithItsComparison() throws Exception {
        ServiceClient onB = clients.get("b");
        String set = onB.solve(scenarios, "2s");
        JsonNode done = clients.get("a").awaitStatus(set, WAIT, "completed", "failed", "stopped");
        assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("completed");
        assertThat(done.get("bestScore").asText()).isEqualTo("3/3 options done");
        assertThat(done.get("feasible").asBoolean()).isTrue();

        // Each option a job of its own, shown in the set's status; solved once each, on both instances.
        JsonNode parts = done.get("parts");
        assertThat(parts).extracting(p -> p.get("name").asText())
                .containsExactly("baseline", "district-bases", "central-one-team");
        assertThat(parts).allSatisfy(p -> assertThat(p.get("status").asText()).isEqualTo("completed"));
        Set<String> instances = new TreeSet<>();
        for (JsonNode part : parts) {
            List<JobRun> runs = jobs.runs(part.get("id").asText());
            assertThat(runs).extracting(JobRun::outcome).containsExactly("completed");
            instances.add(runs.get(0).instance());
            assertThat(onB.job(part.get("id").asText()).get("partOf").asText()).isEqualTo(set);
        }
        assertThat(instances).containsExactly("a", "b");
        assertThat(jobs.runs(set)).extracting(JobRun::outcome).containsExactly("split");
        // The set's own list shows the set, not its parts.
        assertThat(ServiceClient.json(onB.get("/api/jobs?datasetId=" + scenarios))).extracting(j -> j.get("id").asText())
                .containsExactly(set);

        // The comparison has the shape of one solved in one go: every option's row with its measures and, against
        // the baseline, its differences; the coverage answers; the CSV with a line per option.
        JsonNode report = ServiceClient.json(onB.get("/api/jobs/" + set + "/report"));
        assertThat(report.get("kind").asText()).isEqualTo("scenario");
        assertThat(report.get("rows")).extracting(r -> r.get("scenario").asText())
                .containsExactly("baseline", "district-bases", "central-one-team");
        assertThat(report.get("rows")).allSatisfy(row -> {
            assertThat(row.get("status").asText()).isEqualTo("DONE");
            assertThat(row.get("measures").has("travelKm")).isTrue();
            assertThat(row.get("score").has("homecare")).isTrue();
        });
        assertThat(report.get("rows").get(0).has("difference")).isFalse();
        assertThat(report.get("rows").get(1).get("difference").get("travelKm").asDouble()).isEqualTo(
                round(report.get("rows").get(1).get("measures").get("travelKm").asDouble()
                        - report.get("rows").get(0).get("measures").get("travelKm").asDouble()));
        assertThat(report.get("coverage")).isNotEmpty();
        assertThat(report.get("timeLimit").asText()).isEqualTo("PT2S");
        assertThat(onB.get("/api/jobs/" + set + "/exports/csv").body().split("\n")).hasSize(4);
    }

    @Test
    @Order(2)
    void aStopOfASetAskedOnOneInstanceStopsItsOptionsOnBoth() throws Exception {
        String set = clients.get("b").solve(scenarios, "60s");
        // Two options solve, one on each instance; the third waits.
        JsonNode solving = clients.get("b").job(set);
        while (solvingOn(solving).size() < 2) {
            Thread.sleep(100);
            solving = clients.get("b").job(set);
        }
        assertThat(solvingOn(solving)).containsExactly("a", "b");

        accepted(clients.get("a").post("/api/jobs/" + set + "/stop", ""));
        JsonNode stopped = clients.get("b").awaitStatus(set, WAIT, "stopped", "completed", "failed");
        assertThat(stopped.get("status").asText()).isEqualTo("stopped");
        assertThat(stopped.get("parts")).allSatisfy(p -> assertThat(p.get("status").asText()).isEqualTo("stopped"));
        assertThat(stopped.get("bestScore").asText()).isEqualTo("0/3 options done, 3 stopped");
        assertThat(stopped.get("feasible").asBoolean()).isFalse();
        List<String> outcomes = new ArrayList<>();
        for (JsonNode part : stopped.get("parts")) {
            jobs.runs(part.get("id").asText()).forEach(run -> outcomes.add(run.instance() + " " + run.outcome()));
        }
        // The two solving were cut short where they ran; the waiting one never started.
        assertThat(outcomes).containsExactlyInAnyOrder("a stopped", "b stopped");
    }

    private static Set<String> solvingOn(JsonNode set) {
        Set<String> instances = new TreeSet<>();
        if (set.has("parts")) {
            for (JsonNode part : set.get("parts")) {
                if (part.get("status").asText().equals("solving") && part.has("instance")) {
                    instances.add(part.get("instance").asText());
                }
            }
        }
        return instances;
    }

    @Test
    @Order(3)
    void anInstanceStoppedGracefullyHandsItsJobOverToTheOther() throws Exception {
        ServiceClient onA = clients.get("a");
        String job = onA.solve(onA.upload("roster-small.json"), "60s");
        onA.awaitStatus(job, WAIT, "solving");
        onA.awaitSolution(job, WAIT);
        String closing = owner(jobs, job);
        String other = closing.equals("a") ? "b" : "a";

        Process process = processes.get(closing);
        process.destroy(); // SIGTERM: the service closes its context
        assertThat(process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();

        // Stored with the hand-over before the process ended (the other instance may improve on it already).
        JobRecord atHandOver = jobs.find(job).orElseThrow();
        long spentAtHandOver = atHandOver.timeSpentMillis();
        HardMediumSoftScore handedOver = HardMediumSoftScore.parseScore(atHandOver.bestScore());
        assertThat(spentAtHandOver).isPositive();
        List<JobRun> runs = awaitRuns(jobs, job, 2);
        assertThat(runs).extracting(JobRun::instance, JobRun::outcome)
                .startsWith(tuple(closing, "handed-over"));
        assertThat(runs.get(1).instance()).isEqualTo(other);
        ServiceClient survivor = clients.get(other);
        JsonNode resumed = survivor.awaitStatus(job, WAIT, "solving");
        while (resumed.get("timeSpentMillis").asLong() < spentAtHandOver + 1000) {
            Thread.sleep(100);
            resumed = survivor.job(job);
        }
        accepted(survivor.post("/api/jobs/" + job + "/stop", ""));
        JsonNode end = survivor.awaitStatus(job, WAIT, "stopped");
        // Resumed from the plan stored at the hand-over, with the time spent before it counted.
        assertThat(HardMediumSoftScore.parseScore(end.get("bestScore").asText())).isGreaterThanOrEqualTo(handedOver);
        assertThat(end.get("timeSpentMillis").asLong()).isGreaterThan(spentAtHandOver);
        runs = awaitRunsEnded(jobs, job);
        assertThat(runs).extracting(JobRun::instance, JobRun::outcome)
                .containsExactly(tuple(closing, "handed-over"), tuple(other, "stopped"));
        assertNeverTwoAtOnce(runs);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
