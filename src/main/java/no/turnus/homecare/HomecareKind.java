package no.turnus.homecare;

import no.turnus.homecare.domain.CaregiverDay;
import no.turnus.homecare.domain.HomecarePlan;
import no.turnus.homecare.domain.Visit;
import no.turnus.homecare.domain.VisitTimeUpdater;
import no.turnus.homecare.input.HomecareBuilder;
import no.turnus.homecare.input.HomecareDataset;
import no.turnus.homecare.input.HomecareValidator;
import no.turnus.homecare.report.HomecareCsvExport;
import no.turnus.homecare.report.HomecareGeoJsonExport;
import no.turnus.homecare.report.HomecareReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.ListChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.ListRuinRecreateMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.ListSwapMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.SubListChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.SubListSwapMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.kopt.KOptListMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import no.turnus.homecare.rules.HomecareConstraints;
import no.turnus.homecare.rules.HomecareRules;
import no.turnus.problem.Export;
import no.turnus.problem.InputProblem;
import no.turnus.problem.ProblemKind;
import no.turnus.problem.Replanning;

/** Home-care routing (hjemmetjenesten): which caregiver visits which user, in what order and when. */
public final class HomecareKind implements ProblemKind<HomecareDataset, HomecarePlan> {

    @Override
    public String name() {
        return HomecareDataset.KIND;
    }

    @Override
    public Class<HomecareDataset> datasetType() {
        return HomecareDataset.class;
    }

    @Override
    public Class<HomecarePlan> solutionType() {
        return HomecarePlan.class;
    }

    @Override
    public List<InputProblem> validate(HomecareDataset dataset) {
        return HomecareValidator.validate(dataset);
    }

    @Override
    public List<InputProblem> validateInstance(HomecareDataset dataset) {
        return HomecareValidator.validateInstance(dataset);
    }

    @Override
    public HomecarePlan toSolution(HomecareDataset dataset, Map<String, String> weightOverrides) {
        return HomecareBuilder.build(dataset, weightOverrides);
    }

    @Override
    public HomecareDataset toDataset(HomecareDataset input, HomecarePlan solution) {
        return HomecareBuilder.toDataset(input, solution);
    }

    /**
     * Construction inserts visits one by one, earliest window first, where they fit best; then Late Acceptance
     * over list change, list swap, 2-opt and sub-list change/swap moves (community edition: no nearby selection).
     */
    @Override
    public SolverConfig solverConfig() {
        return solverConfig(List.of());
    }

    /**
     * When a route has a fixed cost ("Route used" weighted), emptying a route pays only once its last visit has
     * gone, which single moves seldom reach: then also, rarely (each is a small construction), ruin and recreate
     * a few visits. Not with double visits: {@link VisitTimeUpdater} does not yet re-time a partner while such a
     * move is undone (index out of bounds on the Narvik sample).
     */
    @Override
    public SolverConfig solverConfig(HomecarePlan plan) {
        ConstraintWeightOverrides<HardMediumSoftScore> weights = plan.getConstraintWeightOverrides();
        HardMediumSoftScore routeCost = weights == null ? null
                : weights.getConstraintWeight(HomecareRules.ROUTE_USED.ruleName());
        boolean routesCost = routeCost != null && !routeCost.isZero();
        return routesCost && plan.getVisits().stream().noneMatch(Visit::isDouble)
                ? solverConfig(List.of(new ListRuinRecreateMoveSelectorConfig().withFixedProbabilityWeight(0.05)))
                : solverConfig();
    }

    @SuppressWarnings("rawtypes") // UnionMoveSelectorConfig takes a raw list
    private static SolverConfig solverConfig(List<? extends MoveSelectorConfig> extraMoves) {
        List<MoveSelectorConfig> moves = new ArrayList<>(List.of(
                new ListChangeMoveSelectorConfig(),
                new ListSwapMoveSelectorConfig(),
                new KOptListMoveSelectorConfig().withMinimumK(2).withMaximumK(2),
                new SubListChangeMoveSelectorConfig().withSelectReversingMoveToo(true),
                new SubListSwapMoveSelectorConfig()));
        moves.addAll(extraMoves);
        return new SolverConfig()
                .withSolutionClass(HomecarePlan.class)
                .withEntityClasses(CaregiverDay.class, Visit.class)
                .withConstraintProviderClass(HomecareConstraints.class)
                .withPhases(
                        new ConstructionHeuristicPhaseConfig()
                                .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT),
                        new LocalSearchPhaseConfig().withMoveSelectorConfig(new UnionMoveSelectorConfig(moves)));
    }

    @Override
    public HomecareReport report(HomecarePlan solution, SolutionManager<HomecarePlan, ?> solutionManager) {
        return HomecareReport.of(solution, solutionManager);
    }

    @Override
    public Map<String, Export<HomecarePlan>> exports() {
        return Map.of("csv", new HomecareCsvExport(), "geojson", new HomecareGeoJsonExport());
    }

    @Override
    public Optional<Replanning<HomecareDataset, ?>> replanning() {
        return Optional.of(new HomecareReplanning());
    }
}
