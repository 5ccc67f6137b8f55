package no.turnus.io.inrc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import no.turnus.BenchInstances;

/**
 * Every conformance case of the UOS INRC-2010 evaluator: the expected soft penalty (and hard count where the file
 * gives one) of each solution, read from {@code test_solutions_cost.txt}.
 */
class InrcConformanceTest {

    static final Path DIR = BenchInstances.of("inrc2010/conformance");
    private static final java.util.regex.Pattern LINE =
            java.util.regex.Pattern.compile("test (\\w+) - solution (\\d+): (\\d+)(?: \\(Hard constraint: (\\d+)\\))?");

    record Case(String test, int solution, int soft, int hard) {
    }

    static List<Case> cases() throws IOException {
        Path costs = DIR.resolve("test_solutions_cost.txt");
        List<Case> cases = new ArrayList<>();
        for (String line : Files.readAllLines(costs)) {
            Matcher m = LINE.matcher(line.trim());
            if (m.matches()) {
                cases.add(new Case(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                        m.group(4) == null ? 0 : Integer.parseInt(m.group(4))));
            }
        }
        return cases;
    }

    static Stream<Arguments> conformanceCases() throws IOException {
        return cases().stream().map(c -> Arguments.of(c.test() + "/" + c.solution(), c));
    }

    @Test
    void everySolutionFileHasAnExpectedCost() throws IOException {
        List<Path> expected = new ArrayList<>();
        for (Case c : cases()) {
            expected.add(solutionFile(c));
        }
        try (Stream<Path> files = Files.list(DIR)) {
            assertThat(files.filter(p -> p.getFileName().toString().contains("_solution_")))
                    .containsExactlyInAnyOrderElementsOf(expected).hasSize(37);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conformanceCases")
    void reproducesTheExpectedPenalty(String name, Case c) throws IOException {
        InrcInstance instance = InrcXmlReader.read(instanceFile(c.test()));
        InrcSolution solution = InrcSolutionXml.read(solutionFile(c));
        InrcEvaluation evaluation = InrcEvaluator.evaluate(instance, solution);
        assertThat(evaluation.softPenalty()).as("soft penalty, by rule %s", evaluation.penaltyByRule())
                .isEqualTo(c.soft());
        assertThat(evaluation.hardViolations()).as("hard violations").isEqualTo(c.hard());
    }

    static Path instanceFile(String test) throws IOException {
        // "3A" is file test_03A_..., "10" is test_10_...
        int digits = 0;
        while (digits < test.length() && Character.isDigit(test.charAt(digits))) {
            digits++;
        }
        String prefix = "test_" + String.format("%02d", Integer.parseInt(test.substring(0, digits)))
                + test.substring(digits) + "_";
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)
                            && !p.getFileName().toString().contains("_solution_"))
                    .findFirst().orElseThrow(() -> new AssertionError("no instance for test " + test));
        }
    }

    static Path solutionFile(Case c) throws IOException {
        String base = instanceFile(c.test()).getFileName().toString().replace(".xml", "");
        return DIR.resolve(base + "_solution_" + String.format("%02d", c.solution()) + ".xml");
    }
}
