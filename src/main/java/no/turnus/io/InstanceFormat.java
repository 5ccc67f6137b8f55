package no.turnus.io;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;

import ai.timefold.solver.core.api.score.Score;

import no.turnus.problem.Dataset;

/**
 * A published benchmark format mapped onto the engine's own model: an instance file becomes a Turnus
 * {@link Dataset} of some kind, solved like any other dataset of that kind, and the solved dataset is scored back
 * by the benchmark's own objective so results compare with the published tables. One class per format, listed in
 * {@link InstanceFormats#standard()}.
 *
 * @param <I> the format's own faithful model of an instance (e.g. {@code CapInstance}, {@code InrcInstance})
 * @param <D> the Turnus dataset it maps onto
 */
public interface InstanceFormat<I, D extends Dataset> {

    /** The format as {@link FormatSniffer} recognises it from a file's content. */
    BenchmarkFormat format();

    /** Parses an instance file; bad content is an {@code InvalidInputException} naming where and what. */
    I read(Path file);

    /** The instance's name as the published tables list it (e.g. {@code cap71}, {@code sprint01}). */
    String name(I instance);

    /** The instance as a dataset of the engine's model, without a plan. */
    D toDataset(I instance);

    /**
     * The benchmark's own objective of a solved dataset, computed from the published model (not from the
     * engine's score), so a mismatch between the two shows up as a regression.
     */
    Objective objective(I instance, D solved);

    /**
     * The benchmark objective as the engine's own score states it, when the kind's model encodes the objective
     * exactly (e.g. soft score = −cost). The bench gate then requires it to equal {@link #objective}: a
     * difference means the model does not reproduce the benchmark. Empty when the score is no such encoding.
     */
    default OptionalDouble engineObjective(Score<?> engineScore) {
        return OptionalDouble.empty();
    }

    /** The file ending of the competition's own solution format (e.g. {@code xml} for INRC), if it has one. */
    default Optional<String> solutionExtension() {
        return Optional.empty();
    }

    /** The competition's own solution file for a solved dataset; only asked when {@link #solutionExtension()} is present. */
    default String writeSolution(I instance, D solved) {
        throw new UnsupportedOperationException(format() + " has no native solution format");
    }

    /**
     * A solution file in the competition's own format (another solver's, e.g. a peer's in a side-by-side run) as the
     * instance's dataset with that plan, so the benchmark's objective and the engine's rules can score it; only asked
     * when {@link #solutionExtension()} is present. Bad content is an {@code InvalidInputException}.
     */
    default D readSolution(I instance, Path file) {
        throw new UnsupportedOperationException(format() + " has no native solution format");
    }

    /**
     * A value of the benchmark's objective (lower is better in every format here).
     *
     * @param value    the number the published tables compare (cost, penalty, distance)
     * @param feasible whether the plan meets the benchmark's hard rules; an infeasible value is not comparable
     * @param summary  a short description for tables, e.g. "11 sites open" or "10 vehicles"
     */
    record Objective(double value, boolean feasible, String summary) {
    }
}
