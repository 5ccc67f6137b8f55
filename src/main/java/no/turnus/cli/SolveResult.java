package no.turnus.cli;

import com.fasterxml.jackson.annotation.JsonInclude;

import no.turnus.problem.Dataset;

/**
 * The JSON result file of {@code turnus solve}: summary figures, the benchmark's own objective when a published
 * instance was solved, the kind's report (plan, KPIs, broken rules) and the solved dataset, so
 * {@code turnus validate} can score the same plan again.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SolveResult(String kind, String name, String score, boolean feasible, double solvingSeconds,
        long moveEvaluationsPerSecond, Benchmark benchmark, Object report, Dataset dataset) {

    static final String DATASET_FIELD = "dataset";
    static final String BENCHMARK_FIELD = "benchmark";

    /** The solved plan scored by the published benchmark's own rules. */
    record Benchmark(String format, String instance, double objective, boolean feasible, String summary) {
    }
}
