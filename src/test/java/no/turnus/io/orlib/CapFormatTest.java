package no.turnus.io.orlib;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import no.turnus.io.BenchmarkFormat;
import no.turnus.io.InstanceFormat;
import no.turnus.io.InstanceFormats;
import no.turnus.kinds.StandardKinds;
import no.turnus.problem.SolveContext;
import no.turnus.problem.SolveRequest;
import no.turnus.scenario.facility.SiteSelectionPlan;
import no.turnus.scenario.facility.SiteSelectionPlans;
import no.turnus.scenario.facility.SitingDataset;
import no.turnus.scenario.facility.SitingKind;
import no.turnus.BenchInstances;
import no.turnus.StepLimitedSolve;

/** OR-Library cap through the format extension point: sniffed, loaded as a siting dataset, solved, scored back. */
class CapFormatTest {

    private static final Path CAP71 = BenchInstances.of("facility/cap71.txt");
    private final CapFormat format = new CapFormat();
    private final CapInstance cap71 = CapReader.read(CAP71);

    @Test
    void loadsByContentAsAValidSitingDataset() {
        InstanceFormats.Loaded<?, ?> loaded = InstanceFormats.standard().load(CAP71, StandardKinds.all());
        assertThat(loaded.format().format()).isEqualTo(BenchmarkFormat.ORLIB_CAP);
        assertThat(loaded.name()).isEqualTo("cap71");
        assertThat(loaded.kind().name()).isEqualTo("siting");
        SitingDataset dataset = (SitingDataset) loaded.dataset();
        assertThat(dataset.sites()).hasSize(16);
        assertThat(dataset.demandPoints()).hasSize(50).allSatisfy(point -> assertThat(point.site()).isNull());
    }

    @Test
    void objectiveIsOpeningPlusAllocationCostFromTheFile() {
        SitingDataset all1 = assign(format.toDataset(cap71), index -> "F1");
        double expected = cap71.facilities().get(0).fixedCost()
                + cap71.customers().stream().mapToDouble(c -> c.allocationCosts().get(0)).sum();
        InstanceFormat.Objective objective = format.objective(cap71, all1);
        assertThat(objective.value()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-6));
        // Capacity does not bind in cap71: one facility can serve every customer.
        assertThat(objective.feasible()).isTrue();
        assertThat(objective.summary()).isEqualTo("1 sites open");
    }

    @Test
    void capacityBreachMakesAPlanInfeasible() {
        // Two facilities (capacity 10, fixed costs 5 and 3), two customers of demand 6.
        CapInstance tiny = CapReader.read("tiny", new no.turnus.io.TextTokens("tiny", "2 2  10 5  10 3  6 1 2  6 4 1"));
        InstanceFormat.Objective crowded = format.objective(tiny, assign(format.toDataset(tiny), index -> "F1"));
        assertThat(crowded).isEqualTo(new InstanceFormat.Objective(10, false, "1 sites open, 1 over capacity"));
        InstanceFormat.Objective split = format.objective(tiny, assign(format.toDataset(tiny), index -> "F" + (index + 1)));
        assertThat(split).isEqualTo(new InstanceFormat.Objective(10, true, "2 sites open"));
    }

    @Test
    void unservedCustomersMakeAPlanInfeasible() {
        InstanceFormat.Objective objective = format.objective(cap71, format.toDataset(cap71));
        assertThat(objective.feasible()).isFalse();
        assertThat(objective.summary()).contains("50 customers unserved");
    }

    @Test
    void solvedPlanScoresTheSameByTheEngineAndByTheBenchmark() {
        SitingKind kind = new SitingKind();
        SitingDataset input = format.toDataset(cap71);
        SiteSelectionPlan problem = kind.toSolution(input, Map.of());
        SiteSelectionPlan solved = StepLimitedSolve.solve(kind, problem, 2000, 1L).best();
        InstanceFormat.Objective objective = format.objective(cap71, kind.toDataset(input, solved));
        assertThat(objective.feasible()).isTrue();
        assertThat(objective.value()).isCloseTo(SiteSelectionPlans.totalCost(solved),
                org.assertj.core.data.Offset.offset(1e-6));
        assertThat(objective.value()).isGreaterThanOrEqualTo(932615.75 - 1e-6);
    }

    private static SitingDataset assign(SitingDataset dataset, java.util.function.IntFunction<String> site) {
        List<SitingDataset.Demand> points = new ArrayList<>();
        for (int i = 0; i < dataset.demandPoints().size(); i++) {
            SitingDataset.Demand p = dataset.demandPoints().get(i);
            points.add(new SitingDataset.Demand(p.id(), p.demand(), p.allocationCosts(), site.apply(i)));
        }
        return new SitingDataset(dataset.kind(), dataset.name(), dataset.sites(), points, dataset.maxOpenSites());
    }
}
