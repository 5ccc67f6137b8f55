package no.turnus.cli;

import java.io.PrintStream;
import java.util.List;

import no.turnus.problem.ScoreReport;

/** Prints broken rules for a terminal: hard rules with every match, others in short unless asked. */
final class RulePrinter {

    private static final int SHOWN_SOFT_MATCHES = 5;

    private RulePrinter() {
    }

    /** One line per broken rule, hard first. */
    static void summary(PrintStream out, ScoreReport report) {
        if (report.brokenRules().isEmpty()) {
            out.println("No rule is broken.");
            return;
        }
        out.println("Broken rules:");
        for (ScoreReport.Rule rule : report.brokenRules()) {
            out.printf("  %-4s %-45s %5d × %s%n", rule.hard() ? "HARD" : "", rule.constraint(), rule.matchCount(), rule.score());
        }
    }

    /** Every broken rule with its matches: all matches of hard rules, a few of the others unless {@code all}. */
    static void all(PrintStream out, ScoreReport report, boolean all) {
        summary(out, report);
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
