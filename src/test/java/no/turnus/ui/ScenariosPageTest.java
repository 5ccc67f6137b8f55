package no.turnus.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;

import no.turnus.api.ServiceClient;
import no.turnus.cli.TurnusCli;

/**
 * The scenarios page in a real browser: a scenario set started as a job from the page, its options watched to
 * the end and the comparison shown, then a second run stopped; and the Narvik set evaluated by the command line
 * (1 s per dataset), uploaded through the page, shown as the comparison table, charts, coverage and base layouts.
 */
class ScenariosPageTest extends WebUiTest {

    @Test
    void comparisonOfAnEvaluatedSet(@TempDir Path dir) throws Exception {
        Path evaluated = dir.resolve("evaluated.json");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(log, true, StandardCharsets.UTF_8);
        int exit = TurnusCli.run(new String[] {"solve", "data-samples/scenario-narvik.json", "--time", "1s",
                "--seed", "7", "--out", evaluated.toString()}, print, print);
        assertThat(exit).as(log.toString(StandardCharsets.UTF_8)).isZero();
        // The result file: the evaluated set is its dataset, which the page uploads.
        JsonNode set = ServiceClient.json(Files.readString(evaluated)).get("dataset");
        JsonNode results = set.get("results");

        browser.open("/index.html");
        browser.click(browser.shown("header nav a[href='scenarios.html']"));
        browser.await("scenarios page", d -> d.getCurrentUrl().contains("/scenarios.html"));
        assertThat(browser.find("header nav a[aria-current=page]").getText()).isEqualTo("Scenarios");
        assertThat(browser.shown("#set-empty").getText()).contains("scenario set");
        // The panel is built once the page's script has read its settings: on a loaded machine, after the static page.
        browser.await("upload field", d -> d.findElements(By.cssSelector("#upload")).stream().findFirst().orElse(null))
                .sendKeys(evaluated.toAbsolutePath().toString());
        browser.shown("#comparison-table");

        // The table: one column per option (baseline first), one row per measure, differences signed.
        List<JsonNode> rows = StreamSupport.stream(results.get("rows").spliterator(), false).toList();
        List<String> columns = browser.driver().findElements(By.cssSelector("#comparison-table thead th")).stream()
                .map(WebElement::getText).toList();
        assertThat(columns.subList(1, columns.size()))
                .containsExactlyElementsOf(rows.stream().map(r -> r.get("scenario").asText()).toList());
        Set<String> measures = new LinkedHashSet<>();
        rows.forEach(r -> r.get("measures").fieldNames().forEachRemaining(measures::add));
        List<WebElement> lines = browser.driver().findElements(By.cssSelector("#comparison-table tbody tr"));
        assertThat(lines).hasSize(measures.size());
        WebElement cost = lines.get(List.copyOf(measures).indexOf("costNok"));
        assertThat(cost.getText()).startsWith("Cost (NOK)");
        double difference = rows.get(1).get("difference").get("costNok").asDouble();
        assertThat(cost.findElements(By.tagName("td")).get(1).getText())
                .contains(difference > 0 ? "(+" : difference < 0 ? "(−" : "(±0");

        // Charts of travel, staff, cost and coverage, one bar per option.
        List<WebElement> charts = browser.driver().findElements(By.cssSelector("#charts figure.chart"));
        assertThat(charts).extracting(c -> c.getAttribute("data-measure"))
                .containsExactly("travelHours", "fteNeeded", "costNok", "usersNearBasePercent");
        assertThat(charts.get(0).findElements(By.cssSelector("li"))).hasSize(rows.size());

        // Coverage with every place outside the limit, and the worst-served places.
        JsonNode coverage = results.get("coverage").get(0);
        String coverageText = browser.find("#coverage").getText();
        assertThat(coverageText).contains(coverage.get("name").asText(),
                coverage.get("worstServed").get(0).get("place").asText());
        List<String> outside = coverage.get("outside").findValuesAsText("place");
        assertThat(coverageText).contains(coverage.get("everyPlaceWithin").asBoolean()
                ? "Every place within" : "Outside " + coverage.get("minutes").asInt() + " min: " + outside.size() + " places");
        assertThat(coverageText).contains(outside);

        // Bases on the map: the baseline's, then an optimised layout with a line to each of its users.
        JsonNode homecare = set.get("baseline").get("homecare");
        int users = homecare.get("users").size();
        browser.await("baseline drawn", d -> paths(browser).size() > users);
        JsonNode layout = results.get("layouts").get(0);
        new Select(browser.find("#layout")).selectByValue(layout.get("name").asText());
        int lined = StreamSupport.stream(layout.get("bases").spliterator(), false).mapToInt(b -> b.get("served").size()).sum();
        browser.await("layout drawn", d -> paths(browser).size() == users + lined + layout.get("bases").size());
        browser.screenshot("scenarios");

        new Select(browser.find("#lang")).selectByValue("nb");
        assertThat(browser.find("h1").getText()).isEqualTo("Scenarier");
        assertThat(browser.find("#charts figure.chart figcaption").getText()).isEqualTo("Reise (timer)");
    }

    @Test
    void startWatchAndStopASet() {
        browser.open("/scenarios.html");
        browser.await("upload field", d -> d.findElements(By.cssSelector("#upload")).stream().findFirst().orElse(null))
                .sendKeys(Path.of("data-samples", "scenario-malselv.json").toAbsolutePath().toString());
        String datasetId = browser.await("dataset chosen", d -> {
            String id = new Select(d.findElement(By.id("dataset"))).getFirstSelectedOption().getAttribute("value");
            return id.isEmpty() ? null : id;
        });
        assertThat(browser.shown("#not-evaluated").getText()).contains("not been evaluated");

        // A time limit the service cannot read is refused at the field, before anything is sent.
        WebElement limit = browser.find("#time-limit");
        limit.clear();
        limit.sendKeys("soon");
        browser.click(browser.find("#solve"));
        assertThat(browser.shown("#time-limit-error").getText()).contains("30s");
        assertThat(limit.getAttribute("aria-invalid")).isEqualTo("true");
        // One the service refuses (above its maximum) is shown there too, in the service's words.
        limit.clear();
        limit.sendKeys("45m");
        browser.click(browser.find("#solve"));
        browser.await("refused at the field", d -> d.findElement(By.id("time-limit-error")).getText()
                .startsWith("Time limit must be at most"));
        assertThat(ServiceClient.json(api.get("/api/jobs?datasetId=" + datasetId)).size()).isZero();

        // Started for 2 s per option: every option reaches a final state, then the comparison is shown.
        limit.clear();
        limit.sendKeys("2s");
        browser.click(browser.find("#solve"));
        String jobId = jobInAddress();
        browser.shown("#parts-panel");
        JsonNode job = api.awaitStatus(jobId, Duration.ofMinutes(2), "completed");
        List<String> options = job.get("parts").findValuesAsText("name");
        browser.shown("#comparison-table");
        browser.await("every option final", d -> statuses().equals(options.stream().map(o -> "completed").toList()));
        assertThat(browser.driver().findElements(By.cssSelector("#parts tbody th")))
                .extracting(WebElement::getText).containsExactlyElementsOf(options);
        List<String> columns = browser.driver().findElements(By.cssSelector("#comparison-table thead th")).stream()
                .map(WebElement::getText).toList();
        assertThat(columns.subList(1, columns.size())).containsExactlyElementsOf(
                ServiceClient.json(api.get("/api/jobs/" + jobId + "/report")).get("rows").findValuesAsText("scenario"));
        // The comparison as CSV: the job's export, one line per option after the header.
        assertThat(browser.find("#download-csv").getAttribute("href")).endsWith("/api/jobs/" + jobId + "/exports/csv");
        String csv = api.get("/api/jobs/" + jobId + "/exports/csv").body();
        assertThat(csv).startsWith("scenario,status").hasLineCount(options.size() + 1);
        browser.screenshot("scenarios-started");

        // A second run, stopped while its options solve: it ends stopped, and so do the options it had not finished.
        limit.clear();
        limit.sendKeys("30s");
        browser.click(browser.find("#solve"));
        String second = browser.await("second job", d -> {
            String id = jobInAddress();
            return id.equals(jobId) ? null : id;
        });
        browser.await("an option solving", d -> statuses().contains("solving"));
        browser.click(browser.find("#stop"));
        browser.await("stopped", d -> d.findElement(By.id("job-status")).getText().startsWith("stopped"));
        assertThat(api.awaitStatus(second, Duration.ofMinutes(1), "stopped").get("parts").findValuesAsText("status"))
                .contains("stopped").doesNotContain("queued", "solving");
        browser.shown("#comparison-table");
        browser.await("options final", d -> !statuses().isEmpty() && statuses().stream()
                .allMatch(status -> status.equals("stopped") || status.equals("completed")));
    }

    private String jobInAddress() {
        return browser.await("job in the address", d -> {
            String query = d.getCurrentUrl().replaceFirst("^[^?]*\\??", "");
            return Arrays.stream(query.split("&")).filter(p -> p.startsWith("job=")).map(p -> p.substring(4))
                    .findFirst().orElse(null);
        });
    }

    /** The options' statuses as the page shows them. */
    private List<String> statuses() {
        return browser.driver().findElements(By.cssSelector("#parts tbody tr")).stream()
                .map(row -> row.getAttribute("data-status")).toList();
    }

    private static List<WebElement> paths(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#map .leaflet-overlay-pane path"));
    }
}
