package no.turnus.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;

import no.turnus.bench.BenchTable;
import no.turnus.io.BenchmarkFormat;
import no.turnus.io.FormatSniffer;
import no.turnus.io.InstanceFormat;
import no.turnus.io.InstanceFormats;
import no.turnus.problem.Best;
import no.turnus.problem.Dataset;
import no.turnus.problem.DatasetReader;
import no.turnus.problem.Export;
import no.turnus.problem.ProblemKind;
import no.turnus.problem.Report;
import no.turnus.problem.SolveContext;
import no.turnus.problem.SolveControl;
import no.turnus.problem.SolveRequest;
import no.turnus.problem.Solved;

/**
 * {@code turnus solve}: solve a dataset, or a published benchmark instance recognised by its content, for a time
 * limit; print progress and a summary, write the result.
 */
final class SolveCommand implements TurnusCli.Command {

    private static final Duration DEFAULT_TIME = Duration.ofSeconds(30);
    /** Progress lines come at most this often, except when feasibility changes. */
    private static final long PROGRESS_INTERVAL_MILLIS = 1000;

    private final TurnusCli cli;

    SolveCommand(TurnusCli cli) {
        this.cli = cli;
    }

    @Override
    public int run(List<String> words) {
        CliArguments args = CliArguments.parse(words, Set.of("time", "out", "seed"), Set.of());
        if (args.positional().size() != 1) {
            throw new CliArguments.UsageException("solve takes one dataset or instance file");
        }
        Duration time = args.option("time").map(text -> CliArguments.parseDuration("time", text)).orElse(DEFAULT_TIME);
        Long seed = args.option("seed").map(SolveCommand::parseSeed).orElse(null);
        Path out = args.option("out").map(Path::of).orElse(null);
        Path file = Path.of(args.positional().get(0));
        if (!Files.isRegularFile(file)) {
            throw new CliArguments.UsageException("no such file: " + file);
        }
        BenchmarkFormat format = FormatSniffer.sniff(file);
        if (format == BenchmarkFormat.TURNUS_JSON || format == BenchmarkFormat.UNKNOWN) {
            // Unknown content goes to the JSON reader, which says where the JSON is malformed.
            return solveDataset(cli.readDataset(file), time, seed, out);
        }
        return solvePublished(cli.formats.load(file, cli.kinds), time, seed, out);
    }

    private <D extends Dataset> int solveDataset(DatasetReader.Read<D> read, Duration time, Long seed, Path out) {
        return solve(read.kind(), read.dataset(), null, time, seed, out);
    }

    private <I, D extends Dataset> int solvePublished(InstanceFormats.Loaded<I, D> loaded, Duration time, Long seed,
                                                      Path out) {
        return solve(loaded.kind(), loaded.dataset(), loaded, time, seed, out);
    }

    /** @param published the instance's format when it came from a published benchmark file, else null */
    private <D extends Dataset, S> int solve(ProblemKind<D, S> kind, D dataset, InstanceFormats.Loaded<?, D> published,
                                             Duration time, Long seed, Path out) {
        Writer<D, S> writer = writerFor(kind, published, out);
        S problem = kind.toSolution(dataset, Map.of());
        cli.out.printf(Locale.ROOT, "Solving %s '%s'%s for %s%n", kind.name(), dataset.name(),
                published == null ? "" : " (" + published.format().format() + ")", describe(time));
        Solved<S> outcome = kind.solve(problem, SolveRequest.of(time, seed),
                new SolveContext<>(cli.solverPool(), new SolveControl(), new ProgressPrinter<>()));
        S best = outcome.best();
        Report report = kind.report(best);
        D solved = kind.toDataset(dataset, best);
        cli.out.print(kind.summary(outcome, report));
        SolveResult.Benchmark benchmark = null;
        if (published != null) {
            InstanceFormat.Objective objective = published.objective(solved);
            benchmark = new SolveResult.Benchmark(published.format().format().name(), published.name(),
                    objective.value(), objective.feasible(), objective.summary());
            printObjective(cli.out, published.name(), objective);
        }
        return write(out, writer, best, solved, new SolveResult(kind.name(), dataset.name(), outcome.scoreText(),
                outcome.feasible(), outcome.seconds(), outcome.moveEvaluationSpeed(), benchmark, report, solved));
    }

    /** The line benchmark scripts read a plan's published objective from (also after {@code validate --solution}). */
    static void printObjective(java.io.PrintStream out, String instance, InstanceFormat.Objective objective) {
        out.printf(Locale.ROOT, "Benchmark objective of %s: %s (%s; %s by the benchmark's rules)%n", instance,
                BenchTable.number(objective.value()), objective.summary(),
                objective.feasible() ? "feasible" : "NOT feasible");
    }

    /**
     * Prints the best score as it improves (a kind made of parts: its progress as parts finish): at most one line
     * a second, except when feasibility changes.
     */
    private final class ProgressPrinter<S> implements Consumer<Best<S>> {
        private long lastPrint = -PROGRESS_INTERVAL_MILLIS;
        private boolean lastFeasible;
        private String shown = "";

        @Override
        public void accept(Best<S> best) {
            long millis = best.millisSpent();
            if (!best.scoreText().equals(shown)
                    && (millis - lastPrint >= PROGRESS_INTERVAL_MILLIS || best.feasible() != lastFeasible)) {
                // A kind without one score of its own shows its progress ("1/3 options done") as it is.
                cli.out.printf(Locale.ROOT, "  %7.1fs  %s%s%n", millis / 1000.0, best.score() == null ? "" : "best score ",
                        best.scoreText());
                lastPrint = millis;
                lastFeasible = best.feasible();
                shown = best.scoreText();
            }
        }
    }

    private <D, S> int write(Path out, Writer<D, S> writer, S best, D solved, SolveResult result) {
        if (out != null) {
            try {
                OutputFile.write(out, writer.render(best, solved, result));
                cli.out.println("Wrote " + out);
            } catch (IOException e) {
                cli.err.println("turnus: cannot write " + out + ": " + e.getMessage());
                return TurnusCli.BROKEN_RULES;
            }
        }
        return TurnusCli.OK;
    }

    /** How the result is written, chosen from the file ending before solving so a wrong ending costs no time. */
    private interface Writer<D, S> {
        byte[] render(S best, D solved, SolveResult result) throws JsonProcessingException;
    }

    private <D extends Dataset, S> Writer<D, S> writerFor(ProblemKind<D, S> kind, InstanceFormats.Loaded<?, D> published,
                                                          Path out) {
        if (out == null) {
            return null;
        }
        String extension = extensionOf(out);
        if (extension.equals("json")) {
            return (best, solved, result) -> cli.reader.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(result);
        }
        if (published != null && published.format().solutionExtension().filter(extension::equals).isPresent()) {
            return (best, solved, result) -> published.writeSolution(solved).getBytes(StandardCharsets.UTF_8);
        }
        for (Export<S> export : kind.exports().values()) {
            if (export.extension().equals(extension)) {
                return (best, solved, result) -> export.bytes(export.render(best));
            }
        }
        List<String> endings = new ArrayList<>(List.of(".json"));
        if (published != null) {
            published.format().solutionExtension().ifPresent(native_ -> endings.add("." + native_));
        }
        kind.exports().values().forEach(export -> endings.add("." + export.extension()));
        throw new CliArguments.UsageException("--out: a " + kind.name() + " result can be written as "
                + String.join(", ", endings) + ", not ." + extension);
    }

    private static String extensionOf(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            throw new CliArguments.UsageException("--out needs a file ending such as .json: " + path);
        }
        return name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static Long parseSeed(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new CliArguments.UsageException("--seed must be a whole number (was '" + text + "')");
        }
    }

    private static String describe(Duration time) {
        return time.toMillis() % 1000 == 0 ? time.toSeconds() + "s" : time.toMillis() + "ms";
    }
}
