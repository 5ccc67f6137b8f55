package no.turnus.io.solomon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import no.turnus.homecare.input.HomecareDataset;
import no.turnus.homecare.HomecareKind;
import no.turnus.homecare.domain.HomecarePlan;
import no.turnus.homecare.report.HomecareReport;
import no.turnus.homecare.domain.Visit;
import no.turnus.homecare.solver.RuinRecreateMoves;
import no.turnus.io.BenchmarkFormat;
import no.turnus.io.InstanceFormat;
import no.turnus.io.InstanceFormats;
import no.turnus.kinds.StandardKinds;
import no.turnus.problem.SolveContext;
import no.turnus.problem.SolveRequest;
import no.turnus.problem.Solved;
import no.turnus.StepLimitedSolve;

/**
 * Solomon VRPTW through the format extension point: loaded as home care, scored back exactly, solved briefly (seeded
 * and step-limited: the distance reached is the benchmark gate's question, not this test's).
 */
class SolomonFormatTest {

    private static final Path DIR = SolomonTest.DIR;
    private static final HomecareKind KIND = new HomecareKind();
    private static final SolutionManager<HomecarePlan, HardMediumSoftScore> MANAGER =
            SolutionManager.create(SolverFactory.<HomecarePlan>create(KIND.solverConfig()));
    private final SolomonFormat format = new SolomonFormat();

    @Test
    void loadsByContentAsAValidHomecareDatasetOverSeveralDays() {
        InstanceFormats.Loaded<?, ?> loaded = InstanceFormats.standard().load(DIR.resolve("C201.txt"),
                StandardKinds.all());
        assertThat(loaded.format().format()).isEqualTo(BenchmarkFormat.SOLOMON);
        assertThat(loaded.name()).isEqualTo("C201");
        assertThat(loaded.kind().name()).isEqualTo("homecare");
        HomecareDataset dataset = (HomecareDataset) loaded.dataset();
        SolomonInstance c201 = (SolomonInstance) loaded.instance();
        assertThat(dataset.caregivers()).hasSize(25).allSatisfy(c -> assertThat(c.capacity()).isEqualTo(700));
        // Depot due 3390 = 33 900 model minutes: the shift ends 23 days later at 13:00.
        assertThat(dataset.caregivers().get(0).shifts().get(0).lastDate()).isEqualTo(SolomonFormat.DAY.plusDays(23));
        assertThat(dataset.visits()).hasSize(100);
        assertThat(dataset.visits().stream().mapToInt(HomecareDataset.VisitSpec::load).sum())
                .isEqualTo(c201.nodes().stream().mapToInt(SolomonInstance.Node::demand).sum());
    }

    /** Vehicles first: one route costs more than the longest leg on every customer and every way back. */
    @Test
    void oneVehicleOutweighsAnyDistance() {
        SolomonInstance r201 = SolomonReader.read(DIR.resolve("R201.txt"));
        double longest = 0;
        for (int i = 0; i < r201.nodes().size(); i++) {
            for (int j = 0; j < r201.nodes().size(); j++) {
                longest = Math.max(longest, r201.distance(i, j));
            }
        }
        int legs = r201.nodes().size() - 1 + r201.vehicleCount();
        assertThat(SolomonFormat.routeCost(r201)).isGreaterThan((int) Math.ceil(longest * SolomonFormat.SCALE) * legs);
        assertThat(format.toDataset(r201).constraintWeights())
                .containsEntry("Route used", "0hard/0medium/" + SolomonFormat.routeCost(r201) + "soft");
    }

    /** Ruin and recreate is among the moves of every plan; it empties routes only when routes cost something. */
    @Test
    void routeEmptyingOnlyWhenRoutesCost() {
        HomecareDataset r101 = format.toDataset(SolomonReader.read(DIR.resolve("R101.txt")));
        HomecareDataset free = r101.withoutPlan().withConstraintWeights(Map.of("Balanced workload", "0hard/0medium/0soft"));
        assertThat(ruinRecreate(r101).getMoveIteratorFactoryCustomProperties()).containsEntry("emptyingShare", "0.5");
        assertThat(ruinRecreate(free).getMoveIteratorFactoryCustomProperties()).containsEntry("emptyingShare", "0.0");
    }

    private static MoveIteratorFactoryConfig ruinRecreate(HomecareDataset dataset) {
        List<MoveSelectorConfig> moves = moves(dataset);
        assertThat(moves).hasSize(6).filteredOn(MoveIteratorFactoryConfig.class::isInstance).singleElement()
                .extracting(m -> ((MoveIteratorFactoryConfig) m).getMoveIteratorFactoryClass())
                .isEqualTo(RuinRecreateMoves.class);
        return (MoveIteratorFactoryConfig) moves.get(5);
    }

    private static List<MoveSelectorConfig> moves(HomecareDataset dataset) {
        LocalSearchPhaseConfig search = (LocalSearchPhaseConfig) KIND.solverConfig(KIND.toSolution(dataset, Map.of()))
                .getPhaseConfigList().get(1);
        return ((UnionMoveSelectorConfig) search.getMoveSelectorConfig()).getMoveSelectorList();
    }

    @Test
    void windowsServiceAndTravelAreInTenthsOfAUnitAndTravelIsNeverShortened() {
        SolomonInstance r101 = SolomonReader.read(DIR.resolve("R101.txt"));
        HomecarePlan plan = KIND.toSolution(format.toDataset(r101), Map.of());
        for (Visit visit : plan.getVisits()) {
            SolomonInstance.Node node = r101.nodes().get(Integer.parseInt(visit.getVisitId().substring(1)));
            assertThat(visit.getWindowStarts()).containsExactly(node.readyTime() * 10);
            assertThat(visit.getWindowEnds()).containsExactly(node.dueDate() * 10);
            assertThat(visit.getDuration()).isEqualTo(node.serviceTime() * 10);
            assertThat(visit.getLoad()).isEqualTo(node.demand());
            double exact = r101.distance(0, node.id()) * 10;
            int minutes = plan.getCaregiverDays().get(0).travelMinutes(0, visit.location());
            assertThat(minutes).isEqualTo((int) Math.ceil(exact - 1e-9));
        }
    }

    /** The best known C101 plan (SolomonTest) keeps every rule of the model, and both sides measure it alike. */
    @Test
    void bestKnownC101PlanIsFeasibleInTheModel() {
        SolomonInstance c101 = SolomonReader.read(DIR.resolve("C101.txt"));
        List<HomecareDataset.Route> routes = new ArrayList<>();
        List<List<Integer>> best = SolomonTest.BEST_C101;
        for (int r = 0; r < best.size(); r++) {
            routes.add(new HomecareDataset.Route("v" + (r + 1), SolomonFormat.DAY,
                    best.get(r).stream().map(SolomonFormat::customerId).toList(), null));
        }
        HomecareDataset empty = format.toDataset(c101);
        HomecareDataset planned = empty.withPlan(routes, List.of());
        assertThat(KIND.validateInstance(planned)).isEmpty();
        HomecarePlan plan = KIND.toSolution(planned, Map.of());
        HardMediumSoftScore score = MANAGER.update(plan);
        assertThat(score.hardScore()).isZero();
        assertThat(score.mediumScore()).isZero();
        InstanceFormat.Objective objective = format.objective(c101, KIND.toDataset(planned, plan));
        assertThat(objective).isEqualTo(new InstanceFormat.Objective(objective.value(), true, "10 vehicles"));
        assertThat(objective.value()).isCloseTo(828.94, within(0.005));
        assertThat(score.softScore() + 10L * SolomonFormat.routeCost(c101)).isBetween(-8290L - 125, -8290L);
        assertThat(report(plan).kpis().travelKm()).isCloseTo(objective.value(), within(0.1));
    }

    @Test
    void shortSolveIsFeasibleAndItsExactDistanceMatchesTheEngine() {
        SolomonInstance c101 = SolomonReader.read(DIR.resolve("C101.txt"));
        // The first fit already serves every customer in time with the 25 vehicles; the best plan is never worse.
        HomecareDataset input = format.toDataset(c101);
        StepLimitedSolve.Solved<HomecarePlan> solved = StepLimitedSolve.solve(KIND, KIND.toSolution(input, Map.of()),
                20, 7L);
        HardMediumSoftScore score = (HardMediumSoftScore) solved.score();
        assertThat(score.hardScore()).isZero();
        assertThat(score.mediumScore()).isZero();
        InstanceFormat.Objective objective = format.objective(c101, KIND.toDataset(input, solved.best()));
        assertThat(objective.feasible()).as(objective.summary()).isTrue();
        assertThat(objective.value()).isGreaterThanOrEqualTo(827.3 - 1e-6);
        assertThat(report(solved.best()).kpis().travelKm()).isCloseTo(objective.value(), within(0.1));
        // Soft = a fixed cost per vehicle used + travel minutes, the distance in tenths rounded up per leg: 125 legs
        // at most add 12.5 units.
        long vehicles = solved.best().getCaregiverDays().stream().filter(d -> !d.getVisits().isEmpty()).count();
        assertThat(objective.summary()).startsWith(vehicles + " vehicles");
        double modelDistance = (-score.softScore() - vehicles * SolomonFormat.routeCost(c101))
                / (double) SolomonFormat.SCALE;
        assertThat(modelDistance).isBetween(objective.value() - 1e-6, objective.value() + 12.5);
    }

    private static HomecareReport report(HomecarePlan plan) {
        return (HomecareReport) KIND.report(plan, MANAGER);
    }
}
