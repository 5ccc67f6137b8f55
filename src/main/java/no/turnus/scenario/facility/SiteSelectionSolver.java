package no.turnus.scenario.facility;

import java.time.Duration;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.PillarChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.RuinRecreateMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/**
 * Solves a site-selection plan for a fixed time: construction heuristic, then local search over single
 * reassignments and swaps plus two larger moves that change which sites are open: moving all demand points of one
 * site to another (pillar change: closes a site in one step) and ruin-and-recreate (frees a few points and
 * reassigns them greedily), without which the search stalls in plans with one site too many.
 */
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
                .withTerminationConfig(termination)
                .withPhases(new ConstructionHeuristicPhaseConfig(), new LocalSearchPhaseConfig()
                        .withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(
                                new ChangeMoveSelectorConfig(), new SwapMoveSelectorConfig(),
                                new PillarChangeMoveSelectorConfig(), new RuinRecreateMoveSelectorConfig()))));
    }

    public SiteSelectionPlan solve(SiteSelectionPlan plan) {
        Solver<SiteSelectionPlan> solver = factory.buildSolver();
        return solver.solve(plan);
    }
}
