package no.turnus.io.inrc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import no.turnus.io.BenchmarkFormat;
import no.turnus.io.InstanceFormat;
import no.turnus.io.InstanceFormats;
import no.turnus.kinds.StandardKinds;
import no.turnus.roster.input.RosterDataset;
import no.turnus.BenchInstances;

/** INRC-2010 through the format extension point: sniffed, loaded as a roster dataset, scored back, written as XML. */
class InrcFormatTest {

    private final InrcFormat format = new InrcFormat();

    @Test
    void loadsByContentAsAValidRosterDataset() {
        InstanceFormats.Loaded<?, ?> loaded = InstanceFormats.standard()
                .load(BenchInstances.of("inrc2010/sprint01.xml"), StandardKinds.all());
        assertThat(loaded.format().format()).isEqualTo(BenchmarkFormat.INRC_2010_INSTANCE);
        assertThat(loaded.name()).isEqualTo("sprint01");
        assertThat(loaded.kind().name()).isEqualTo("roster");
        RosterDataset dataset = (RosterDataset) loaded.dataset();
        assertThat(dataset.employees()).hasSize(10);
        assertThat(dataset.startDate()).hasToString("2010-01-01");
        assertThat(dataset.assignments()).isEmpty();
        assertThat(format.solutionExtension()).contains("xml");
    }

    @Test
    void objectiveAndSolutionXmlOfAPlannedDataset() {
        // test 7, solution 2 of the conformance cases: 410 (complete weekends)
        var c = new InrcConformanceTest.Case("7", 2, 410, 0);
        InrcInstance instance = InrcXmlReader.read(instanceFile(c));
        InrcSolution solution = InrcSolutionXml.read(solutionFile(c));
        RosterDataset planned = InrcRosterMapping.dataset(instance, solution);
        InstanceFormat.Objective objective = format.objective(instance, planned);
        assertThat(objective.value()).isEqualTo(410);
        assertThat(objective.feasible()).isTrue();
        String xml = format.writeSolution(instance, planned);
        assertThat(xml).contains("<SoftConstraintsPenalty>410</SoftConstraintsPenalty>");
        // A surplus nurse (test 1, solution 2) is infeasible for the competition.
        var surplus = new InrcConformanceTest.Case("1", 2, 0, 2);
        InrcInstance coverTest = InrcXmlReader.read(instanceFile(surplus));
        assertThat(format.objective(coverTest, InrcRosterMapping.dataset(coverTest,
                InrcSolutionXml.read(solutionFile(surplus)))).feasible()).isFalse();
    }

    private static Path instanceFile(InrcConformanceTest.Case c) {
        try {
            return InrcConformanceTest.instanceFile(c.test());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path solutionFile(InrcConformanceTest.Case c) {
        try {
            return InrcConformanceTest.solutionFile(c);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
