package no.turnus.homecare;

import no.turnus.homecare.domain.HomecarePlan;
import no.turnus.homecare.input.HomecareBuilder;
import no.turnus.homecare.input.HomecareDataset;
import no.turnus.homecare.input.HomecareValidator;
import no.turnus.homecare.report.HomecareCsvExport;
import no.turnus.homecare.report.HomecareGeoJsonExport;
import no.turnus.homecare.report.HomecareWorkbookExport;
import no.turnus.homecare.report.HomecareReport;
import no.turnus.homecare.solver.HomecareSearch;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.config.solver.SolverConfig;
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

    /** {@link HomecareSearch#config()}: the search for a plan whose routes have no fixed cost. */
    @Override
    public SolverConfig solverConfig() {
        return HomecareSearch.config();
    }

    /** {@link HomecareSearch#config(HomecarePlan)}: phases and moves chosen for this plan. */
    @Override
    public SolverConfig solverConfig(HomecarePlan plan) {
        return HomecareSearch.config(plan);
    }

    @Override
    public HomecareReport report(HomecarePlan solution, SolutionManager<HomecarePlan, ?> solutionManager) {
        return HomecareReport.of(solution, solutionManager);
    }

    @Override
    public Map<String, Export<HomecarePlan>> exports() {
        return Map.of("csv", new HomecareCsvExport(), "geojson", new HomecareGeoJsonExport(),
                "xlsx", new HomecareWorkbookExport());
    }

    @Override
    public Optional<Replanning<HomecareDataset, ?>> replanning() {
        return Optional.of(new HomecareReplanning());
    }
}
