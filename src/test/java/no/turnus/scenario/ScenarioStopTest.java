package no.turnus.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import no.turnus.kinds.StandardKinds;
import no.turnus.problem.DatasetReader;
import no.turnus.problem.SolveContext;
import no.turnus.problem.SolveControl;
import no.turnus.problem.SolveRequest;
import no.turnus.scenario.Comparison.Row;
import no.turnus.scenario.Comparison.Status;

/** Stopping an evaluation: what has started ends within its limit, what has not is left out and says so. */
class ScenarioStopTest {

    @Test
    void optionsNotStartedWhenStopIsAskedAreLeftOut() throws IOException {
        DatasetReader reader = new DatasetReader(StandardKinds.all());
        ObjectNode tree = (ObjectNode) reader.mapper().readTree(Files.readAllBytes(Path.of("data-samples/scenario-narvik.json")));
        tree.remove("optimise");
        ScenarioSet set = (ScenarioSet) reader.read(tree).dataset();
        SolveControl control = new SolveControl();
        ScenarioKind kind = new ScenarioKind();
        ScenarioSet result = kind.solve(set, SolveRequest.of(Duration.ofSeconds(1), 1L), new SolveContext<>(null, control,
                progress -> {
                    if (progress.solution().results().row(Comparison.BASELINE).status() == Status.DONE) {
                        control.stop();
                    }
                })).best();
        assertThat(result.results().rows()).extracting(Row::status)
                .containsExactly(Status.DONE, Status.STOPPED, Status.STOPPED);
        assertThat(result.results().progress()).isEqualTo("1/3 options done, 2 stopped");
        assertThat(result.results().complete()).isFalse();
    }
}
