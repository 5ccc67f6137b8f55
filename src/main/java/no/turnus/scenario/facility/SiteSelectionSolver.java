package no.turnus.scenario.facility;

import java.time.Duration;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/** Solves a site-selection plan for a fixed time with the {@link SitingKind} configuration. */
public final class SiteSelectionSolver {

    private final Duration timeLimit;
    private final Duration unimprovedLimit;

    public SiteSelectionSolver(Duration timeLimit) {
        this(timeLimit, null);
    }

    /** With {@code unimprovedLimit}, also stops once no better plan was found for that long. */
    public SiteSelectionSolver(Duration timeLimit, Duration unimprovedLimit) {
        this.timeLimit = timeLimit;
        this.unimprovedLimit = unimprovedLimit;
    }

    public SiteSelectionPlan solve(SiteSelectionPlan plan) {
        TerminationConfig termination = new TerminationConfig().withSpentLimit(timeLimit);
        if (unimprovedLimit != null) {
            termination.withUnimprovedSpentLimit(unimprovedLimit);
        }
        return SolverFactory.<SiteSelectionPlan>create(new SitingKind().solverConfig(plan)
                .withTerminationConfig(termination)).buildSolver().solve(plan);
    }
}
