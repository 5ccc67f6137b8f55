package no.turnus.io.mankowska;

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
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import no.turnus.homecare.input.HomecareDataset;
import no.turnus.homecare.HomecareKind;
import no.turnus.homecare.domain.HomecarePlan;
import no.turnus.homecare.report.HomecareReport;
import no.turnus.io.BenchmarkFormat;
import no.turnus.io.InstanceFormat;
import no.turnus.io.InstanceFormats;
import no.turnus.kinds.StandardKinds;
import no.turnus.problem.SolveContext;
import no.turnus.problem.SolveRequest;
import no.turnus.problem.Solved;
import no.turnus.StepLimitedSolve;

/**
 * Mankowska HHCRSP through the format extension point: loaded as home care, scored back exactly, solved briefly (seeded
 * and step-limited: the objective reached is the benchmark gate's question, not this test's).
 */
class MankowskaFormatTest {

    private static final Path FILE = MankowskaTest.DIR.resolve("InstanzCPLEX_HCSRP_10_1.txt");
    private static final HomecareKind KIND = new HomecareKind();
    private static final SolutionManager<HomecarePlan, HardMediumSoftScore> MANAGER =
            SolutionManager.create(SolverFactory.<HomecarePlan>create(KIND.solverConfig()));
    private final MankowskaFormat format = new MankowskaFormat();
    private final MankowskaInstance instance = MankowskaReader.read(FILE);

    @Test
    void servicesBecomeVisitsWithSkillsAndSimultaneousOnesDoubleVisits() {
        InstanceFormats.Loaded<?, ?> loaded = InstanceFormats.standard().load(FILE, StandardKinds.all());
        assertThat(loaded.format().format()).isEqualTo(BenchmarkFormat.MANKOWSKA);
        assertThat(loaded.kind().name()).isEqualTo("homecare");
        HomecareDataset dataset = (HomecareDataset) loaded.dataset();
        assertThat(dataset.caregivers()).extracting(HomecareDataset.CaregiverSpec::skills).containsExactly(
                List.of("s0", "s1", "s2"), List.of("s4", "s5"), List.of("s3", "s4", "s5"));
        // Patient 8: services 4 and 5 at once; patient 9: services 0 and 3 with a gap of 51 to 102 (in tenths).
        HomecareDataset.VisitSpec together = visit(dataset, "p8-s4-s5");
        assertThat(together.staff()).isEqualTo(2);
        assertThat(together.partSkills()).containsExactly(List.of("s4"), List.of("s5"));
        assertThat(visit(dataset, "p9-s0").skills()).containsExactly("s0");
        assertThat(visit(dataset, "p9-s3").durationMinutes()).isEqualTo(140);
        assertThat(visit(dataset, "p9-s3").after()).isEqualTo(new HomecareDataset.After("p9-s0", 510, 1020));
        assertThat(visit(dataset, "p9-s0").after()).isNull();
        assertThat(dataset.visits()).hasSize(12);
    }

    /** The reader's greedy plan (MankowskaTest) mapped onto the dataset keeps the model's rules and its value. */
    @Test
    void greedyPlanKeepsItsObjectiveThroughTheDataset() {
        MankowskaSolution greedy = MankowskaTest.greedy(instance);
        List<HomecareDataset.Route> routes = new ArrayList<>();
        for (int k = 0; k < greedy.routes().size(); k++) {
            List<String> ids = greedy.routes().get(k).stream().map(v -> visitId(v.node(), v.service())).toList();
            routes.add(new HomecareDataset.Route(MankowskaFormat.caregiverId(k), MankowskaFormat.DAY, ids, null));
        }
        HomecareDataset empty = format.toDataset(instance);
        HomecareDataset planned = empty.withPlan(routes, List.of());
        assertThat(KIND.validateInstance(planned)).isEmpty();
        HomecarePlan plan = KIND.toSolution(planned, Map.of());
        HardMediumSoftScore score = MANAGER.update(plan);
        assertThat(score.hardScore()).isZero();
        assertThat(score.mediumScore()).isZero();
        InstanceFormat.Objective objective = format.objective(instance, KIND.toDataset(planned, plan));
        assertThat(objective.feasible()).as(objective.summary()).isTrue();
        assertThat(objective.value()).isCloseTo(MankowskaObjective.evaluate(instance, greedy).objective(), within(1e-9));
        // The soft score is 3 × the objective in tenths (distance, total and greatest tardiness), up to each leg's
        // rounding up: what the score prefers, the objective does too.
        MankowskaObjective.Result parts = MankowskaObjective.evaluate(instance, greedy);
        assertThat(parts.maxTardiness()).isPositive();
        assertThat(-score.softScore() / (3.0 * MankowskaFormat.SCALE)).isCloseTo(objective.value(), within(1.0));
    }

    @Test
    void shortSolveIsFeasibleAndItsExactDistanceMatchesTheEngine() {
        HomecareDataset input = format.toDataset(instance);
        StepLimitedSolve.Solved<HomecarePlan> solved = StepLimitedSolve.solve(KIND, KIND.toSolution(input, Map.of()),
                1000, 7L);
        HardMediumSoftScore score = (HardMediumSoftScore) solved.score();
        assertThat(score.hardScore()).isZero();
        assertThat(score.mediumScore()).isZero();
        HomecareDataset dataset = KIND.toDataset(input, solved.best());
        InstanceFormat.Objective objective = format.objective(instance, dataset);
        assertThat(objective.feasible()).as(objective.summary()).isTrue();
        assertThat(objective.value()).isGreaterThanOrEqualTo(218.2 - 0.01);
        double distance = MankowskaObjective.evaluate(instance, MankowskaFormat.solution(instance, dataset)).distance();
        HomecareReport report = (HomecareReport) KIND.report(solved.best(), MANAGER);
        assertThat(report.kpis().travelKm()).isCloseTo(distance, within(0.05));
    }

    /** FULL_ASSERT recomputes the times (sequenced pairs included) and the score after every move: no drift. */
    @Test
    void solvingWithSequencedPairsKeepsShadowTimesExact() {
        HomecareDataset dataset = format.toDataset(instance);
        assertThat(dataset.visits()).filteredOn(v -> v.after() != null).isNotEmpty();
        HomecarePlan solved = SolverFactory.<HomecarePlan>create(StepLimitedSolve.config(KIND.solverConfig()
                        .withEnvironmentMode(EnvironmentMode.FULL_ASSERT), 150, 7L))
                .buildSolver().solve(KIND.toSolution(dataset, Map.of()));
        assertThat(solved.getScore().isFeasible()).as(solved.getScore().toString()).isTrue();
        InstanceFormat.Objective objective = format.objective(instance, KIND.toDataset(dataset, solved));
        assertThat(objective.feasible()).as(objective.summary()).isTrue();
    }

    private String visitId(int node, int service) {
        if (instance.doubleService(node) && instance.maxGap(node) == 0) {
            List<Integer> services = new ArrayList<>();
            for (int s = 0; s < instance.serviceCount(); s++) {
                if (instance.requires(node, s)) {
                    services.add(s);
                }
            }
            return "p" + node + "-s" + services.get(0) + "-s" + services.get(1);
        }
        return "p" + node + "-s" + service;
    }

    private static HomecareDataset.VisitSpec visit(HomecareDataset dataset, String id) {
        return dataset.visits().stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    }
}
