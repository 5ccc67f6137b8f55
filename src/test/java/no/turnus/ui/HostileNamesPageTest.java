package no.turnus.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import no.turnus.api.ServiceClient;
import no.turnus.cli.TurnusCli;

/**
 * Uploaded names and ids are shown as text, never run as HTML. A home-care dataset whose name, user id and
 * caregiver id are HTML with a script handler is solved and shown: the map's tooltips, the route table and the
 * timeline show the markup as text. A roster whose name and an employee's, a ward's and a shift type's names carry
 * it: the grid, the dataset and replanning lists and a shift's details show it as text. A scenario set whose name
 * and an option's name carry it: the comparison table and charts show it as text. No element of it exists in any
 * of the pages.
 */
class HostileNamesPageTest extends WebUiTest {

    private static final String PAYLOAD = "<img class=\"xss\" src=\"x\" onerror=\"window.xss=1\">";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void markupInNamesIsShownAsText() throws IOException {
        String json = PAYLOAD.replace("\"", "\\\"");
        String dataset = Files.readString(Path.of("data-samples", "homecare-small.json"))
                .replace("\"u0001\"", "\"u0001" + json + "\"")
                .replace("\"narvik-sentrum-d1\"", "\"d1" + json + "\"")
                .replaceFirst("\"name\": \"[^\"]*\"", "\"name\": \"Plan " + json + "\"");
        HttpResponse<String> created = api.post("/api/datasets", dataset);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String datasetId = ServiceClient.json(created).get("id").asText();
        browser.open("/homecare.html?dataset=" + datasetId);
        WebElement limit = browser.shown("#time-limit");
        limit.clear();
        limit.sendKeys("2s");
        browser.await("dataset chosen", d -> browser.find("#solve").isEnabled());
        browser.find("#solve").click();
        browser.await("job completed", d -> browser.find("#job-status").getText().equals("completed"));
        // Every route line and visit marker opens its tooltip; the map may be drawn again meanwhile, so all in one go.
        List<String> tooltips = browser.await("tooltips with the names", d -> {
            @SuppressWarnings("unchecked")
            List<String> texts = (List<String>) ((JavascriptExecutor) d).executeScript(
                    "document.querySelectorAll('#map .leaflet-overlay-pane path').forEach(p => p.dispatchEvent("
                            + "new MouseEvent('mouseover', {bubbles: true, clientX: 10, clientY: 10})));"
                            + " return Array.from(document.querySelectorAll('.leaflet-tooltip'), t => t.textContent);");
            return texts.stream().anyMatch(text -> text.contains("u0001" + PAYLOAD))
                    && texts.stream().anyMatch(text -> text.contains("d1" + PAYLOAD)) ? texts : null;
        });
        assertThat(tooltips).isNotEmpty();
        assertThat(browser.find("#timeline").getText()).contains(PAYLOAD);
        assertThat(browser.find("#route-table").getText()).contains("d1" + PAYLOAD);
        assertThat(browser.shown("#signed-in").getText()).contains(ServiceClient.ADMIN);
        browser.screenshot("hostile-names");

        assertThat(browser.driver().findElements(By.cssSelector("img.xss"))).isEmpty();
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.xss === undefined")).isEqualTo(true);
    }

    /** The roster page: the dataset's, an employee's, a ward's and a shift type's names. */
    @Test
    void markupInRosterNamesIsShownAsText() throws IOException {
        ObjectNode roster = (ObjectNode) JSON.readTree(Files.readString(Path.of("data-samples", "roster-small.json")));
        roster.put("name", "Plan " + PAYLOAD);
        ((ObjectNode) roster.withArray("employees").get(0)).put("name", "Ahmed " + PAYLOAD);
        ((ObjectNode) roster.withArray("wards").get(0)).put("name", "Ward " + PAYLOAD);
        ((ObjectNode) roster.withArray("shiftTypes").get(0)).put("name", "Day " + PAYLOAD);
        HttpResponse<String> created = api.post("/api/datasets", roster.toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String employee = roster.withArray("employees").get(0).get("id").asText();
        String job = api.solve(ServiceClient.json(created).get("id").asText(), "2s");
        api.awaitStatus(job, Duration.ofSeconds(60), "completed");
        JsonNode report = ServiceClient.json(api.get("/api/jobs/" + job + "/report"));
        JsonNode day = StreamSupport.stream(report.get("assignments").spliterator(), false)
                .filter(a -> a.get("shift").asText().equals("D")).findFirst().orElseThrow();

        browser.open("/roster.html?job=" + job);
        browser.await("grid with the names", d -> browser.find("#roster-grid").getText().contains("Ahmed " + PAYLOAD));
        assertThat(browser.find("#roster-grid caption").getAttribute("textContent")).contains("Plan " + PAYLOAD);
        assertThat(browser.find("#dataset").getText()).contains("Plan " + PAYLOAD);
        assertThat(browser.find("#replan-employee").getText()).contains("Ahmed " + PAYLOAD + " (" + employee + ")");
        browser.click(browser.find("#roster-grid button.cell[data-employee='" + day.get("employee").asText()
                + "'][data-date='" + day.get("date").asText() + "']"));
        browser.await("a day shift's details", d -> browser.find("#details-body").getText().contains("Day " + PAYLOAD));
        browser.screenshot("hostile-names-roster");

        assertThat(browser.driver().findElements(By.cssSelector("img.xss"))).isEmpty();
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.xss === undefined")).isEqualTo(true);
    }

    /** The scenarios page: the set's and an option's names, evaluated by the command line as that page expects. */
    @Test
    void markupInScenarioNamesIsShownAsText(@TempDir Path dir) throws IOException {
        ObjectNode set = (ObjectNode) JSON.readTree(Files.readString(Path.of("data-samples", "scenario-narvik.json")));
        set.put("name", "Set " + PAYLOAD);
        ((ObjectNode) set.withArray("scenarios").get(1)).put("name", "Option " + PAYLOAD);
        Path hostile = Files.writeString(dir.resolve("hostile.json"), set.toString());
        Path evaluated = dir.resolve("evaluated.json");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(log, true, StandardCharsets.UTF_8);
        assertThat(TurnusCli.run(new String[] {"solve", hostile.toString(), "--time", "1s", "--seed", "7", "--out",
                evaluated.toString()}, print, print)).as(log.toString(StandardCharsets.UTF_8)).isZero();
        HttpResponse<String> created = api.post("/api/datasets",
                ServiceClient.json(Files.readString(evaluated)).get("dataset").toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        browser.open("/scenarios.html?dataset=" + ServiceClient.json(created).get("id").asText());
        browser.await("comparison with the names", d -> browser.shown("#comparison-table").getText()
                .contains("Option " + PAYLOAD));
        assertThat(browser.find("#dataset").getText()).contains("Set " + PAYLOAD);
        browser.screenshot("hostile-names-scenarios");

        assertThat(browser.driver().findElements(By.cssSelector("img.xss"))).isEmpty();
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.xss === undefined")).isEqualTo(true);
    }
}
