package no.turnus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import no.turnus.CommandLine;
import no.turnus.kinds.StandardKinds;
import no.turnus.problem.DatasetReader;
import no.turnus.scenario.ScenarioSet;

/** {@code turnus solve} on a scenario set: prints the comparison table, writes it as CSV and as a re-readable set. */
class TurnusCliScenarioTest {

    @TempDir
    Path directory;

    private final CommandLine cli = new CommandLine();

    /** The Narvik sample cut to the baseline and one scenario, to keep the solves few. */
    private Path smallSet() throws IOException {
        DatasetReader reader = new DatasetReader(StandardKinds.all());
        ObjectNode set = (ObjectNode) reader.mapper().readTree(Files.readAllBytes(Path.of("data-samples/scenario-narvik.json")));
        ((ArrayNode) set.get("scenarios")).remove(1);
        set.remove("optimise");
        Path file = directory.resolve("narvik-small.json");
        Files.write(file, reader.mapper().writeValueAsBytes(set));
        return file;
    }

    @Test
    void solvePrintsTheComparisonAndWritesCsvAndJson() throws IOException {
        Path set = smallSet();
        Path csv = directory.resolve("comparison.csv");
        assertThat(cli.run("solve", set.toString(), "--time", "1s", "--seed", "3", "--out", csv.toString())).isZero();
        String printed = cli.printed();
        assertThat(printed).contains("  0/2 options done", "  2/2 options done", "Scenario comparison", "district-bases",
                "travelKm", "costNok", "Coverage '");
        assertThat(Files.readAllLines(csv)).hasSize(3).first().asString().startsWith("scenario,status,");

        Path json = directory.resolve("comparison.json");
        assertThat(cli.run("solve", set.toString(), "--time", "1s", "--out", json.toString())).isZero();
        // The result file, as for every kind: summary figures, the report (the comparison) and the solved dataset.
        DatasetReader reader = new DatasetReader(StandardKinds.all());
        var result = reader.mapper().readTree(Files.readAllBytes(json));
        assertThat(result.get("score").asText()).isEqualTo("2/2 options done");
        assertThat(result.get("report").get("rows")).hasSize(2);
        ScenarioSet solved = (ScenarioSet) reader.read(result.get("dataset")).dataset();
        assertThat(solved.results().rows()).hasSize(2);
        assertThat(cli.run("validate", json.toString())).isZero();
    }

    @Test
    void anInvalidChangeExitsWithTwoAndNamesThePath() throws IOException {
        Path set = smallSet();
        String text = Files.readString(set).replace("\"moveTeam\",\"team\":\"ballangen\"", "\"moveTeam\",\"team\":\"X\"");
        Files.writeString(set, text);
        assertThat(cli.run("solve", set.toString(), "--time", "1s")).isEqualTo(TurnusCli.BAD_INPUT);
        assertThat(cli.errors()).contains("$.scenarios[0].changes[2].team: unknown team 'X'");
    }
}
