package no.turnus.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import no.turnus.problem.DatasetReader;
import no.turnus.problem.ProblemKinds;
import no.turnus.scenario.Comparison.Row;
import no.turnus.scenario.Comparison.Status;

/** Stopping an evaluation: what has started ends within its limit, what has not is left out and says so. */
class ScenarioStopTest {

    @Test
    void optionsNotStartedWhenStopIsAskedAreLeftOut() throws IOException {
        DatasetReader reader = new DatasetReader(ProblemKinds.standard());
        ObjectNode tree = (ObjectNode) reader.mapper().readTree(Files.readAllBytes(Path.of("data-samples/scenario-narvik.json")));
        tree.remove("optimise");
        ScenarioSet set = (ScenarioSet) reader.read(tree).dataset();
        AtomicBoolean stop = new AtomicBoolean();
        ScenarioKind kind = new ScenarioKind();
        ScenarioSet result = kind.solve(set, Duration.ofSeconds(1), 1L, 1, progress -> {
            if (progress.results().row(Comparison.BASELINE).status() == Status.DONE) {
                stop.set(true);
            }
        }, stop::get);
        assertThat(result.results().rows()).extracting(Row::status)
                .containsExactly(Status.DONE, Status.STOPPED, Status.STOPPED);
        assertThat(kind.progress(result)).isEqualTo("1/3 options done, 2 stopped");
        assertThat(kind.complete(result)).isFalse();
    }
}
