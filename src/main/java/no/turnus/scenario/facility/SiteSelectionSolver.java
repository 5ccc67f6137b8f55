package no.turnus.scenario.facility;

import java.time.Duration;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.PillarChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.RuinRecreateMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/**
 * Solves a site-selection plan for a fixed time: construction heuristic, then simulated annealing over single
 * reassignments and swaps plus two larger moves that change which sites are open: moving all demand points of one
 * site to another (pillar change: closes or relocates a site in one step) and ruin-and-recreate (frees a few
 * points and reassigns them greedily).
 * <p>
 * The starting temperature is the mean opening cost of the candidate sites: early on, a move that costs about one
 * site opening is accepted often enough to leave a poor set of open sites, and by the end of the time limit only
 * improvements pass. With plain late acceptance the search stalled 1-2 % above the optimum on cap101/cap131.
 */
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
        return SolverFactory.<SiteSelectionPlan>create(config(plan)).buildSolver().solve(plan);
    }

    SolverConfig config(SiteSelectionPlan plan) {
        TerminationConfig termination = new TerminationConfig().withSpentLimit(timeLimit);
        if (unimprovedLimit != null) {
            termination.withUnimprovedSpentLimit(unimprovedLimit);
        }
        long meanOpeningCost = Math.round(plan.getSites().stream().mapToLong(CandidateSite::fixedCost).average()
                .orElse(1));
        HardMediumSoftLongScore temperature = HardMediumSoftLongScore.ofSoft(Math.max(1, meanOpeningCost));
        return new SolverConfig()
                .withSolutionClass(SiteSelectionPlan.class)
                .withEntityClasses(DemandPoint.class)
                .withConstraintProviderClass(SiteSelectionConstraints.class)
                .withTerminationConfig(termination)
                .withPhases(new ConstructionHeuristicPhaseConfig(), new LocalSearchPhaseConfig()
                        .withAcceptorConfig(new LocalSearchAcceptorConfig()
                                .withSimulatedAnnealingStartingTemperature(temperature.toString()))
                        .withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(
                                new ChangeMoveSelectorConfig(), new SwapMoveSelectorConfig(),
                                new PillarChangeMoveSelectorConfig(), new RuinRecreateMoveSelectorConfig())));
    }
}
