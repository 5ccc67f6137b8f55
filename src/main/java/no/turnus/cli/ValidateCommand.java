package no.turnus.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import no.turnus.io.InstanceFormat;
import no.turnus.io.InstanceFormats;
import no.turnus.problem.Dataset;
import no.turnus.problem.DatasetReader;
import no.turnus.problem.InputProblem;
import no.turnus.problem.InvalidInputException;
import no.turnus.problem.ProblemKind;
import no.turnus.problem.ScoreReport;
import no.turnus.roster.input.GridImport;
import no.turnus.roster.input.RosterDataset;

/**
 * {@code turnus validate}: checks a dataset and scores the plan it carries without solving, listing every
 * broken rule — the legality check of a roster made by hand. With {@code --solution}, scores another solver's
 * solution file of a published instance by the benchmark's own objective and the engine's rules (how a peer's
 * result is scored in a side-by-side run). A roster dataset takes a roster grid as its solution instead: an
 * {@code .xlsx} or {@code .csv} grid made in a spreadsheet, whose shifts replace the dataset's plan
 * ({@link GridImport}); a cell that cannot be read is named by sheet and cell.
 */
final class ValidateCommand implements TurnusCli.Command {

    /** The file endings read as a roster grid rather than a benchmark's solution file. */
    private static final List<String> GRID_ENDINGS = List.of(".xlsx", ".csv");

    private final TurnusCli cli;

    ValidateCommand(TurnusCli cli) {
        this.cli = cli;
    }

    @Override
    public int run(List<String> words) {
        CliArguments args = CliArguments.parse(words, Set.of("solution", "lang"), Set.of("all"));
        RulePrinter.Listing listing = new RulePrinter.Listing(args.flag("all"), RulePrinter.language(args));
        if (args.positional().size() != 1) {
            throw new CliArguments.UsageException("validate takes one dataset or result file");
        }
        Path file = Path.of(args.positional().get(0));
        Optional<Path> solution = args.option("solution").map(Path::of);
        if (solution.isPresent()) {
            if (!Files.isRegularFile(file) || !Files.isRegularFile(solution.get())) {
                throw new CliArguments.UsageException("no such file: "
                        + (Files.isRegularFile(file) ? solution.get() : file));
            }
            if (GRID_ENDINGS.stream().anyMatch(solution.get().toString().toLowerCase(Locale.ROOT)::endsWith)) {
                return scoreGrid(cli.readDataset(file), solution.get(), listing);
            }
            return scoreSolution(cli.formats.load(file, cli.kinds), solution.get(), listing);
        }
        return score(cli.readDataset(file), listing);
    }

    /** The plan of a roster dataset replaced by a grid made in a spreadsheet, checked like any plan. */
    private int scoreGrid(DatasetReader.Read<?> read, Path grid, RulePrinter.Listing listing) {
        if (!(read.dataset() instanceof RosterDataset roster)) {
            throw new CliArguments.UsageException("a roster grid (" + String.join(", ", GRID_ENDINGS)
                    + ") is the plan of a roster dataset, not of a " + read.kind().name() + " one");
        }
        @SuppressWarnings("unchecked")
        ProblemKind<RosterDataset, ?> kind = (ProblemKind<RosterDataset, ?>) read.kind();
        GridImport.Grid imported = GridImport.read(grid, roster);
        RosterDataset planned = imported.applyTo(roster);
        try {
            List<InputProblem> problems = kind.validate(planned);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            cli.out.printf("Read %d shifts from %s.%n", imported.assignments().size(), grid.getFileName());
            return score(kind, planned, listing);
        } catch (InvalidInputException e) {
            throw imported.locate(e);
        }
    }

    private <I, D extends Dataset> int scoreSolution(InstanceFormats.Loaded<I, D> instance, Path solution,
                                                     RulePrinter.Listing listing) {
        if (instance.format().solutionExtension().isEmpty()) {
            throw new CliArguments.UsageException(instance.format().format() + " has no solution file format to read");
        }
        D solved = instance.readSolution(solution);
        InstanceFormat.Objective objective = instance.objective(solved);
        SolveCommand.printObjective(cli.out, instance.name(), objective);
        int rules = score(instance.kind(), solved, listing);
        return objective.feasible() ? rules : TurnusCli.BROKEN_RULES;
    }

    private <D extends Dataset> int score(DatasetReader.Read<D> read, RulePrinter.Listing listing) {
        return score(read.kind(), read.dataset(), listing);
    }

    private <D extends Dataset, S> int score(ProblemKind<D, S> kind, D dataset, RulePrinter.Listing listing) {
        cli.out.printf("%s dataset '%s' is valid.%n", kind.name(), dataset.name());
        Optional<ScoreReport> checked = kind.check(kind.toSolution(dataset, Map.of()));
        if (checked.isEmpty()) {
            cli.out.println("There is no single plan to score: solve it to evaluate its options.");
            return TurnusCli.OK;
        }
        ScoreReport report = checked.get();
        cli.out.println("Score of its plan: " + report.score());
        RulePrinter.all(cli.out, report, listing);
        return report.feasible() ? TurnusCli.OK : TurnusCli.BROKEN_RULES;
    }
}
