package no.turnus.homecare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import no.turnus.api.ServiceClient;
import no.turnus.geo.FjordExtract;

/**
 * Routed travel through the REST API: the service's data directory ({@code turnus.data-dir}) holds the test
 * fjord's extract; a dataset naming it is stored and solved, one naming another extract or with a home off the
 * roads is refused with problem+json naming the field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:routed-api-test;DB_CLOSE_DELAY=-1",
        "turnus.jobs.concurrent=1"})
class RoutedHomecareApiTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static Path data;

    @LocalServerPort
    int port;
    ServiceClient client;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        try {
            data = Files.createTempDirectory("turnus-roads-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FjordExtract.install(data);
        registry.add("turnus.data-dir", data::toString);
    }

    @AfterAll
    static void back() {
        FjordExtract.uninstall();
    }

    @BeforeEach
    void connect() {
        client = new ServiceClient(port);
    }

    @Test
    void aDatasetOnTheExtractIsStoredAndSolved() {
        var response = client.post("/api/datasets", FjordSample.tree(MAPPER).toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        // 3 s, not 1 s: on a machine loaded by parallel builds first fit had not placed a visit within 1 s.
        String jobId = client.solve(ServiceClient.json(response).get("id").asText(), "3s");
        client.awaitStatus(jobId, Duration.ofSeconds(60), "completed");
        assertThat(ServiceClient.json(client.get("/api/jobs/" + jobId + "/report")).get("routes")).isNotEmpty();
        // The graph was imported under the service's data directory.
        assertThat(data.resolve("roads")).isDirectory();
    }

    @Test
    void anUnknownExtractOrAHomeOffTheRoadsIsA400NamingTheField() {
        ObjectNode other = FjordSample.tree(MAPPER);
        ((ObjectNode) other.get("roads")).put("osm", "narvik.osm.pbf");
        ServiceClient.assertProblem(client.post("/api/datasets", other.toString()), 400, "$.roads.osm");

        ObjectNode offRoad = FjordSample.tree(MAPPER);
        ((ObjectNode) offRoad.at("/locations/5")).put("latitude", 68.3).put("longitude", 16.6);
        ServiceClient.assertProblem(client.post("/api/datasets", offRoad.toString()), 400, "$.locations[5]");
    }
}
