package no.turnus.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The rule catalogues over real HTTP, and a job whose weights would switch off a legal hard rule refused with a
 * 400 naming the field. Same configuration as {@link ServiceApiTest}, so the two share one server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:api-test;DB_CLOSE_DELAY=-1",
        "turnus.jobs.concurrent=1",
        "turnus.jobs.max-queued=1",
        "turnus.jobs.max-time-limit=2m",
        "turnus.jobs.store-interval=500ms",
        "turnus.jobs.event-interval=200ms",
        "turnus.api.max-body-size=1MB"})
class RulesApiTest {

    @LocalServerPort
    int port;
    ServiceClient client;

    @BeforeEach
    void connect() {
        client = new ServiceClient(port);
    }

    private static JsonNode rule(JsonNode rules, String name) {
        for (JsonNode rule : rules) {
            if (rule.get("name").asText().equals(name)) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + name + " in " + rules);
    }

    @Test
    void eachKindGivesItsCatalogueWithLabelsInBothLanguages() {
        HttpResponse<String> roster = client.get("/api/kinds/roster/rules");
        assertThat(roster.statusCode()).isEqualTo(200);
        JsonNode dailyRest = rule(ServiceClient.json(roster), "Daily rest");
        assertThat(dailyRest.get("level").asText()).isEqualTo("hard");
        assertThat(dailyRest.get("weight").asInt()).isEqualTo(1);
        assertThat(dailyRest.get("reference").asText()).isEqualTo("AML §10-8 (1)");
        assertThat(dailyRest.get("legal").asBoolean()).isTrue();
        assertThat(dailyRest.get("labels").get("nb").asText()).isEqualTo("Daglig hviletid");
        assertThat(dailyRest.get("labels").get("en").asText()).isEqualTo("Daily rest");
        assertThat(rule(ServiceClient.json(roster), "Weekend frequency").get("contractWeight").asInt()).isEqualTo(1);
        assertThat(ServiceClient.json(roster)).noneMatch(r -> r.get("name").asText().equals("Min assignments"));

        JsonNode inrc = ServiceClient.json(client.get("/api/kinds/roster/rules?ruleSet=inrc-2010"));
        assertThat(rule(inrc, "Min assignments").get("reference").asText())
                .isEqualTo("INRC-2010 contract: MinNumAssignments");
        assertThat(inrc).noneMatch(r -> r.get("name").asText().equals("Daily rest"));

        JsonNode homecare = ServiceClient.json(client.get("/api/kinds/homecare/rules"));
        assertThat(rule(homecare, "Travel time").get("labels").get("nb").asText()).isEqualTo("Reisetid");

        JsonNode siting = ServiceClient.json(client.get("/api/kinds/siting/rules"));
        assertThat(rule(siting, "Demand not served").get("level").asText()).isEqualTo("medium");

        assertThat(client.get("/api/kinds/knitting/rules").statusCode()).isEqualTo(404);
        assertThat(client.get("/api/kinds/roster/rules?ruleSet=klingon").statusCode()).isEqualTo(404);
    }

    @Test
    void aJobMayNotSwitchOffALegalHardRule() throws Exception {
        String datasetId = ServiceClient.json(client.post("/api/datasets",
                Files.readString(Path.of("data-samples", "roster-small.json")))).get("id").asText();
        HttpResponse<String> refused = client.post("/api/jobs", "{\"datasetId\":\"" + datasetId
                + "\",\"timeLimit\":\"1s\",\"weights\":{\"Daily rest\":\"0hard\"}}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(ServiceClient.json(refused).get("errors")).singleElement()
                .satisfies(error -> assertThat(error.get("path").asText()).isEqualTo("$.weights.Daily rest"))
                .satisfies(error -> assertThat(error.get("message").asText()).contains("legal hard rule"));
    }
}
