package no.turnus.api;

import static no.turnus.api.ServiceClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Sign-in, roles and units over real HTTP, with the test users of src/test/resources/config: ward-a and ward-b
 * (unit leaders of their wards), homecare-a and planner-a (of ward-a), admin.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:security-test;DB_CLOSE_DELAY=-1",
        "turnus.jobs.concurrent=1",
        "turnus.jobs.store-interval=500ms"})
class SecurityApiTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    ServiceClient admin;
    ServiceClient wardA;
    ServiceClient wardB;

    @BeforeEach
    void connect() {
        admin = new ServiceClient(port);
        wardA = user("ward-a");
        wardB = user("ward-b");
    }

    private ServiceClient user(String name) {
        return new ServiceClient(port, name, "test-" + name);
    }

    @Test
    void withoutValidCredentialsEverythingButTheHealthStatusIs401() {
        ServiceClient anonymous = new ServiceClient(port, null, null);
        for (String path : List.of("/api/datasets", "/api/jobs", "/api/audit", "/", "/roster.html", "/api/me",
                "/actuator/metrics")) {
            HttpResponse<String> refused = anonymous.get(path);
            assertProblem(refused, 401);
            assertThat(refused.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic");
        }
        assertProblem(anonymous.post("/api/datasets", "{}"), 401);
        assertProblem(new ServiceClient(port, "ward-a", "wrong").get("/api/datasets"), 401);
        assertProblem(new ServiceClient(port, "nobody", "test-ward-a").get("/api/datasets"), 401);

        // Health: the status for anyone (load balancers), its details for administrators only.
        JsonNode health = ServiceClient.json(anonymous.get("/actuator/health"));
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.has("components")).isFalse();
        assertThat(ServiceClient.json(wardA.get("/actuator/health")).has("components")).isFalse();
        assertThat(ServiceClient.json(admin.get("/actuator/health")).get("components").has("db")).isTrue();
    }

    @Test
    void anotherUnitsDatasetsAndJobsDoNotExistForALeader() throws Exception {
        String datasetId = wardA.upload("roster-small.json");
        String jobId = wardA.solve(datasetId, "1s");
        assertThat(ServiceClient.json(wardA.get("/api/datasets/" + datasetId)).get("kind").asText()).isEqualTo("roster");
        assertThat(ids(wardA.get("/api/datasets"))).contains(datasetId);
        assertThat(ids(wardA.get("/api/jobs"))).contains(jobId);

        // ward-b: 404 exactly as for an id that does not exist, and nothing in the lists.
        assertProblem(wardB.get("/api/datasets/" + datasetId), 404);
        assertProblem(wardB.delete("/api/datasets/" + datasetId), 404);
        assertProblem(wardB.get("/api/jobs/" + jobId), 404);
        assertProblem(wardB.get("/api/jobs/" + jobId + "/report"), 404);
        assertProblem(wardB.get("/api/jobs/" + jobId + "/exports/csv"), 404);
        assertProblem(wardB.get("/api/jobs/" + jobId + "/events"), 404);
        assertProblem(wardB.post("/api/jobs/" + jobId + "/stop", ""), 404);
        assertProblem(wardB.post("/api/jobs/" + jobId + "/replan", "{}"), 404);
        assertProblem(wardB.post("/api/jobs", "{\"datasetId\":\"" + datasetId + "\"}"), 400, "$.datasetId");
        assertThat(ids(wardB.get("/api/datasets"))).doesNotContain(datasetId);
        assertThat(ids(wardB.get("/api/jobs"))).doesNotContain(jobId);
        assertThat(ids(wardB.get("/api/jobs?datasetId=" + datasetId))).isEmpty();
        // Nor can a leader put a dataset into a unit that is not theirs.
        assertProblem(wardB.send(HttpRequest.newBuilder(wardB.uri("/api/datasets?unit=ward-a"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        Files.readString(Path.of("data-samples", "roster-small.json"))))), 403);

        // The administrator sees every unit.
        assertThat(ServiceClient.json(admin.get("/api/datasets/" + datasetId)).get("kind").asText()).isEqualTo("roster");
        assertThat(find(admin.get("/api/datasets"), datasetId).get("unit").asText()).isEqualTo("ward-a");
        assertThat(admin.job(jobId).get("unit").asText()).isEqualTo("ward-a");
        admin.awaitStatus(jobId, WAIT, "completed");
    }

    @Test
    void aRoleWithoutTheRightGets403() throws Exception {
        String roster = wardA.upload("roster-small.json");
        ServiceClient homecare = user("homecare-a");
        ServiceClient planner = user("planner-a");

        // Home-care leader of the same unit: rosters are not theirs to read or write.
        assertProblem(homecare.get("/api/datasets/" + roster), 403);
        assertProblem(homecare.post("/api/datasets", Files.readString(Path.of("data-samples", "roster-small.json"))), 403);
        assertProblem(homecare.post("/api/jobs", "{\"datasetId\":\"" + roster + "\"}"), 403);
        assertThat(ids(homecare.get("/api/datasets"))).doesNotContain(roster);
        String homecareData = homecare.upload("homecare-small.json");
        assertProblem(wardA.get("/api/datasets/" + homecareData), 403);

        // Planner: reads the rosters scenarios are built from, changes none.
        assertThat(planner.get("/api/datasets/" + roster).statusCode()).isEqualTo(200);
        assertThat(ids(planner.get("/api/datasets"))).contains(roster, homecareData);
        assertProblem(planner.delete("/api/datasets/" + roster), 403);
        assertProblem(planner.post("/api/jobs", "{\"datasetId\":\"" + roster + "\"}"), 403);

        // The audit log and the metrics are for administrators.
        assertProblem(wardA.get("/api/audit"), 403);
        assertProblem(planner.get("/actuator/metrics"), 403);
        assertThat(admin.get("/actuator/metrics").statusCode()).isEqualTo(200);
        JsonNode me = ServiceClient.json(planner.get("/api/me"));
        assertThat(me.get("name").asText()).isEqualTo("planner-a");
        assertThat(me.get("roles")).extracting(JsonNode::asText).containsExactly("PLANNER");
        assertThat(me.get("units")).extracting(JsonNode::asText).containsExactly("ward-a");
    }

    @Test
    void onlyJsonPostsAreTaken() {
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x")) {
            assertProblem(wardA.send(HttpRequest.newBuilder(wardA.uri("/api/datasets")).header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"roster\"}"))), 415);
        }
        // Also without a body: a stop is a JSON post too.
        assertProblem(wardA.send(HttpRequest.newBuilder(wardA.uri("/api/jobs/some-job/stop"))
                .POST(HttpRequest.BodyPublishers.noBody())), 415);
        assertProblem(wardA.get("/api/no-such-path"), 404);
        assertProblem(wardA.send(HttpRequest.newBuilder(wardA.uri("/api/datasets"))
                .PUT(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json")), 405);
    }

    @Test
    void requestsTheWebServerRefusesGetProblemJson() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET /api/data|sets HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 400").contains("Content-Type: application/problem+json")
                    .contains("\"status\":400").doesNotContain("<html");
        }
    }

    @Test
    void responsesCarryTheSecurityHeaders() {
        for (HttpResponse<String> response : List.of(wardA.get("/roster.html"), wardA.get("/api/datasets"),
                new ServiceClient(port, null, null).get("/api/datasets"))) {
            String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(policy).contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-eval");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
            assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
            assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        }
    }

    @Test
    void everyActionIsAudited() {
        String datasetId = wardA.upload("roster-small.json");
        String jobId = wardA.solve(datasetId, "1s");
        wardA.awaitStatus(jobId, WAIT, "completed");
        assertThat(wardA.get("/api/jobs/" + jobId + "/exports/csv").statusCode()).isEqualTo(200);
        HttpResponse<String> replanned = wardA.post("/api/jobs/" + jobId + "/replan?timeLimit=1s",
                "{\"employee\":\"E3\",\"unavailableFrom\":\"2026-01-12\",\"reason\":\"sick leave\"}");
        assertThat(replanned.statusCode()).as(replanned.body()).isEqualTo(201);
        String replanId = ServiceClient.json(replanned).get("id").asText();
        assertThat(wardA.post("/api/jobs/" + replanId + "/stop", "").statusCode()).isIn(202, 409);
        assertThat(wardA.delete("/api/datasets/" + datasetId).statusCode()).isEqualTo(204);

        // Kept after the dataset and its job are gone; who, what, which, from where.
        List<JsonNode> entries = StreamSupport.stream(ServiceClient.json(admin.get("/api/audit?limit=1000"))
                .spliterator(), false).filter(e -> List.of(datasetId, jobId, replanId)
                        .contains(e.get("targetId").asText())).toList();
        assertThat(entries).extracting(e -> e.get("action").asText() + " " + e.get("targetId").asText())
                .containsExactly("dataset.delete " + datasetId, "job.stop " + replanId, "job.replan " + jobId,
                        "job.export " + jobId, "job.solve " + jobId, "dataset.create " + datasetId);
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.get("actor").asText()).isEqualTo("ward-a");
            assertThat(e.get("unit").asText()).isEqualTo("ward-a");
            assertThat(e.get("address").asText()).isEqualTo("127.0.0.1");
            assertThat(e.get("at").asText()).isNotBlank();
        });
        assertThat(ServiceClient.json(admin.get("/api/audit?targetId=" + jobId))).hasSize(3);
        assertProblem(admin.get("/api/audit?limit=0"), 400, "limit");
    }

    @Test
    void aWriteAndItsAuditRowAreStoredTogetherOrNotAtAll() {
        String datasetId = wardB.upload("roster-small.json");
        List<String> datasets = ids(admin.get("/api/datasets"));
        // From now on the database refuses audit rows about ward-b: the writes they record must not stay either.
        jdbc.sql("ALTER TABLE audit ADD CONSTRAINT refuse_ward_b CHECK (unit <> 'ward-b') NOCHECK").update();
        try {
            assertProblem(wardB.post("/api/datasets", sample("roster-small.json")), 409);
            assertThat(ids(admin.get("/api/datasets"))).isEqualTo(datasets);
            assertProblem(wardB.post("/api/jobs", "{\"datasetId\":\"" + datasetId + "\",\"timeLimit\":\"1s\"}"),
                    409);
            assertThat(ids(admin.get("/api/jobs?datasetId=" + datasetId))).isEmpty();
            assertProblem(wardB.delete("/api/datasets/" + datasetId), 409);
            assertThat(ids(admin.get("/api/datasets"))).contains(datasetId);
        } finally {
            jdbc.sql("ALTER TABLE audit DROP CONSTRAINT refuse_ward_b").update();
        }
        // The refused job took no solver thread (there is one): the next job is solved.
        String jobId = wardB.solve(datasetId, "1s");
        wardB.awaitStatus(jobId, WAIT, "completed");
        assertThat(ServiceClient.json(admin.get("/api/audit?targetId=" + jobId))).extracting(e -> e.get("action")
                .asText()).containsExactly("job.solve");
    }

    private static String sample(String name) {
        try {
            return Files.readString(Path.of("data-samples", name));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> ids(HttpResponse<String> list) {
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return StreamSupport.stream(ServiceClient.json(list).spliterator(), false).map(n -> n.get("id").asText())
                .toList();
    }

    private static JsonNode find(HttpResponse<String> list, String id) {
        return StreamSupport.stream(ServiceClient.json(list).spliterator(), false)
                .filter(n -> n.get("id").asText().equals(id)).findFirst().orElseThrow();
    }
}
