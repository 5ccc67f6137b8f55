package no.turnus.problem;

/**
 * The input of one planning problem, as read from JSON. Its {@code kind} selects the {@link ProblemKind}.
 * A dataset may carry a plan (assignments, routes): then it can be scored as it stands, and it is also
 * how a solved plan is stored and handed back.
 */
public interface Dataset {

    String kind();

    String name();
}
