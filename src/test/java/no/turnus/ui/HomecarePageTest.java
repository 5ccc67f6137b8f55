package no.turnus.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;

import no.turnus.api.ServiceClient;

/**
 * The home-care page in a real browser: solve the small sample and see the day's routes on the map (no tile
 * server: the map works without one), the timeline per caregiver, the unplanned visits and the KPIs, all as
 * the REST API reports them.
 */
class HomecarePageTest extends WebUiTest {

    @Test
    void routesOnTheMapAndTimeline() {
        String datasetId = api.upload("homecare-small.json");
        browser.open("/homecare.html?dataset=" + datasetId);
        WebElement limit = browser.shown("#time-limit");
        limit.clear();
        limit.sendKeys("3s");
        browser.await("dataset chosen", d -> browser.find("#solve").isEnabled());
        browser.find("#solve").click();
        browser.await("job completed", d -> browser.find("#job-status").getText().equals("completed"));
        String jobId = browser.driver().getCurrentUrl().replaceAll(".*job=", "");
        JsonNode report = ServiceClient.json(api.get("/api/jobs/" + jobId + "/report"));
        String day = new Select(browser.shown("#day")).getFirstSelectedOption().getAttribute("value");
        List<JsonNode> routes = StreamSupport.stream(report.get("routes").spliterator(), false)
                .filter(r -> r.get("date").asText().equals(day)).toList();
        assertThat(routes).isNotEmpty();
        int stops = routes.stream().mapToInt(r -> r.get("stops").size()).sum();

        // The map: one line per route and one marker per visit, without any tiles.
        assertThat(browser.find("#no-tiles").isDisplayed()).isTrue();
        browser.await("routes drawn", d -> paths().size() == routes.size() + stops);
        assertThat(browser.driver().findElements(By.cssSelector("#map .leaflet-tile"))).isEmpty();
        // The route table and the timeline: one row per caregiver, one block per visit.
        assertThat(browser.driver().findElements(By.cssSelector("#route-table tbody tr"))).hasSize(routes.size());
        assertThat(browser.driver().findElements(By.cssSelector("#timeline .tl-row[data-caregiver]"))).hasSize(routes.size());
        assertThat(browser.driver().findElements(By.cssSelector("#timeline .tl-visit"))).hasSize(stops);
        JsonNode firstStop = routes.get(0).get("stops").get(0);
        assertThat(browser.find("#timeline .tl-row[data-caregiver] .tl-visit").getText())
                .contains(firstStop.get("user").asText(), firstStop.get("start").asText().substring(11, 16));
        // Unplanned visits of the day with their reason, and the KPIs.
        List<JsonNode> unplanned = StreamSupport.stream(report.get("unplanned").spliterator(), false)
                .filter(u -> u.get("date").asText().equals(day)).toList();
        if (unplanned.isEmpty()) {
            assertThat(browser.find("#unplanned").getText()).isEqualTo("Every visit is planned.");
        } else {
            assertThat(browser.driver().findElements(By.cssSelector("#unplanned-table tbody tr"))).hasSize(unplanned.size());
            assertThat(browser.find("#unplanned-table").getText()).contains(unplanned.get(0).get("reason").asText());
        }
        JsonNode kpis = report.get("kpis");
        assertThat(browser.find("#kpi-list").getText()).contains(kpis.get("plannedVisits").asInt() + " / "
                + kpis.get("visits").asInt(), kpis.get("travelMinutes").asInt() + " min");
        browser.screenshot("homecare");
        browser.assertAccessible();

        // Hiding a route takes its line and markers off the map.
        browser.click(browser.find("#route-table tbody tr input[type=checkbox]"));
        int hidden = 1 + routes.get(0).get("stops").size();
        browser.await("route hidden", d -> paths().size() == routes.size() + stops - hidden);
    }

    private List<WebElement> paths() {
        return browser.driver().findElements(By.cssSelector("#map .leaflet-overlay-pane path"));
    }
}
