package no.turnus.scenario.facility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import no.turnus.problem.ConstraintWeights;
import no.turnus.problem.Problems;
import no.turnus.problem.Rule;

/** Builds site-selection plans from {@link SitingDataset}s and back, and reads their cost in input units. */
public final class SiteSelectionPlans {

    /**
     * Quantities and costs are stored in ten-thousandths: OR-Library costs have four significant decimals
     * (e.g. 3204.86250), so this scale is exact where thousandths would drift by a few thousandths per plan.
     */
    public static final long SCALE = 10_000;
    private static final int SCALE_DIGITS = 4;

    private SiteSelectionPlans() {
    }

    public static long scaled(double value) {
        return Math.round(value * SCALE);
    }

    /** A scaled long as plain decimal text, e.g. 9326157500 -> "932615.75". */
    public static String unscaled(long value) {
        return BigDecimal.valueOf(value, SCALE_DIGITS).stripTrailingZeros().toPlainString();
    }

    /**
     * One candidate site per dataset site and one demand point per dataset demand point, with the dataset's plan
     * applied. The dataset must be valid ({@link SitingKind#validate}).
     *
     * @param weightOverrides constraint name to score text such as {@code "0hard/0medium/0soft"}
     */
    static SiteSelectionPlan of(SitingDataset dataset, Map<String, String> weightOverrides) {
        Map<String, CandidateSite> sites = new LinkedHashMap<>();
        for (SitingDataset.Site site : dataset.sites()) {
            sites.put(site.id(), new CandidateSite(site.id(), sites.size(), scaled(site.capacity()),
                    scaled(site.fixedCost())));
        }
        List<DemandPoint> points = new ArrayList<>();
        for (SitingDataset.Demand demand : dataset.demandPoints()) {
            long[] costs = demand.allocationCosts().stream().mapToLong(SiteSelectionPlans::scaled).toArray();
            points.add(new DemandPoint(demand.id(), scaled(demand.demand()), costs,
                    demand.site() == null ? null : sites.get(demand.site())));
        }
        SiteSelectionPlan plan = new SiteSelectionPlan(List.copyOf(sites.values()), points,
                dataset.maxOpenSites());
        plan.setConstraintWeightOverrides(ConstraintWeightOverrides.of(weights(weightOverrides)));
        return plan;
    }

    /** Weights as every kind reads them ({@link ConstraintWeights}), on this kind's long score. */
    private static Map<String, HardMediumSoftLongScore> weights(Map<String, String> overrides) {
        Problems problems = new Problems();
        Map<String, HardMediumSoftScore> parsed = new LinkedHashMap<>();
        ConstraintWeights.parse(overrides, "weightOverrides", SitingRules.rules(), parsed, problems);
        problems.throwIfAny();
        Map<String, HardMediumSoftLongScore> weights = new LinkedHashMap<>();
        parsed.forEach((name, w) -> weights.put(name,
                HardMediumSoftLongScore.of(w.hardScore(), w.mediumScore(), w.softScore())));
        return weights;
    }

    /** The dataset with the plan's site choices in it. */
    static SitingDataset toDataset(SitingDataset source, SiteSelectionPlan plan) {
        List<SitingDataset.Demand> demand = new ArrayList<>();
        for (int i = 0; i < source.demandPoints().size(); i++) {
            SitingDataset.Demand point = source.demandPoints().get(i);
            CandidateSite site = plan.getDemandPoints().get(i).getSite();
            demand.add(new SitingDataset.Demand(point.id(), point.demand(), point.allocationCosts(),
                    site == null ? null : site.id()));
        }
        return new SitingDataset(source.kind(), source.name(), source.sites(), demand, source.maxOpenSites());
    }

    /** Opening plus allocation cost of the plan in ten-thousandths; unserved demand must be checked separately. */
    static long totalScaledCost(SiteSelectionPlan plan) {
        long cost = 0;
        Set<CandidateSite> open = new HashSet<>();
        for (DemandPoint point : plan.getDemandPoints()) {
            cost += point.allocationCost();
            if (point.getSite() != null && open.add(point.getSite())) {
                cost += point.getSite().fixedCost();
            }
        }
        return cost;
    }

    /** Opening plus allocation cost of the plan, in input units; unserved demand must be checked separately. */
    public static double totalCost(SiteSelectionPlan plan) {
        return totalScaledCost(plan) / (double) SCALE;
    }
}
