package no.turnus;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import no.turnus.cli.TurnusCli;

/** The command line run in this process as the tests call it: its exit code and what it printed to each stream. */
public final class CommandLine {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Runs {@code turnus ARGS}; what an earlier run printed is forgotten. */
    public int run(String... args) {
        out.reset();
        err.reset();
        return TurnusCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    public String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    public String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
