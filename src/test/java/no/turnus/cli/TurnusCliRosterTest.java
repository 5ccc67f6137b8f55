package no.turnus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import no.turnus.CommandLine;

/** The command line on the real roster sample: solve, write, validate the written plan, catch a hand-made breach. */
class TurnusCliRosterTest {

    private static final Path SMALL = Path.of("data-samples/roster-small.json");

    @TempDir
    Path directory;

    private final CommandLine cli = new CommandLine();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void solveWritesAResultThatValidatesAgain() throws IOException {
        Path result = directory.resolve("result.json");
        assertThat(cli.run("solve", SMALL.toString(), "--time", "3s", "--seed", "7", "--out", result.toString()))
                .as(cli.errors()).isZero();
        assertThat(cli.printed()).contains("Solving roster").contains("best score").contains("Done in").contains("Wrote");

        JsonNode written = json.readTree(result.toFile());
        assertThat(written.get("kind").asText()).isEqualTo("roster");
        assertThat(written.get("report").get("assignments").size()).isPositive();
        String score = written.get("score").asText();

        assertThat(cli.run("validate", result.toString())).isEqualTo(written.get("feasible").asBoolean() ? 0 : 1);
        assertThat(cli.printed()).contains("Score of its plan: " + score);
    }

    @Test
    void csvEndingWritesTheRosterGrid() throws IOException {
        Path grid = directory.resolve("grid.csv");
        assertThat(cli.run("solve", SMALL.toString(), "--time", "1s", "--out", grid.toString())).isZero();
        assertThat(Files.readAllLines(grid).get(0)).startsWith("employee,");
    }

    @Test
    void unknownExportEndingIsRefusedBeforeSolving() {
        Path pdf = directory.resolve("roster.pdf");
        assertThat(cli.run("solve", SMALL.toString(), "--out", pdf.toString())).isEqualTo(2);
        assertThat(cli.errors()).contains(".csv").contains("not .pdf");
        assertThat(cli.printed()).doesNotContain("Solving");
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

        assertThat(cli.run("validate", handMade.toString())).isEqualTo(1);
        assertThat(cli.printed()).contains("HARD").contains(employee).contains("AML §10-8")
                .contains("Daily rest").contains("only 9.5 h rest between");
        // In bokmål: the rule's label and the explanation, same verdict; an unknown language is a usage error.
        assertThat(cli.run("validate", handMade.toString(), "--lang", "nb")).isEqualTo(1);
        assertThat(cli.printed()).contains("Brutte regler:").contains("bare 9,5 t hviletid mellom")
                .contains("AML §10-8").doesNotContain("rest between");
        assertThat(cli.run("validate", handMade.toString(), "--lang", "de")).isEqualTo(2);
        assertThat(cli.errors()).contains("--lang must be en (English) or nb (bokmål)");
    }
}
