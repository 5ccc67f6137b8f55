package no.turnus.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import no.turnus.api.ServiceClient;

/**
 * Uploaded names and ids are shown as text, never run as HTML: a home-care dataset whose name, user id and
 * caregiver id are HTML with a script handler is solved and shown; the map's tooltips, the route table and the
 * timeline show the markup as text, and no element of it exists in the page.
 */
class HostileNamesPageTest extends WebUiTest {

    private static final String PAYLOAD = "<img class=\"xss\" src=\"x\" onerror=\"window.xss=1\">";

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
}
