package no.turnus.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load check, not a unit test (run by {@code benchmarks/service-load.sh}): N clients against one running service,
 * each in a loop until the deadline: upload a small dataset, start a short job, poll it to its end, read the
 * analysis, report and CSV, list, delete. Prints requests per second, latency percentiles per endpoint (all of
 * them non-solving: they return at once while jobs solve in the background), jobs completed and refused.
 * JDK only, so it runs from target/test-classes without a class path.
 *
 * <p>Usage: {@code java -cp target/test-classes no.turnus.api.ServiceLoadCheck http://127.0.0.1:18181 8 60 2s data-samples/roster-small.json}
 */
public final class ServiceLoadCheck {

    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    private static final Pattern STATUS = Pattern.compile("\"status\":\"([a-z]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String dataset;
    private final String timeLimit;
    private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger completed = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger errors = new AtomicInteger();

    private ServiceLoadCheck(String base, String dataset, String timeLimit) {
        this.base = base;
        this.dataset = dataset;
        this.timeLimit = timeLimit;
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:18181";
        if (!URI.create(base).getHost().equals("127.0.0.1") && !URI.create(base).getHost().equals("localhost")) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        String limit = args.length > 3 ? args[3] : "2s";
        Path sample = Path.of(args.length > 4 ? args[4] : "data-samples/roster-small.json");
        ServiceLoadCheck check = new ServiceLoadCheck(base, Files.readString(sample), limit);
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int i = 0; i < clients; i++) {
            pool.submit(() -> check.client(deadline));
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
        check.print(clients, (System.nanoTime() - start) / 1e9, sample);
    }

    private Void client(long deadline) {
        while (System.nanoTime() < deadline) {
            try {
                round(deadline);
            } catch (IOException | RuntimeException e) {
                errors.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    private void round(long deadline) throws IOException, InterruptedException {
        HttpResponse<String> uploaded = call("POST /api/datasets", "POST", "/api/datasets", dataset);
        String datasetId = match(ID, uploaded.body());
        try {
            HttpResponse<String> submitted = call("POST /api/jobs", "POST", "/api/jobs",
                    "{\"datasetId\":\"" + datasetId + "\",\"timeLimit\":\"" + timeLimit + "\"}");
            while (submitted.statusCode() == 429 && System.nanoTime() < deadline) {
                refused.incrementAndGet();
                Thread.sleep(1000);
                submitted = call("POST /api/jobs", "POST", "/api/jobs",
                        "{\"datasetId\":\"" + datasetId + "\",\"timeLimit\":\"" + timeLimit + "\"}");
            }
            if (submitted.statusCode() != 201) {
                return;
            }
            String jobId = match(ID, submitted.body());
            String status = "queued";
            while (status.equals("queued") || status.equals("solving")) {
                Thread.sleep(250);
                status = match(STATUS, call("GET /api/jobs/{id}", "GET", "/api/jobs/" + jobId, null).body());
            }
            if (status.equals("completed")) {
                completed.incrementAndGet();
            }
            call("GET /api/jobs/{id}/analysis", "GET", "/api/jobs/" + jobId + "/analysis", null);
            call("GET /api/jobs/{id}/report", "GET", "/api/jobs/" + jobId + "/report", null);
            call("GET /api/jobs/{id}/exports/csv", "GET", "/api/jobs/" + jobId + "/exports/csv", null);
            call("GET /api/datasets", "GET", "/api/datasets", null);
        } finally {
            call("DELETE /api/datasets/{id}", "DELETE", "/api/datasets/" + datasetId, null);
        }
    }

    private HttpResponse<String> call(String endpoint, String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                // Signed in as the administrator whose password service-load.sh gave the service.
                .header("Authorization", ServiceClient.basic("admin", System.getenv("TURNUS_ADMIN_PASSWORD")))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        long micros = (System.nanoTime() - start) / 1000;
        requests.incrementAndGet();
        latencies.computeIfAbsent(endpoint, e -> Collections.synchronizedList(new ArrayList<>())).add(micros);
        if (response.statusCode() >= 500 || response.statusCode() == 400 || response.statusCode() == 404) {
            errors.incrementAndGet();
        }
        return response;
    }

    private static String match(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("unexpected response: " + text);
        }
        return matcher.group(1);
    }

    private void print(int clients, double seconds, Path sample) {
        System.out.printf(Locale.ROOT, "clients %d, %.0f s, sample %s, job time limit %s%n", clients, seconds, sample, timeLimit);
        System.out.printf(Locale.ROOT, "requests %d (%.1f/s), jobs completed %d, refused with 429 %d, errors %d%n",
                requests.get(), requests.get() / seconds, completed.get(), refused.get(), errors.get());
        List<Long> all = new ArrayList<>();
        System.out.println("| endpoint | requests | p50 ms | p95 ms | max ms |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (Map.Entry<String, List<Long>> entry : new TreeMap<>(latencies).entrySet()) {
            List<Long> sorted = new ArrayList<>(entry.getValue());
            all.addAll(sorted);
            line(entry.getKey(), sorted);
        }
        line("all", all);
    }

    private static void line(String name, List<Long> micros) {
        Collections.sort(micros);
        System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f |%n", name, micros.size(), percentile(micros, 50),
                percentile(micros, 95), micros.get(micros.size() - 1) / 1000.0);
    }

    private static double percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }
}
