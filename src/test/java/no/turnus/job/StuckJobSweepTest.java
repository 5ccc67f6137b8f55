package no.turnus.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.turnus.api.ServiceClient;

/**
 * A job the database has as solving that no solver of this service holds (its end was lost) is marked interrupted
 * by the sweeper while the service runs, not only at the next start; a job that does solve is left alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:sweep-test;DB_CLOSE_DELAY=-1",
        "turnus.jobs.concurrent=1",
        "turnus.jobs.sweep-interval=200ms"})
class StuckJobSweepTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aJobLeftSolvingInTheDatabaseIsMarkedInterrupted() {
        ServiceClient client = new ServiceClient(port);
        String datasetId = client.upload("roster-small.json");
        String stuck = UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO job (id, dataset_id, unit, kind, status, time_limit_ms, weights, created, started)"
                        + " VALUES (?, ?, 'default', 'roster', 'solving', 1000, '{}', ?, ?)")
                .params(stuck, datasetId, OffsetDateTime.now(), OffsetDateTime.now()).update();
        String solving = client.solve(datasetId, "5s");
        client.awaitStatus(solving, Duration.ofSeconds(60), "solving");

        assertThat(client.awaitStatus(stuck, Duration.ofSeconds(60), "interrupted").get("ended").asText()).isNotBlank();
        assertThat(client.job(solving).get("status").asText()).isEqualTo("solving");
        assertThat(client.awaitStatus(solving, Duration.ofSeconds(60), "completed").get("status").asText())
                .isEqualTo("completed");
    }
}
