package no.turnus.scenario.facility;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Capacitated site selection: which candidate sites to open and which site serves each demand point, minimising
 * fixed opening costs plus demand-weighted allocation costs, within capacities and an optional cap on open sites.
 * A site is open when it serves at least one demand point.
 */
@PlanningSolution
public class SiteSelectionPlan {

    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<CandidateSite> sites;

    /** Empty, or one limit on the number of open sites. */
    @ProblemFactCollectionProperty
    private List<OpenSiteLimit> openSiteLimits;

    @PlanningEntityCollectionProperty
    private List<DemandPoint> demandPoints;

    private ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides =
            ConstraintWeightOverrides.none();

    @PlanningScore
    private HardMediumSoftLongScore score;

    public SiteSelectionPlan() {
        // for Timefold cloning
    }

    public SiteSelectionPlan(List<CandidateSite> sites, List<DemandPoint> demandPoints,
                             Integer maxOpenSites) {
        this.sites = List.copyOf(sites);
        this.demandPoints = List.copyOf(demandPoints);
        this.openSiteLimits = maxOpenSites == null ? List.of() : List.of(new OpenSiteLimit(maxOpenSites));
    }

    public List<CandidateSite> getSites() {
        return sites;
    }

    public List<OpenSiteLimit> getOpenSiteLimits() {
        return openSiteLimits;
    }

    public List<DemandPoint> getDemandPoints() {
        return demandPoints;
    }

    public ConstraintWeightOverrides<HardMediumSoftLongScore> getConstraintWeightOverrides() {
        return constraintWeightOverrides;
    }

    public void setConstraintWeightOverrides(ConstraintWeightOverrides<HardMediumSoftLongScore> overrides) {
        this.constraintWeightOverrides = overrides;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
