package no.turnus.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The map needs no internet: with no tile server configured, the home-care page draws the service's own map of
 * Norway (coast, fjords, lakes) under the routes of the small Narvik sample, and asks nothing of any other host.
 */
class BackgroundMapPageTest extends WebUiTest {

    @Test
    void narviksCoastAndFjordsAreDrawnWithoutATileServer() {
        String datasetId = api.upload("homecare-small.json");
        browser.open("/homecare.html?dataset=" + datasetId);
        WebElement limit = browser.shown("#time-limit");
        limit.clear();
        limit.sendKeys("2s");
        browser.await("dataset chosen", d -> browser.find("#solve").isEnabled());
        browser.find("#solve").click();
        browser.await("job completed", d -> browser.find("#job-status").getText().equals("completed"));
        browser.await("routes drawn", d -> !d.findElements(By.cssSelector("#map .leaflet-overlay-pane path")).isEmpty());

        assertThat(browser.find("#no-tiles").isDisplayed()).isTrue();
        assertThat(browser.driver().findElements(By.cssSelector("#map .leaflet-tile"))).isEmpty();
        // Land and water both on the background canvas where the routes are (the coast runs through Narvik):
        // share of the canvas's pixels drawn as land, the rest sea or lakes.
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        @SuppressWarnings("unchecked")
        Map<String, Number> drawn = browser.await("background drawn", d -> {
            Object result = js.executeScript("""
                    const canvas = document.querySelector('#map .leaflet-background-pane canvas');
                    if (!canvas || !canvas.width) return null;
                    const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                    let land = 0, water = 0;
                    for (let i = 0; i < pixels.length; i += 4) {
                      const [r, g, b, a] = [pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3]];
                      if (a > 200 && r > 235 && g > 230 && b > 220 && r > b) land++;
                      else if (a === 0 || b > r) water++;
                    }
                    // Wait for a share of land, not its first edge: the background is drawn in chunks, and the view
                    // (fitted to the routes a short solve found) shows more or less of the coast.
                    return land >= 0.05 * pixels.length / 4 ? { land, water, all: pixels.length / 4 } : null;""");
            return (Map<String, Number>) result;
        });
        double land = drawn.get("land").doubleValue() / drawn.get("all").doubleValue();
        double water = drawn.get("water").doubleValue() / drawn.get("all").doubleValue();
        assertThat(land).as("land share").isBetween(0.05, 0.95);
        assertThat(water).as("sea and lake share").isGreaterThan(0.03);
        // Nothing fetched from any other host: no tiles, no fonts, no scripts.
        @SuppressWarnings("unchecked")
        List<String> resources = (List<String>) js.executeScript(
                "return performance.getEntriesByType('resource').map(r => r.name)");
        String origin = (String) js.executeScript("return location.origin");
        assertThat(resources).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(origin + "/"));
        assertThat(resources).anySatisfy(url -> assertThat(url).endsWith("/map/norway.geojson"));
        browser.screenshot("homecare-offline-map");
    }
}
