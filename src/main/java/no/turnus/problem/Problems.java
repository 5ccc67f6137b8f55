package no.turnus.problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Collects the problems of one input document while a kind validates it, so all of them are reported at
 * once. Paths are JSON paths built with {@link #at(String, int)} and friends.
 */
public final class Problems {

    private final List<InputProblem> found = new ArrayList<>();

    public void add(String path, String message) {
        found.add(new InputProblem(path, message));
    }

    /** Records "is required" when the value is null (or a blank string); returns whether it was present. */
    public boolean require(String path, Object value) {
        boolean present = value != null && !(value instanceof String s && s.isBlank());
        if (!present) {
            add(path, "is required");
        }
        return present;
    }

    /** Records the message unless the condition holds; returns the condition. */
    public boolean check(boolean condition, String path, String message) {
        if (!condition) {
            add(path, message);
        }
        return condition;
    }

    /** Records "must not be negative" for a negative number; returns whether the value is usable. */
    public boolean notNegative(String path, Number value) {
        return value == null || check(value.doubleValue() >= 0, path, "must not be negative (was " + value + ")");
    }

    /** Records an unknown reference when the id is not among the known ones. */
    public boolean known(String path, String id, Collection<String> knownIds, String what) {
        return id == null || check(knownIds.contains(id), path, "unknown " + what + " '" + id + "'");
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<InputProblem> list() {
        return List.copyOf(found);
    }

    /** Throws {@link InvalidInputException} if anything was found. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }

    public static String at(String path, String field) {
        return path + "." + field;
    }

    public static String at(String path, String field, int index) {
        return path + "." + field + "[" + index + "]";
    }
}
