package no.turnus.bench;

import java.util.List;

/**
 * One line of a benchmark table. Measurements are null when the instance was not solved (not supported yet,
 * missing, failed).
 *
 * @param value               the benchmark's own objective of our plan (null for our own samples: they have
 *                            no published objective, the engine score stands for it)
 * @param engineValue         the same objective as the engine's score states it, when the model encodes it
 * @param feasible            no hard rule broken, by the engine's rules and, for published instances, by the
 *                            benchmark's
 * @param unplanned           required work left undone ({@link no.turnus.problem.Report#unplannedRequired()}: a
 *                            roster's empty required places, a home-care day's unplanned mandatory visits)
 * @param firstFeasibleMillis -1 when no feasible best solution was reported
 * @param failures            why this line is a regression; empty when it is not
 */
public record BenchRow(String instance, String kind, int seconds, Status status, Double value, Double engineValue,
                       Double bestKnown, String bestKnownNote, Double gapPercent, Boolean feasible, Integer unplanned,
                       String score,
                       Long firstFeasibleMillis, Long scoreCalculationSpeed, Long moveEvaluationSpeed,
                       Long peakHeapBytes, String summary, List<String> failures) {

    public enum Status {
        /** Solved and within its thresholds. */
        OK,
        /** Solved, but a threshold is broken (or the run failed): the gate fails. */
        REGRESSION,
        /** The format is recognised but no adapter maps it onto the engine yet: reported, not a failure. */
        NOT_SUPPORTED
    }

    public BenchRow {
        failures = List.copyOf(failures);
    }

    static BenchRow notSupported(String instance, int seconds, String reason) {
        return new BenchRow(instance, null, seconds, Status.NOT_SUPPORTED, null, null, null, null, null, null, null,
                null, null, null, null, null, reason, List.of());
    }

    static BenchRow failed(String instance, int seconds, String reason) {
        return new BenchRow(instance, null, seconds, Status.REGRESSION, null, null, null, null, null, null, null,
                null, null, null, null, null, null, List.of(reason));
    }

    /** This row with the gate's verdict. */
    BenchRow judged(List<String> found) {
        return new BenchRow(instance, kind, seconds, found.isEmpty() ? Status.OK : Status.REGRESSION, value,
                engineValue, bestKnown, bestKnownNote, gapPercent, feasible, unplanned, score, firstFeasibleMillis,
                scoreCalculationSpeed, moveEvaluationSpeed, peakHeapBytes, summary, found);
    }
}
