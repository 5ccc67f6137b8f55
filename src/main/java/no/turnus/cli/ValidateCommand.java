package no.turnus.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;

import no.turnus.problem.ComposedKind;
import no.turnus.problem.Dataset;
import no.turnus.problem.DatasetReader;
import no.turnus.problem.ProblemKind;
import no.turnus.problem.ScoreReport;

/**
 * {@code turnus validate}: checks a dataset and scores the plan it carries without solving, listing every
 * broken rule — the legality check of a roster made by hand.
 */
final class ValidateCommand implements TurnusCli.Command {

    private final TurnusCli cli;

    ValidateCommand(TurnusCli cli) {
        this.cli = cli;
    }

    @Override
    public int run(List<String> words) {
        CliArguments args = CliArguments.parse(words, Set.of(), Set.of("all"));
        if (args.positional().size() != 1) {
            throw new CliArguments.UsageException("validate takes one dataset or result file");
        }
        return score(cli.readDataset(Path.of(args.positional().get(0))), args.flag("all"));
    }

    private <D extends Dataset> int score(DatasetReader.Read<D> read, boolean all) {
        return score(read.kind(), read.dataset(), all);
    }

    private <D extends Dataset, S> int score(ProblemKind<D, S> kind, D dataset, boolean all) {
        cli.out.printf("%s dataset '%s' is valid.%n", kind.name(), dataset.name());
        if (kind instanceof ComposedKind<?, ?>) {
            cli.out.println("There is no single plan to score: solve it to evaluate its options.");
            return TurnusCli.OK;
        }
        S solution = kind.toSolution(dataset, Map.of());
        SolutionManager<S, ?> solutionManager = SolutionManager.create(SolverFactory.create(kind.solverConfig(solution)));
        ScoreReport report = ScoreReport.of(solutionManager.analyze(solution));
        cli.out.println("Score of its plan: " + report.score());
        RulePrinter.all(cli.out, report, all);
        return report.feasible() ? TurnusCli.OK : TurnusCli.BROKEN_RULES;
    }
}
