package no.turnus.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import ai.timefold.solver.core.impl.solver.DefaultSolver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A scenario set as one job of the generic job layer, over real HTTP on H2: upload, solve (every option inside
 * with the job's time limit), status as "n/m options done", the comparison as report and CSV, errors by path.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:scenario-api-test;DB_CLOSE_DELAY=-1",
        "turnus.jobs.concurrent=2",
        "turnus.jobs.max-time-limit=2m"})
class ScenarioServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    ServiceClient client;

    @BeforeEach
    void connect() {
        client = new ServiceClient(port);
    }

    /** The Narvik sample cut to the baseline and one scenario. */
    private static ObjectNode narvikSmall() throws IOException {
        ObjectNode set = (ObjectNode) JSON.readTree(Files.readString(Path.of("data-samples/scenario-narvik.json")));
        ((ArrayNode) set.get("scenarios")).remove(1);
        set.remove("optimise");
        return set;
    }

    @Test
    void aScenarioSetRunsAsOneJobWithItsComparisonAsReportAndCsv() throws IOException {
        HttpResponse<String> uploaded = client.post("/api/datasets", JSON.writeValueAsString(narvikSmall()));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        String jobId = client.solve(ServiceClient.json(uploaded).get("id").asText(), "1s");

        JsonNode job = client.awaitStatus(jobId, Duration.ofSeconds(120), "completed", "failed");
        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("completed");
        assertThat(job.get("bestScore").asText()).isEqualTo("2/2 options done");
        assertThat(job.get("feasible").asBoolean()).isTrue();

        JsonNode report = ServiceClient.json(client.get("/api/jobs/" + jobId + "/report"));
        assertThat(report.get("rows")).hasSize(2);
        assertThat(report.get("rows").get(1).get("scenario").asText()).isEqualTo("district-bases");
        assertThat(report.get("rows").get(1).get("status").asText()).isEqualTo("DONE");
        assertThat(report.get("rows").get(1).get("difference").has("travelKm")).isTrue();

        HttpResponse<String> csv = client.get("/api/jobs/" + jobId + "/exports/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().split("\n")).hasSize(3);
        assertThat(csv.body()).startsWith("scenario,status,travelHours");

        JsonNode analysis = ServiceClient.json(client.get("/api/jobs/" + jobId + "/analysis"));
        assertThat(analysis.get("score").asText()).isEqualTo("2/2 options done");

        JsonNode solution = client.awaitSolution(jobId, Duration.ofSeconds(5));
        assertThat(solution.get("kind").asText()).isEqualTo("scenario");
        assertThat(solution.get("results").get("rows")).hasSize(2);
    }

    @Test
    void aStoppedScenarioJobEndsAfterTheSolvesAlreadyRunning() throws IOException {
        ObjectNode set = (ObjectNode) JSON.readTree(Files.readString(Path.of("data-samples/scenario-narvik.json")));
        set.remove("optimise");
        HttpResponse<String> uploaded = client.post("/api/datasets", JSON.writeValueAsString(set));
        String jobId = client.solve(ServiceClient.json(uploaded).get("id").asText(), "3s");
        client.awaitStatus(jobId, Duration.ofSeconds(60), "solving");
        assertThat(client.post("/api/jobs/" + jobId + "/stop", "").statusCode()).isEqualTo(202);
        client.awaitStatus(jobId, Duration.ofSeconds(60), "stopped");
        // Options already solving (two at a time) finish within their limit, the others are left out, and then
        // the job ends as stopped with that result stored.
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode rows = rows(jobId);
        while (unfinished(rows) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            rows = rows(jobId);
        }
        assertThat(rows).allSatisfy(row -> assertThat(row.get("status").asText()).isIn("DONE", "STOPPED"))
                .anySatisfy(row -> assertThat(row.get("status").asText()).isEqualTo("STOPPED"));
        JsonNode job = client.job(jobId);
        assertThat(job.get("status").asText()).isEqualTo("stopped");
        assertThat(job.get("bestScore").asText()).contains("stopped");
        assertThat(job.get("feasible").asBoolean()).isFalse();
    }

    /**
     * The pool's size is the limit on solver threads however jobs nest: a scenario job (three options) beside a
     * roster job on a pool of two never has more than two solvers running, all on the pool's threads.
     */
    @Test
    void aScenarioJobBesideAnotherNeverRunsMoreSolversThanThePoolHasThreads() throws IOException {
        ObjectNode set = (ObjectNode) JSON.readTree(Files.readString(Path.of("data-samples/scenario-narvik.json")));
        set.remove("optimise");
        String scenarioJob = client.solve(ServiceClient.json(client.post("/api/datasets", JSON.writeValueAsString(set)))
                .get("id").asText(), "2s");
        String rosterJob = client.solve(client.upload("roster-small.json"), "3s");
        int most = 0;
        Set<String> solverThreads = new TreeSet<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!(finished(scenarioJob) && finished(rosterJob)) && System.nanoTime() < deadline) {
            List<Thread> solving = Thread.getAllStackTraces().entrySet().stream()
                    .filter(thread -> Arrays.stream(thread.getValue()).anyMatch(frame ->
                            frame.getClassName().equals(DefaultSolver.class.getName())
                                    && frame.getMethodName().equals("solve")))
                    .map(Map.Entry::getKey).toList();
            most = Math.max(most, solving.size());
            solving.forEach(thread -> solverThreads.add(thread.getName()));
        }
        assertThat(client.job(scenarioJob).get("bestScore").asText()).isEqualTo("3/3 options done");
        assertThat(most).isEqualTo(2);
        assertThat(solverThreads).allSatisfy(name -> assertThat(name).startsWith("turnus-solver-"));
    }

    private boolean finished(String jobId) {
        return !List.of("queued", "solving").contains(client.job(jobId).get("status").asText());
    }

    private static boolean unfinished(JsonNode rows) {
        for (JsonNode row : rows) {
            if (row.get("status").asText().equals("QUEUED") || row.get("status").asText().equals("SOLVING")) {
                return true;
            }
        }
        return false;
    }

    private JsonNode rows(String jobId) {
        return ServiceClient.json(client.get("/api/jobs/" + jobId + "/solution")).get("results").get("rows");
    }

    @Test
    void aChangeThatCannotApplyIsABadRequestNamingItsPath() throws IOException {
        ObjectNode set = narvikSmall();
        ((ObjectNode) set.get("scenarios").get(0).get("changes").get(2)).put("team", "X");
        HttpResponse<String> response = client.post("/api/datasets", JSON.writeValueAsString(set));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).contains("$.scenarios[0].changes[2].team").contains("unknown team 'X'");
    }

    @Test
    void aBadPooledRuleOrFacilityIsABadRequestNamingItsPath() throws IOException {
        ObjectNode pooled = vestvagoy();
        ((ObjectNode) pooled.get("scenarios").get(0).get("changes").get(0).get("pooled").get(0)).put("residentsPerStaff", 0);
        assertThat(badRequest(pooled)).contains("$.scenarios[0].changes[0].pooled[0].residentsPerStaff")
                .contains("must be above 0");
        ObjectNode facility = vestvagoy();
        ((ObjectNode) facility.get("baseline").get("facilities").get("sites").get(0).get("units").get(0)).put("ward", "X");
        assertThat(badRequest(facility)).contains("$.baseline.facilities.sites[0].units[0].ward").contains("unknown ward 'X'");
    }

    private static ObjectNode vestvagoy() throws IOException {
        return (ObjectNode) JSON.readTree(Files.readString(Path.of("data-samples/scenario-vestvagoy.json")));
    }

    private String badRequest(ObjectNode set) throws IOException {
        HttpResponse<String> response = client.post("/api/datasets", JSON.writeValueAsString(set));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        return response.body();
    }
}
