package no.turnus.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class DatasetReaderTest {

    private final DatasetReader reader = new DatasetReader(new ProblemKinds(List.of()));

    private List<InputProblem> problemsOf(String json) {
        return catchThrowableOfType(InvalidInputException.class,
                () -> reader.read(json.getBytes(StandardCharsets.UTF_8))).problems();
    }

    @Test
    void malformedJsonIsLocatedByLineAndColumn() {
        assertThat(problemsOf("{\n  \"kind\": \"roster\",\n  \"name\": }"))
                .singleElement()
                .satisfies(problem -> assertThat(problem.message()).startsWith("malformed JSON at line 3, column"));
    }

    @Test
    void missingKindIsNamed() {
        assertThat(problemsOf("{\"name\": \"x\"}")).containsExactly(
                new InputProblem("$.kind", "is required (one of [])"));
    }

    @Test
    void unknownKindIsNamed() {
        assertThat(problemsOf("{\"kind\": \"bakery\"}")).singleElement()
                .satisfies(problem -> {
                    assertThat(problem.path()).isEqualTo("$.kind");
                    assertThat(problem.message()).contains("unknown kind 'bakery'");
                });
    }

    @Test
    void documentMustBeAnObject() {
        assertThat(problemsOf("[1, 2]")).singleElement()
                .satisfies(problem -> assertThat(problem.path()).isEqualTo("$"));
    }
}
