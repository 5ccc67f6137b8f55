package no.turnus.roster.solver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import ai.timefold.solver.core.impl.solver.DefaultSolverFactory;
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

    /**
     * A score director of the kind's rules for the problem, on which a test does moves and steps as the search would
     * (the caller sets its working solution and closes it).
     */
    static InnerScoreDirector<Roster, HardMediumSoftScore> scoreDirector(Roster problem) {
        return ((DefaultSolverFactory<Roster>) SolverFactory.<Roster>create(KIND.solverConfig(problem)))
                .<HardMediumSoftScore>getScoreDirectorFactory().buildScoreDirector();
    }

    /** The greedy construction's plan of the problem, as the search starts from it. */
    static Roster built(Roster problem) {
        return SolverFactory.<Roster>create(new SolverConfig(KIND.solverConfig(problem))
                .withPhases(RosterSearch.construction())).buildSolver().solve(problem);
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

    /** Swaps the employees of two random places of one day (a step the search could take); false if none found. */
    static boolean swapSameDay(ScoreDirector<Roster> director, Roster roster, Random random) {
        List<Slot> slots = roster.getSlots();
        for (int draw = 0; draw < 100; draw++) {
            Slot a = slots.get(random.nextInt(slots.size()));
            Slot b = slots.get(random.nextInt(slots.size()));
            if (a != b && a.dayIndex() == b.dayIndex() && a.getEmployee() != null && b.getEmployee() != null
                    && a.getEmployee() != b.getEmployee() && !a.isPinned() && !b.isPinned()) {
                Employee first = a.getEmployee();
                director.beforeVariableChanged(a, "employee");
                a.setEmployee(b.getEmployee());
                director.afterVariableChanged(a, "employee");
                director.beforeVariableChanged(b, "employee");
                b.setEmployee(first);
                director.afterVariableChanged(b, "employee");
                director.triggerVariableListeners();
                return true;
            }
        }
        return false;
    }
}
