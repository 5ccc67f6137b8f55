package no.turnus.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service as the browser tests see it: a random port and an embedded H2 database in a fresh temporary
 * directory; one solver thread, short event intervals so progress shows within a short solve.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "turnus.jobs.concurrent=1",
        "turnus.jobs.store-interval=500ms",
        "turnus.jobs.event-interval=200ms"})
abstract class WebUiTest {

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
