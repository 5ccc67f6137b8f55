package no.turnus.problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Collects the problems of one input document while a kind validates it, so all of them are reported at
 * once. Paths are JSON paths built with {@link #at(String, int)} and friends.
 */
public final class Problems {

    /** The most problems kept: enough to fix a file by, and a bounded answer whatever the input. */
    public static final int MAX_REPORTED = 1_000;

    private final List<InputProblem> found = new ArrayList<>();
    private int dropped;

    public void add(String path, String message) {
        if (found.size() < MAX_REPORTED) {
            found.add(new InputProblem(path, message));
        } else {
            dropped++;
        }
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

    /**
     * Records a number outside {@code min..max} (both included), naming the limits; null passes (use
     * {@link #require} for required fields). Returns whether the value is usable.
     */
    public boolean range(String path, Number value, double min, double max) {
        return value == null || check(value.doubleValue() >= min && value.doubleValue() <= max, path,
                "must be " + number(min) + " to " + number(max) + " (was " + value + ")");
    }

    /** Records a list longer than {@code max}; returns whether it is within the limit. */
    public boolean atMost(String path, java.util.Collection<?> items, int max) {
        return check(items.size() <= max, path, "must have at most " + max + " entries (has " + items.size() + ")");
    }

    /** Records a text longer than {@code max} characters; returns whether it is within the limit. */
    public boolean maxLength(String path, String text, int max) {
        return text == null || check(text.length() <= max, path,
                "must be at most " + max + " characters (has " + text.length() + ")");
    }

    /** Records "must not be null" at each null entry of {@code path.field[i]}; returns whether there was none. */
    public boolean noNulls(String path, String field, List<?> items) {
        boolean ok = true;
        for (int i = 0; i < items.size(); i++) {
            ok &= check(items.get(i) != null, at(path, field, i), "must not be null");
        }
        return ok;
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    /** Records an unknown reference when the id is not among the known ones. */
    public boolean known(String path, String id, Collection<String> knownIds, String what) {
        return id == null || check(knownIds.contains(id), path, "unknown " + what + " '" + id + "'");
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** The problems found; past {@link #MAX_REPORTED}, a last one says how many more there were. */
    public List<InputProblem> list() {
        if (dropped == 0) {
            return List.copyOf(found);
        }
        List<InputProblem> all = new ArrayList<>(found);
        all.add(new InputProblem("$", "and " + dropped + " more problems not listed"));
        return List.copyOf(all);
    }

    /** Throws {@link InvalidInputException} if anything was found. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(list());
        }
    }

    public static String at(String path, String field) {
        return path + "." + field;
    }

    public static String at(String path, String field, int index) {
        return path + "." + field + "[" + index + "]";
    }
}
