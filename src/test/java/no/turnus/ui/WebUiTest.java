package no.turnus.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import no.turnus.api.ServiceClient;

/**
 * The service as the browser tests see it: a random port and an embedded H2 database in a fresh temporary
 * directory; one solver thread, short event intervals so progress shows within a short solve; a browser per test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "turnus.jobs.concurrent=1",
        "turnus.jobs.store-interval=500ms",
        "turnus.jobs.event-interval=200ms"})
abstract class WebUiTest {

    @LocalServerPort
    int port;
    ServiceClient api;
    Browser browser;

    @BeforeEach
    void open() {
        browser = Browser.start(port);
        api = new ServiceClient(port);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        try {
            String dir = Files.createTempDirectory("turnus-ui-test-").toAbsolutePath().toString();
            registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dir + "/turnus");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
