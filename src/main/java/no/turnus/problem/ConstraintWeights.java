package no.turnus.problem;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/**
 * Constraint weights as datasets and requests give them: constraint name to score text, either the full form
 * {@code "0hard/0medium/5soft"} or just the levels used, e.g. {@code "5soft"}. Shared by every kind (datasets and
 * job requests alike) so that a weight is written and checked the same way whatever the kind. A weight is never
 * negative: it scales a rule's penalty, and a negative one would turn the penalty into a reward (Timefold refuses
 * it when the solver starts); 0 switches a rule off.
 */
public final class ConstraintWeights {

    private static final Pattern PART = Pattern.compile("(-?\\d{1,9})(hard|medium|soft)");
    /** Levels are given as 9 digits at most, so that no weight nor a sum of a few of them overflows. */
    public static final int MAX_WEIGHT = 999_999_999;

    private ConstraintWeights() {
    }

    /**
     * Adds the weights of {@code source} to {@code into}, reporting at {@code path.<name>} a constraint not in the
     * catalogue {@code rules}, a malformed score, or a weight that would switch off or soften a legal hard rule.
     */
    public static void parse(Map<String, String> source, String path, List<Rule> rules,
                             Map<String, HardMediumSoftScore> into, Problems problems) {
        if (source == null) {
            return;
        }
        source.forEach((name, text) -> {
            Rule rule = rules.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
            if (rule == null) {
                problems.add(path + "." + name, "unknown constraint (known: " + Rule.names(rules) + ")");
                return;
            }
            if (!problems.require(path + "." + name, text)) {
                return;
            }
            HardMediumSoftScore weight;
            try {
                weight = weight(text);
            } catch (IllegalArgumentException e) {
                problems.add(path + "." + name, "'" + text + "' is not a score such as \"0hard/0medium/5soft\" or"
                        + " \"5soft\" (each level 0 to " + MAX_WEIGHT + ")");
                return;
            }
            if (weight.hardScore() < 0 || weight.mediumScore() < 0 || weight.softScore() < 0) {
                problems.add(path + "." + name, "must not be negative (was '" + text + "'): a weight scales the"
                        + " rule's penalty; 0 switches it off");
                return;
            }
            String refusal = rule.refusal(weight);
            if (refusal != null) {
                problems.add(path + "." + name, refusal);
            } else {
                into.put(name, weight);
            }
        });
    }

    /** One weight: "0hard/0medium/5soft" or the levels used, e.g. "5soft" or "1hard/2soft". */
    public static HardMediumSoftScore weight(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no weight");
        }
        int[] levels = new int[3];
        for (String part : text.trim().split("/")) {
            Matcher match = PART.matcher(part.trim());
            if (!match.matches()) {
                throw new IllegalArgumentException(text);
            }
            int level = switch (match.group(2)) {
                case "hard" -> 0;
                case "medium" -> 1;
                default -> 2;
            };
            levels[level] = Integer.parseInt(match.group(1));
        }
        return HardMediumSoftScore.of(levels[0], levels[1], levels[2]);
    }
}
