package no.turnus.roster.solver;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.HashMap;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.Score;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import ai.timefold.solver.core.impl.solver.DefaultSolverFactory;
import no.turnus.BenchInstances;
import no.turnus.StepLimitedSolve;
import no.turnus.io.inrc.InrcRosterMapping;
import no.turnus.io.inrc.InrcXmlReader;
import no.turnus.kinds.StandardKinds;
import no.turnus.problem.DatasetReader;
import no.turnus.roster.RosterKind;
import no.turnus.roster.domain.Employee;
import no.turnus.roster.domain.Roster;
import no.turnus.roster.domain.Slot;
import no.turnus.roster.input.RosterDataset;
import no.turnus.roster.rules.RosterConstraints;
import no.turnus.roster.rules.RosterRules;

/**
 * Manual measurement, not a unit test: the incremental score calculation of the Norwegian rules alone, without the
 * search around it. It builds a roster (construction and a few seeded Tabu steps), then changes one random place to
 * a random employee (or none), calculates the score, undoes it and calculates again, {@code moves} times, and prints
 * score calculations per second of the thread's CPU time and a checksum of the scores (the same for the same rules).
 * A number repeats the measurement and prints the best (the least disturbed by other processes). With
 * {@code each} it then measures each rule on its own, which shows what that rule costs a move ({@code -Drules=} a
 * comma-separated list of rule names: only those):
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) no.turnus.roster.solver.RosterScoreSpeedProbe \
 *     roster-merged 20000 [each | repeats]
 * </pre>
 */
public final class RosterScoreSpeedProbe {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** The one rule the provider keeps, or all when empty (set before each score director is built). */
    private static volatile String only = "";

    /** The Norwegian rules, or only {@link #only}. */
    public static final class Only implements ConstraintProvider {
        @Override
        public Constraint[] defineConstraints(ConstraintFactory factory) {
            return Arrays.stream(new RosterConstraints().defineConstraints(factory))
                    .filter(constraint -> only.isEmpty() || only.equals(constraint.getConstraintRef().constraintName()))
                    .toArray(Constraint[]::new);
        }
    }

    private RosterScoreSpeedProbe() {
    }

    public static void main(String[] args) throws IOException {
        String name = args[0];
        int moves = Integer.parseInt(args[1]);
        RosterKind kind = new RosterKind();
        RosterDataset dataset = name.startsWith("roster")
                ? (RosterDataset) new DatasetReader(StandardKinds.all())
                .read(Files.readAllBytes(Path.of("data-samples", name + ".json"))).dataset()
                : InrcRosterMapping.dataset(InrcXmlReader.read(BenchInstances.of("inrc2010/" + name + ".xml")));
        Roster roster = kind.toSolution(dataset, Map.of());
        SolverConfig config = kind.solverConfig(roster);
        roster = SolverFactory.<Roster>create(StepLimitedSolve.config(config, 3, 1)).buildSolver().solve(roster);
        boolean norwegian = roster.getRuleSet().provider() == RosterConstraints.class;
        List<String> rules = new ArrayList<>();
        rules.add("");
        if (args.length > 2 && args[2].equals("each") && norwegian) {
            List<String> named = System.getProperty("rules") == null ? null
                    : Arrays.asList(System.getProperty("rules").split(","));
            for (RosterRules rule : RosterRules.values()) {
                if (named == null || named.contains(rule.ruleName())) {
                    rules.add(rule.ruleName());
                }
            }
        }
        var overrides = roster.getConstraintWeightOverrides();
        int repeats = args.length > 2 && args[2].matches("\\d+") ? Integer.parseInt(args[2]) : 1;
        measure(roster, config, moves, "all rules (warm-up)");
        double best = 0;
        for (int i = 0; i < repeats; i++) {
            best = Math.max(best, measure(roster, config, moves, "all rules"));
        }
        System.out.printf(Locale.ROOT, "best of %d: %.0f calcs/CPU s (%.1f µs)%n", repeats, best, 1e6 / best);
        for (String rule : rules.subList(1, rules.size())) {
            only = rule;
            Map<String, HardMediumSoftScore> kept = new HashMap<>();
            for (String known : overrides.getKnownConstraintNames()) {
                if (known.equals(rule)) {
                    kept.put(known, overrides.getConstraintWeight(known));
                }
            }
            roster.setConstraintWeightOverrides(ConstraintWeightOverrides.of(kept));
            measure(roster, new SolverConfig(config).withConstraintProviderClass(Only.class), moves,
                    "only " + rule);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static double measure(Roster roster, SolverConfig config, int moves, String label) {
        DefaultSolverFactory<Roster> factory = (DefaultSolverFactory<Roster>) SolverFactory.<Roster>create(config);
        try (InnerScoreDirector<Roster, ?> director = (InnerScoreDirector<Roster, ?>) factory.getScoreDirectorFactory()
                .buildScoreDirector()) {
            director.setWorkingSolution(roster);
            director.calculateScore();
            Roster working = director.getWorkingSolution();
            List<Slot> slots = working.getSlots().stream().filter(slot -> !slot.isPinned()).toList();
            List<Employee> employees = working.getEmployees();
            Random random = new Random(7);
            long checksum = 0;
            long start = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < moves; i++) {
                Slot slot = slots.get(random.nextInt(slots.size()));
                int pick = random.nextInt(employees.size() + 1);
                Employee before = slot.getEmployee();
                set(director, slot, pick == employees.size() ? null : employees.get(pick));
                checksum = 31 * checksum + ((Score) director.calculateScore().raw()).hashCode();
                set(director, slot, before);
                director.calculateScore();
            }
            double cpu = (THREADS.getCurrentThreadCpuTime() - start) / 1e9;
            double rate = 2 * moves / cpu;
            System.out.printf(Locale.ROOT, "%s: %d calculations in %.2f CPU s = %.0f calcs/CPU s (%.1f µs), checksum %x,"
                    + " score %s%n", label, 2 * moves, cpu, rate, 1e6 / rate, checksum, director.calculateScore().raw());
            return rate;
        }
    }

    private static void set(InnerScoreDirector<Roster, ?> director, Slot slot, Employee employee) {
        director.beforeVariableChanged(slot, "employee");
        slot.setEmployee(employee);
        director.afterVariableChanged(slot, "employee");
    }
}
