package no.turnus.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The regression rules of a benchmark run, per instance: a hard rule broken where the suite requires
 * feasibility, more required work left unplanned than the instance allows, the engine's score not reproducing the
 * benchmark's objective, or a gap to the best-known value above the instance's threshold.
 */
public final class RegressionGate {

    /** Relative difference below which the engine's and the benchmark's objective count as equal. */
    private static final double SAME = 1e-9;

    private RegressionGate() {
    }

    /** Every threshold of the entry that the solved row breaks; empty when it passes. */
    public static List<String> check(Suites.Entry entry, BenchRow row) {
        List<String> failures = new ArrayList<>();
        if (entry.feasibilityRequired() && !Boolean.TRUE.equals(row.feasible())) {
            failures.add("hard rule broken (" + (row.summary() == null ? row.score() : row.summary()) + ")");
        }
        if (entry.maxUnplanned() != null && row.unplanned() != null && row.unplanned() > entry.maxUnplanned()) {
            failures.add(String.format(Locale.ROOT, "%d required places or visits left unplanned (at most %d)",
                    row.unplanned(), entry.maxUnplanned()));
        }
        if (row.value() != null && row.engineValue() != null
                && Math.abs(row.engineValue() - row.value()) > SAME * Math.max(1, Math.abs(row.value()))) {
            failures.add(String.format(Locale.ROOT, "objective not reproduced: engine %s, benchmark %s",
                    BenchTable.number(row.engineValue()), BenchTable.number(row.value())));
        }
        if (entry.maxGapPercent() != null) {
            if (row.gapPercent() == null) {
                failures.add("gap threshold set but no gap measured (no objective or no best-known value)");
            } else if (row.gapPercent() > entry.maxGapPercent()) {
                failures.add(String.format(Locale.ROOT, "gap %.2f %% over threshold %.2f %%", row.gapPercent(),
                        entry.maxGapPercent()));
            }
        }
        return failures;
    }
}
