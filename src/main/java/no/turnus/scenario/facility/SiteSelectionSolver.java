package no.turnus.scenario.facility;

import java.time.Duration;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/** Solves a site-selection plan for a fixed time (construction heuristic, then Timefold's default local search). */
public final class SiteSelectionSolver {

    private final SolverFactory<SiteSelectionPlan> factory;

    public SiteSelectionSolver(Duration timeLimit) {
        this(timeLimit, null);
    }

    /** With {@code unimprovedLimit}, also stops once no better plan was found for that long. */
    public SiteSelectionSolver(Duration timeLimit, Duration unimprovedLimit) {
        TerminationConfig termination = new TerminationConfig().withSpentLimit(timeLimit);
        if (unimprovedLimit != null) {
            termination.withUnimprovedSpentLimit(unimprovedLimit);
        }
        this.factory = SolverFactory.create(new SolverConfig()
                .withSolutionClass(SiteSelectionPlan.class)
                .withEntityClasses(DemandPoint.class)
                .withConstraintProviderClass(SiteSelectionConstraints.class)
                .withTerminationConfig(termination));
    }

    public SiteSelectionPlan solve(SiteSelectionPlan plan) {
        Solver<SiteSelectionPlan> solver = factory.buildSolver();
        return solver.solve(plan);
    }
}
