package no.turnus.scenario.facility;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * A place with demand (a customer, a municipality district) and the site that serves all of it (single-source).
 * Left unassigned only when no site can take it: that is unplanned demand, scored at medium level.
 */
@PlanningEntity
public class DemandPoint {

    @PlanningId
    private String id;
    private long demand;
    /** Cost of serving all of this demand from each site, by site index, in ten-thousandths. */
    private long[] allocationCosts;

    @PlanningVariable(allowsUnassigned = true)
    private CandidateSite site;

    public DemandPoint() {
        // for Timefold cloning
    }

    public DemandPoint(String id, long demand, long[] allocationCosts) {
        this.id = id;
        this.demand = demand;
        this.allocationCosts = allocationCosts.clone();
    }

    public DemandPoint(String id, long demand, long[] allocationCosts, CandidateSite site) {
        this(id, demand, allocationCosts);
        this.site = site;
    }

    public String getId() {
        return id;
    }

    public long getDemand() {
        return demand;
    }

    /** Allocation cost from the assigned site; 0 when unassigned. Array look-up: this runs on every move. */
    public long allocationCost() {
        return site == null ? 0 : allocationCosts[site.index()];
    }

    public long allocationCostFrom(CandidateSite candidate) {
        return allocationCosts[candidate.index()];
    }

    public CandidateSite getSite() {
        return site;
    }

    public void setSite(CandidateSite site) {
        this.site = site;
    }

    @Override
    public String toString() {
        return id + "->" + (site == null ? "-" : site.id());
    }
}
