package no.turnus.problem;

import java.util.List;

/** Thrown when an input document cannot be used; carries every problem found, never just the first. */
public class InvalidInputException extends RuntimeException {

    private final transient List<InputProblem> problems;

    public InvalidInputException(List<InputProblem> problems) {
        super(problems.size() + " problem(s) in the input: " + problems);
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String path, String message) {
        this(List.of(new InputProblem(path, message)));
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
