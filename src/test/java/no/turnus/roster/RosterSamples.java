package no.turnus.roster;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import no.turnus.roster.domain.Roster;
import no.turnus.roster.input.RosterDataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import no.turnus.kinds.StandardKinds;
import no.turnus.StepLimitedSolve;
import no.turnus.problem.DatasetReader;
import no.turnus.problem.InputProblem;
import no.turnus.problem.InvalidInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reads the data samples through the shared reader and solves them for a short time or a fixed number of steps. */
final class RosterSamples {

    static final RosterKind KIND = new RosterKind();
    static final DatasetReader READER = new DatasetReader(StandardKinds.all());

    private RosterSamples() {
    }

    static RosterDataset read(String sample) {
        try {
            return (RosterDataset) READER.read(Files.readAllBytes(Path.of("data-samples", sample))).dataset();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Roster solve(RosterDataset dataset, Duration limit) {
        var config = KIND.solverConfig()
                .withTerminationConfig(new TerminationConfig().withSpentLimit(limit));
        return SolverFactory.<Roster>create(config).buildSolver().solve(KIND.toSolution(dataset, Map.of()));
    }

    /**
     * The kind's configuration for this roster (as {@code turnus solve} uses it): construction, then {@code steps}
     * local search steps with seed 1 — the same roster however loaded the machine is.
     */
    static Roster solve(RosterDataset dataset, int steps) {
        return StepLimitedSolve.solve(KIND, KIND.toSolution(dataset, Map.of()), steps, 1L).best();
    }

    /** The input problems of roster-small after {@code change} to its JSON tree (none: it reads). */
    static List<InputProblem> problemsOfSmall(Consumer<ObjectNode> change) {
        ObjectNode tree;
        try {
            tree = (ObjectNode) READER.mapper().readTree(Files.readString(Path.of("data-samples", "roster-small.json")));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        change.accept(tree);
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class, () -> READER.read(tree));
        return error == null ? List.of() : error.problems();
    }
}
