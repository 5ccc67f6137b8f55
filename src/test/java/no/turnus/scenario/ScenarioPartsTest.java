package no.turnus.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import no.turnus.kinds.StandardKinds;
import no.turnus.problem.DatasetReader;
import no.turnus.problem.Parts;
import no.turnus.problem.Parts.Joined;
import no.turnus.problem.Parts.PartState;
import no.turnus.problem.Parts.Phase;
import no.turnus.problem.SolveRequest;
import no.turnus.scenario.Comparison.Row;
import no.turnus.scenario.Comparison.Status;

/**
 * A scenario set as parts (how the service spreads its options): one one-option set per option, baseline first,
 * and the comparison joined from what each part has, without solving anything here.
 */
class ScenarioPartsTest {

    private final DatasetReader reader = new DatasetReader(StandardKinds.all());
    private final Parts<ScenarioSet> parts = new ScenarioKind().parts().orElseThrow();

    private ScenarioSet narvik() throws IOException {
        ObjectNode tree = (ObjectNode) reader.mapper().readTree(Files.readAllBytes(Path.of("data-samples/scenario-narvik.json")));
        tree.remove("optimise");
        return (ScenarioSet) reader.read(tree).dataset();
    }

    @Test
    void eachOptionIsAPartOfItsOwnAndTheWholeStartsWithEveryOptionQueued() throws IOException {
        ScenarioSet set = narvik();
        Parts.Split<ScenarioSet> split = parts.split(set, SolveRequest.of(Duration.ofSeconds(5), 1L));

        assertThat(split.parts()).extracting(Parts.Part::name)
                .containsExactly("baseline", "district-bases", "central-one-team");
        ScenarioSet option = split.parts().get(1).problem();
        assertThat(option.scenarios()).isEmpty();
        assertThat(option.coverage()).isEmpty();
        assertThat(option.costs()).isEqualTo(set.costs());
        // The option's changes applied: a base the baseline does not have.
        assertThat(option.baseline().homecare().locations()).hasSizeGreaterThan(set.baseline().homecare().locations().size());
        Comparison whole = split.whole().results();
        assertThat(whole.rows()).extracting(Row::status).containsOnly(Status.QUEUED);
        assertThat(whole.coverage()).hasSize(1);
        assertThat(whole.timeLimit()).isEqualTo("PT5S");
        assertThat(whole.progress()).isEqualTo("0/3 options done");
    }

    @Test
    void theWholeIsJoinedFromItsPartsRowsWithTheDifferencesToTheBaseline() throws IOException {
        ScenarioSet whole = parts.split(narvik(), SolveRequest.of(Duration.ofSeconds(5), 1L)).whole();
        Joined<ScenarioSet> joined = parts.join(whole, List.of(
                new PartState<>("baseline", Phase.ENDED, solved(whole, Status.DONE, 120.0), null),
                new PartState<>("district-bases", Phase.SOLVING, solved(whole, Status.SOLVING, null), null),
                new PartState<>("central-one-team", Phase.WAITING, null, null)));

        Comparison comparison = joined.best().solution().results();
        assertThat(comparison.rows()).extracting(Row::scenario, Row::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("baseline", Status.DONE),
                org.assertj.core.groups.Tuple.tuple("district-bases", Status.SOLVING),
                org.assertj.core.groups.Tuple.tuple("central-one-team", Status.QUEUED));
        assertThat(comparison.rows().get(0).description()).isEqualTo("as today");
        assertThat(joined.best().scoreText()).isEqualTo("1/3 options done");
        assertThat(joined.best().feasible()).isFalse();
        assertThat(joined.failure()).isNull();

        Joined<ScenarioSet> done = parts.join(whole, List.of(
                new PartState<>("baseline", Phase.ENDED, solved(whole, Status.DONE, 120.0), null),
                new PartState<>("district-bases", Phase.ENDED, solved(whole, Status.DONE, 80.5), null),
                new PartState<>("central-one-team", Phase.ENDED, solved(whole, Status.DONE, 130.0), null)));
        List<Row> rows = done.best().solution().results().rows();
        assertThat(rows.get(1).difference()).containsEntry("travelKm", -39.5);
        assertThat(rows.get(2).difference()).containsEntry("travelKm", 10.0);
        assertThat(rows.get(0).difference()).isNull();
        assertThat(done.best().scoreText()).isEqualTo("3/3 options done");
        assertThat(done.best().feasible()).isTrue();
    }

    @Test
    void aPartThatEndedWithoutFinishingIsStoppedAndOneThatFailedFailsTheWhole() throws IOException {
        ScenarioSet whole = parts.split(narvik(), SolveRequest.of(Duration.ofSeconds(5), 1L)).whole();
        Joined<ScenarioSet> joined = parts.join(whole, List.of(
                new PartState<>("baseline", Phase.ENDED, solved(whole, Status.SOLVING, null), null),
                new PartState<>("district-bases", Phase.ENDED, null, null),
                new PartState<>("central-one-team", Phase.ENDED, null, "IllegalStateException: no route")));

        assertThat(joined.best().solution().results().rows()).extracting(Row::status)
                .containsExactly(Status.STOPPED, Status.STOPPED, Status.FAILED);
        assertThat(joined.failure()).isEqualTo("option 'central-one-team' failed: IllegalStateException: no route");
        assertThat(joined.best().scoreText()).isEqualTo("0/3 options done, 1 failed, 2 stopped");
    }

    /** A part's solution: its one-option comparison with one row (named as the part's own baseline). */
    private static ScenarioSet solved(ScenarioSet whole, Status status, Double travelKm) {
        Comparison c = whole.results();
        Row row = new Row(Comparison.BASELINE, "as today", status, travelKm == null ? null : Map.of("travelKm", travelKm),
                null, travelKm == null ? null : Map.of("homecare", "0hard/0medium/-1soft"), null);
        return whole.withResults(new Comparison(c.name(), c.timeLimit(), c.seed(), c.costs(), c.baseCoverageMinutes(),
                List.of(row), List.of(), List.of()));
    }
}
