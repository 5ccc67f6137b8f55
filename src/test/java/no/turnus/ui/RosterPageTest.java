package no.turnus.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;

import no.turnus.api.ServiceClient;

/**
 * The roster page in a real browser against the running service: upload the small sample, solve and watch the
 * grid fill, read a cell's broken rules, pin a shift, replan after sick leave, ask who to call for a gap.
 * Every figure on the page is checked against what the REST API says.
 */
class RosterPageTest extends WebUiTest {

    @Test
    void solveExplainPinAndReplan() {
        // From the start page (checked for accessibility on the way) to the roster page, as a planner goes.
        browser.open("/index.html");
        browser.shown("main h1");
        browser.assertAccessible();
        browser.click(browser.find("main a[href='roster.html']"));
        browser.shown("#solve");
        // Language switch: bokmål labels, then back to English for the rest.
        new Select(browser.find("#lang")).selectByValue("nb");
        assertThat(browser.find("#solve").getText()).isEqualTo("Start løsning");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("nb");
        new Select(browser.find("#lang")).selectByValue("en");
        assertThat(browser.find("#solve").getText()).isEqualTo("Start solving");

        // Upload the sample through the file input; it becomes the chosen dataset.
        browser.find("#upload").sendKeys(Path.of("data-samples", "roster-small.json").toAbsolutePath().toString());
        browser.await("uploaded dataset chosen", d -> new Select(browser.find("#dataset")).getFirstSelectedOption()
                .getText().startsWith("Solsikken"));
        WebElement limit = browser.find("#time-limit");
        limit.clear();
        limit.sendKeys("4s");
        browser.find("#solve").click();

        // The grid fills while solving (from the stored best solution), then the job completes.
        browser.await("grid filling", d -> !filledCells().isEmpty());
        browser.await("job completed", d -> browser.find("#job-status").getText().equals("completed"));
        String jobId = jobInUrl();
        JsonNode report = ServiceClient.json(api.get("/api/jobs/" + jobId + "/report"));
        browser.await("final grid", d -> filledCells().size() == report.get("assignments").size());
        assertThat(browser.find("#job-score").getText()).startsWith(report.get("score").asText());
        assertThat(browser.find("#progress").findElements(By.tagName("li"))).isNotEmpty();
        // The three verdicts are shown apart from the score: legal, covered, within positions.
        JsonNode verdicts = report.get("verdicts");
        assertThat(browser.find("#kpi-list").getText()).contains("Legal", "Covered", "Within positions")
                .contains(verdicts.get("covered").asBoolean() ? "Covered\nyes"
                        : verdicts.get("uncoveredPlaces").asInt() + " places");
        JsonNode first = report.get("assignments").get(0);
        assertThat(cell(first.get("employee").asText(), first.get("date").asText()).getText())
                .isEqualTo(first.get("shift").asText());
        JsonNode summary = report.get("employees").get(0);
        assertThat(browser.find("#roster-grid tbody tr").getText())
                .contains(String.format(Locale.ROOT, "%.1f / %.1f", summary.get("hours").asDouble(),
                        summary.get("hoursToWork").asDouble()));
        assertThat(browser.find("#download-csv").getAttribute("href")).endsWith("/api/jobs/" + jobId + "/exports/csv");
        assertThat(browser.find("#download-xlsx").getAttribute("href")).endsWith("/api/jobs/" + jobId + "/exports/xlsx");
        browser.screenshot("roster");
        browser.assertAccessible();

        // A cell's explanation: the broken rules of that person and day, in words, with the reference.
        String start = ServiceClient.json(api.get("/api/datasets/" + api.job(jobId).get("datasetId").asText()))
                .get("startDate").asText();
        Explained explained = explainOneBreach(report, start);

        // Keyboard: the arrows move between cells.
        WebElement focused = browser.driver().switchTo().activeElement();
        focused.sendKeys(Keys.ARROW_RIGHT);
        WebElement next = browser.driver().switchTo().activeElement();
        assertThat(Integer.parseInt(next.getAttribute("data-c")))
                .isEqualTo(Integer.parseInt(focused.getAttribute("data-c")) + 1);
        assertThat(next.getAttribute("tabindex")).isEqualTo("0");

        // The same explanation in bokmål: the rule's label from the catalogue and the service's bokmål text.
        if (explained != null) {
            new Select(browser.find("#lang")).selectByValue("nb");
            browser.await("explanation in bokmål", d -> browser.find("#details-body").getText()
                    .contains(explained.match().get("nb").get("message").asText()));
            assertThat(browser.find("#details-body").getText()).contains(explained.rule().get("nb").asText());
            new Select(browser.find("#lang")).selectByValue("en");
        }

        // Pin one shift of someone in the second week, mark another employee sick from that week and replan.
        LocalDate secondWeek = LocalDate.parse(start).plusDays(7);
        JsonNode sick = assignments(report).stream()
                .filter(a -> !LocalDate.parse(a.get("date").asText()).isBefore(secondWeek)).findFirst().orElseThrow();
        String sickId = sick.get("employee").asText();
        String from = sick.get("date").asText();
        JsonNode keep = assignments(report).stream().filter(a -> !a.get("employee").asText().equals(sickId)
                && a.get("date").asText().compareTo(from) >= 0 && !a.get("pinned").asBoolean()).findFirst().orElseThrow();
        browser.click(cell(keep.get("employee").asText(), keep.get("date").asText()));
        browser.shown("#details-body input[type=checkbox]").click();
        browser.await("pin counted", d -> browser.find("#pin-count").getText().equals("1 shifts pinned"));
        assertThat(td(keep.get("employee").asText(), keep.get("date").asText()).getAttribute("class")).contains("pinned");

        browser.click(cell(sickId, from));
        browser.shown("#sick-here").click();
        assertThat(new Select(browser.find("#replan-employee")).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo(sickId);
        assertThat(browser.find("#replan-from").getAttribute("value")).isEqualTo(from);
        limit = browser.find("#time-limit");
        limit.clear();
        limit.sendKeys("3s");
        browser.find("#replan-submit").click();

        browser.await("replanning job shown", d -> !jobInUrl().equals(jobId));
        String replanId = jobInUrl();
        browser.await("replanning completed", d -> browser.find("#job-status").getText().equals("completed"));
        browser.await("changes listed", d -> browser.find("#changes").getText().contains("removed"));
        JsonNode changes = ServiceClient.json(api.get("/api/jobs/" + replanId + "/changes"));
        assertThat(browser.find("#changes").getText()).contains("Changes: " + changes.get("removed").asInt() + " removed, "
                + changes.get("added").asInt() + " added, " + changes.get("unchanged").asInt() + " unchanged");
        // The sick employee is away from that day on, with no shift; the pinned shift stayed.
        JsonNode replanned = ServiceClient.json(api.get("/api/jobs/" + replanId + "/report"));
        browser.await("replanned grid", d -> filledCells().size() == replanned.get("assignments").size());
        assertThat(td(sickId, from).getAttribute("class")).contains("away");
        assertThat(cell(sickId, from).getText()).isEqualTo("–");
        assertThat(assignments(replanned)).noneMatch(a -> a.get("employee").asText().equals(sickId)
                && a.get("date").asText().compareTo(from) >= 0);
        assertThat(assignments(replanned)).anyMatch(a -> a.get("employee").equals(keep.get("employee"))
                && a.get("date").equals(keep.get("date")) && a.get("shift").equals(keep.get("shift"))
                && a.get("pinned").asBoolean());
        assertThat(td(keep.get("employee").asText(), keep.get("date").asText()).getAttribute("class")).contains("pinned");
        browser.screenshot("roster-replanned");
    }

    @Test
    void whoToCallForAnUncoveredShift() {
        String datasetId = api.upload("roster-understaffed.json");
        browser.open("/roster.html?dataset=" + datasetId);
        WebElement limit = browser.shown("#time-limit");
        limit.clear();
        limit.sendKeys("2s");
        browser.await("dataset chosen", d -> browser.find("#solve").isEnabled());
        browser.find("#solve").click();
        browser.await("job completed", d -> browser.find("#job-status").getText().equals("completed"));
        String jobId = jobInUrl();
        JsonNode uncovered = ServiceClient.json(api.get("/api/jobs/" + jobId + "/report")).get("uncovered").get(0);
        WebElement gap = browser.await("uncovered cell", d -> d.findElements(By.cssSelector(
                "#roster-grid button.cell[data-ward='" + uncovered.get("ward").asText() + "'][data-date='"
                        + uncovered.get("date").asText() + "']")).stream().filter(b -> !b.getText().isEmpty())
                .findFirst().orElse(null));
        assertThat(gap.getText()).contains(uncovered.get("shift").asText());
        browser.click(gap);
        browser.shown("#details-body button.who").click();
        JsonNode ranked = ServiceClient.json(api.get("/api/jobs/" + jobId + "/recommendations?item="
                + uncovered.get("id").asText()));
        WebElement table = browser.shown("#details-body .recommendations table");
        List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(ranked.size());
        assertThat(rows.get(0).getText()).contains(ranked.get(0).get("name").asText(),
                ranked.get(0).get("scoreChange").asText());
        browser.screenshot("roster-who-to-call");
    }

    /** A broken rule and one of its matches, as the report gives them. */
    private record Explained(JsonNode rule, JsonNode match) {
    }

    /**
     * Clicks the cell of one breach and finds its rule, message and reference in the explanation; returns the rule
     * and the match, or null when no rule is broken for anyone.
     */
    private Explained explainOneBreach(JsonNode report, String start) {
        JsonNode employees = report.get("employees");
        for (JsonNode rule : report.get("analysis").get("brokenRules")) {
            for (JsonNode match : rule.get("matches")) {
                String who = match.get("who").asText();
                if (StreamSupport.stream(employees.spliterator(), false).noneMatch(e -> e.get("id").asText().equals(who))) {
                    continue;
                }
                String date = dateOf(match.get("when").asText(), start);
                browser.click(cell(who, date));
                WebElement details = browser.shown("#details-body");
                browser.await("explanation", d -> details.getText().contains(match.get("message").asText()));
                assertThat(details.getText()).contains(rule.get("en").asText(), match.get("reference").asText());
                browser.screenshot("roster-explanation");
                return new Explained(rule, match);
            }
        }
        // No rule broken for anyone: the explanation says so.
        JsonNode any = report.get("assignments").get(0);
        browser.click(cell(any.get("employee").asText(), any.get("date").asText()));
        browser.await("explanation", d -> browser.find("#details-body").getText().contains("No rule broken."));
        return null;
    }

    /** A date a breach's 'when' points at; the first day for period-wide ones. */
    private static String dateOf(String when, String start) {
        LocalDate first = LocalDate.parse(start);
        if (when.startsWith("day ")) {
            return first.plusDays(Integer.parseInt(when.substring(4)) - 1).toString();
        }
        if (when.startsWith("week ")) {
            return first.plusWeeks(Integer.parseInt(when.substring(5)) - 1).toString();
        }
        return when.isEmpty() ? start : when.substring(0, 10);
    }

    private static List<JsonNode> assignments(JsonNode report) {
        return StreamSupport.stream(report.get("assignments").spliterator(), false).toList();
    }

    private List<WebElement> filledCells() {
        return browser.driver().findElements(By.cssSelector("#roster-grid button.cell[data-employee]")).stream()
                .filter(b -> !b.getText().isEmpty() && !b.getText().equals("–")).toList();
    }

    private WebElement cell(String employee, String date) {
        return browser.find("#roster-grid button.cell[data-employee='" + employee + "'][data-date='" + date + "']");
    }

    private WebElement td(String employee, String date) {
        return cell(employee, date).findElement(By.xpath(".."));
    }

    private String jobInUrl() {
        String url = browser.driver().getCurrentUrl();
        int at = url.indexOf("job=");
        return at < 0 ? "" : url.substring(at + 4);
    }
}
