package no.turnus.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import ai.timefold.solver.core.api.score.Score;
import ai.timefold.solver.core.api.solver.SolutionManager;

import com.fasterxml.jackson.core.JsonProcessingException;

import no.turnus.problem.ComposedKind;
import no.turnus.problem.Dataset;
import no.turnus.problem.DatasetReader;
import no.turnus.problem.Export;
import no.turnus.problem.ProblemKind;
import no.turnus.problem.ScoreReport;
import no.turnus.problem.Solving;

/** {@code turnus solve}: solve a dataset for a time limit, print progress and a summary, write the result. */
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
            throw new CliArguments.UsageException("solve takes one dataset file");
        }
        Duration time = args.option("time").map(text -> CliArguments.parseDuration("time", text)).orElse(DEFAULT_TIME);
        Long seed = args.option("seed").map(SolveCommand::parseSeed).orElse(null);
        Path out = args.option("out").map(Path::of).orElse(null);
        return solve(cli.readDataset(Path.of(args.positional().get(0))), time, seed, out);
    }

    private <D extends Dataset> int solve(DatasetReader.Read<D> read, Duration time, Long seed, Path out) {
        return solve(read.kind(), read.dataset(), time, seed, out);
    }

    private <D extends Dataset, S> int solve(ProblemKind<D, S> kind, D dataset, Duration time, Long seed, Path out) {
        String extension = out == null ? null : extensionOf(out);
        Export<S> export = extension == null || extension.equals("json") ? null : exportFor(kind, extension);
        S problem = kind.toSolution(dataset, Map.of());
        cli.out.printf(Locale.ROOT, "Solving %s '%s' for %s%n", kind.name(), dataset.name(), describe(time));
        if (kind instanceof ComposedKind<D, S> composed) {
            return solveComposed(composed, problem, time, seed, out, export);
        }
        long[] lastPrint = {-PROGRESS_INTERVAL_MILLIS};
        boolean[] lastFeasible = {false};
        Solving.Solved<S> solved = Solving.solve(kind, problem, time, seed, event -> {
            boolean feasible = event.isNewBestSolutionInitialized() && event.getNewBestScore().isFeasible();
            long millis = event.getTimeMillisSpent();
            if (millis - lastPrint[0] >= PROGRESS_INTERVAL_MILLIS || feasible != lastFeasible[0]) {
                cli.out.printf(Locale.ROOT, "  %7.1fs  best score %s%n", millis / 1000.0, event.getNewBestScore());
                lastPrint[0] = millis;
                lastFeasible[0] = feasible;
            }
        });
        S best = solved.best();
        SolutionManager<S, ?> solutionManager = solved.solutionManager();
        Score<?> score = solved.score();
        double seconds = solved.seconds();
        long moveSpeed = solved.moveEvaluationSpeed();
        Object report = kind.report(best, solutionManager);
        ScoreReport analysis = ScoreReport.of(solutionManager.analyze(best));

        cli.out.printf(Locale.ROOT, "Done in %.1fs: score %s (%s), %,d move evaluations/s%n", seconds, score,
                score.isFeasible() ? "feasible: no hard rule broken" : "NOT feasible: hard rules broken", moveSpeed);
        RulePrinter.summary(cli.out, analysis);

        return write(out, export, best, () -> new SolveResult(kind.name(), dataset.name(), score.toString(),
                score.isFeasible(), seconds, moveSpeed, report, kind.toDataset(best)));
    }

    /** A kind made of many solves (a scenario set): each inside solve has the time limit; prints the summary. */
    private <D extends Dataset, S> int solveComposed(ComposedKind<D, S> kind, S problem, Duration time, Long seed,
                                                     Path out, Export<S> export) {
        S best = kind.solve(problem, time, seed, Runtime.getRuntime().availableProcessors(), null);
        cli.out.print(kind.summary(best));
        return write(out, export, best, () -> kind.toDataset(best));
    }

    /** Writes the export of the solution, or the JSON document, when {@code --out} was given. */
    private <S> int write(Path out, Export<S> export, S best, java.util.function.Supplier<Object> json) {
        if (out != null) {
            try {
                String content = export != null ? export.render(best)
                        : cli.reader.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json.get());
                OutputFile.write(out, content);
                cli.out.println("Wrote " + out);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("The result cannot be written as JSON", e);
            } catch (IOException e) {
                cli.err.println("turnus: cannot write " + out + ": " + e.getMessage());
                return TurnusCli.BROKEN_RULES;
            }
        }
        return TurnusCli.OK;
    }

    private static <S> Export<S> exportFor(ProblemKind<?, S> kind, String extension) {
        return kind.exports().values().stream()
                .filter(export -> export.extension().equals(extension))
                .findFirst()
                .orElseThrow(() -> new CliArguments.UsageException("--out: a " + kind.name()
                        + " result can be written as .json or as " + kind.exports().values().stream()
                                .map(export -> "." + export.extension()).toList() + ", not ." + extension));
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
