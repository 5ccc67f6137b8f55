package no.turnus.scenario.facility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;

import no.turnus.problem.Breach;

class SiteSelectionConstraintsTest {

    private final ConstraintVerifier<SiteSelectionConstraints, SiteSelectionPlan> verifier =
            ConstraintVerifier.build(new SiteSelectionConstraints(), SiteSelectionPlan.class, DemandPoint.class);

    private final CandidateSite north = new CandidateSite("north", 0, 10_000, 500_000);
    private final CandidateSite south = new CandidateSite("south", 1, 4_000, 300_000);

    private DemandPoint point(String id, long demand, CandidateSite site) {
        return new DemandPoint(id, demand, new long[]{1_000, 7_500}, site);
    }

    @Test
    void capacityPenalisesTheExcessOfEachOverloadedSiteOnly() {
        verifier.verifyThat(SiteSelectionConstraints::capacity)
                .given(point("a", 3_000, south), point("b", 2_500, south), point("c", 9_000, north))
                .penalizesBy(1_500);
        verifier.verifyThat(SiteSelectionConstraints::capacity)
                .given(point("a", 4_000, south), point("c", 10_000, north))
                .penalizesBy(0);
        verifier.verifyThat(SiteSelectionConstraints::capacity)
                .given(point("a", 3_000, south), point("b", 2_500, south))
                .justifiesWith(new Breach("south", "", "Site south is given 0.55 units of demand but can serve 0.4", ""));
    }

    @Test
    void openSitesPenalisesSitesBeyondTheLimitAndNothingWithoutALimit() {
        DemandPoint a = point("a", 1, north);
        DemandPoint b = point("b", 1, south);
        verifier.verifyThat(SiteSelectionConstraints::openSites)
                .given(a, b, new OpenSiteLimit(1)).penalizesBy(1);
        verifier.verifyThat(SiteSelectionConstraints::openSites)
                .given(a, b, new OpenSiteLimit(2)).penalizesBy(0);
        verifier.verifyThat(SiteSelectionConstraints::openSites)
                .given(a, b).penalizesBy(0);
        verifier.verifyThat(SiteSelectionConstraints::openSites)
                .given(a, b, new OpenSiteLimit(1))
                .justifiesWith(new Breach("all sites", "", "2 sites are open but at most 1 may be", ""));
    }

    @Test
    void unservedPenalisesTheDemandOfPointsWithoutASite() {
        verifier.verifyThat(SiteSelectionConstraints::unserved)
                .given(point("a", 2_000, null), point("b", 3_000, north)).penalizesBy(2_000);
        verifier.verifyThat(SiteSelectionConstraints::unserved)
                .given(point("a", 2_000, null))
                .justifiesWith(new Breach("a", "", "0.2 units of demand at a have no site to serve them", ""));
    }

    @Test
    void openingCostCountsEachUsedSiteOnce() {
        verifier.verifyThat(SiteSelectionConstraints::openingCost)
                .given(point("a", 1, north), point("b", 1, north), point("c", 1, null)).penalizesBy(500_000);
        verifier.verifyThat(SiteSelectionConstraints::openingCost)
                .given(point("a", 1, north), point("b", 1, south)).penalizesBy(800_000);
        verifier.verifyThat(SiteSelectionConstraints::openingCost)
                .given(point("a", 1, south))
                .justifiesWith(new Breach("south", "", "Site south is open, which costs 30", ""));
    }

    @Test
    void allocationCostUsesTheCostFromTheAssignedSite() {
        verifier.verifyThat(SiteSelectionConstraints::allocationCost)
                .given(point("a", 1, north), point("b", 1, south), point("c", 1, null)).penalizesBy(8_500);
        verifier.verifyThat(SiteSelectionConstraints::allocationCost)
                .given(point("b", 1, south))
                .justifiesWith(new Breach("b", "", "b is served from site south at a cost of 0.75", ""));
    }

    @Test
    void weightsCanBeOverriddenPerRequest() {
        SiteSelectionPlan plan = new SiteSelectionPlan(List.of(north, south),
                List.of(point("a", 1, north)), null);
        plan.setConstraintWeightOverrides(ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides.of(
                java.util.Map.of(SitingRules.OPENING_COST.ruleName(),
                        ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore.ofSoft(2))));
        assertThat(plan.getConstraintWeightOverrides().getConstraintWeight(SitingRules.OPENING_COST.ruleName()))
                .isNotNull();
        verifier.verifyThat().givenSolution(plan).scores(
                ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore.ofSoft(
                        -2 * 500_000 - 1_000));
    }
}
