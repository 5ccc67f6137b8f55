package no.turnus.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Breaches in two languages: the English identifies a breach, and no rule justifies its matches in English only. */
class BreachTest {

    /** A justification: from the Breach made up to the constraint it justifies. */
    private static final Pattern JUSTIFICATION = Pattern.compile("new Breach\\((.*?)\\.asConstraint\\(", Pattern.DOTALL);

    @Test
    void theEnglishTextIdentifiesABreach() {
        Breach english = new Breach("kari", "2026-01-05", "works 7 days in a row (at most 6)", "AML §10-8");
        Breach both = english.nb("jobber 7 dager på rad (høyst 6)");
        assertThat(both).isEqualTo(english).hasSameHashCodeAs(english);
        assertThat(both.nb()).isEqualTo(new Breach.Text("kari", "2026-01-05", "jobber 7 dager på rad (høyst 6)"));
        assertThat(english.nb("kari", "dag 1", "…").nb().when()).isEqualTo("dag 1");
        assertThat(english.nb()).isNull();
    }

    /**
     * Every constraint of every kind gives its breach a bokmål text (ConstraintVerifier tests compare the English,
     * so this is where a rule added without bokmål shows).
     */
    @Test
    void everyConstraintExplainsItselfInBokmal() throws IOException {
        List<String> englishOnly = new ArrayList<>();
        int justifications = 0;
        try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = JUSTIFICATION.matcher(Files.readString(source));
                while (m.find()) {
                    justifications++;
                    if (!m.group(1).contains(".nb(")) {
                        englishOnly.add(source.getFileName() + ": " + m.group(1).lines().findFirst().orElse(""));
                    }
                }
            }
        }
        assertThat(justifications).isGreaterThan(60);
        assertThat(englishOnly).as("justifications without bokmål").isEmpty();
    }
}
