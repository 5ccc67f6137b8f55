package no.turnus.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

/** Checks that a score analysis speaks bokmål as well as English: every broken rule's label and every match. */
public final class BokmalExplanations {

    private BokmalExplanations() {
    }

    /** Asserts every rule and match of {@code analysis} has its bokmål; returns the names of the rules checked. */
    public static Set<String> assertInBokmal(ScoreReport analysis) {
        Set<String> checked = new TreeSet<>();
        for (ScoreReport.Rule rule : analysis.brokenRules()) {
            assertThat(rule.nb()).as("bokmål label of %s", rule.constraint()).isNotBlank();
            for (ScoreReport.Match match : rule.matches()) {
                assertThat(match.nb()).as("bokmål of %s: %s", rule.constraint(), match.message()).isNotNull();
                assertThat(match.nb().message()).as("bokmål of %s", rule.constraint()).isNotBlank()
                        .isNotEqualTo(match.message());
                assertThat(match.nb().who()).isNotBlank();
            }
            checked.add(rule.constraint());
        }
        return checked;
    }
}
