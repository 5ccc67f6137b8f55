package no.turnus.cli;

import java.io.PrintStream;
import java.util.List;

import no.turnus.problem.Breach;
import no.turnus.problem.ScoreReport;

/** Prints broken rules for a terminal: hard rules with every match, others in short unless asked. */
final class RulePrinter {

    private static final int SHOWN_SOFT_MATCHES = 5;
    /** The languages rules are explained in: English (the default) and bokmål. */
    private static final List<String> LANGUAGES = List.of("en", "nb");

    private RulePrinter() {
    }

    /**
     * What to list: every match of soft rules too ({@code --all}), and in which language ({@code --lang en|nb}).
     */
    record Listing(boolean all, String language) {
    }

    /** The language of {@code --lang}: English unless bokmål is asked for. */
    static String language(CliArguments args) {
        String language = args.option("lang").orElse("en");
        if (!LANGUAGES.contains(language)) {
            throw new CliArguments.UsageException("--lang must be en (English) or nb (bokmål), was '" + language + "'");
        }
        return language;
    }

    /** Every broken rule with its matches: all matches of hard rules, a few of the others unless asked for all. */
    static void all(PrintStream out, ScoreReport report, Listing listing) {
        boolean nb = "nb".equals(listing.language());
        out.print(report.summary(listing.language()));
        for (ScoreReport.Rule rule : report.brokenRules()) {
            out.printf("%n%s%s (%d, %s)%n", rule.hard() ? "HARD " : "", rule.label(listing.language()),
                    rule.matchCount(), rule.score());
            List<ScoreReport.Match> matches = rule.matches();
            int shown = rule.hard() || listing.all() ? matches.size() : Math.min(SHOWN_SOFT_MATCHES, matches.size());
            for (ScoreReport.Match match : matches.subList(0, shown)) {
                Breach.Text text = match.in(listing.language());
                out.printf("  - %s%s: %s%s%n", text.who(), text.when().isEmpty() ? "" : " " + text.when(),
                        text.message(), match.reference().isEmpty() ? "" : " [" + match.reference() + "]");
            }
            if (shown < matches.size()) {
                out.printf(nb ? "  ... og %d til (--all viser alle)%n" : "  ... and %d more (--all lists them)%n",
                        matches.size() - shown);
            }
        }
    }
}
