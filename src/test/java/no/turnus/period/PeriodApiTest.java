package no.turnus.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import no.turnus.api.ServiceClient;
import no.turnus.homecare.input.HomecareGenerator;

/**
 * A period plan as one job of the generic job layer, over real HTTP on H2: upload, one short solve (team rosters,
 * then routes), the report with the rosters' verdicts and continuity per user, the routes as CSV, errors by path.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:period-api-test;DB_CLOSE_DELAY=-1",
        "turnus.jobs.concurrent=2"})
class PeriodApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    ServiceClient client;

    @BeforeEach
    void connect() {
        client = new ServiceClient(port);
    }

    @Test
    void aPeriodPlanSolvesAsOneJobWithTeamVerdictsAndContinuity() throws IOException {
        String plan = HomecareGenerator.json(PeriodSample.vestvagoy(20, 7, 3, LocalDate.of(2026, 3, 2)));
        HttpResponse<String> uploaded = client.post("/api/datasets", plan);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        String jobId = client.solve(ServiceClient.json(uploaded).get("id").asText(), "1s");

        JsonNode job = client.awaitStatus(jobId, Duration.ofSeconds(120), "completed", "failed");
        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("completed");
        JsonNode report = ServiceClient.json(client.get("/api/jobs/" + jobId + "/report"));
        assertThat(report.get("kind").asText()).isEqualTo("period");
        assertThat(report.get("teams").size()).isPositive();
        assertThat(report.at("/teams/0/verdicts").has("legal")).isTrue();
        assertThat(report.at("/teams/0/verdicts").has("covered")).isTrue();
        assertThat(report.at("/teams/0/verdicts").has("withinPositions")).isTrue();
        assertThat(report.at("/homecare/continuity").size()).isEqualTo(20);
        assertThat(report.at("/homecare/continuity/0").has("maxDistinctCaregivers14Days")).isTrue();
        HttpResponse<String> csv = client.get("/api/jobs/" + jobId + "/exports/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("caregiver,team,date");
        JsonNode solution = client.awaitSolution(jobId, Duration.ofSeconds(5));
        assertThat(solution.at("/homecare/teamRosters/0/roster/assignments").size()).isPositive();
    }

    @Test
    void aBrokenTeamRosterIsA400NamingItsPath() throws IOException {
        ObjectNode plan = (ObjectNode) JSON.readTree(HomecareGenerator.json(PeriodSample.vestvagoy(10, 2, 3,
                LocalDate.of(2026, 3, 2))));
        ((ObjectNode) plan.at("/homecare/teamRosters/0/roster")).put("weeks", 0);
        HttpResponse<String> response = client.post("/api/datasets", JSON.writeValueAsString(plan));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("$.homecare.teamRosters[0].roster.weeks");
    }
}
