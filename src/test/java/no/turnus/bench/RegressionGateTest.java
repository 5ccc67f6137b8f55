package no.turnus.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The gate's rules on hand-made results: each breaks exactly the rule it should, a good result none. */
class RegressionGateTest {

    private static final Suites.Entry STRICT = new Suites.Entry("$data/facility/cap71.txt", null, 10, 1.0, true, 0);
    private static final Suites.Entry LENIENT = new Suites.Entry("$data/facility/cap71.txt", null, 10, null, null,
            null);

    private static BenchRow row(Double value, Double engineValue, Double gap, boolean feasible) {
        return row(value, engineValue, gap, feasible, 0);
    }

    private static BenchRow row(Double value, Double engineValue, Double gap, boolean feasible, int unplanned) {
        return new BenchRow("cap71", "siting", 10, BenchRow.Status.OK, value, engineValue, 932615.75, "optimal", gap,
                feasible, unplanned, "0hard/0medium/-1soft", 100L, 1000L, 100L, 1L << 20, "11 sites open", List.of());
    }

    @Test
    void requiredWorkLeftUnplannedFailsWhereTheEntryGatesIt() {
        // Feasible by the hard rules, yet places are empty: the gate must not call that a pass.
        assertThat(RegressionGate.check(STRICT, row(932615.75, 932615.75, 0.0, true, 3)))
                .containsExactly("3 required places or visits left unplanned (at most 0)");
        assertThat(RegressionGate.check(LENIENT, row(932615.75, 932615.75, 0.0, true, 3))).isEmpty();
    }

    @Test
    void goodResultPasses() {
        assertThat(RegressionGate.check(STRICT, row(932615.75, 932615.75, 0.0, true))).isEmpty();
        assertThat(RegressionGate.check(STRICT, row(938000.0, 938000.0, 0.58, true))).isEmpty();
    }

    @Test
    void brokenHardRuleFailsOnlyWhereFeasibilityIsRequired() {
        assertThat(RegressionGate.check(STRICT, row(932615.75, 932615.75, 0.0, false)))
                .containsExactly("hard rule broken (11 sites open)");
        assertThat(RegressionGate.check(LENIENT, row(932615.75, 932615.75, 0.0, false))).isEmpty();
    }

    @Test
    void engineScoreThatDoesNotReproduceTheObjectiveFails() {
        assertThat(RegressionGate.check(LENIENT, row(932615.75, 932615.7, 0.0, true)))
                .containsExactly("objective not reproduced: engine 932615.7, benchmark 932615.75");
    }

    @Test
    void gapOverTheThresholdFails() {
        assertThat(RegressionGate.check(STRICT, row(942000.0, 942000.0, 1.01, true)))
                .containsExactly("gap 1.01 % over threshold 1.00 %");
        // A threshold of 0 % accepts nothing but the best-known value itself.
        Suites.Entry zero = new Suites.Entry("$data/facility/cap71.txt", null, 10, 0.0, true, null);
        assertThat(RegressionGate.check(zero, row(932616.0, 932616.0, 0.00003, true))).hasSize(1);
    }

    @Test
    void gapThresholdWithoutAMeasuredGapFails() {
        assertThat(RegressionGate.check(STRICT, row(null, null, null, true)))
                .containsExactly("gap threshold set but no gap measured (no objective or no best-known value)");
    }
}
