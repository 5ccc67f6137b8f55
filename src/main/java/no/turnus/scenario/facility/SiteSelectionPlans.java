package no.turnus.scenario.facility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import no.turnus.io.orlib.CapInstance;
import no.turnus.problem.Problems;

/** Builds site-selection plans (from the OR-Library {@code cap} format) and reads their cost back in input units. */
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
     * One demand point per customer and one candidate site per facility, unassigned.
     *
     * @param maxOpenSites the cap on open sites, or null for none
     */
    public static SiteSelectionPlan fromCap(CapInstance instance, Integer maxOpenSites) {
        Problems problems = new Problems();
        List<CandidateSite> sites = new ArrayList<>();
        for (CapInstance.Facility f : instance.facilities()) {
            String path = "$.facilities[" + f.index() + "]";
            problems.notNegative(path + ".capacity", f.capacity());
            problems.notNegative(path + ".fixedCost", f.fixedCost());
            sites.add(new CandidateSite("F" + (f.index() + 1), f.index(), scaled(f.capacity()), scaled(f.fixedCost())));
        }
        List<DemandPoint> points = new ArrayList<>();
        for (CapInstance.Customer c : instance.customers()) {
            String path = "$.customers[" + c.index() + "]";
            problems.notNegative(path + ".demand", c.demand());
            long[] costs = new long[sites.size()];
            for (int f = 0; f < costs.length; f++) {
                problems.notNegative(path + ".allocationCosts[" + f + "]", c.allocationCosts().get(f));
                costs[f] = scaled(c.allocationCosts().get(f));
            }
            points.add(new DemandPoint("C" + (c.index() + 1), scaled(c.demand()), costs));
        }
        if (maxOpenSites != null) {
            problems.check(maxOpenSites >= 1, "$.maxOpenSites", "must be at least 1 (was " + maxOpenSites + ")");
        }
        problems.throwIfAny();
        return new SiteSelectionPlan(instance.name(), sites, points, maxOpenSites);
    }

    /** Opening plus allocation cost of the plan, in input units; unserved demand must be checked separately. */
    public static double totalCost(SiteSelectionPlan plan) {
        long cost = 0;
        Set<CandidateSite> open = new HashSet<>();
        for (DemandPoint point : plan.getDemandPoints()) {
            cost += point.allocationCost();
            if (point.getSite() != null && open.add(point.getSite())) {
                cost += point.getSite().fixedCost();
            }
        }
        return cost / (double) SCALE;
    }

}
