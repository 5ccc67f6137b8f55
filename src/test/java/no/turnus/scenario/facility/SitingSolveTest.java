package no.turnus.scenario.facility;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import no.turnus.io.orlib.CapFormat;
import no.turnus.io.orlib.CapReader;
import no.turnus.problem.Solving;
import no.turnus.BenchInstances;

/** Short real solves of cap71 with the siting kind's own configuration. */
class SitingSolveTest {

    private static final Path CAP71 = BenchInstances.of("facility/cap71.txt");

    private final SitingKind kind = new SitingKind();

    private SiteSelectionPlan solve(SiteSelectionPlan plan, int seconds) {
        return Solving.solve(kind, plan, Duration.ofSeconds(seconds), null, null).best();
    }

    private SiteSelectionPlan cap71(Integer maxOpenSites) {
        SitingDataset dataset = new CapFormat().toDataset(CapReader.read(CAP71));
        return kind.toSolution(new SitingDataset(dataset.kind(), dataset.name(), dataset.sites(),
                dataset.demandPoints(), maxOpenSites), Map.of());
    }

    @Test
    void capInstanceScalesCostsToExactLongs() {
        SiteSelectionPlan plan = cap71(3);
        assertThat(plan.getSites()).hasSize(16);
        assertThat(plan.getDemandPoints()).hasSize(50);
        assertThat(plan.getSites().get(0).fixedCost()).isEqualTo(75_000_000);
        assertThat(plan.getOpenSiteLimits()).containsExactly(new OpenSiteLimit(3));
        // Customer 1's cost at facility 1 in the file is 6739.72500.
        assertThat(plan.getDemandPoints().get(0).allocationCostFrom(plan.getSites().get(0))).isEqualTo(67_397_250);
    }

    @Test
    void solvesCap71FeasiblyAndImprovesOnConstruction() {
        SiteSelectionPlan solved = solve(cap71(null), 3);
        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getScore().mediumScore()).isZero();
        double cost = SiteSelectionPlans.totalCost(solved);
        assertThat(-solved.getScore().softScore() / (double) SiteSelectionPlans.SCALE).isEqualTo(cost);
        // The construction heuristic alone ends 3.6 % above the optimum; 3 s of local search reach about 0.2 %.
        assertThat(cost).isGreaterThanOrEqualTo(932615.750).isLessThan(932615.750 * 1.02);
    }

    @Test
    void respectsACapOnOpenSites() {
        SiteSelectionPlan solved = solve(cap71(5), 2);
        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getDemandPoints().stream().map(DemandPoint::getSite).distinct().count()).isLessThanOrEqualTo(5);
    }
}
