package no.turnus.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLDecoder;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;

import no.turnus.api.ServiceClient;
import no.turnus.cli.TurnusCli;

/**
 * The scenarios page in a real browser: a scenario set built in the editor, saved, started as a job from the page,
 * its options watched to the end, the comparison shown and two options compared and exported, then a second run
 * stopped; and the Narvik set evaluated by the command line
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
        browser.assertAccessible();

        // The set opens in the editor: its options, each change in the form of its type with its values chosen.
        String id = new Select(browser.find("#dataset")).getFirstSelectedOption().getAttribute("value");
        new Select(browser.await("set listed", d -> d.findElements(By.cssSelector("#baseline option[value='" + id + "']"))
                .isEmpty() ? null : d.findElement(By.id("baseline")))).selectByValue(id);
        browser.await("options in the editor", d -> d.findElements(By.cssSelector("#editor-options > fieldset.option"))
                .size() == set.get("scenarios").size());
        assertThat(browser.find("#o0-name").getAttribute("value")).isEqualTo(set.at("/scenarios/0/name").asText());
        assertThat(new Select(browser.find("#o0c2-type")).getFirstSelectedOption().getAttribute("value")).isEqualTo("moveTeam");
        assertThat(new Select(browser.find("#o0c2-team")).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo(set.at("/scenarios/0/changes/2/team").asText());
        assertThat(new Select(browser.find("#o1c2-staff")).getAllSelectedOptions()).extracting(o -> o.getAttribute("value"))
                .containsExactlyInAnyOrderElementsOf(StreamSupport.stream(set.at("/scenarios/1/changes/2/staff").spliterator(),
                        false).map(JsonNode::asText).toList());

        new Select(browser.find("#lang")).selectByValue("nb");
        assertThat(browser.find("h1").getText()).isEqualTo("Scenarier");
        assertThat(browser.find("#charts figure.chart figcaption").getText()).isEqualTo("Reise (timer)");
        assertThat(browser.find("#o0 legend").getText()).isEqualTo("Alternativ 1");
    }

    /**
     * The planner's journey: a scenario set built in the editor from a stored home-care baseline (one option, two
     * changes), refused at the fields first by the browser and then by the service, saved, started for 1 s per
     * option and watched to the end; the comparison, two options side by side and their CSV; a second run stopped.
     */
    @Test
    void buildStartCompareAndStopASet() {
        String baseline = api.upload("homecare-small.json");
        browser.open("/scenarios.html");
        new Select(browser.await("baseline listed", d -> d.findElements(
                By.cssSelector("#baseline option[value='" + baseline + "']")).isEmpty() ? null : d.findElement(By.id("baseline"))))
                .selectByValue(baseline);
        WebElement name = browser.shown("#set-name");
        name.clear();
        String setName = "Narvik: a base in Bjerkvik";
        name.sendKeys(setName);
        browser.click(browser.find("#add-option"));
        browser.find("#o0-name").sendKeys("bjerkvik-base");
        browser.find("#o0-description").sendKeys("Bjerkvik's team works from Bjerkvik");
        addChange("addBase");
        // An id the baseline already has: the browser cannot know, the service says so at the field.
        browser.find("#o0c0-base").sendKeys("base-narvik");
        browser.find("#o0c0-latitude").sendKeys("68.55");
        browser.find("#o0c0-longitude").sendKeys("17.56");
        addChange("moveTeam");
        List<String> teams = new Select(browser.find("#o0c1-team")).getOptions().stream()
                .map(o -> o.getAttribute("value")).filter(v -> !v.isEmpty()).toList();
        assertThat(teams).contains("narvik-sentrum", "narvik-nord", "palliativt");

        // Required fields left empty are marked in the browser, nothing is sent.
        browser.click(browser.find("#save-set"));
        assertThat(browser.shown("#o0c1-team-error").getText()).isEqualTo("Required.");
        assertThat(browser.find("#o0c1-base-error").getText()).isEqualTo("Required.");
        assertThat(browser.find("#o0c1-team").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("o0c1-team");
        assertThat(ServiceClient.json(api.get("/api/datasets")).findValuesAsText("name")).doesNotContain(setName);

        // The service's problem (its JSON path) is shown at the input of that change.
        new Select(browser.find("#o0c1-team")).selectByValue("narvik-nord");
        new Select(browser.find("#o0c1-base")).selectByValue("base-narvik");
        assertThat(browser.find("#o0c1-team-error").isDisplayed()).isFalse();
        browser.click(browser.find("#save-set"));
        assertThat(browser.shown("#o0c0-base-error").getText()).contains("already a location 'base-narvik'");
        assertThat(browser.find("#o0c0-base").getAttribute("aria-invalid")).isEqualTo("true");

        // A new id; once it is left, the next change can move the team there.
        browser.find("#o0c0-base").sendKeys(Keys.chord(Keys.CONTROL, "a"), "base-bjerkvik", Keys.TAB);
        browser.await("added base offered", d -> d.findElements(By.cssSelector("#o0c1-base option[value='base-bjerkvik']"))
                .stream().findFirst().orElse(null));
        new Select(browser.find("#o0c1-base")).selectByValue("base-bjerkvik");
        browser.click(browser.find("#save-set"));
        browser.await("saved", d -> d.findElement(By.id("editor-status")).getText().startsWith("Saved as"));
        String setId = browser.await("saved set chosen", d -> {
            String id = new Select(d.findElement(By.id("dataset"))).getFirstSelectedOption().getAttribute("value");
            return id.isEmpty() ? null : id;
        });
        JsonNode saved = ServiceClient.json(api.get("/api/datasets/" + setId));
        assertThat(saved.get("name").asText()).isEqualTo(setName);
        assertThat(saved.at("/scenarios/0/changes").findValuesAsText("type")).containsExactly("addBase", "moveTeam");
        assertThat(saved.at("/scenarios/0/changes/1/base").asText()).isEqualTo("base-bjerkvik");
        assertThat(browser.shown("#not-evaluated").getText()).contains("not been evaluated");
        browser.screenshot("scenario-editor");
        browser.assertAccessible();

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
        assertThat(ServiceClient.json(api.get("/api/jobs?datasetId=" + setId)).size()).isZero();

        // Started for 1 s per option: every option reaches a final state, then the comparison is shown.
        limit.clear();
        limit.sendKeys("1s");
        browser.click(browser.find("#solve"));
        String jobId = jobInAddress();
        browser.shown("#parts-panel");
        JsonNode job = api.awaitStatus(jobId, Duration.ofMinutes(2), "completed");
        List<String> options = job.get("parts").findValuesAsText("name");
        assertThat(options).containsExactly("baseline", "bjerkvik-base");
        browser.shown("#comparison-table");
        browser.await("every option final", d -> statuses().equals(List.of("completed", "completed")));
        List<String> columns = browser.driver().findElements(By.cssSelector("#comparison-table thead th")).stream()
                .map(WebElement::getText).toList();
        assertThat(columns.subList(1, columns.size())).containsExactlyElementsOf(options);
        // The whole comparison as CSV: the job's export, one line per option after the header.
        assertThat(browser.find("#download-csv").getAttribute("href")).endsWith("/api/jobs/" + jobId + "/exports/csv");
        assertThat(api.get("/api/jobs/" + jobId + "/exports/csv").body()).startsWith("scenario,status")
                .hasLineCount(options.size() + 1);

        // Two options side by side: the baseline and the option by default, then the other way round.
        JsonNode option = ServiceClient.json(api.get("/api/jobs/" + jobId + "/report")).get("rows").get(1);
        double travel = option.at("/measures/travelHours").asDouble();
        double difference = option.at("/difference/travelHours").asDouble();
        assertThat(new Select(browser.find("#compare-a")).getFirstSelectedOption().getText()).isEqualTo("baseline");
        assertThat(new Select(browser.find("#compare-b")).getFirstSelectedOption().getText()).isEqualTo("bjerkvik-base");
        assertThat(signedValue(pairCell("travelHours", 3))).isCloseTo(difference, within(0.006));
        new Select(browser.find("#compare-a")).selectByValue("bjerkvik-base");
        new Select(browser.find("#compare-b")).selectByValue("baseline");
        browser.await("pair swapped", d -> d.findElement(By.cssSelector("#pair-table thead th:nth-child(2)")).getText()
                .equals("A: bjerkvik-base"));
        assertThat(signedValue(pairCell("travelHours", 3))).isCloseTo(-difference, within(0.006));
        // The pair as CSV, as the link downloads it: measure, A, B and B − A.
        String href = browser.find("#download-pair").getAttribute("href");
        String pair = URLDecoder.decode(href.substring(href.indexOf(',') + 1), StandardCharsets.UTF_8);
        List<String> lines = pair.lines().toList();
        assertThat(lines.get(0)).isEqualTo("measure,bjerkvik-base,baseline,baseline - bjerkvik-base");
        String[] travelLine = lines.stream().filter(l -> l.startsWith("travelHours,")).findFirst().orElseThrow().split(",");
        assertThat(Double.parseDouble(travelLine[1])).isCloseTo(travel, within(0.006));
        assertThat(Double.parseDouble(travelLine[3])).isCloseTo(-difference, within(0.006));
        assertThat(lines).hasSize(1 + browser.driver().findElements(By.cssSelector("#pair-table tbody tr")).size());
        browser.screenshot("scenario-compare", browser.find("#pair"));

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
        browser.await("options final", d -> !statuses().isEmpty() && statuses().stream()
                .allMatch(status -> status.equals("stopped") || status.equals("completed")));
    }

    /** Adds a change of this type to the first option. */
    private void addChange(String type) {
        new Select(browser.find("#o0-new-type")).selectByValue(type);
        browser.click(browser.find("#o0-add-change"));
    }

    /** A cell of the pair table's row for a measure (1: A, 2: B, 3: B − A). */
    private String pairCell(String measure, int column) {
        return browser.find("#pair-table tr[data-measure='" + measure + "']").findElements(By.cssSelector("th, td"))
                .get(column).getText();
    }

    /** A difference as the page writes it in English (+1,234.5, −2, ±0) read back as a number. */
    private static double signedValue(String text) {
        double value = text.equals("±0") ? 0 : Double.parseDouble(text.substring(1).replace(",", ""));
        return text.startsWith("−") ? -value : value;
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
