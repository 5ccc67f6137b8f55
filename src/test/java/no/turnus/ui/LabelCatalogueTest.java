package no.turnus.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import no.turnus.scenario.Measure;

/**
 * The pages' labels come from one catalogue (ui/i18n.js) in bokmål and English: no label in one language only,
 * and a label for every KPI and every scenario measure (read without a browser: no page load).
 */
class LabelCatalogueTest {

    private static final Path CATALOGUE = Path.of("src", "main", "resources", "static", "ui", "i18n.js");
    private static final Pattern ENTRY = Pattern.compile("^\\s*'([\\w.]+)': '((?:[^'\\\\]|\\\\.)*)',$", Pattern.MULTILINE);

    @Test
    void everyLabelIsInBokmalAndEnglish() throws IOException {
        Map<String, String> nb = labels("nb");
        Map<String, String> en = labels("en");
        assertThat(nb.keySet()).as("labels in bokmål only or in English only").isEqualTo(en.keySet());
        assertThat(nb).allSatisfy((key, text) -> assertThat(text).as(key).isNotBlank());
        // Every measure of the scenario comparison (its table and charts) and the KPIs of both kinds.
        assertThat(nb).containsKeys(Arrays.stream(Measure.values()).map(m -> "measure." + m.key()).toArray(String[]::new));
        assertThat(nb.keySet().stream().filter(key -> key.startsWith("kpi."))).hasSizeGreaterThan(15);
        assertThat(nb.keySet().stream().filter(key -> key.startsWith("chart."))).isNotEmpty();
    }

    /** The labels of one language: the entries of its block, up to the next language's. */
    private static Map<String, String> labels(String language) throws IOException {
        String text = Files.readString(CATALOGUE);
        int from = text.indexOf("\n  " + language + ": {");
        int to = text.indexOf("\n  },", from);
        assertThat(from).as(language + " block").isPositive();
        Matcher m = ENTRY.matcher(text.substring(from, to));
        Map<String, String> labels = new LinkedHashMap<>();
        while (m.find()) {
            labels.put(m.group(1), m.group(2));
        }
        return labels;
    }
}
