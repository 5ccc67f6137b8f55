package no.turnus.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words after a command verb: positional arguments and {@code --name value} options (or {@code --flag}).
 * Unknown options and missing values are usage errors, so a typo never silently falls back to a default.
 */
record CliArguments(List<String> positional, Map<String, String> options) {

    static CliArguments parse(List<String> words, Set<String> valueOptions, Set<String> flags) {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!word.startsWith("--")) {
                positional.add(word);
                continue;
            }
            String name = word.substring(2);
            String inlineValue = null;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                inlineValue = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (flags.contains(name)) {
                options.put(name, "true");
            } else if (valueOptions.contains(name)) {
                String value = inlineValue != null ? inlineValue : (i + 1 < words.size() ? words.get(++i) : null);
                if (value == null || value.isBlank()) {
                    throw new UsageException("--" + name + " needs a value");
                }
                options.put(name, value);
            } else {
                throw new UsageException("unknown option --" + name);
            }
        }
        return new CliArguments(List.copyOf(positional), Map.copyOf(options));
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    /** Durations as users type them: {@code 30s}, {@code 2m}, {@code 1h}, {@code 500ms}, or ISO {@code PT30S}. */
    static Duration parseDuration(String option, String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        try {
            Duration duration;
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
            if (duration.isNegative() || duration.isZero()) {
                throw new UsageException("--" + option + " must be positive (was '" + text + "')");
            }
            return duration;
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new UsageException("--" + option + " must be a duration such as 30s, 2m or PT30S (was '" + text + "')");
        }
    }

    /** A wrong command line: printed with the usage text, exit code 2. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
