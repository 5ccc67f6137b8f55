package no.turnus.scenario;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import ai.timefold.solver.core.api.solver.SolutionManager;

import no.turnus.problem.ComposedKind;
import no.turnus.problem.Export;
import no.turnus.problem.InputProblem;
import no.turnus.problem.InvalidInputException;
import no.turnus.problem.Problems;
import no.turnus.scenario.ScenarioSet.UnitCosts;

/**
 * Co-location scenarios (kind {@code "scenario"}): a baseline and options that change it, each solved through
 * the home-care and roster kinds with the same budget and compared. The "solution" is the scenario set with its
 * {@code results} (the comparison) filled in, so a solved set is stored and handed back like any dataset.
 */
public final class ScenarioKind implements ComposedKind<ScenarioSet, ScenarioSet> {

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
    public ScenarioSet toDataset(ScenarioSet solution) {
        return solution;
    }

    @Override
    public ScenarioSet solve(ScenarioSet problem, Duration limit, Long seed, int parallel,
                             Consumer<ScenarioSet> progress, BooleanSupplier stop) {
        Comparison comparison = new ScenarioEvaluator().evaluate(problem, limit, seed, parallel,
                progress == null ? null : c -> progress.accept(problem.withResults(c)), stop);
        return problem.withResults(comparison);
    }

    @Override
    public String summary(ScenarioSet solution) {
        return solution.results() == null ? "not evaluated yet" : ComparisonTable.render(solution.results());
    }

    @Override
    public String progress(ScenarioSet solution) {
        if (solution.results() == null) {
            return "not evaluated";
        }
        List<Comparison.Row> rows = solution.results().rows();
        long done = rows.stream().filter(r -> r.status() == Comparison.Status.DONE).count();
        long failed = rows.stream().filter(r -> r.status() == Comparison.Status.FAILED).count();
        long stopped = rows.stream().filter(r -> r.status() == Comparison.Status.STOPPED).count();
        return done + "/" + rows.size() + " options done" + (failed > 0 ? ", " + failed + " failed" : "")
                + (stopped > 0 ? ", " + stopped + " stopped" : "");
    }

    @Override
    public boolean complete(ScenarioSet solution) {
        return solution.results() != null
                && solution.results().rows().stream().allMatch(r -> r.status() == Comparison.Status.DONE);
    }

    /** The comparison (rows with measures and differences, coverage, optimised layouts). */
    @Override
    public Object report(ScenarioSet solution, SolutionManager<ScenarioSet, ?> solutionManager) {
        return solution.results();
    }

    @Override
    public Map<String, Export<ScenarioSet>> exports() {
        return Map.of("csv", new ComparisonCsv());
    }
}
