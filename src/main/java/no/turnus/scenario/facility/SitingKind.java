package no.turnus.scenario.facility;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.PillarChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.RuinRecreateMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;

import no.turnus.problem.InputProblem;
import no.turnus.problem.ProblemKind;
import no.turnus.problem.Problems;
import no.turnus.problem.Report;
import no.turnus.problem.ScoreReport;

/**
 * Capacitated site selection (kind {@code "siting"}): which candidate sites to open and which site serves each
 * demand point. The base-location part of the co-location scenarios, and the model the OR-Library {@code cap}
 * benchmark is solved with.
 */
public final class SitingKind implements ProblemKind<SitingDataset, SiteSelectionPlan> {

    @Override
    public String name() {
        return SitingDataset.KIND;
    }

    @Override
    public Class<SitingDataset> datasetType() {
        return SitingDataset.class;
    }

    /** Bounds of a siting problem: a municipality's candidate bases and the places they serve. */
    public static final int MAX_SITES = 1_000;
    public static final int MAX_DEMAND_POINTS = 10_000;
    /**
     * The largest capacity, demand or cost (in input units): kept in ten-thousandths as longs, a sum over every
     * demand point stays far from overflowing.
     */
    public static final double MAX_AMOUNT = 1e9;

    @Override
    public Class<SiteSelectionPlan> solutionType() {
        return SiteSelectionPlan.class;
    }

    @Override
    public List<InputProblem> validate(SitingDataset dataset) {
        Problems problems = new Problems();
        problems.require("$.name", dataset.name());
        problems.check(!dataset.sites().isEmpty(), "$.sites", "needs at least one candidate site");
        if (!problems.atMost("$.sites", dataset.sites(), MAX_SITES)
                | !problems.atMost("$.demandPoints", dataset.demandPoints(), MAX_DEMAND_POINTS)
                | !problems.noNulls("$", "sites", dataset.sites())
                | !problems.noNulls("$", "demandPoints", dataset.demandPoints())) {
            return problems.list();
        }
        Set<String> siteIds = new HashSet<>();
        for (int i = 0; i < dataset.sites().size(); i++) {
            SitingDataset.Site site = dataset.sites().get(i);
            String path = Problems.at("$", "sites", i);
            if (problems.require(path + ".id", site.id())) {
                problems.check(siteIds.add(site.id()), path + ".id", "duplicate site id '" + site.id() + "'");
            }
            problems.require(path + ".capacity", site.capacity());
            problems.range(path + ".capacity", site.capacity(), 0, MAX_AMOUNT);
            problems.require(path + ".fixedCost", site.fixedCost());
            problems.range(path + ".fixedCost", site.fixedCost(), 0, MAX_AMOUNT);
        }
        Set<String> pointIds = new HashSet<>();
        for (int i = 0; i < dataset.demandPoints().size(); i++) {
            SitingDataset.Demand point = dataset.demandPoints().get(i);
            String path = Problems.at("$", "demandPoints", i);
            if (problems.require(path + ".id", point.id())) {
                problems.check(pointIds.add(point.id()), path + ".id", "duplicate demand point id '" + point.id() + "'");
            }
            problems.require(path + ".demand", point.demand());
            problems.range(path + ".demand", point.demand(), 0, MAX_AMOUNT);
            if (problems.require(path + ".allocationCosts", point.allocationCosts())
                    && problems.check(point.allocationCosts().size() == dataset.sites().size(), path + ".allocationCosts",
                    "needs one cost per site (" + dataset.sites().size() + "), has " + point.allocationCosts().size())) {
                for (int s = 0; s < point.allocationCosts().size(); s++) {
                    String costPath = path + ".allocationCosts[" + s + "]";
                    problems.require(costPath, point.allocationCosts().get(s));
                    problems.range(costPath, point.allocationCosts().get(s), 0, MAX_AMOUNT);
                }
            }
            problems.known(path + ".site", point.site(), siteIds, "site");
        }
        problems.range("$.maxOpenSites", dataset.maxOpenSites(), 1, Math.max(1, dataset.sites().size()));
        return problems.list();
    }

    @Override
    public SiteSelectionPlan toSolution(SitingDataset dataset, Map<String, String> weightOverrides) {
        return SiteSelectionPlans.of(dataset, weightOverrides);
    }

    @Override
    public SitingDataset toDataset(SitingDataset input, SiteSelectionPlan solution) {
        return SiteSelectionPlans.toDataset(input, solution);
    }

    /** Without a plan the temperature cannot be scaled to its costs: a plan-independent fallback. */
    @Override
    public SolverConfig solverConfig() {
        return config(HardMediumSoftLongScore.ofSoft(SiteSelectionPlans.SCALE));
    }

    /**
     * Construction heuristic, then simulated annealing over single reassignments and swaps plus two larger moves
     * that change which sites are open: moving all demand points of one site to another (pillar change: closes or
     * relocates a site in one step) and ruin-and-recreate (frees a few points and reassigns them greedily).
     * <p>
     * The starting temperature is the mean opening cost of the candidate sites: early on, a move that costs about
     * one site opening is accepted often enough to leave a poor set of open sites, and by the end of the time limit
     * only improvements pass. With plain late acceptance the search stalled 1-2 % above the optimum on
     * cap101/cap131. When opening is free (choosing the best k bases) the mean cost of serving a demand point from
     * the candidates sets the scale instead: a temperature of 1 would make the search a pure descent that cannot
     * swap an open site for a better one.
     */
    @Override
    public SolverConfig solverConfig(SiteSelectionPlan problem) {
        long meanOpeningCost = Math.round(problem.getSites().stream().mapToLong(CandidateSite::fixedCost).average()
                .orElse(1));
        long scale = meanOpeningCost > 0 ? meanOpeningCost : Math.round(problem.getDemandPoints().stream()
                .flatMap(p -> problem.getSites().stream().map(p::allocationCostFrom))
                .mapToLong(Long::longValue).average().orElse(1));
        return config(HardMediumSoftLongScore.ofSoft(Math.max(1, scale)));
    }

    private static SolverConfig config(HardMediumSoftLongScore temperature) {
        return new SolverConfig()
                .withSolutionClass(SiteSelectionPlan.class)
                .withEntityClasses(DemandPoint.class)
                .withConstraintProviderClass(SiteSelectionConstraints.class)
                .withPhases(new ConstructionHeuristicPhaseConfig(), new LocalSearchPhaseConfig()
                        .withAcceptorConfig(new LocalSearchAcceptorConfig()
                                .withSimulatedAnnealingStartingTemperature(temperature.toString()))
                        .withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(
                                new ChangeMoveSelectorConfig(), new SwapMoveSelectorConfig(),
                                new PillarChangeMoveSelectorConfig(), new RuinRecreateMoveSelectorConfig())));
    }

    /** What a planner reads: total cost, the open sites with their load, unserved demand and the broken rules. */
    public record SitingReport(String totalCost, List<OpenSite> openSites, List<String> unservedDemandPoints,
                               ScoreReport analysis) implements Report {

    /** The kind, written with the report so that a client tells the kinds' reports apart. */
    @Override
    @com.fasterxml.jackson.annotation.JsonProperty(value = "kind", access = com.fasterxml.jackson.annotation.JsonProperty.Access.READ_ONLY)
    public String kind() {
        return SitingDataset.KIND;
    }
    }

    public record OpenSite(String id, String load, String capacity, int demandPoints) {
    }

    @Override
    public SitingReport report(SiteSelectionPlan solution, SolutionManager<SiteSelectionPlan, ?> solutionManager) {
        List<OpenSite> open = solution.getSites().stream()
                .map(site -> {
                    List<DemandPoint> served = solution.getDemandPoints().stream().filter(p -> p.getSite() == site).toList();
                    long load = served.stream().mapToLong(DemandPoint::getDemand).sum();
                    return new OpenSite(site.id(), SiteSelectionPlans.unscaled(load),
                            SiteSelectionPlans.unscaled(site.capacity()), served.size());
                })
                .filter(site -> site.demandPoints() > 0)
                .toList();
        List<String> unserved = solution.getDemandPoints().stream().filter(p -> p.getSite() == null)
                .map(DemandPoint::getId).toList();
        return new SitingReport(SiteSelectionPlans.unscaled(SiteSelectionPlans.totalScaledCost(solution)), open, unserved,
                ScoreReport.of(solutionManager.analyze(solution), SitingRules.rules()));
    }
}
