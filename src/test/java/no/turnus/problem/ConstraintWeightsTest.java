package no.turnus.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

class ConstraintWeightsTest {

    @Test
    void fullAndShortScoreText() {
        assertThat(ConstraintWeights.weight("0hard/0medium/5soft")).isEqualTo(HardMediumSoftScore.ofSoft(5));
        assertThat(ConstraintWeights.weight("5soft")).isEqualTo(HardMediumSoftScore.ofSoft(5));
        assertThat(ConstraintWeights.weight(" 1hard / 2soft ")).isEqualTo(HardMediumSoftScore.of(1, 0, 2));
        assertThat(ConstraintWeights.weight("-3medium")).isEqualTo(HardMediumSoftScore.ofMedium(-3));
        assertThatThrownBy(() -> ConstraintWeights.weight("5 points")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Rule rule(String name) {
        return Rule.of(name, Rule.Level.SOFT, 1, "", name, name);
    }

    @Test
    void unknownNamesAndMalformedScoresAreReportedWithTheirPath() {
        Map<String, String> source = new LinkedHashMap<>();
        source.put("Travel", "2soft");
        source.put("Tea breaks", "1soft");
        source.put("Overtime", "lots");
        Map<String, HardMediumSoftScore> into = new LinkedHashMap<>();
        Problems problems = new Problems();
        ConstraintWeights.parse(source, "$.constraintWeights", List.of(rule("Travel"), rule("Overtime")), into, problems);

        assertThat(into).containsExactly(Map.entry("Travel", HardMediumSoftScore.ofSoft(2)));
        assertThatThrownBy(problems::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems()).extracting(InputProblem::path)
                        .containsExactly("$.constraintWeights.Tea breaks", "$.constraintWeights.Overtime"));
    }
}
