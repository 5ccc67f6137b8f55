package no.turnus.problem;

import ai.timefold.solver.core.api.score.Score;

/**
 * A new best solution while solving, or for a kind made of many solves a step (one part started or done).
 *
 * @param score       Timefold's score, or null for a kind without one score of its own (a scenario set)
 * @param scoreText   what is shown as its score: the score, or the kind's progress ("1/3 options done")
 * @param feasible    no hard rule broken and everything assigned a value, or every part solved
 * @param millisSpent since the solve started
 */
public record Best<S>(S solution, Score<?> score, String scoreText, boolean feasible, long millisSpent) {
}
