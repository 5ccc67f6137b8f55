package no.turnus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import no.turnus.kinds.StandardKinds;

/** The command line on the real roster sample: solve, write, validate the written plan, catch a hand-made breach. */
class TurnusCliRosterTest {

    private static final Path SMALL = Path.of("data-samples/roster-small.json");

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ObjectMapper json = new ObjectMapper();

    private int run(String... args) {
        out.reset();
        err.reset();
        return new TurnusCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), StandardKinds.all()).run(List.of(args));
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void solveWritesAResultThatValidatesAgain() throws IOException {
        Path result = directory.resolve("result.json");
        assertThat(run("solve", SMALL.toString(), "--time", "3s", "--seed", "7", "--out", result.toString()))
                .as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed()).contains("Solving roster").contains("best score").contains("Done in").contains("Wrote");

        JsonNode written = json.readTree(result.toFile());
        assertThat(written.get("kind").asText()).isEqualTo("roster");
        assertThat(written.get("report").get("assignments").size()).isPositive();
        String score = written.get("score").asText();

        assertThat(run("validate", result.toString())).isEqualTo(written.get("feasible").asBoolean() ? 0 : 1);
        assertThat(printed()).contains("Score of its plan: " + score);
    }

    @Test
    void csvEndingWritesTheRosterGrid() throws IOException {
        Path grid = directory.resolve("grid.csv");
        assertThat(run("solve", SMALL.toString(), "--time", "1s", "--out", grid.toString())).isZero();
        assertThat(Files.readAllLines(grid).get(0)).startsWith("employee,");
    }

    @Test
    void unknownExportEndingIsRefusedBeforeSolving() {
        Path pdf = directory.resolve("roster.pdf");
        assertThat(run("solve", SMALL.toString(), "--out", pdf.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(".csv").contains("not .pdf");
        assertThat(printed()).doesNotContain("Solving");
    }

    @Test
    void handMadeRosterWithTooLittleRestFailsValidation() throws IOException {
        ObjectNode dataset = (ObjectNode) json.readTree(SMALL.toFile());
        String employee = dataset.get("employees").get(1).get("id").asText();
        String ward = dataset.get("wards").get(0).get("id").asText();
        String start = dataset.get("startDate").asText();
        ArrayNode plan = dataset.putArray("assignments");
        // An evening shift ending 22:00 followed by a day shift at 07:30: 9.5 h of rest.
        plan.addObject().put("employee", employee).put("date", start).put("shift", "A").put("ward", ward);
        plan.addObject().put("employee", employee).put("date", java.time.LocalDate.parse(start).plusDays(1).toString())
                .put("shift", "D").put("ward", ward);
        Path handMade = Files.writeString(directory.resolve("hand-made.json"), json.writeValueAsString(dataset));

        assertThat(run("validate", handMade.toString())).isEqualTo(1);
        assertThat(printed()).contains("HARD").contains(employee).contains("AML §10-8");
    }
}
