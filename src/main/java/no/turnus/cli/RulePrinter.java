package no.turnus.cli;

import java.io.PrintStream;
import java.util.List;

import no.turnus.problem.ScoreReport;

/** Prints broken rules for a terminal: hard rules with every match, others in short unless asked. */
final class RulePrinter {

    private static final int SHOWN_SOFT_MATCHES = 5;

    private RulePrinter() {
    }

    /** Every broken rule with its matches: all matches of hard rules, a few of the others unless {@code all}. */
    static void all(PrintStream out, ScoreReport report, boolean all) {
        out.print(report.summary());
        for (ScoreReport.Rule rule : report.brokenRules()) {
            out.printf("%n%s%s (%d, %s)%n", rule.hard() ? "HARD " : "", rule.constraint(), rule.matchCount(), rule.score());
            List<ScoreReport.Match> matches = rule.matches();
            int shown = rule.hard() || all ? matches.size() : Math.min(SHOWN_SOFT_MATCHES, matches.size());
            for (ScoreReport.Match match : matches.subList(0, shown)) {
                out.printf("  - %s%s: %s%s%n", match.who(), match.when().isEmpty() ? "" : " " + match.when(),
                        match.message(), match.reference().isEmpty() ? "" : " [" + match.reference() + "]");
            }
            if (shown < matches.size()) {
                out.printf("  ... and %d more (--all lists them)%n", matches.size() - shown);
            }
        }
    }
}
