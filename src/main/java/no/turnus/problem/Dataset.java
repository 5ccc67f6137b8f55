package no.turnus.problem;

/**
 * The input of one planning problem, as read from JSON. Its {@code kind} selects the {@link ProblemKind}.
 * A dataset may carry a plan (assignments, routes): then it can be scored as it stands, and it is also
 * how a solved plan is stored and handed back.
 */
public interface Dataset {

    /** The longest name a dataset may have (the width of the store's name column). */
    int MAX_NAME_LENGTH = 300;

    /** The longest id of a thing in a dataset (an employee, ward, visit...). */
    int MAX_ID_LENGTH = 100;

    String kind();

    String name();
}
