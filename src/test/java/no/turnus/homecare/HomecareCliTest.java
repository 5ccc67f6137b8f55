package no.turnus.homecare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.turnus.CommandLine;

/** The shared command line serves home care with no code of its own: solve, validate, bad input. */
class HomecareCliTest {

    @TempDir
    Path directory;

    private final CommandLine cli = new CommandLine();

    @Test
    void solvesTheSmallSampleAndTheWrittenPlanValidates() throws Exception {
        Path result = directory.resolve("plan.json");
        assertThat(cli.run("solve", "data-samples/homecare-small.json", "--time", "3s", "--out", result.toString()))
                .as(cli.errors()).isZero();
        JsonNode written = new ObjectMapper().readTree(result.toFile());
        assertThat(written.get("kind").asText()).isEqualTo("homecare");
        assertThat(written.at("/report/routes").size()).isPositive();
        assertThat(written.at("/report/kpis/travelSharePercent").isNumber()).isTrue();
        assertThat(cli.run("validate", result.toString())).isEqualTo(written.get("feasible").asBoolean() ? 0 : 1);
    }

    @Test
    void badInputExitsTwoNamingTheField() throws Exception {
        Path bad = directory.resolve("bad.json");
        Files.writeString(bad, Files.readString(Path.of("data-samples/homecare-small.json"))
                .replaceFirst("\"durationMinutes\" : \\d+", "\"durationMinutes\" : -5"));
        assertThat(cli.run("validate", bad.toString())).isEqualTo(2);
        assertThat(cli.errors() + cli.printed())
                .contains("$.visits[0].durationMinutes");
    }
}
