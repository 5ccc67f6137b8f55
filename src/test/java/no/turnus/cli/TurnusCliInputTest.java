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

import no.turnus.kinds.StandardKinds;

/** The command line's answers to wrong command lines and unusable files: a clear message, exit 2, no output. */
class TurnusCliInputTest {

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new TurnusCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), StandardKinds.all()).run(List.of(args));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void unknownVerbPrintsUsage() {
        assertThat(run("sovle", "x.json")).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage:");
    }

    @Test
    void missingFileIsNamed() {
        assertThat(run("solve", directory.resolve("nope.json").toString())).isEqualTo(2);
        assertThat(errors()).contains("no such file").contains("nope.json");
    }

    @Test
    void malformedJsonIsLocatedAndNothingIsWritten() throws IOException {
        Path dataset = Files.writeString(directory.resolve("broken.json"), "{\"kind\": \"roster\",\n \"name\": ");
        Path result = directory.resolve("result.json");
        assertThat(run("solve", dataset.toString(), "--out", result.toString())).isEqualTo(2);
        assertThat(errors()).contains("$: malformed JSON at line 2");
        assertThat(result).doesNotExist();
    }

    @Test
    void wrongTimeIsAUsageError() throws IOException {
        Path dataset = Files.writeString(directory.resolve("d.json"), "{}");
        assertThat(run("solve", dataset.toString(), "--time", "soon")).isEqualTo(2);
        assertThat(errors()).contains("--time must be a duration");
    }

    @Test
    void unknownOptionIsAUsageError() throws IOException {
        Path dataset = Files.writeString(directory.resolve("d.json"), "{}");
        assertThat(run("validate", dataset.toString(), "--quick")).isEqualTo(2);
        assertThat(errors()).contains("unknown option --quick");
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
