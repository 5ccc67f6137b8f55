package no.turnus.scenario;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.config.solver.SolverConfig;

import no.turnus.problem.Best;
import no.turnus.problem.Candidate;
import no.turnus.problem.Export;
import no.turnus.problem.InputProblem;
import no.turnus.problem.InvalidInputException;
import no.turnus.problem.Parts;
import no.turnus.problem.ProblemKind;
import no.turnus.problem.Problems;
import no.turnus.problem.Report;
import no.turnus.problem.ScoreReport;
import no.turnus.problem.SolveContext;
import no.turnus.problem.SolveRequest;
import no.turnus.problem.Solved;
import no.turnus.scenario.Comparison.Row;
import no.turnus.scenario.Comparison.Status;
import no.turnus.scenario.ScenarioSet.UnitCosts;

/**
 * Co-location scenarios (kind {@code "scenario"}): a baseline and options that change it, each solved through
 * the home-care and roster kinds with the same budget and compared. The "solution" is the scenario set with its
 * {@code results} (the comparison) filled in, so a solved set is stored and handed back like any dataset.
 */
public final class ScenarioKind implements ProblemKind<ScenarioSet, ScenarioSet> {

    @Override
    public String name() {
        return ScenarioSet.KIND;
    }

    @Override
    public Class<ScenarioSet> datasetType() {
        return ScenarioSet.class;
    }

    @Override
    public Class<ScenarioSet> solutionType() {
        return ScenarioSet.class;
    }

    @Override
    public List<InputProblem> validate(ScenarioSet set) {
        Problems p = new Problems();
        p.check(ScenarioSet.KIND.equals(set.kind()), "$.kind", "must be '" + ScenarioSet.KIND + "'");
        p.require("$.name", set.name());
        Options.of(set, p);
        var homecare = set.baseline() == null ? null : set.baseline().homecare();
        Set<String> names = new HashSet<>(Set.of(Comparison.BASELINE));
        set.scenarios().forEach(s -> names.add(s.name()));
        for (int i = 0; i < set.optimise().size(); i++) {
            String path = Problems.at("$", "optimise", i);
            LayoutOptimiser.check(set.optimise().get(i), homecare, path, p);
            String name = set.optimise().get(i).name();
            p.check(name == null || names.add(name), path + ".name", "another option is named '" + name + "'");
        }
        for (int i = 0; i < set.coverage().size(); i++) {
            Coverage.check(set.coverage().get(i), homecare, Problems.at("$", "coverage", i), p);
        }
        UnitCosts costs = set.costs();
        p.notNegative("$.costs.nokPerHour", costs.nokPerHour());
        p.notNegative("$.costs.nokPerKm", costs.nokPerKm());
        p.notNegative("$.costs.overtimeSupplement", costs.overtimeSupplement());
        if (set.baseCoverageMinutes() != null) {
            p.check(set.baseCoverageMinutes() > 0, "$.baseCoverageMinutes", "must be above 0");
        }
        return p.list();
    }

    /** The set itself, with its results if it has been solved: options are built and checked when it is solved. */
    @Override
    public ScenarioSet toSolution(ScenarioSet dataset, Map<String, String> weightOverrides) {
        if (!weightOverrides.isEmpty()) {
            throw new InvalidInputException("weightOverrides", "a scenario set has no rules of its own: put constraint "
                    + "weights in the baseline datasets");
        }
        return dataset;
    }

    @Override
    public ScenarioSet toDataset(ScenarioSet input, ScenarioSet solution) {
        return solution;
    }

    /** The baseline and every option solved as parts, each dataset with the request's limits and seed. */
    @Override
    public Solved<ScenarioSet> solve(ScenarioSet problem, SolveRequest request, SolveContext<ScenarioSet> context) {
        long start = System.nanoTime();
        Comparison comparison = new ScenarioEvaluator().evaluate(problem, request, context,
                c -> context.best(step(problem.withResults(c), start)));
        Best<ScenarioSet> end = step(problem.withResults(comparison), start);
        return new Solved<>(end.solution(), null, end.scoreText(), end.feasible(), end.millisSpent() / 1000.0, -1, -1);
    }

    /**
     * The baseline and each option as a part of its own (a one-option set), so the service spreads a set's options
     * over its instances; the comparison is joined from the parts' rows.
     */
    @Override
    public Optional<Parts<ScenarioSet>> parts() {
        return Optional.of(new OptionParts());
    }

    private static final class OptionParts implements Parts<ScenarioSet> {

        @Override
        public Split<ScenarioSet> split(ScenarioSet problem, SolveRequest request) {
            return new ScenarioEvaluator().split(problem, request);
        }

        @Override
        public Joined<ScenarioSet> join(ScenarioSet whole, List<PartState<ScenarioSet>> parts) {
            Map<String, Row> rows = new HashMap<>();
            for (PartState<ScenarioSet> part : parts) {
                Row row = row(whole.results().row(part.name()), part);
                if (row != null) {
                    rows.put(part.name(), row);
                }
            }
            Comparison joined = ScenarioEvaluator.join(whole.results(), rows);
            String failure = joined.rows().stream().filter(r -> r.status() == Status.FAILED).findFirst()
                    .map(r -> "option '" + r.scenario() + "' failed: " + r.error()).orElse(null);
            return new Joined<>(new Best<>(whole.withResults(joined), null, joined.progress(), joined.complete(), 0),
                    failure);
        }

        /**
         * An option's row as its part has it: its own (one-option) comparison's row while it solves or once done;
         * failed with the part's error; stopped when it ended without finishing (stopped while waiting, cut short,
         * or its solve ended without a result); null while it waits.
         */
        private static Row row(Row queued, PartState<ScenarioSet> part) {
            ScenarioSet solved = part.solution();
            Row own = solved == null || solved.results() == null || solved.results().rows().isEmpty() ? null
                    : solved.results().rows().get(0);
            return switch (part.phase()) {
                case WAITING -> null;
                case SOLVING -> own == null ? queued.with(Status.SOLVING) : own;
                case ENDED -> part.error() != null
                        ? new Row(queued.scenario(), queued.description(), Status.FAILED, null, null, null, part.error())
                        : own == null ? queued.with(Status.STOPPED)
                        : own.status() == Status.QUEUED || own.status() == Status.SOLVING ? own.with(Status.STOPPED)
                        : own;
            };
        }
    }

    private static Best<ScenarioSet> step(ScenarioSet set, long start) {
        return new Best<>(set, null, set.results().progress(), set.results().complete(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    }

    /** A scenario set is solved as parts, never by one solver. */
    @Override
    public SolverConfig solverConfig() {
        throw new UnsupportedOperationException("A scenario set is solved as parts (ScenarioKind.solve), not by one"
                + " solver");
    }

    /** The comparison (rows with measures and differences, coverage, optimised layouts); null before solving. */
    @Override
    public Comparison report(ScenarioSet solution, SolutionManager<ScenarioSet, ?> solutionManager) {
        return solution.results();
    }

    @Override
    public Comparison report(ScenarioSet solution) {
        return solution.results();
    }

    /** The comparison table. */
    @Override
    public String summary(Solved<ScenarioSet> solved, Report report) {
        return solved.best().results() == null ? "not evaluated yet" : ComparisonTable.render(solved.best().results());
    }

    /** The options' plans are only scored by solving them. */
    @Override
    public Optional<ScoreReport> check(ScenarioSet solution) {
        return Optional.empty();
    }

    @Override
    public List<Candidate> recommend(ScenarioSet solution, String openItemId) {
        throw ProblemKind.noOpenItems(name(), openItemId);
    }

    @Override
    public Map<String, Export<ScenarioSet>> exports() {
        return Map.of("csv", new ComparisonCsv());
    }
}
