package no.turnus.io.orlib;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import ai.timefold.solver.core.api.score.Score;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import no.turnus.io.BenchmarkFormat;
import no.turnus.io.InstanceFormat;
import no.turnus.scenario.facility.SiteSelectionPlans;
import no.turnus.scenario.facility.SitingDataset;

/**
 * OR-Library capacitated warehouse location onto site selection (kind {@code siting}): facility f becomes site
 * {@code F<f+1>}, customer c demand point {@code C<c+1>}. The objective is Beasley's: opening costs of the
 * facilities used plus allocation costs, computed here from the file's numbers; a plan is feasible when every
 * customer is served and no capacity is exceeded. The published optima let demand be split over facilities;
 * the engine assigns each customer whole (single-source), which can only cost more where capacity binds.
 */
public final class CapFormat implements InstanceFormat<CapInstance, SitingDataset> {

    @Override
    public BenchmarkFormat format() {
        return BenchmarkFormat.ORLIB_CAP;
    }

    @Override
    public CapInstance read(Path file) {
        return CapReader.read(file);
    }

    @Override
    public String name(CapInstance instance) {
        return instance.name();
    }

    @Override
    public SitingDataset toDataset(CapInstance instance) {
        List<SitingDataset.Site> sites = instance.facilities().stream()
                .map(f -> new SitingDataset.Site(siteId(f.index()), f.capacity(), f.fixedCost()))
                .toList();
        List<SitingDataset.Demand> demand = instance.customers().stream()
                .map(c -> new SitingDataset.Demand("C" + (c.index() + 1), c.demand(), c.allocationCosts(), null))
                .toList();
        return new SitingDataset(SitingDataset.KIND, instance.name(), sites, demand, null);
    }

    @Override
    public Objective objective(CapInstance instance, SitingDataset solved) {
        Map<String, Integer> facilityBySite = new HashMap<>();
        instance.facilities().forEach(f -> facilityBySite.put(siteId(f.index()), f.index()));
        double[] load = new double[instance.facilities().size()];
        int[] served = new int[load.length];
        // Decimal sums, so the value matches the published optima to the last digit rather than drifting in binary.
        BigDecimal cost = BigDecimal.ZERO;
        int unserved = 0;
        for (int c = 0; c < instance.customers().size(); c++) {
            String site = solved.demandPoints().get(c).site();
            if (site == null) {
                unserved++;
                continue;
            }
            int f = facilityBySite.get(site);
            CapInstance.Customer customer = instance.customers().get(c);
            load[f] += customer.demand();
            served[f]++;
            cost = cost.add(BigDecimal.valueOf(customer.allocationCosts().get(f)));
        }
        int open = 0;
        int overloaded = 0;
        for (CapInstance.Facility facility : instance.facilities()) {
            if (served[facility.index()] > 0) {
                open++;
                cost = cost.add(BigDecimal.valueOf(facility.fixedCost()));
            }
            if (load[facility.index()] > facility.capacity()) {
                overloaded++;
            }
        }
        String summary = open + " sites open" + (unserved > 0 ? ", " + unserved + " customers unserved" : "")
                + (overloaded > 0 ? ", " + overloaded + " over capacity" : "");
        return new Objective(cost.doubleValue(), unserved == 0 && overloaded == 0, summary);
    }

    /** The soft score is minus opening plus allocation cost in ten-thousandths. */
    @Override
    public OptionalDouble engineObjective(Score<?> engineScore) {
        return OptionalDouble.of(-((HardMediumSoftLongScore) engineScore).softScore() / (double) SiteSelectionPlans.SCALE);
    }

    private static String siteId(int facilityIndex) {
        return "F" + (facilityIndex + 1);
    }
}
