package no.turnus.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import no.turnus.io.InstanceFormats;
import no.turnus.kinds.StandardKinds;
import no.turnus.problem.DatasetReader;
import no.turnus.problem.InputProblem;
import no.turnus.problem.InvalidInputException;
import no.turnus.problem.ProblemKinds;
import no.turnus.problem.SolverPool;

/**
 * The command line, in the same jar as the service: {@code solve} and {@code validate} for every problem kind,
 * {@code bench} for the benchmark suites.
 * Exit codes: 0 done (and, for validate, no hard rule broken), 1 a hard rule is broken or solving failed,
 * 2 wrong command line or invalid input (then nothing is written).
 */
public final class TurnusCli {

    static final int OK = 0;
    static final int BROKEN_RULES = 1;
    static final int BAD_INPUT = 2;

    private static final Map<String, Function<TurnusCli, Command>> COMMANDS = Map.of(
            "solve", SolveCommand::new,
            "validate", ValidateCommand::new,
            "bench", BenchCommand::new,
            "tune", TuneCommand::new);

    static final String USAGE = """
            Usage:
              turnus solve <dataset.json|instance> [--time 30s] [--seed N] [--out result.json|grid.csv|...]
                  Solves the dataset, printing the best score as it improves and a summary at the end.
                  A published benchmark instance (OR-Library cap, ...) is recognised by its content, solved
                  by the engine's model and scored by the benchmark's own objective too.
                  --out writes the result: .json the full result (plan, KPIs, broken rules and the solved
                  dataset), another ending an export of the kind (e.g. .csv or .xlsx for the roster grid) or the
                  competition's own solution file (.xml for INRC-2010).
              turnus validate <dataset-or-result.json> [--all] [--lang en|nb]
                  Checks a dataset; scores the plan it carries (a hand-made roster, or a result file)
                  without solving and lists every broken rule. --all lists every match of soft rules too;
                  --lang nb names the rules and explains every match in bokmål (default en, English).
              turnus validate <instance> --solution <file> [--all] [--lang en|nb]
                  Scores another solver's solution file of a published instance (INRC-2010 solution XML)
                  by the benchmark's own objective and by the engine's rules.
              turnus validate <roster.json> --solution <grid.xlsx|grid.csv> [--all] [--lang en|nb]
                  Scores a roster grid made in a spreadsheet (the layout of the .xlsx/.csv export) as the
                  plan of the roster; a cell that cannot be read is named by sheet and cell (exit 2).
              turnus bench <suite> [--time 60s] [--instances a,b] [--out dir] [--data dir] [--suites file]
                  Runs a benchmark suite of benchmarks/suites.json (ci, samples, facility, inrc, solomon,
                  mankowska, full), prints the table and writes it as Markdown and CSV (default
                  benchmarks/local/). Exits 1 when an instance breaks its regression thresholds.
              turnus tune <dataset.json> [--time 60s] [--out benchmarks/reports] [--temperature 0hard/0medium/10soft]
                  Runs the Timefold benchmarker on the dataset: its kind's configuration against Tabu search,
                  Late Acceptance and Simulated Annealing, with and without pillar swaps; writes an HTML report.
              java -jar turnus.jar (no arguments) starts the REST service.
            Exit codes: 0 ok, 1 hard rules broken, 2 invalid command line or input.""";

    final PrintStream out;
    final PrintStream err;
    final ProblemKinds kinds;
    final InstanceFormats formats;
    final DatasetReader reader;
    private SolverPool solverPool;

    TurnusCli(PrintStream out, PrintStream err, ProblemKinds kinds) {
        this.out = out;
        this.err = err;
        this.kinds = kinds;
        this.formats = InstanceFormats.standard();
        this.reader = new DatasetReader(kinds);
    }

    /** Solver threads for the parts of a solve (a scenario set's options): as many as the machine has cores. */
    SolverPool solverPool() {
        if (solverPool == null) {
            solverPool = new SolverPool(Runtime.getRuntime().availableProcessors());
        }
        return solverPool;
    }

    /** Whether these program arguments ask for the command line rather than the service. */
    public static boolean handles(String[] args) {
        return args.length > 0 && (COMMANDS.containsKey(args[0]) || args[0].equals("help") || args[0].equals("--help"));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return new TurnusCli(out, err, StandardKinds.all()).run(Arrays.asList(args));
    }

    int run(List<String> args) {
        if (args.isEmpty() || !COMMANDS.containsKey(args.get(0))) {
            out.println(USAGE);
            return args.isEmpty() || args.get(0).contains("help") ? OK : BAD_INPUT;
        }
        try {
            return COMMANDS.get(args.get(0)).apply(this).run(args.subList(1, args.size()));
        } catch (CliArguments.UsageException e) {
            err.println("turnus: " + e.getMessage());
            err.println(USAGE);
            return BAD_INPUT;
        } catch (InvalidInputException e) {
            err.println("turnus: invalid input, nothing was written:");
            for (InputProblem problem : e.problems()) {
                err.println("  " + problem.path() + ": " + problem.message());
            }
            return BAD_INPUT;
        } catch (InstanceFormats.UnsupportedFormatException e) {
            err.println("turnus: " + e.getMessage() + ", nothing was written");
            return BAD_INPUT;
        }
    }

    /**
     * Reads a dataset file; a result file written by {@code solve} is read through its embedded dataset,
     * so a saved plan can be validated again.
     */
    DatasetReader.Read<?> readDataset(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CliArguments.UsageException("no such file: " + file);
        } catch (IOException e) {
            throw new CliArguments.UsageException("cannot read " + file + ": " + e.getMessage());
        }
        JsonNode tree;
        try {
            tree = reader.mapper().readTree(bytes);
        } catch (IOException e) {
            return reader.read(bytes); // reports the malformed JSON with line and column
        }
        if (tree != null && tree.isObject() && tree.path(SolveResult.DATASET_FIELD).isObject()) {
            JsonNode dataset = tree.get(SolveResult.DATASET_FIELD);
            // A solved published instance keeps the instance's bounds (Solomon's day-long "shifts").
            return tree.path(SolveResult.BENCHMARK_FIELD).isObject() ? reader.readInstance(dataset)
                    : reader.read(dataset);
        }
        return reader.read(tree);
    }

    /** One verb of the command line. */
    interface Command {
        int run(List<String> args);
    }
}
