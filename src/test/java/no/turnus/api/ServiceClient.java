package no.turnus.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A real HTTP client for a running service, with the few helpers the tests share. It signs in with HTTP Basic: as
 * the administrator unless another user is given (the test users are in src/test/resources/config).
 */
public final class ServiceClient {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-secret";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    /** The Authorization header, or null to send none. */
    private final String authorization;

    public ServiceClient(int port) {
        this(port, ADMIN, ADMIN_PASSWORD);
    }

    /** @param user null for a client without credentials */
    public ServiceClient(int port, String user, String password) {
        this(port, user == null ? null : basic(user, password));
    }

    private ServiceClient(int port, String authorization) {
        this.base = "http://127.0.0.1:" + port;
        this.authorization = authorization;
    }

    /** A client that sends an identity provider's token (OIDC mode). */
    public static ServiceClient bearer(int port, String token) {
        return new ServiceClient(port, "Bearer " + token);
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public HttpResponse<String> post(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A GET of a binary file (a workbook), its body as bytes. */
    public HttpResponse<byte[]> getBytes(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(signedIn(request).timeout(Duration.ofSeconds(60)).build(), body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The request with this client's credentials, unless it carries its own. */
    private HttpRequest.Builder signedIn(HttpRequest.Builder request) {
        if (authorization != null && request.copy().build().headers().firstValue("Authorization").isEmpty()) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    public URI uri(String path) {
        return URI.create(base + path);
    }

    /** Uploads a data sample; returns the new dataset's id. */
    public String upload(String sample) {
        try {
            HttpResponse<String> response = post("/api/datasets", Files.readString(Path.of("data-samples", sample)));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            return json(response).get("id").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts a job; returns its id. */
    public String solve(String datasetId, String timeLimit) {
        HttpResponse<String> response = post("/api/jobs",
                "{\"datasetId\":\"" + datasetId + "\",\"timeLimit\":\"" + timeLimit + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).get("id").asText();
    }

    public JsonNode job(String jobId) {
        HttpResponse<String> response = get("/api/jobs/" + jobId);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    /** Polls the job until it has one of the statuses (or fails after the timeout). */
    public JsonNode awaitStatus(String jobId, Duration timeout, String... statuses) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> wanted = List.of(statuses);
        JsonNode job = job(jobId);
        while (!wanted.contains(job.get("status").asText())) {
            assertThat(System.nanoTime()).as("job %s still %s", jobId, job.get("status")).isLessThan(deadline);
            pause();
            job = job(jobId);
        }
        return job;
    }

    /** Polls until the job has stored a best solution; returns it. */
    public JsonNode awaitSolution(String jobId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpResponse<String> response = get("/api/jobs/" + jobId + "/solution");
        while (response.statusCode() != 200) {
            assertThat(System.nanoTime()).as("no solution for job %s: %s", jobId, response.body()).isLessThan(deadline);
            pause();
            response = get("/api/jobs/" + jobId + "/solution");
        }
        return json(response);
    }

    /** Reads a server-sent event stream to its end: the (name, data) pairs. */
    public List<String[]> events(String path) {
        List<String[]> events = new ArrayList<>();
        HttpRequest request = signedIn(HttpRequest.newBuilder(uri(path))).header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(60)).GET().build();
        try {
            HttpResponse<java.util.stream.Stream<String>> response = http.send(request,
                    HttpResponse.BodyHandlers.ofLines());
            assertThat(response.statusCode()).isEqualTo(200);
            String[] name = {null};
            response.body().forEach(line -> {
                if (line.startsWith("event:")) {
                    name[0] = line.substring("event:".length());
                } else if (line.startsWith("data:")) {
                    events.add(new String[] {name[0], line.substring("data:".length())});
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return events;
    }

    public static JsonNode json(HttpResponse<String> response) {
        return json(response.body());
    }

    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + text, e);
        }
    }

    /** Asserts a problem+json response of this status, naming these JSON paths in errors when given; returns it. */
    public static JsonNode assertProblem(HttpResponse<String> response, int status, String... paths) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = ServiceClient.json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
        if (paths.length > 0) {
            List<String> found = new ArrayList<>();
            problem.get("errors").forEach(error -> {
                found.add(error.get("path").asText());
                assertThat(error.get("message").asText()).isNotBlank();
            });
            assertThat(found).contains(paths);
        }
        return problem;
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
