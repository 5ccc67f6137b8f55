package no.turnus.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import no.turnus.homecare.rules.HomecareRules;
import no.turnus.io.inrc.InrcRules;
import no.turnus.roster.rules.RosterRules;
import no.turnus.scenario.facility.SitingRules;

/**
 * The rule tables of the docs are the catalogues: each row's name, level, default weight, reference, law flag,
 * contract multiplier and bokmål label, in catalogue order, with no rule missing or extra. On a difference the
 * message gives the rows as the catalogue has them (the last column, what a match costs, is free text).
 */
class RuleDocsTest {

    @Test
    void rosterTableIsTheNorwegianCatalogue() throws IOException {
        assertTable("docs/roster.md", "roster", RosterRules.rules());
    }

    @Test
    void inrcTableIsTheInrcCatalogue() throws IOException {
        assertTable("docs/roster.md", "inrc-2010", Rule.of(InrcRules.values()));
    }

    @Test
    void homecareTableIsTheHomecareCatalogue() throws IOException {
        assertTable("docs/homecare.md", "homecare", HomecareRules.rules());
    }

    @Test
    void sitingTableIsTheSitingCatalogue() throws IOException {
        assertTable("docs/benchmark-formats.md", "siting", SitingRules.rules());
    }

    private static void assertTable(String file, String table, List<Rule> catalogue) throws IOException {
        String text = Files.readString(Path.of(file));
        Matcher block = Pattern.compile("<!-- rules: " + Pattern.quote(table) + " -->\\n(.*?)<!-- /rules -->",
                Pattern.DOTALL).matcher(text);
        assertThat(block.find()).as(file + " has a table marked <!-- rules: " + table + " -->").isTrue();
        List<String> documented = new ArrayList<>();
        for (String line : block.group(1).split("\n")) {
            List<String> cells = List.of(line.strip().replaceAll("^\\||\\|$", "").split("\\|", -1)).stream()
                    .map(String::strip).toList();
            if (cells.size() >= 7 && !cells.get(0).startsWith("---") && !cells.get(0).startsWith("Rule ")) {
                documented.add(String.join(" | ", cells.subList(0, 7)));
            }
        }
        List<String> expected = catalogue.stream().map(RuleDocsTest::row).toList();
        assertThat(documented).as("rows of %s in %s (name | level | weight | reference | law | contract | nb)",
                table, file).containsExactlyElementsOf(expected);
    }

    private static String row(Rule rule) {
        return String.join(" | ", rule.name(), rule.level().label(), Integer.toString(rule.weight()),
                rule.reference(), rule.legal() ? "yes" : "",
                rule.contractWeight() == null ? "" : rule.contractWeight().toString(), rule.nb());
    }
}
