package no.turnus.problem;

import java.util.List;

/**
 * How a kind made of independent solves (a scenario set: its baseline and each option) is solved as parts that
 * may run apart, on any instance: the problem is split into parts, each a problem of the same kind solved by the
 * kind's ordinary {@link ProblemKind#solve}, and the whole is joined from the parts' solutions as far as they have
 * come. A job layer uses this to make each part a job of its own; the command line solves the whole in one go.
 */
public interface Parts<S> {

    /** The whole before any part is solved (its progress shows every part waiting), and its parts in order. */
    Split<S> split(S problem, SolveRequest request);

    /** The whole with what its parts have found so far, and the failure of a part if one failed. */
    Joined<S> join(S whole, List<PartState<S>> parts);

    /** @param whole the solution of the whole problem with no part solved yet */
    record Split<S>(S whole, List<Part<S>> parts) {
    }

    /** @param name unique within the whole */
    record Part<S>(String name, S problem) {
    }

    /**
     * A part as far as it has come.
     *
     * @param solution its latest solution, or null when it has none (not started, or ended without one)
     * @param error    why its solve failed, or null
     */
    record PartState<S>(String name, Phase phase, S solution, String error) {
    }

    /** Where a part is: waiting for a solver, solving, or ended (solved, stopped or failed). */
    enum Phase { WAITING, SOLVING, ENDED }

    /**
     * @param best    the whole as a best solution (the kind's progress as its score text)
     * @param failure why a part failed, naming the part; null when none failed
     */
    record Joined<S>(Best<S> best, String failure) {
    }
}
