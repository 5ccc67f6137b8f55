package no.turnus.io.inrc;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The score of an INRC-2010 solution: hard violations, the soft penalty, its split by rule and every violation
 * with the nurse and dates concerned (so a roster model can be compared rule by rule and match by match).
 */
public record InrcEvaluation(List<Violation> violations) {

    public InrcEvaluation {
        violations = List.copyOf(violations);
    }

    /**
     * One violation. For soft rules {@code penalty} is weighted; for hard rules it is the count.
     * {@code employeeId} is empty for cover.
     */
    public record Violation(InrcRule rule, String employeeId, LocalDate from, LocalDate to, int penalty) {
    }

    public int hardViolations() {
        return violations.stream().filter(v -> v.rule().hard()).mapToInt(Violation::penalty).sum();
    }

    /** The competition objective (what {@code SoftConstraintsPenalty} should say). */
    public int softPenalty() {
        return violations.stream().filter(v -> !v.rule().hard()).mapToInt(Violation::penalty).sum();
    }

    public Map<InrcRule, Integer> penaltyByRule() {
        Map<InrcRule, Integer> byRule = new EnumMap<>(InrcRule.class);
        for (InrcRule rule : InrcRule.values()) {
            byRule.put(rule, 0);
        }
        violations.forEach(v -> byRule.merge(v.rule(), v.penalty(), Integer::sum));
        return byRule;
    }
}
