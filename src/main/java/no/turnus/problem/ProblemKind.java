package no.turnus.problem;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.config.solver.SolverConfig;

/**
 * One kind of planning problem. The shared layers (CLI, jobs, store, REST) only talk to this interface, so a
 * new kind plugs in by implementing it and registering it in {@link ProblemKinds}.
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
     * The planning solution of a valid dataset, with the dataset's plan applied if it has one.
     *
     * @param weightOverrides constraint name to score text (e.g. {@code "0soft"}), on top of the dataset's own
     *                        weights; an unknown constraint name is an {@link InvalidInputException}
     */
    S toSolution(D dataset, Map<String, String> weightOverrides);

    /** The dataset with the solution's plan in it: how a (best) solution is stored and handed back. */
    D toDataset(S solution);

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
     * What users read about a solution: the plan, KPIs and the score analysis with each broken rule
     * justified by a {@link Breach}. Must be serialisable by Jackson.
     */
    Object report(S solution, SolutionManager<S, ?> solutionManager);

    /** Named file views of a solution, e.g. {@code "csv"} for the roster grid. */
    default Map<String, Export<S>> exports() {
        return Map.of();
    }

    /** Replanning of a solved plan after a change (sick leave, new visit), when this kind supports it. */
    default Optional<Replanning<D, ?>> replanning() {
        return Optional.empty();
    }

    /**
     * Ranked candidates for one piece of open work in a solution (e.g. who to call for an uncovered roster
     * slot), each with its score effect; empty when this kind has no such recommendations.
     *
     * @param openItemId the id of the open item as the report shows it
     * @throws InvalidInputException when there is no open item with that id
     */
    default List<?> recommend(S solution, String openItemId, SolutionManager<S, ?> solutionManager) {
        return List.of();
    }
}
