package no.turnus.problem;

import ai.timefold.solver.core.api.score.Score;

/**
 * The end of a solve: the best solution with its score brought up to date.
 *
 * @param score                 Timefold's score, or null for a kind without one score of its own
 * @param scoreText             what is shown as its score ({@link Best#scoreText})
 * @param feasible              as for {@link Best#feasible}
 * @param seconds               time spent solving
 * @param moveEvaluationSpeed   move evaluations per second, or -1 when not measured (many solves)
 * @param scoreCalculationSpeed score calculations per second (more than moves where one move needs several,
 *                              e.g. ruin-and-recreate), or -1 when not measured
 */
public record Solved<S>(S best, Score<?> score, String scoreText, boolean feasible, double seconds,
                        long moveEvaluationSpeed, long scoreCalculationSpeed) {
}
