package no.turnus.problem;

import java.util.Comparator;
import java.util.List;

import ai.timefold.solver.core.api.score.Score;
import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;

/**
 * The score analysis as users read it: each broken rule with its weight, total and every match explained
 * by its {@link Breach}. Rules that are not broken are left out; the worst come first.
 */
public record ScoreReport(String score, boolean feasible, List<Rule> brokenRules) {

    /** One broken rule; {@code hard} when it makes the plan illegal or unsafe (infeasible). */
    public record Rule(String constraint, boolean hard, String score, int matchCount, List<Match> matches) {
    }

    public record Match(String score, String who, String when, String message, String reference) {
    }

    /** One line per broken rule, as a terminal shows them (hard rules are listed first, being the worst). */
    public String summary() {
        if (brokenRules.isEmpty()) {
            return "No rule is broken." + System.lineSeparator();
        }
        StringBuilder text = new StringBuilder("Broken rules:").append(System.lineSeparator());
        for (Rule rule : brokenRules) {
            text.append(String.format("  %-4s %-45s %5d × %s%n", rule.hard() ? "HARD" : "", rule.constraint(),
                    rule.matchCount(), rule.score()));
        }
        return text.toString();
    }

    public static <S extends Score<S>> ScoreReport of(ScoreAnalysis<S> analysis) {
        List<Rule> rules = analysis.constraintAnalyses().stream()
                .filter(constraint -> !constraint.score().isZero())
                .sorted(Comparator.comparing(ConstraintAnalysis<S>::score))
                .map(ScoreReport::rule)
                .toList();
        return new ScoreReport(analysis.score().toString(), analysis.score().isFeasible(), rules);
    }

    private static <S extends Score<S>> Rule rule(ConstraintAnalysis<S> constraint) {
        List<MatchAnalysis<S>> matches = constraint.matches() == null ? List.of() : constraint.matches();
        return new Rule(constraint.constraintName(), !constraint.score().isFeasible(), constraint.score().toString(), constraint.matchCount(),
                matches.stream()
                        .filter(match -> !match.score().isZero())
                        .sorted(Comparator.comparing(MatchAnalysis<S>::score))
                        .map(ScoreReport::match)
                        .toList());
    }

    private static <S extends Score<S>> Match match(MatchAnalysis<S> match) {
        if (match.justification() instanceof Breach breach) {
            return new Match(match.score().toString(), breach.who(), breach.when(), breach.message(), breach.reference());
        }
        return new Match(match.score().toString(), "", "", String.valueOf(match.justification()), "");
    }
}
