package no.turnus.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import no.turnus.homecare.HomecareKind;
import no.turnus.problem.InputProblem;
import no.turnus.problem.InvalidInputException;
import no.turnus.problem.Problems;
import no.turnus.roster.RosterKind;
import no.turnus.scenario.ScenarioSet.Baseline;
import no.turnus.scenario.ScenarioSet.Scenario;

/** The options of a scenario set: the baseline and each scenario with its changes applied, all checked. */
final class Options {

    /** One option to solve: its datasets, without plans. */
    record Option(String name, String description, Baseline datasets) {
    }

    private Options() {
    }

    /** Checks the baseline, applies every scenario; every problem found is added to {@code p}. */
    static List<Option> of(ScenarioSet set, Problems p) {
        List<Option> options = new ArrayList<>();
        Baseline baseline = set.baseline();
        if (!p.require("$.baseline", baseline)) {
            return options;
        }
        if (!p.check(baseline.homecare() != null || baseline.roster() != null, "$.baseline",
                "needs a homecare and/or a roster dataset")) {
            return options;
        }
        if (!valid(baseline, "$.baseline", "", p)) {
            return options;
        }
        options.add(new Option(Comparison.BASELINE, "as today", Edits.withoutPlans(baseline)));
        Set<String> names = new HashSet<>(Set.of(Comparison.BASELINE));
        for (int i = 0; i < set.scenarios().size(); i++) {
            Scenario scenario = set.scenarios().get(i);
            String path = Problems.at("$", "scenarios", i);
            if (p.require(path + ".name", scenario.name())) {
                p.check(names.add(scenario.name()), path + ".name", "duplicate scenario name '" + scenario.name()
                        + "' (" + Comparison.BASELINE + " is taken by the baseline)");
            }
            Option option = apply(scenario, baseline, path, p);
            if (option != null) {
                options.add(option);
            }
        }
        return options;
    }

    /** The scenario's changes applied in order to the baseline, or null (with problems added) when one fails. */
    static Option apply(Scenario scenario, Baseline baseline, String path, Problems p) {
        Baseline result = baseline;
        for (int j = 0; j < scenario.changes().size(); j++) {
            String at = Problems.at(path, "changes", j);
            if (!p.require(at, scenario.changes().get(j))) {
                return null;
            }
            try {
                result = scenario.changes().get(j).apply(result, at);
            } catch (InvalidInputException e) {
                e.problems().forEach(problem -> p.add(problem.path(), problem.message()));
                return null;
            }
        }
        return valid(result, path, "after its changes, ", p)
                ? new Option(scenario.name(), scenario.description(), Edits.withoutPlans(result)) : null;
    }

    /** Validates the datasets by their kinds; their problems are located under {@code path}. */
    private static boolean valid(Baseline b, String path, String prefix, Problems p) {
        List<InputProblem> found = new ArrayList<>();
        if (b.homecare() != null) {
            new HomecareKind().validate(b.homecare()).forEach(problem -> found.add(located(problem, path, "homecare", prefix)));
        }
        if (b.roster() != null) {
            new RosterKind().validate(b.roster()).forEach(problem -> found.add(located(problem, path, "roster", prefix)));
        }
        if (b.facilities() != null) {
            Problems facilities = new Problems();
            Facilities.check(b.facilities(), b.roster(), "$", facilities);
            facilities.list().forEach(problem -> found.add(located(problem, path, "facilities", prefix)));
        }
        found.forEach(problem -> p.add(problem.path(), problem.message()));
        return found.isEmpty();
    }

    private static InputProblem located(InputProblem problem, String path, String kind, String prefix) {
        String inner = problem.path().startsWith("$") ? problem.path().substring(1) : "." + problem.path();
        return prefix.isEmpty() ? new InputProblem(path + "." + kind + inner, problem.message())
                : new InputProblem(path, prefix + "the " + kind + " dataset has a problem at " + inner.substring(1)
                + ": " + problem.message());
    }
}
