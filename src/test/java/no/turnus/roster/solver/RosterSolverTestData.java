package no.turnus.roster.solver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import no.turnus.BenchInstances;
import no.turnus.io.inrc.InrcRosterMapping;
import no.turnus.io.inrc.InrcXmlReader;
import no.turnus.kinds.StandardKinds;
import no.turnus.problem.DatasetReader;
import no.turnus.roster.RosterKind;
import no.turnus.roster.domain.Roster;
import no.turnus.roster.input.RosterDataset;

/** The problems the search tests run on: a data sample or a published INRC-2010 instance, as the kind builds them. */
final class RosterSolverTestData {

    static final RosterKind KIND = new RosterKind();

    private RosterSolverTestData() {
    }

    static Roster sample(String name) {
        try {
            RosterDataset dataset = (RosterDataset) new DatasetReader(StandardKinds.all())
                    .read(Files.readAllBytes(Path.of("data-samples", name))).dataset();
            return KIND.toSolution(dataset, Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A roster dataset given as JSON text. */
    static Roster fromJson(String json) {
        RosterDataset dataset = (RosterDataset) new DatasetReader(StandardKinds.all())
                .read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)).dataset();
        return KIND.toSolution(dataset, Map.of());
    }

    static Roster inrc(String name) {
        return KIND.toSolution(InrcRosterMapping.dataset(InrcXmlReader.read(BenchInstances.of("inrc2010/" + name + ".xml"))),
                Map.of());
    }
}
