package no.turnus.problem;

/**
 * Solving again after something changed in a solved plan, keeping what must not move.
 *
 * @param <D> the dataset type of the kind
 * @param <C> the change users send (e.g. "employee E12 is sick from 2026-03-04")
 */
public interface Replanning<D extends Dataset, C> {

    Class<C> changeType();

    /**
     * The dataset to solve again: the solved plan with the change applied, what must not move pinned, and
     * the previous plan kept as the reference that disruption is measured against.
     *
     * @throws InvalidInputException naming the field of the change that cannot be applied
     */
    D apply(D solved, C change);

    /** What differs between two plans of the same dataset, for users to review (JSON-serialisable). */
    Object differences(D before, D after);

    /** The type {@link #differences} returns, for the API's document. */
    Class<?> differencesType();
}
