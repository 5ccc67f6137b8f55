package no.turnus.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import no.turnus.kinds.StandardKinds;
import no.turnus.problem.DatasetReader;
import no.turnus.problem.InputProblem;
import no.turnus.problem.InvalidInputException;

/** Reading scenario sets through the generic reader: the sample is valid, every kind of mistake is named by path. */
class ScenarioKindTest {

    private final DatasetReader reader = new DatasetReader(StandardKinds.all());

    private ObjectNode narvik() throws IOException {
        return (ObjectNode) reader.mapper().readTree(Files.readAllBytes(Path.of("data-samples/scenario-narvik.json")));
    }

    private static ObjectNode change(ObjectNode set, int scenario, int change) {
        return (ObjectNode) set.get("scenarios").get(scenario).get("changes").get(change);
    }

    private InvalidInputException problems(JsonNode set) {
        return (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(() -> reader.read(set));
    }

    @Test
    void theNarvikSampleIsAValidScenarioSet() throws IOException {
        var read = reader.read(narvik());
        assertThat(read.kind()).isInstanceOf(ScenarioKind.class);
        ScenarioSet set = (ScenarioSet) read.dataset();
        assertThat(set.scenarios()).extracting(ScenarioSet.Scenario::name)
                .containsExactly("district-bases", "central-one-team");
        assertThat(set.scenarios().get(0).changes().get(0)).isInstanceOf(Change.AddBase.class);
    }

    @Test
    void aChangeThatCannotApplyNamesItsField() throws IOException {
        ObjectNode set = narvik();
        change(set, 1, 0).put("team", "X");
        change(set, 0, 2).put("base", "nowhere");
        assertThat(problems(set).problems()).containsExactlyInAnyOrder(
                new InputProblem("$.scenarios[1].changes[0].team", "unknown team 'X'"),
                new InputProblem("$.scenarios[0].changes[2].base", "unknown location 'nowhere'"));
    }

    @Test
    void anUnknownChangeTypeAndAnUnknownFieldAreReported() throws IOException {
        ObjectNode set = narvik();
        change(set, 0, 0).put("type", "teleport");
        assertThat(problems(set).problems()).singleElement()
                .satisfies(p -> assertThat(p.path()).isEqualTo("$.scenarios[0].changes[0]"))
                .satisfies(p -> assertThat(p.message()).contains("teleport"));
        ObjectNode typo = narvik();
        change(typo, 0, 0).put("lat", 68.0);
        assertThat(problems(typo).problems()).singleElement()
                .satisfies(p -> assertThat(p.path()).isEqualTo("$.scenarios[0].changes[0].lat"));
    }

    @Test
    void aChangeThatBreaksTheDatasetIsReportedWithItsScenario() throws IOException {
        ObjectNode set = narvik();
        // A caregiver added to a team that does not exist: the change applies, the home-care kind refuses the result.
        ArrayNode changes = (ArrayNode) set.get("scenarios").get(0).get("changes");
        ObjectNode added = changes.addObject().put("type", "addStaff").putArray("caregivers").addObject()
                .put("id", "X1").put("team", "tromso").put("competence", "NURSE");
        added.putArray("shifts").addObject().put("date", "2026-03-04").put("start", "07:30").put("end", "15:00");
        assertThat(problems(set).problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.scenarios[0]");
            assertThat(p.message()).startsWith("after its changes, the homecare dataset has a problem at caregivers[9].team");
        });
    }

    @Test
    void baselineProblemsKeepTheirPathInsideTheBaseline() throws IOException {
        ObjectNode set = narvik();
        ((ObjectNode) set.get("baseline").get("homecare").get("visits").get(0)).put("durationMinutes", -5);
        set.withArray("optimise").addObject().put("name", "district-bases").put("bases", 9); // the third
        assertThat(problems(set).problems()).contains(
                new InputProblem("$.baseline.homecare.visits[0].durationMinutes", "must be 1 to 1440 minutes (was -5)"))
                .extracting(InputProblem::path).contains("$.optimise[2].name", "$.optimise[2].bases",
                        "$.optimise[2].candidates");
    }

    @Test
    void weightOverridesAreRefused() throws IOException {
        ScenarioSet set = (ScenarioSet) reader.read(narvik()).dataset();
        assertThatThrownBy(() -> new ScenarioKind().toSolution(set, java.util.Map.of("Travel time", "0soft")))
                .isInstanceOf(InvalidInputException.class);
    }
}
