package no.turnus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.turnus.CommandLine;

/** The command line's answers to wrong command lines and unusable files: a clear message, exit 2, no output. */
class TurnusCliInputTest {

    @TempDir
    Path directory;

    private final CommandLine cli = new CommandLine();

    @Test
    void unknownVerbPrintsUsage() {
        assertThat(cli.run("sovle", "x.json")).isEqualTo(2);
        assertThat(cli.printed()).contains("Usage:");
    }

    @Test
    void missingFileIsNamed() {
        assertThat(cli.run("solve", directory.resolve("nope.json").toString())).isEqualTo(2);
        assertThat(cli.errors()).contains("no such file").contains("nope.json");
    }

    @Test
    void malformedJsonIsLocatedAndNothingIsWritten() throws IOException {
        Path dataset = Files.writeString(directory.resolve("broken.json"), "{\"kind\": \"roster\",\n \"name\": ");
        Path result = directory.resolve("result.json");
        assertThat(cli.run("solve", dataset.toString(), "--out", result.toString())).isEqualTo(2);
        assertThat(cli.errors()).contains("$: malformed JSON at line 2");
        assertThat(result).doesNotExist();
    }

    @Test
    void wrongTimeIsAUsageError() throws IOException {
        Path dataset = Files.writeString(directory.resolve("d.json"), "{}");
        assertThat(cli.run("solve", dataset.toString(), "--time", "soon")).isEqualTo(2);
        assertThat(cli.errors()).contains("--time must be a duration");
    }

    @Test
    void unknownOptionIsAUsageError() throws IOException {
        Path dataset = Files.writeString(directory.resolve("d.json"), "{}");
        assertThat(cli.run("validate", dataset.toString(), "--quick")).isEqualTo(2);
        assertThat(cli.errors()).contains("unknown option --quick");
    }

    @Test
    void durationsAreReadAsUsersWriteThem() {
        assertThat(CliArguments.parseDuration("time", "30s")).hasSeconds(30);
        assertThat(CliArguments.parseDuration("time", "2m")).hasMinutes(2);
        assertThat(CliArguments.parseDuration("time", "1.5s")).hasMillis(1500);
        assertThat(CliArguments.parseDuration("time", "PT10S")).hasSeconds(10);
        assertThat(CliArguments.parseDuration("time", "500ms")).hasMillis(500);
    }
}
