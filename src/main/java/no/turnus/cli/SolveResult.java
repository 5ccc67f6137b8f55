package no.turnus.cli;

import no.turnus.problem.Dataset;

/**
 * The JSON result file of {@code turnus solve}: summary figures, the kind's report (plan, KPIs, broken rules)
 * and the solved dataset, so {@code turnus validate} can score the same plan again.
 */
record SolveResult(String kind, String name, String score, boolean feasible, double solvingSeconds,
        long moveEvaluationsPerSecond, Object report, Dataset dataset) {

    static final String DATASET_FIELD = "dataset";
}
