package no.turnus.problem;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Time limits as people type them ({@code 30s}, {@code 500ms}, {@code 2m}, {@code 1h}, {@code 45}) or ISO 8601 ({@code PT30S}). */
public final class Durations {

    /** Far above any time limit a service allows, and below where arithmetic on durations could overflow. */
    public static final Duration MAX = Duration.ofDays(365);

    private Durations() {
    }

    /** @throws IllegalArgumentException with a message that says what is accepted */
    public static Duration parse(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        Duration duration;
        try {
            if (value.startsWith("pt")) {
                duration = Duration.parse(value.toUpperCase(Locale.ROOT));
            } else if (value.endsWith("ms")) {
                duration = Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
            } else if (value.endsWith("s")) {
                duration = Duration.ofMillis(Math.round(Double.parseDouble(value.substring(0, value.length() - 1)) * 1000));
            } else if (value.endsWith("m")) {
                duration = Duration.ofSeconds(Math.round(Double.parseDouble(value.substring(0, value.length() - 1)) * 60));
            } else if (value.endsWith("h")) {
                duration = Duration.ofMinutes(Math.round(Double.parseDouble(value.substring(0, value.length() - 1)) * 60));
            } else {
                duration = Duration.ofSeconds(Long.parseLong(value));
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("must be a duration such as 30s, 2m or PT30S (was '" + text + "')");
        } catch (ArithmeticException e) {
            // e.g. "1e300h": more than any limit, and more than a Duration holds
            throw new IllegalArgumentException("must be a duration of at most " + MAX + " (was '" + text + "')");
        }
        if (duration.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("must be a duration of at most " + MAX + " (was '" + text + "')");
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("must be positive (was '" + text + "')");
        }
        return duration;
    }
}
