package no.turnus.api;

import static no.turnus.api.ServiceClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import no.turnus.kinds.StandardKinds;
import no.turnus.problem.DatasetReader;
import no.turnus.roster.report.DayOffCodes;

/**
 * The REST API over real HTTP on a random port, on an in-memory H2 database: the whole life of a job on the
 * roster sample and every error path. One solver thread and one queue place, so the queue limit is reachable.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:api-test;DB_CLOSE_DELAY=-1",
        "turnus.jobs.concurrent=1",
        "turnus.jobs.max-queued=1",
        "turnus.jobs.max-time-limit=2m",
        "turnus.jobs.store-interval=500ms",
        "turnus.jobs.event-interval=200ms",
        "turnus.api.max-body-size=1MB"})
class ServiceApiTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    ServiceClient client;

    @BeforeEach
    void connect() {
        client = new ServiceClient(port);
    }

    /**
     * Report, analysis and exports are stored with the best solution and served as stored: they do not change when
     * the stored plan can no longer be built. A best stored without them (before they were stored) gets them once.
     */
    @Test
    void reportAnalysisAndExportsAreServedAsStoredWithTheBest() {
        String jobId = client.solve(client.upload("roster-small.json"), "1s");
        client.awaitStatus(jobId, WAIT, "completed");
        String report = client.get("/api/jobs/" + jobId + "/report").body();
        String analysis = client.get("/api/jobs/" + jobId + "/analysis").body();
        String csv = client.get("/api/jobs/" + jobId + "/exports/csv").body();
        assertThat(ServiceClient.json(report).get("analysis")).isEqualTo(ServiceClient.json(analysis));
        assertThat(ServiceClient.json(report).get("kind").asText()).isEqualTo("roster");
        String plan = client.get("/api/jobs/" + jobId + "/solution").body();

        jdbc.sql("UPDATE job SET best_solution = '{\"kind\":\"roster\"}' WHERE id = ?").param(jobId).update();
        assertThat(client.get("/api/jobs/" + jobId + "/report").body()).isEqualTo(report);
        assertThat(client.get("/api/jobs/" + jobId + "/analysis").body()).isEqualTo(analysis);
        assertThat(client.get("/api/jobs/" + jobId + "/exports/csv").body()).isEqualTo(csv);

        jdbc.sql("UPDATE job SET best_solution = ?, best_report = NULL, best_analysis = NULL, best_exports = NULL"
                + " WHERE id = ?").params(plan, jobId).update();
        assertThat(ServiceClient.json(client.get("/api/jobs/" + jobId + "/analysis")))
                .isEqualTo(ServiceClient.json(analysis));
        assertThat(jdbc.sql("SELECT best_report FROM job WHERE id = ?").param(jobId).query(String.class).single())
                .isNotNull();
        assertThat(client.get("/api/jobs/" + jobId + "/exports/csv").body()).isEqualTo(csv);
    }

    /** The roster grid as a workbook over HTTP: its media type, a file name ending in .xlsx, a sheet per ward. */
    @Test
    void rosterWorkbookIsServedAsXlsx() throws Exception {
        String jobId = client.solve(client.upload("roster-small.json"), "1s");
        client.awaitStatus(jobId, WAIT, "completed");
        HttpResponse<byte[]> xlsx = client.getBytes("/api/jobs/" + jobId + "/exports/xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow()).contains("job-" + jobId + ".xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("SOL");
            assertThat(workbook.getSheet("SOL").getRow(0).getCell(0).getStringCellValue()).isEqualTo("employee");
            assertThat(workbook.getSheet("SOL").getPhysicalNumberOfRows()).isEqualTo(18);
            assertThat(workbook.getSheet("Legend")).isNotNull();
            // Written on request from the stored plan: every shift of it, in a cell of its own day (a free day
            // shows its day-off code).
            int shifts = 0;
            for (var row : workbook.getSheet("SOL")) {
                for (int day = 0; row.getRowNum() > 0 && day < 14; day++) {
                    var cell = row.getCell(4 + day);
                    String text = cell == null ? "" : cell.getStringCellValue();
                    shifts += text.isEmpty() || DayOffCodes.ALL.contains(text) ? 0 : text.split("\\+").length;
                }
            }
            assertThat(shifts).isEqualTo(ServiceClient.json(client.get("/api/jobs/" + jobId + "/solution"))
                    .get("assignments").size());
        }
    }

    @Test
    void jobLife() throws Exception {
        // Upload: 201 with a Location that serves the stored dataset; listed with kind, name and size.
        HttpResponse<String> uploaded = client.post("/api/datasets", Files.readString(Path.of("data-samples", "roster-small.json")));
        assertThat(uploaded.statusCode()).isEqualTo(201);
        String datasetId = ServiceClient.json(uploaded).get("id").asText();
        String location = uploaded.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo("/api/datasets/" + datasetId);
        JsonNode stored = ServiceClient.json(client.get(location));
        assertThat(stored.get("kind").asText()).isEqualTo("roster");
        assertThat(stored.get("employees")).hasSize(17);
        JsonNode listed = find(ServiceClient.json(client.get("/api/datasets")), datasetId);
        assertThat(listed.get("name").asText()).isEqualTo("Solsikken – 2 weeks");
        assertThat(listed.get("size").asLong()).isGreaterThan(1000);
        assertThat(listed.get("created").asText()).isNotBlank();

        // Solve, watching the events to the end of the job.
        String jobId = client.solve(datasetId, "3s");
        List<String[]> events = client.events("/api/jobs/" + jobId + "/events");
        assertThat(events).isNotEmpty();
        String[] last = events.get(events.size() - 1);
        assertThat(last[0]).isEqualTo("end");
        assertThat(ServiceClient.json(last[1]).get("status").asText()).isEqualTo("completed");
        assertThat(events.subList(0, events.size() - 1)).allMatch(e -> e[0].equals("progress"))
                .anyMatch(e -> ServiceClient.json(e[1]).has("bestScore"));

        JsonNode job = client.job(jobId);
        assertThat(job.get("status").asText()).isEqualTo("completed");
        assertThat(job.get("timeLimit").asText()).isEqualTo("PT3S");
        assertThat(job.get("timeSpentMillis").asLong()).isGreaterThanOrEqualTo(3000);
        assertThat(job.get("feasible").asBoolean()).isTrue();
        String score = job.get("bestScore").asText();
        assertThat(ServiceClient.json(last[1]).get("bestScore").asText()).isEqualTo(score);
        assertThat(ServiceClient.json(client.get("/api/jobs?datasetId=" + datasetId))).hasSize(1);
        // A finished job's events: just the end.
        assertThat(client.events("/api/jobs/" + jobId + "/events")).singleElement()
                .satisfies(e -> assertThat(e[0]).isEqualTo("end"));

        // The solution is a dataset with the plan: it reads and validates like any dataset.
        HttpResponse<String> solution = client.get("/api/jobs/" + jobId + "/solution");
        assertThat(solution.statusCode()).isEqualTo(200);
        new DatasetReader(StandardKinds.all()).read(solution.body().getBytes());
        JsonNode plan = ServiceClient.json(solution).get("assignments");
        assertThat(plan.size()).isGreaterThan(20);

        // Analysis and report score the stored plan exactly as the job did.
        JsonNode analysis = ServiceClient.json(client.get("/api/jobs/" + jobId + "/analysis"));
        assertThat(analysis.get("score").asText()).isEqualTo(score);
        assertThat(analysis.get("brokenRules")).allMatch(rule -> !rule.get("hard").asBoolean());
        JsonNode report = ServiceClient.json(client.get("/api/jobs/" + jobId + "/report"));
        assertThat(report.get("score").asText()).isEqualTo(score);
        assertThat(report.get("kpis").get("coveragePercent").asDouble()).isPositive();

        HttpResponse<String> csv = client.get("/api/jobs/" + jobId + "/exports/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("job-" + jobId + ".csv");
        assertThat(csv.body().lines()).hasSize(18).first().asString().startsWith("employee,");

        // Sick leave: someone who works in the second week is away from that day on.
        JsonNode shift = firstShiftFrom(plan, LocalDate.parse(stored.get("startDate").asText()).plusDays(7));
        String sick = shift.get("employee").asText();
        String from = shift.get("date").asText();
        HttpResponse<String> replanned = client.post("/api/jobs/" + jobId + "/replan?timeLimit=2s",
                "{\"employee\":\"" + sick + "\",\"unavailableFrom\":\"" + from + "\",\"reason\":\"sick leave\"}");
        assertThat(replanned.statusCode()).as(replanned.body()).isEqualTo(201);
        JsonNode replanJob = ServiceClient.json(replanned);
        String replanId = replanJob.get("id").asText();
        assertThat(replanJob.get("replanOf").asText()).isEqualTo(jobId);
        assertThat(replanJob.get("datasetId").asText()).isNotEqualTo(datasetId);
        client.awaitStatus(replanId, WAIT, "completed");
        JsonNode changes = ServiceClient.json(client.get("/api/jobs/" + replanId + "/changes"));
        assertThat(changes.get("removed").asInt()).isPositive();
        assertThat(changes.get("unchanged").asInt()).isPositive();
        assertThat(changes.get("changes")).anyMatch(c -> c.get("employee").asText().equals(sick)
                && c.get("date").asText().equals(from) && c.get("change").asText().equals("removed"));
        JsonNode newPlan = ServiceClient.json(client.get("/api/jobs/" + replanId + "/solution")).get("assignments");
        assertThat(newPlan).noneMatch(a -> a.get("employee").asText().equals(sick) && a.get("date").asText().compareTo(from) >= 0);

        // Delete: the dataset and its jobs go; the dataset made by replanning stays.
        assertThat(client.delete("/api/datasets/" + datasetId).statusCode()).isEqualTo(204);
        assertProblem(client.get("/api/datasets/" + datasetId), 404);
        assertProblem(client.get("/api/jobs/" + jobId), 404);
        assertThat(client.job(replanId).get("status").asText()).isEqualTo("completed");
        assertThat(client.get("/api/datasets/" + replanJob.get("datasetId").asText()).statusCode()).isEqualTo(200);

        // Timefold's solver metrics reach the actuator.
        JsonNode metrics = ServiceClient.json(client.get("/actuator/metrics"));
        assertThat(metrics.get("names")).anyMatch(n -> n.asText().startsWith("timefold.solver"));
        assertThat(ServiceClient.json(client.get("/actuator/health")).get("status").asText()).isEqualTo("UP");
    }

    @Test
    void recommendationsForAnUncoveredPlace() {
        String jobId = client.solve(client.upload("roster-understaffed.json"), "2s");
        client.awaitStatus(jobId, WAIT, "completed");
        JsonNode uncovered = ServiceClient.json(client.get("/api/jobs/" + jobId + "/report")).get("uncovered");
        assertThat(uncovered).isNotEmpty();
        String item = uncovered.get(0).get("id").asText();
        JsonNode ranked = ServiceClient.json(client.get("/api/jobs/" + jobId + "/recommendations?item=" + item));
        assertThat(ranked).isNotEmpty();
        assertThat(ranked.get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(ranked.get(0).get("scoreChange").asText()).isNotBlank();

        assertProblem(client.get("/api/jobs/" + jobId + "/recommendations"), 400, "item");
        assertProblem(client.get("/api/jobs/" + jobId + "/recommendations?item=no-such-slot"), 400, "item");
        assertProblem(client.get("/api/jobs/" + jobId + "/changes"), 409);
        assertProblem(client.get("/api/jobs/" + jobId + "/exports/pdf"), 404);
        assertProblem(client.post("/api/jobs/" + jobId + "/replan", "{\"employee\":\"NOBODY\",\"unavailableFrom\":\"2026-01-01\"}"),
                400, "$.employee");
        assertProblem(client.post("/api/jobs/" + jobId + "/replan", "{\"employe\":\"E1\"}"), 400, "$.employe");
        assertProblem(client.post("/api/jobs/" + jobId + "/replan?timeLimit=1y", "{}"), 400, "timeLimit");
        // A change that changes nothing, or names what the plan does not have, is refused on its own fields.
        assertProblem(client.post("/api/jobs/" + jobId + "/replan", "{}"), 400, "$");
        assertProblem(client.post("/api/jobs/" + jobId + "/replan", "{\"pin\":[null]}"), 400, "$.pin[0]");
        assertProblem(client.post("/api/jobs/" + jobId + "/replan",
                "{\"pin\":[{\"employee\":\"E1\",\"date\":\"2026-01-05\",\"shift\":\"ZZ\",\"ward\":\"SOL\"}]}"),
                400, "$.pin[0]");
    }

    /** The same mistake gets the same answer whatever the kind: an unknown item is a 400 on item. */
    @Test
    void anUnknownRecommendationItemIsA400ForEveryKind() {
        String jobId = client.solve(client.upload("homecare-small.json"), "1s");
        client.awaitStatus(jobId, WAIT, "completed");
        assertProblem(client.get("/api/jobs/" + jobId + "/recommendations?item=no-such-visit"), 400, "item");
        assertProblem(client.get("/api/jobs/" + jobId + "/recommendations"), 400, "item");
    }

    /**
     * Hostile or careless input (issues #14 and #18): each is a 400 problem+json naming the field, at upload or
     * submission, never a 500, a 409, a stored dataset that later fails, or a request that runs for minutes.
     */
    @Test
    void hostileInputIsA400OnItsPath() throws Exception {
        String small = Files.readString(Path.of("data-samples", "roster-small.json"));
        assertProblem(client.post("/api/datasets", edit(small, t -> t.put("weeks", 100_000))), 400, "$.weeks");
        assertProblem(client.post("/api/datasets", edit(small, t -> t.put("weeks", 2.5))), 400, "$.weeks");
        assertProblem(client.post("/api/datasets", edit(small, t -> ((ObjectNode) t.withArray("demand").get(0))
                .put("minimum", 100_000).put("preferred", 100_000))), 400, "$.demand[0].minimum");
        assertProblem(client.post("/api/datasets", edit(small, t -> ((ObjectNode) t.withArray("shiftTypes").get(0))
                .put("paidHours", 1e308))), 400, "$.shiftTypes[0].paidHours");
        assertProblem(client.post("/api/datasets", edit(small, t -> t.put("name", "n".repeat(301)))), 400, "$.name");
        assertProblem(client.post("/api/datasets", edit(small, t -> ((ObjectNode) t.withArray("employees").get(0))
                .putArray("unavailable").addObject().put("from", "-999999999-01-01").put("to", "+999999999-12-31"))),
                400, "$.employees[0].unavailable[0].from", "$.employees[0].unavailable[0].to");
        assertProblem(client.post("/api/datasets", edit(small, t -> ((ObjectNode) t.withArray("employees").get(0))
                .putArray("wishes").addNull())), 400, "$.employees[0].wishes[0]");
        assertProblem(client.post("/api/datasets", edit(small, t -> ((ObjectNode) t.withArray("employees").get(0))
                .putArray("fixed").addNull())), 400, "$.employees[0].fixed[0]");
        String homecare = Files.readString(Path.of("data-samples", "homecare-small.json"));
        assertProblem(client.post("/api/datasets", edit(homecare, t -> t.putObject("constraintWeights")
                .putNull("Travel time"))), 400, "$.constraintWeights.Travel time");
        assertProblem(client.post("/api/datasets", edit(homecare, t -> t.putObject("travelMatrix")
                .put("csv", "from,to,seconds,meters\nx,y,1,1"))), 400);
        assertThat(ServiceClient.json(client.get("/api/datasets"))).noneMatch(d -> d.get("name").asText().startsWith("nnn"));

        String datasetId = client.upload("roster-small.json");
        String job = "{\"datasetId\":\"" + datasetId + "\",";
        assertProblem(client.post("/api/jobs", job + "\"weights\":{\"a\":null}}"), 400, "$.weights.a");
        assertProblem(client.post("/api/jobs", job + "\"weights\":{\"Contract hours\":null}}"), 400,
                "$.weights.Contract hours");
        assertProblem(client.post("/api/jobs", job + "\"weights\":{\"Contract hours\":\"0hard/0medium/-5soft\"}}"),
                400, "$.weights.Contract hours");
        assertProblem(client.post("/api/jobs", job + "\"timeLimit\":\"1e300h\"}"), 400, "$.timeLimit");
        assertThat(ServiceClient.json(client.get("/api/jobs?datasetId=" + datasetId))).isEmpty();
    }

    private static String edit(String json, java.util.function.Consumer<ObjectNode> change) throws Exception {
        ObjectNode tree = (ObjectNode) EDITOR.readTree(json);
        change.accept(tree);
        return EDITOR.writeValueAsString(tree);
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper EDITOR = new com.fasterxml.jackson.databind.ObjectMapper();

    @Test
    void stopASolvingJobKeepsItsBestSolution() {
        String jobId = client.solve(client.upload("roster-small.json"), "60s");
        client.awaitSolution(jobId, WAIT);
        HttpResponse<String> stop = client.post("/api/jobs/" + jobId + "/stop", "");
        assertThat(stop.statusCode()).isEqualTo(202);
        JsonNode job = client.awaitStatus(jobId, WAIT, "stopped");
        assertThat(job.get("timeSpentMillis").asLong()).isLessThan(60_000);
        assertThat(job.get("bestScore").asText()).isNotBlank();
        // The status turns "stopped" before the writer has stored the final best (so that an outage of the
        // database cannot keep a job "solving"); a read of the stored best waits for it, so it is the final one.
        assertThat(ServiceClient.json(client.get("/api/jobs/" + jobId + "/analysis")).get("score").asText())
                .isEqualTo(job.get("bestScore").asText());
        assertProblem(client.post("/api/jobs/" + jobId + "/stop", ""), 409);
    }

    @Test
    void deletingADatasetStopsAndDeletesItsJobs() {
        String datasetId = client.upload("roster-small.json");
        String solving = client.solve(datasetId, "60s");
        client.awaitStatus(solving, WAIT, "solving");
        String queued = client.solve(datasetId, "60s");

        assertThat(client.delete("/api/datasets/" + datasetId).statusCode()).isEqualTo(204);
        assertProblem(client.get("/api/jobs/" + solving), 404);
        assertProblem(client.get("/api/jobs/" + queued), 404);
        assertThat(ServiceClient.json(client.get("/api/jobs?datasetId=" + datasetId))).isEmpty();
        // The solver thread was given back: the next job (one thread in this test) solves.
        String next = client.solve(client.upload("roster-small.json"), "1s");
        client.awaitStatus(next, WAIT, "completed");
    }

    @Test
    void aFullQueueRefusesJobsAndStoresNothing() {
        String datasetId = client.upload("roster-small.json");
        String solving = client.solve(datasetId, "60s");
        String queued = client.solve(datasetId, "60s");
        assertThat(client.job(queued).get("status").asText()).isEqualTo("queued");
        assertProblem(client.get("/api/jobs/" + queued + "/solution"), 409);

        HttpResponse<String> refused = client.post("/api/jobs", "{\"datasetId\":\"" + datasetId + "\",\"timeLimit\":\"5s\"}");
        assertProblem(refused, 429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(ServiceClient.json(client.get("/api/jobs?datasetId=" + datasetId))).hasSize(2);

        // A queued job stops at once, without ever solving.
        assertThat(client.post("/api/jobs/" + queued + "/stop", "").statusCode()).isEqualTo(202);
        JsonNode stopped = client.job(queued);
        assertThat(stopped.get("status").asText()).isEqualTo("stopped");
        assertThat(stopped.has("started")).isFalse();
        client.post("/api/jobs/" + solving + "/stop", "");
        client.awaitStatus(solving, WAIT, "stopped");
    }

    @Test
    void invalidInputIsReportedWithJsonPaths() {
        JsonNode malformed = assertProblem(client.post("/api/datasets", "{\"kind\": \"roster\",\n \"name\": }"), 400, "$");
        assertThat(malformed.get("detail").asText()).contains("line 2, column");

        JsonNode invalid = assertProblem(client.post("/api/datasets",
                "{\"kind\":\"roster\",\"name\":\"x\",\"weeks\":0,\"startDate\":\"2026-01-05\"}"), 400,
                "$.weeks", "$.wards", "$.shiftTypes");
        assertThat(invalid.get("errors").size()).isGreaterThanOrEqualTo(3);
        assertProblem(client.post("/api/datasets", "{\"kind\":\"bakery\"}"), 400, "$.kind");
        assertProblem(client.post("/api/datasets", "[1, 2]"), 400, "$");
        assertProblem(client.post("/api/datasets", ""), 400);

        String datasetId = client.upload("roster-small.json");
        assertProblem(client.post("/api/jobs", "{\"datasetId\":\"no-such-dataset\"}"), 400, "$.datasetId");
        assertProblem(client.post("/api/jobs", "{\"timeLimit\":\"5s\"}"), 400, "$.datasetId");
        assertProblem(client.post("/api/jobs", "{\"datasetId\":\"" + datasetId + "\",\"timeLimit\":\"10m\"}"), 400, "$.timeLimit");
        assertProblem(client.post("/api/jobs", "{\"datasetId\":\"" + datasetId + "\",\"timeLimit\":\"soon\"}"), 400, "$.timeLimit");
        assertProblem(client.post("/api/jobs", "{\"datasetId\":\"" + datasetId + "\",\"weights\":{\"Bad luck\":\"-1soft\"}}"),
                400, "$.weights.Bad luck");
        assertProblem(client.post("/api/jobs", "{\"datasetId\":\"" + datasetId + "\",\"weights\":[\"x\"]}"), 400, "$.weights");
        assertThat(ServiceClient.json(client.get("/api/jobs?datasetId=" + datasetId))).isEmpty();
    }

    @Test
    void unknownIdsAreNotFound() {
        for (String path : List.of("/api/datasets/nope", "/api/jobs/nope", "/api/jobs/nope/solution",
                "/api/jobs/nope/report", "/api/jobs/nope/analysis", "/api/jobs/nope/exports/csv",
                "/api/jobs/nope/changes", "/api/jobs/nope/recommendations?item=x", "/api/nothing-here")) {
            assertProblem(client.get(path), 404);
        }
        assertProblem(client.delete("/api/datasets/nope"), 404);
        assertProblem(client.post("/api/jobs/nope/stop", ""), 404);
        assertProblem(client.post("/api/jobs/nope/replan", "{}"), 404);
        // Also when the client asked for an event stream or a CSV file.
        assertProblem(client.send(HttpRequest.newBuilder(client.uri("/api/jobs/nope/events"))
                .header("Accept", "text/event-stream")), 404);
        assertProblem(client.send(HttpRequest.newBuilder(client.uri("/api/jobs/nope/exports/csv"))
                .header("Accept", "text/csv")), 404);
    }

    @Test
    void bodiesOverTheLimitAreRefused() {
        byte[] large = new byte[1024 * 1024 + 10];
        java.util.Arrays.fill(large, (byte) ' ');
        JsonNode declared = assertProblem(client.send(HttpRequest.newBuilder(client.uri("/api/datasets"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(large))), 413);
        assertThat(declared.get("detail").asText()).contains("max-body-size");
        // Without a declared length (chunked), the read stops at the limit.
        assertProblem(client.send(HttpRequest.newBuilder(client.uri("/api/datasets"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large)))), 413);
        assertThat(client.get("/actuator/health").statusCode()).isEqualTo(200);
    }

    @Test
    void openApiDescribesTheApi() {
        JsonNode api = ServiceClient.json(client.get("/v3/api-docs"));
        assertThat(api.get("paths").has("/api/jobs/{id}/replan")).isTrue();
        assertThat(api.get("paths").has("/api/datasets")).isTrue();
        assertThat(client.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);

        // Stable operation ids, and the status codes each operation answers with, errors as problem+json.
        List<String> ids = new ArrayList<>();
        api.get("paths").forEach(item -> item.forEach(operation -> ids.add(operation.get("operationId").asText())));
        assertThat(ids).doesNotHaveDuplicates().noneMatch(id -> id.matches(".*_\\d+"))
                .contains("uploadDataset", "listDatasets", "listJobs", "submitJob", "getReport", "replanJob");
        JsonNode upload = api.at("/paths/~1api~1datasets/post");
        assertThat(upload.get("responses").fieldNames()).toIterable().contains("201", "400", "413", "415");
        assertThat(upload.at("/responses/201/headers/Location").isMissingNode()).isFalse();
        assertThat(upload.at("/responses/400/content/application~1problem+json/schema/$ref").asText())
                .endsWith("/Problem");
        JsonNode submit = api.at("/paths/~1api~1jobs/post/responses");
        assertThat(submit.at("/429/headers/Retry-After").isMissingNode()).isFalse();
        assertThat(api.at("/paths/~1api~1jobs~1{id}~1stop/post/responses").fieldNames()).toIterable()
                .contains("202", "404", "409");
        assertThat(api.at("/paths/~1api~1datasets~1{id}/delete/responses").fieldNames()).toIterable()
                .contains("204", "404");
        assertThat(api.at("/paths/~1api~1jobs~1{id}~1exports~1{name}/get/responses/200/content").fieldNames())
                .toIterable().contains("text/csv", "application/geo+json");
        assertThat(api.at("/paths/~1api~1jobs~1{id}~1recommendations/get/parameters/1/required").asBoolean()
                || api.at("/paths/~1api~1jobs~1{id}~1recommendations/get/parameters/0/required").asBoolean()).isTrue();

        // A schema per dataset kind, chosen by its kind; the bounds the validators check are in it.
        JsonNode schemas = api.at("/components/schemas");
        assertThat(schemas.at("/Dataset/discriminator/propertyName").asText()).isEqualTo("kind");
        assertThat(schemas.at("/Dataset/discriminator/mapping").fieldNames()).toIterable()
                .contains("roster", "homecare", "scenario", "siting");
        assertThat(schemas.at("/RosterDataset/properties/weeks/maximum").asInt()).isEqualTo(53);
        assertThat(schemas.at("/RosterDataset/properties/name/maxLength").asInt()).isEqualTo(300);
        assertThat(schemas.at("/ShiftTypeSpec/properties/paidHours/maximum").asInt()).isEqualTo(24);
        assertThat(schemas.at("/VisitSpec/properties/durationMinutes/maximum").asInt()).isEqualTo(1440);
        assertThat(schemas.at("/HomecareDataset/properties/visits/maxItems").asInt()).isEqualTo(20_000);
        assertThat(api.at("/paths/~1api~1jobs~1{id}~1report/get/responses/200/content/application~1json/schema/$ref")
                .asText()).endsWith("/Report");
        assertThat(schemas.at("/Report/discriminator/mapping").fieldNames()).toIterable()
                .contains("roster", "homecare", "scenario", "siting");
    }

    /** Checks a problem+json response with a title and detail, and the JSON paths among its errors. */

    private static JsonNode find(JsonNode list, String id) {
        for (JsonNode item : list) {
            if (item.get("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError(id + " not listed in " + list);
    }

    private static JsonNode firstShiftFrom(JsonNode plan, LocalDate day) {
        JsonNode first = null;
        for (JsonNode a : plan) {
            if (!LocalDate.parse(a.get("date").asText()).isBefore(day)
                    && (first == null || a.get("date").asText().compareTo(first.get("date").asText()) < 0)) {
                first = a;
            }
        }
        assertThat(first).as("a shift from " + day).isNotNull();
        return first;
    }
}
