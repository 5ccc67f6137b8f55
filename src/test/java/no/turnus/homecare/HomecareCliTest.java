package no.turnus.homecare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.turnus.cli.TurnusCli;

/** The shared command line serves home care with no code of its own: solve, validate, bad input. */
class HomecareCliTest {

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return TurnusCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void solvesTheSmallSampleAndTheWrittenPlanValidates() throws Exception {
        Path result = directory.resolve("plan.json");
        assertThat(run("solve", "data-samples/homecare-small.json", "--time", "3s", "--out", result.toString()))
                .as(err.toString(StandardCharsets.UTF_8)).isZero();
        JsonNode written = new ObjectMapper().readTree(result.toFile());
        assertThat(written.get("kind").asText()).isEqualTo("homecare");
        assertThat(written.at("/report/routes").size()).isPositive();
        assertThat(written.at("/report/kpis/travelSharePercent").isNumber()).isTrue();
        assertThat(run("validate", result.toString())).isEqualTo(written.get("feasible").asBoolean() ? 0 : 1);
    }

    @Test
    void badInputExitsTwoNamingTheField() throws Exception {
        Path bad = directory.resolve("bad.json");
        Files.writeString(bad, Files.readString(Path.of("data-samples/homecare-small.json"))
                .replaceFirst("\"durationMinutes\" : \\d+", "\"durationMinutes\" : -5"));
        assertThat(run("validate", bad.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8) + out.toString(StandardCharsets.UTF_8))
                .contains("$.visits[0].durationMinutes");
    }
}
