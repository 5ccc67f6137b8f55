package no.turnus.job;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import com.fasterxml.jackson.core.JsonProcessingException;

import no.turnus.problem.Dataset;
import no.turnus.problem.DatasetReader;
import no.turnus.problem.ProblemKind;
import no.turnus.problem.ProblemKinds;

/**
 * What the job layer needs of a kind: a solver per job (the kind's configuration for the problem plus the
 * job's time limit), a solution manager built once per kind for scores and analyses, and its documents.
 */
@Component
public class KindSupport {

    private final ProblemKinds kinds;
    private final DatasetReader reader;
    private final Map<String, SolverFactory<?>> factories = new ConcurrentHashMap<>();
    private final Map<String, SolutionManager<?, ?>> managers = new ConcurrentHashMap<>();

    public KindSupport(ProblemKinds kinds, DatasetReader reader) {
        this.kinds = kinds;
        this.reader = reader;
    }

    public ProblemKind<?, ?> kind(String name) {
        return kinds.get(name);
    }

    public DatasetReader reader() {
        return reader;
    }

    /**
     * A solver for one job: the kind's configuration for this problem (some kinds scale search parameters to
     * the data) with the job's time limit.
     */
    public <S> Solver<S> buildSolver(ProblemKind<?, S> kind, S problem, Duration limit) {
        return SolverFactory.<S>create(new SolverConfig(kind.solverConfig(problem))
                .withTerminationConfig(new TerminationConfig().withSpentLimit(limit))).buildSolver();
    }

    /** The kind's solver factory, for scoring and analysis (its search settings do not matter there). */
    @SuppressWarnings("unchecked")
    private <S> SolverFactory<S> solverFactory(ProblemKind<?, S> kind) {
        return (SolverFactory<S>) factories.computeIfAbsent(kind.name(), name -> SolverFactory.create(kind.solverConfig()));
    }

    @SuppressWarnings("unchecked")
    public <S> SolutionManager<S, ?> solutionManager(ProblemKind<?, S> kind) {
        return (SolutionManager<S, ?>) managers.computeIfAbsent(kind.name(),
                name -> SolutionManager.create(solverFactory(kind)));
    }

    /** A stored document of this kind (validated when it was stored, or written by {@link #write}). */
    public <D extends Dataset> D read(ProblemKind<D, ?> kind, String document) {
        try {
            return reader.mapper().readValue(document, kind.datasetType());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored " + kind.name() + " document cannot be read", e);
        }
    }

    public String write(Object document) {
        try {
            return reader.mapper().writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A document cannot be written as JSON", e);
        }
    }
}
