package no.turnus.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The scenarios page is a placeholder until the scenario comparison exists; it is reachable and labelled. */
class ScenariosPageTest extends WebUiTest {

    @LocalServerPort
    int port;

    @Test
    void placeholderInBothLanguages() {
        try (Browser browser = Browser.start(port)) {
            browser.open("/index.html");
            browser.click(browser.shown("header nav a[href='scenarios.html']"));
            browser.await("scenarios page", d -> d.getCurrentUrl().endsWith("/scenarios.html"));
            assertThat(browser.shown("h1").getText()).isEqualTo("Scenarios");
            assertThat(browser.find("#scenarios-placeholder").getText()).contains("baseline");
            assertThat(browser.find("header nav a[aria-current=page]").getText()).isEqualTo("Scenarios");
            new org.openqa.selenium.support.ui.Select(browser.find("#lang")).selectByValue("nb");
            assertThat(browser.find("h1").getText()).isEqualTo("Scenarier");
            browser.screenshot("scenarios");
        }
    }
}
