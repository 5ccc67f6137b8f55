package no.turnus.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.w3c.dom.Element;

import ai.timefold.solver.benchmark.api.PlannerBenchmarkFactory;
import ai.timefold.solver.benchmark.config.PlannerBenchmarkConfig;
import ai.timefold.solver.benchmark.config.SolverBenchmarkConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import no.turnus.bench.SearchVariants;
import no.turnus.io.Xml;
import no.turnus.problem.Dataset;
import no.turnus.problem.DatasetReader;
import no.turnus.problem.ProblemKind;

/**
 * {@code turnus tune}: runs the Timefold benchmarker on one dataset with local-search variants of its kind's
 * configuration ({@link SearchVariants}), one after another, and writes its HTML report.
 */
final class TuneCommand implements TurnusCli.Command {

    private static final Duration DEFAULT_TIME = Duration.ofSeconds(60);
    private static final Path DEFAULT_REPORTS = Path.of("benchmarks", "reports");
    private static final String DEFAULT_TEMPERATURE = "0hard/0medium/10soft";

    private final TurnusCli cli;

    TuneCommand(TurnusCli cli) {
        this.cli = cli;
    }

    @Override
    public int run(List<String> words) {
        CliArguments args = CliArguments.parse(words, Set.of("time", "out", "temperature"), Set.of());
        if (args.positional().size() != 1) {
            throw new CliArguments.UsageException("tune takes one dataset file");
        }
        Duration time = args.option("time").map(text -> CliArguments.parseDuration("time", text)).orElse(DEFAULT_TIME);
        Path reports = args.option("out").map(Path::of).orElse(DEFAULT_REPORTS);
        String temperature = args.option("temperature").orElse(DEFAULT_TEMPERATURE);
        return tune(cli.readDataset(Path.of(args.positional().get(0))), time, reports, temperature);
    }

    private <D extends Dataset> int tune(DatasetReader.Read<D> read, Duration time, Path reports, String temperature) {
        return tune(read.kind(), read.dataset(), time, reports, temperature);
    }

    private <D extends Dataset, S> int tune(ProblemKind<D, S> kind, D dataset, Duration time, Path reports,
                                            String temperature) {
        S problem = kind.toSolution(dataset, Map.of());
        List<SolverBenchmarkConfig> solvers = SearchVariants.of(kind.solverConfig(problem), temperature).stream()
                .map(variant -> new SolverBenchmarkConfig().withName(fileSafe(variant.name()))
                        .withSolverConfig(variant.config().withTerminationConfig(new TerminationConfig().withSpentLimit(time))))
                .toList();
        cli.out.printf("Benchmarking %d configurations of %s on '%s', %ds each, one at a time%n", solvers.size(),
                kind.name(), dataset.name(), time.toSeconds());
        PlannerBenchmarkConfig config = new PlannerBenchmarkConfig()
                .withName(fileSafe(kind.name() + " " + dataset.name()))
                .withBenchmarkDirectory(reports.toFile())
                .withParallelBenchmarkCount("1")
                .withWarmUpSecondsSpentLimit(Math.min(30L, time.toSeconds()))
                .withSolverBenchmarkConfigList(solvers);
        PlannerBenchmarkFactory.create(config).buildPlannerBenchmark(problem).benchmark();
        Path report = latestReport(reports);
        cli.out.println();
        summary(report.resolve("plannerBenchmarkResult.xml"));
        cli.out.println("Report: " + report.resolve("index.html"));
        return TurnusCli.OK;
    }

    /** The benchmarker writes each run into a new time-stamped folder. */
    private static Path latestReport(Path reports) {
        try (Stream<Path> runs = Files.list(reports)) {
            return runs.filter(run -> Files.isRegularFile(run.resolve("plannerBenchmarkResult.xml")))
                    .max(Comparator.comparing(Path::getFileName))
                    .orElseThrow(() -> new IllegalStateException("the benchmarker wrote no report into " + reports));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each configuration's best score and move evaluation speed, as the benchmarker recorded them. */
    private void summary(Path result) {
        cli.out.printf("%-60s %-28s %12s%n", "configuration", "best score", "moves/s");
        for (Element solver : Xml.children(Xml.parse(result), "solverBenchmarkResult")) {
            String name = Xml.text(solver, "name").orElse("?");
            Element single = Xml.child(solver, "singleBenchmarkResult").flatMap(s -> Xml.child(s, "subSingleBenchmarkResult"))
                    .orElseThrow();
            long millis = Long.parseLong(Xml.text(single, "timeMillisSpent").orElse("0"));
            long moves = Long.parseLong(Xml.text(single, "moveEvaluationCount").orElse("0"));
            cli.out.printf("%-60s %-28s %12d%n", name, Xml.text(single, "score").orElse("failed"),
                    millis > 0 ? moves * 1000 / millis : 0);
        }
    }

    /** The benchmarker names report folders after benchmarks, so it only takes letters, digits and _ -.() */
    private static String fileSafe(String name) {
        return name.replaceAll("[^\\p{L}\\p{N} _\\-.()]", "-");
    }
}
