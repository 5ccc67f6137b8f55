package no.turnus.problem;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.score.Score;
import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;

/**
 * The score analysis as users read it: each broken rule with its weight, total and every match explained
 * by its {@link Breach}, in English and in bokmål. Rules that are not broken are left out; the worst come first.
 */
public record ScoreReport(String score, boolean feasible, List<Rule> brokenRules) {

    /**
     * One broken rule; {@code hard} when it makes the plan illegal or unsafe (infeasible). {@code nb} and {@code en}
     * are its labels from the kind's rule catalogue (the constraint name where the catalogue has none).
     */
    public record Rule(String constraint, String nb, String en, boolean hard, String score, int matchCount,
                       List<Match> matches) {

        /** The label in {@code language} ("nb" or "en"). */
        public String label(String language) {
            return "nb".equals(language) ? nb : en;
        }
    }

    /** One match: who, when and what in English, and {@code nb}, the same in bokmål (null if the rule has none). */
    public record Match(String score, String who, String when, String message, String reference, Breach.Text nb) {

        /** The explanation in {@code language} ("nb" or "en"): the English where a rule has no bokmål. */
        public Breach.Text in(String language) {
            return "nb".equals(language) && nb != null ? nb : new Breach.Text(who, when, message);
        }
    }

    /** One line per broken rule, as a terminal shows them (hard rules are listed first, being the worst). */
    public String summary() {
        return summary("en");
    }

    /** The same in {@code language} ("nb" or "en"). */
    public String summary(String language) {
        boolean nb = "nb".equals(language);
        if (brokenRules.isEmpty()) {
            return (nb ? "Ingen regler er brutt." : "No rule is broken.") + System.lineSeparator();
        }
        StringBuilder text = new StringBuilder(nb ? "Brutte regler:" : "Broken rules:").append(System.lineSeparator());
        for (Rule rule : brokenRules) {
            text.append(String.format("  %-4s %-45s %5d × %s%n", rule.hard() ? "HARD" : "", rule.label(language),
                    rule.matchCount(), rule.score()));
        }
        return text.toString();
    }

    /** The analysis, each rule labelled from {@code catalogue} (the rules of the solution's rule set). */
    public static <S extends Score<S>> ScoreReport of(ScoreAnalysis<S> analysis,
                                                      List<no.turnus.problem.Rule> catalogue) {
        Map<String, no.turnus.problem.Rule> byName = catalogue.stream()
                .collect(Collectors.toMap(no.turnus.problem.Rule::name, Function.identity()));
        List<Rule> rules = analysis.constraintAnalyses().stream()
                .filter(constraint -> !constraint.score().isZero())
                .sorted(Comparator.comparing(ConstraintAnalysis<S>::score))
                .map(constraint -> rule(constraint, byName.get(constraint.constraintName())))
                .toList();
        return new ScoreReport(analysis.score().toString(), analysis.score().isFeasible(), rules);
    }

    private static <S extends Score<S>> Rule rule(ConstraintAnalysis<S> constraint, no.turnus.problem.Rule entry) {
        List<MatchAnalysis<S>> matches = constraint.matches() == null ? List.of() : constraint.matches();
        String name = constraint.constraintName();
        return new Rule(name, entry == null ? name : entry.nb(), entry == null ? name : entry.en(),
                !constraint.score().isFeasible(), constraint.score().toString(), constraint.matchCount(),
                matches.stream()
                        .filter(match -> !match.score().isZero())
                        .sorted(Comparator.comparing(MatchAnalysis<S>::score))
                        .map(ScoreReport::match)
                        .toList());
    }

    private static <S extends Score<S>> Match match(MatchAnalysis<S> match) {
        if (match.justification() instanceof Breach breach) {
            return new Match(match.score().toString(), breach.who(), breach.when(), breach.message(), breach.reference(),
                    breach.nb());
        }
        return new Match(match.score().toString(), "", "", String.valueOf(match.justification()), "", null);
    }
}
