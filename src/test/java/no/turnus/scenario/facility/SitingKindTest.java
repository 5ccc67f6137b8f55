package no.turnus.scenario.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;

import no.turnus.kinds.StandardKinds;
import no.turnus.problem.BokmalExplanations;
import no.turnus.problem.DatasetReader;
import no.turnus.problem.InputProblem;
import no.turnus.problem.InvalidInputException;

/** The siting kind through the shared contract: JSON in, validation by path, plan round trip, report, weights. */
class SitingKindTest {

    private static final String VALID = """
            {"kind": "siting", "name": "two bases",
             "sites": [{"id": "north", "capacity": 10, "fixedCost": 50},
                       {"id": "south", "capacity": 10, "fixedCost": 30}],
             "demandPoints": [{"id": "a", "demand": 4, "allocationCosts": [1.5, 9], "site": "north"},
                              {"id": "b", "demand": 5, "allocationCosts": [2, 0.75]}]}
            """;

    private final DatasetReader reader = new DatasetReader(StandardKinds.all());
    private final SitingKind kind = new SitingKind();

    private SitingDataset read(String json) {
        return (SitingDataset) reader.read(json.getBytes(StandardCharsets.UTF_8)).dataset();
    }

    @Test
    void planRoundTripsAndIsReported() {
        SitingDataset dataset = read(VALID);
        SiteSelectionPlan plan = kind.toSolution(dataset, Map.of());
        assertThat(plan.getDemandPoints().get(0).getSite().id()).isEqualTo("north");
        assertThat(plan.getDemandPoints().get(1).getSite()).isNull();
        assertThat(kind.toDataset(dataset, plan)).isEqualTo(dataset);

        var solutionManager = SolutionManager.create(SolverFactory.<SiteSelectionPlan>create(kind.solverConfig(plan)));
        solutionManager.update(plan);
        SitingKind.SitingReport report = kind.report(plan, solutionManager);
        assertThat(report.totalCost()).isEqualTo("51.5");
        assertThat(report.openSites()).containsExactly(new SitingKind.OpenSite("north", "4", "10", 1));
        assertThat(report.unservedDemandPoints()).containsExactly("b");
        assertThat(report.analysis().feasible()).isTrue();
        assertThat(report.analysis().brokenRules()).extracting(r -> r.constraint())
                .contains(SitingRules.UNSERVED.ruleName());
        assertThat(BokmalExplanations.assertInBokmal(report.analysis())).contains(SitingRules.UNSERVED.ruleName());
    }

    @Test
    void everyProblemIsReportedWithItsPath() {
        String bad = """
                {"kind": "siting", "name": "bad", "maxOpenSites": 0,
                 "sites": [{"id": "north", "capacity": -1, "fixedCost": 50}, {"id": "north", "fixedCost": 1}],
                 "demandPoints": [{"id": "a", "demand": 4, "allocationCosts": [1.5], "site": "west"}]}
                """;
        assertThatThrownBy(() -> read(bad)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems()).extracting(InputProblem::toString).containsExactlyInAnyOrder(
                        "$.sites[0].capacity: must be 0 to 1000000000 (was -1.0)",
                        "$.sites[1].id: duplicate site id 'north'",
                        "$.sites[1].capacity: is required",
                        "$.demandPoints[0].allocationCosts: needs one cost per site (2), has 1",
                        "$.demandPoints[0].site: unknown site 'west'",
                        "$.maxOpenSites: must be 1 to 2 (was 0)"));
    }

    /** Bounds (issue #18): amounts that would overflow the scaled long costs, null entries, negative weights. */
    @Test
    void amountsAreBoundedAndNullsReported() {
        String bad = """
                {"kind": "siting", "name": "big",
                 "sites": [{"id": "north", "capacity": 1e300, "fixedCost": 50}, null],
                 "demandPoints": [{"id": "a", "demand": 4, "allocationCosts": [1e18]}]}
                """;
        assertThatThrownBy(() -> read(bad)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems()).extracting(InputProblem::toString).containsExactly("$.sites[1]: must not be null"));
        String large = bad.replace(", null]", "]").replace("[1e18]", "[1e18]");
        assertThatThrownBy(() -> read(large)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems()).extracting(InputProblem::path).containsExactlyInAnyOrder(
                        "$.sites[0].capacity", "$.demandPoints[0].allocationCosts[0]"));
        assertThatThrownBy(() -> kind.toSolution(read(VALID), Map.of(SitingRules.OPENING_COST.ruleName(), "-1soft")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).message())
                        .contains("must not be negative"));
    }

    @Test
    void weightOverridesAreCheckedByName() {
        SitingDataset dataset = read(VALID);
        assertThatThrownBy(() -> kind.toSolution(dataset, Map.of("Nonsense", "1soft", SitingRules.OPENING_COST.ruleName(), "x")))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.problems()).extracting(InputProblem::path).containsExactlyInAnyOrder(
                                "weightOverrides.Nonsense", "weightOverrides." + SitingRules.OPENING_COST.ruleName()));
        SiteSelectionPlan plan = kind.toSolution(dataset, Map.of(SitingRules.OPENING_COST.ruleName(), "0hard/0medium/0soft"));
        assertThat(plan.getConstraintWeightOverrides().getConstraintWeight(SitingRules.OPENING_COST.ruleName()).isZero())
                .isTrue();
    }
}
