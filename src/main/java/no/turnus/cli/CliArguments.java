package no.turnus.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import no.turnus.problem.Durations;

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
        try {
            return Durations.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--" + option + " " + e.getMessage());
        }
    }

    /** A wrong command line: printed with the usage text, exit code 2. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
