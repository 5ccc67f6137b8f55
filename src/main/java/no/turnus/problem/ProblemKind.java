package no.turnus.problem;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.config.solver.SolverConfig;

/**
 * One kind of planning problem. The shared layers (CLI, jobs, store, REST) only talk to this interface, so a
 * new kind plugs in by implementing it and registering it with the kinds shipped
 * ({@code no.turnus.kinds.StandardKinds}).
 *
 * @param <D> the dataset (input, optionally with a plan), a Jackson-readable record
 * @param <S> the Timefold planning solution
 */
public interface ProblemKind<D extends Dataset, S> {

    /** The value of the {@code kind} field in datasets of this kind. */
    String name();

    Class<D> datasetType();

    Class<S> solutionType();

    /**
     * Every problem with the dataset (missing fields, unknown references, end before start, negative
     * numbers...), each with its JSON path. Empty when the dataset can be solved.
     */
    List<InputProblem> validate(D dataset);

    /**
     * The problems of a dataset converted from a published benchmark instance ({@code no.turnus.io}): by default
     * those of {@link #validate}. A kind whose bounds are those of a municipality's plans may relax the few that a
     * benchmark's modelling needs (home care: a vehicle's "shift" is the instance's whole horizon).
     */
    default List<InputProblem> validateInstance(D dataset) {
        return validate(dataset);
    }

    /**
     * The planning solution of a valid dataset, with the dataset's plan applied if it has one.
     *
     * @param weightOverrides constraint name to score text (e.g. {@code "0soft"}), on top of the dataset's own
     *                        weights; an unknown constraint name is an {@link InvalidInputException}
     */
    S toSolution(D dataset, Map<String, String> weightOverrides);

    /**
     * The input dataset with the solution's plan in it: how a (best) solution is stored and handed back. The
     * solution holds no pointer back to its input, so the caller passes the dataset it was built from.
     */
    D toDataset(D input, S solution);

    /** The solver configuration of this kind, without termination: callers set their own time limit. */
    SolverConfig solverConfig();

    /**
     * The solver configuration for one problem, without termination. Kinds whose search parameters scale with
     * the data (e.g. a simulated annealing temperature in the problem's cost units) override this.
     */
    default SolverConfig solverConfig(S problem) {
        return solverConfig();
    }

    /**
     * Solves a prepared problem ({@link #toSolution}). By default one Timefold solver run with
     * {@link #solverConfig(Object)}, the request's limits and seed, the context's listener and control; a kind made
     * of many solves (a scenario set) runs them as parts ({@link SolveContext#runAll}) with the same request.
     */
    default Solved<S> solve(S problem, SolveRequest request, SolveContext<S> context) {
        return TimefoldSolve.solve(this, problem, request, context);
    }

    /** Scores and analyses solutions of this kind with the rules of this solution; built once per rule set. */
    default SolutionManager<S, ?> solutionManager(S solution) {
        return TimefoldSolve.solutionManager(this, solution);
    }

    /**
     * What users read about a solution: the plan, KPIs and the score analysis with each broken rule
     * justified by a {@link Breach}. Must be serialisable by Jackson.
     */
    Report report(S solution, SolutionManager<S, ?> solutionManager);

    /** The report of a solution, its score brought up to date first (a solution read back from JSON has none). */
    default Report report(S solution) {
        SolutionManager<S, ?> manager = solutionManager(solution);
        manager.update(solution);
        return report(solution, manager);
    }

    /**
     * What a terminal shows once a problem is solved: by default the time, score and speed, then the broken rules.
     * Required work left undone is named beside feasibility: a plan with empty places is never just "feasible".
     */
    default String summary(Solved<S> solved, Report report) {
        String verdict = solved.feasible() ? "feasible: no hard rule broken" : "NOT feasible: hard rules broken";
        if (report.unplannedRequired() > 0) {
            verdict += "; NOT complete: " + report.unplannedRequired() + " required places or visits left unplanned";
        }
        return String.format(Locale.ROOT, "Done in %.1fs: score %s (%s), %,d move evaluations/s%n%s", solved.seconds(),
                solved.scoreText(), verdict, solved.moveEvaluationSpeed(), report.analysis().summary());
    }

    /**
     * The score analysis of the plan a solution carries, without solving ({@code turnus validate}); empty when
     * the kind has no plan of its own to score (its parts are scored only by solving them).
     */
    default Optional<ScoreReport> check(S solution) {
        // Through the report: it labels the rules from the solution's own catalogue.
        return Optional.of(report(solution).analysis());
    }

    /** Named file views of a solution, e.g. {@code "csv"} for the roster grid. */
    default Map<String, Export<S>> exports() {
        return Map.of();
    }

    /**
     * How a problem of this kind is solved as parts that may run apart (a job layer spreads them over instances),
     * when it is made of independent solves; empty for a kind solved as one.
     */
    default Optional<Parts<S>> parts() {
        return Optional.empty();
    }

    /** Replanning of a solved plan after a change (sick leave, new visit), when this kind supports it. */
    default Optional<Replanning<D, ?>> replanning() {
        return Optional.empty();
    }

    /**
     * Ranked candidates for one piece of open work in a solution (e.g. who to call for an uncovered roster
     * slot), each with its score effect. A kind without recommendations has no open items: every id is unknown to
     * it, the same answer (400 on {@code item}) as an unknown id of a kind that has them.
     *
     * @param openItemId the id of the open item as the report shows it
     * @throws InvalidInputException when there is no open item with that id, located at {@code item}
     */
    default List<? extends Candidate> recommend(S solution, String openItemId, SolutionManager<S, ?> solutionManager) {
        throw noOpenItems(name(), openItemId);
    }

    /** The answer of a kind that has no open items, to any id. */
    static InvalidInputException noOpenItems(String kind, String openItemId) {
        return new InvalidInputException("item", "no open item '" + openItemId + "': plans of kind '" + kind
                + "' have no open items to recommend for");
    }

    /** The same for a solution read back from JSON: its score is brought up to date first. */
    default List<? extends Candidate> recommend(S solution, String openItemId) {
        SolutionManager<S, ?> manager = solutionManager(solution);
        manager.update(solution);
        return recommend(solution, openItemId, manager);
    }
}
