package no.turnus.problem;

import java.util.List;
import java.util.Locale;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/**
 * One rule of a kind's catalogue: everything said about a constraint in one place. The constraint provider takes
 * its name and weight from here, weight overrides are checked against it, its matches cite its reference, and the
 * docs tables and {@code GET /api/kinds/{kind}/rules} show it.
 *
 * @param name           the constraint name, also the key of {@code constraintWeights} and of job weight overrides
 * @param level          the score level the rule penalises
 * @param weight         the default weight at that level (0: off unless a dataset weighs it)
 * @param reference      the legal or agreement basis (e.g. "AML §10-8 (1)"), or the local policy it stands for
 * @param legal          whether the rule is the law's: a legal hard rule may be tightened (a higher hard weight)
 *                       but never weighted to zero or softened, by a dataset, a job or a contract
 * @param contractWeight the default multiplier a contract may set for its staff, or null when no contract may
 * @param nb             the label in bokmål
 * @param en             the label in English
 */
public record Rule(String name, Level level, int weight, String reference, boolean legal, Integer contractWeight,
                   String nb, String en) {

    /** Score level of a rule. */
    public enum Level { HARD, MEDIUM, SOFT;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A rule of level {@code level} and weight 1, neither legal nor weighed per contract. */
    public static Rule of(String name, Level level, int weight, String reference, String nb, String en) {
        return new Rule(name, level, weight, reference, false, null, nb, en);
    }

    /** The same rule, of the law (see {@link #legal}). */
    public Rule ofLaw() {
        return new Rule(name, level, weight, reference, true, contractWeight, nb, en);
    }

    /** The same rule, with a multiplier per contract ({@code byDefault} where a contract says nothing). */
    public Rule perContract(int byDefault) {
        return new Rule(name, level, weight, reference, legal, byDefault, nb, en);
    }

    /** The default weight as a score. */
    public HardMediumSoftScore score() {
        return switch (level) {
            case HARD -> HardMediumSoftScore.ofHard(weight);
            case MEDIUM -> HardMediumSoftScore.ofMedium(weight);
            case SOFT -> HardMediumSoftScore.ofSoft(weight);
        };
    }

    /** A legal hard rule: weights may only tighten it. */
    public boolean fixedHard() {
        return legal && level == Level.HARD;
    }

    /**
     * Why {@code override} may not replace this rule's weight, or null when it may: a legal hard rule keeps a hard
     * weight of at least its default, and nothing on the lower levels.
     */
    public String refusal(HardMediumSoftScore override) {
        if (!fixedHard()) {
            return null;
        }
        if (override.hardScore() < weight || override.mediumScore() != 0 || override.softScore() != 0) {
            return "'" + name + "' is a legal hard rule (" + reference + "): it may only be tightened to a hard "
                    + "weight of at least " + weight + "hard, never weighted to zero or softened";
        }
        return null;
    }

    /** A catalogue entry: an enum constant of a kind's rules, carrying its {@link Rule}. */
    public interface Entry {

        Rule rule();

        /** The constraint name (the enum constant's own name is the Java one). */
        default String ruleName() {
            return rule().name();
        }

        default HardMediumSoftScore weight() {
            return rule().score();
        }

        default String reference() {
            return rule().reference();
        }
    }

    /** The rules of a catalogue's entries, in their order. */
    public static List<Rule> of(Entry[] entries) {
        return java.util.Arrays.stream(entries).map(Entry::rule).toList();
    }

    /** The names of rules. */
    public static List<String> names(List<Rule> rules) {
        return rules.stream().map(Rule::name).toList();
    }
}
