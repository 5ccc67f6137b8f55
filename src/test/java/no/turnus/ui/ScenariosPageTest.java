package no.turnus.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The scenarios page in a real browser: the Narvik scenario set evaluated by the command line (1 s per
 * dataset), uploaded through the page, shown as the comparison table, charts, coverage and base layouts.
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
        assertThat(browser.shown("#set-empty").getText()).contains("evaluated scenario set");
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

        // Coverage with the worst-served places.
        JsonNode coverage = results.get("coverage").get(0);
        assertThat(browser.find("#coverage").getText()).contains(coverage.get("name").asText(),
                coverage.get("worstServed").get(0).get("place").asText());

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

    private static List<WebElement> paths(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#map .leaflet-overlay-pane path"));
    }
}
