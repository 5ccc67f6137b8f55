package no.turnus.store;

import static no.turnus.api.ServiceClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;

import no.turnus.TurnusApplication;
import no.turnus.api.ServiceClient;
import no.turnus.job.JobProgress;
import no.turnus.job.SolveJobs;

/**
 * PostgreSQL goes away while a job solves (a proxy in front of it closes every connection and stops listening)
 * and comes back: requests meanwhile are 503 with Retry-After, the job solves on, and once the database is back
 * the job's end is stored: it is not left "solving".
 */
class DatabaseOutageTest {

    private static final Duration WAIT = Duration.ofSeconds(120);

    @Test
    void requestsAre503DuringAnOutageAndNoJobStaysSolvingAfter() throws Exception {
        try (TestDatabase database = TestDatabase.postgres(); TcpProxy proxy = new TcpProxy(5432);
                ConfigurableApplicationContext service = new SpringApplicationBuilder(TurnusApplication.class).run(
                        "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + proxy.port()
                                + database.url().substring(database.url().lastIndexOf('/')),
                        "--spring.datasource.username=postgres", "--server.port=0", "--turnus.jobs.concurrent=1",
                        "--turnus.jobs.store-interval=300ms")) {
            ServiceClient client = new ServiceClient(Integer.parseInt(service.getEnvironment()
                    .getProperty("local.server.port")));
            SolveJobs jobs = service.getBean(SolveJobs.class);
            String jobId = client.solve(client.upload("roster-small.json"), "6s");
            client.awaitSolution(jobId, WAIT);

            proxy.cut();
            HttpResponse<String> list = client.get("/api/datasets");
            assertProblem(list, 503);
            assertThat(list.headers().firstValue("Retry-After")).isPresent();
            assertProblem(client.post("/api/datasets", Files.readString(Path.of("data-samples", "roster-small.json"))),
                    503);
            assertProblem(client.get("/api/jobs/" + jobId), 503);
            // The solver is not held up by the database: the job ends in memory while the database is away.
            JobProgress end = awaitEnd(jobs, jobId);
            assertThat(end.status().code()).isEqualTo("completed");

            proxy.restore();
            awaitAvailable(client);
            JsonNode stored = client.awaitStatus(jobId, WAIT, "completed", "failed", "stopped", "interrupted");
            assertThat(stored.get("status").asText()).isEqualTo("completed");
            assertThat(stored.get("bestScore").asText()).isEqualTo(end.bestScore());
            assertThat(ServiceClient.json(client.get("/api/jobs/" + jobId + "/solution")).get("assignments"))
                    .isNotEmpty();
        }
    }

    /** Until the service answers again: connections the pool still holds from before the outage fail once each. */
    private static void awaitAvailable(ServiceClient client) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        HttpResponse<String> response = client.get("/api/datasets");
        while (response.statusCode() == 503) {
            assertThat(System.nanoTime()).as("still 503 after the database came back").isLessThan(deadline);
            Thread.sleep(100);
            response = client.get("/api/datasets");
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** The job's end as this process knows it (its row cannot be read during the outage). */
    private static JobProgress awaitEnd(SolveJobs jobs, String jobId) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        JobProgress progress = jobs.progress(jobId).orElseThrow();
        while (!progress.status().finished()) {
            assertThat(System.nanoTime()).as("job %s still %s", jobId, progress.status()).isLessThan(deadline);
            Thread.sleep(100);
            progress = jobs.progress(jobId).orElseThrow();
        }
        return progress;
    }
}
