package no.turnus.roster.solver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import no.turnus.BenchInstances;
import no.turnus.io.inrc.InrcRosterMapping;
import no.turnus.io.inrc.InrcXmlReader;
import no.turnus.kinds.StandardKinds;
import no.turnus.problem.DatasetReader;
import no.turnus.roster.RosterKind;
import no.turnus.roster.domain.Employee;
import no.turnus.roster.domain.Roster;
import no.turnus.roster.domain.Slot;
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

    /** Each place's employee (null: empty) by place id. */
    static Map<String, Employee> employeesById(Roster roster) {
        Map<String, Employee> employees = new HashMap<>();
        for (Slot slot : roster.getSlots()) {
            employees.put(slot.getId(), slot.getEmployee());
        }
        return employees;
    }

    /** Pins every fifth place of the plan (as a unit leader locks places before replanning): their employees by id. */
    static Map<String, Employee> pinEveryFifth(Roster roster) {
        Map<String, Employee> pinned = new HashMap<>();
        for (int i = 0; i < roster.getSlots().size(); i += 5) {
            Slot slot = roster.getSlots().get(i);
            slot.setPinned(true);
            pinned.put(slot.getId(), slot.getEmployee());
        }
        return pinned;
    }
}
