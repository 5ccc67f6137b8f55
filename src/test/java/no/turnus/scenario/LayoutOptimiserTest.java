package no.turnus.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.turnus.kinds.StandardKinds;
import no.turnus.problem.DatasetReader;
import no.turnus.scenario.ScenarioSet.OptimiseSpec;

/**
 * Choosing a legevakt site for the population of Narvik (inhabitants of the places in the sample's coverage
 * question) among the sample's candidate sites: one site goes to the town, where two thirds of the people live.
 */
class LayoutOptimiserTest {

    @Test
    void aLegevaktForThePopulationIsChosenByInhabitantsAndHasNoScenario() throws IOException {
        ScenarioSet set = (ScenarioSet) new DatasetReader(StandardKinds.all())
                .read(Files.readAllBytes(Path.of("data-samples/scenario-narvik.json"))).dataset();
        OptimiseSpec homecareBases = set.optimise().get(0);
        OptimiseSpec legevakt = new OptimiseSpec("legevakt", 1, homecareBases.candidates(),
                set.coverage().get(0).places());
        Comparison.Layout one = LayoutOptimiser.optimise(legevakt, set.baseline().homecare(), 1L, "$.optimise[1]");
        assertThat(one.scenario()).isNull();
        assertThat(one.bases()).singleElement().satisfies(base -> {
            assertThat(base.id()).isEqualTo("base-narvik");
            assertThat(base.served()).hasSize(6);
            assertThat(base.demand()).isEqualTo(14183 + 672 + 1088 + 400 + 2500 + 780);
        });

        OptimiseSpec two = new OptimiseSpec("legevakt-2", 2, homecareBases.candidates(), set.coverage().get(0).places());
        Comparison.Layout layout = LayoutOptimiser.optimise(two, set.baseline().homecare(), 1L, "$.optimise[1]");
        assertThat(layout.bases()).hasSize(2).extracting(Comparison.OpenBase::id).contains("base-narvik");
        assertThat(layout.meanMinutes()).isLessThan(one.meanMinutes());
        assertThat(layout.bases().stream().flatMap(b -> b.served().stream()).toList())
                .containsExactlyInAnyOrderElementsOf(List.of("Narvik", "Beisfjord", "Bjerkvik", "Skjomen", "Ballangen",
                        "Kjøpsvik"));
    }
}
