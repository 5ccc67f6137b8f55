package no.turnus.homecare;

import no.turnus.homecare.domain.HomecarePlan;
import no.turnus.homecare.input.HomecareDataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import no.turnus.kinds.StandardKinds;
import no.turnus.StepLimitedSolve;
import no.turnus.problem.DatasetReader;

/** Reads the shipped samples through the standard reader and solves them for a fixed time or number of steps. */
final class HomecareSamples {

    static final HomecareKind KIND = new HomecareKind();
    static final SolutionManager<HomecarePlan, ?> MANAGER =
            SolutionManager.create(SolverFactory.<HomecarePlan>create(KIND.solverConfig()));

    private HomecareSamples() {
    }

    static HomecareDataset read(String sample) {
        try {
            return parse(Files.readAllBytes(Path.of("data-samples", sample)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HomecareDataset parse(byte[] json) {
        return (HomecareDataset) new DatasetReader(StandardKinds.all()).read(json).dataset();
    }

    static HomecarePlan solve(HomecareDataset dataset, Duration limit) {
        return SolverFactory.<HomecarePlan>create(KIND.solverConfig().withTerminationSpentLimit(limit))
                .buildSolver().solve(KIND.toSolution(dataset, Map.of()));
    }

    /** Construction, then {@code steps} local search steps with seed 1: the same plan however loaded the machine is. */
    static HomecarePlan solve(HomecareDataset dataset, int steps) {
        return StepLimitedSolve.solve(KIND.solverConfig(), KIND.toSolution(dataset, Map.of()), steps, 1L).best();
    }
}
