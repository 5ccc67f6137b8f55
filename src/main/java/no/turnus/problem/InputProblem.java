package no.turnus.problem;

/**
 * One problem found in an input document, located by a JSON path such as {@code $.employees[3].wards[0]}.
 * Validation reports every problem at once so a user can fix a file in one go.
 */
public record InputProblem(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
