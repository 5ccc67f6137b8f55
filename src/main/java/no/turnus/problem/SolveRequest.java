package no.turnus.problem;

import java.time.Duration;

import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/**
 * How a problem is to be solved: when each Timefold solver run in it ends, its random seed, and the name its
 * solver metrics are tagged with.
 *
 * @param termination the limits of each solver run (a kind made of many solves gives each the same)
 * @param seed        the random seed, or null for the solver's default
 * @param id          the {@code solver.id} tag of Timefold's Micrometer meters, or null for the solver's own
 */
public record SolveRequest(TerminationConfig termination, Long seed, String id) {

    public static SolveRequest of(Duration limit, Long seed) {
        return new SolveRequest(new TerminationConfig().withSpentLimit(limit), seed, null);
    }

    public SolveRequest withId(String newId) {
        return new SolveRequest(termination, seed, newId);
    }

    /** The same limits and seed for one solve inside this one, tagged {@code id/part} when this one is tagged. */
    public SolveRequest part(String part) {
        return new SolveRequest(termination, seed, id == null ? null : id + "/" + part);
    }

    /** The limit as people read it: an ISO duration for a time limit (the usual case), else a move count. */
    public String describeLimit() {
        Duration spent = termination.getSpentLimit();
        if (spent != null) {
            return spent.toString();
        }
        return termination.getMoveCountLimit() != null ? termination.getMoveCountLimit() + " moves" : "custom";
    }
}
