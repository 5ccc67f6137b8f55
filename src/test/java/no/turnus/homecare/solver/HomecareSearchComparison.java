package no.turnus.homecare.solver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import no.turnus.StepLimitedSolve;
import no.turnus.homecare.HomecareKind;
import no.turnus.homecare.domain.HomecarePlan;
import no.turnus.homecare.input.HomecareDataset;
import no.turnus.homecare.input.HomecareGenerator;
import no.turnus.io.mankowska.MankowskaFormat;
import no.turnus.io.mankowska.MankowskaReader;
import no.turnus.io.solomon.SolomonFormat;
import no.turnus.io.solomon.SolomonReader;
import no.turnus.kinds.StandardKinds;
import no.turnus.problem.DatasetReader;

/**
 * Manual comparison, not a unit test: first fit construction ("old", as before issue #12 and below
 * {@link HomecareSearch#LARGE} visits) against {@link HomecareConstruction} then first fit ("new"), each followed
 * by the same local search, side by side in one run, each
 * with a fixed seed and a fixed number of local search steps, so that the plans do not depend on the load of
 * the machine (the seconds printed do). {@code HomecareSearchComparison STEPS SEEDS INSTANCE...} where an
 * instance is a sample file, {@code solomon:C101}, {@code mankowska:InstanzCPLEX_HCSRP_25_1} or
 * {@code generate:1720} (a generated Narvik day with that many users). {@code -Dsearches=new@0,new@0.5} compares
 * shares of route-emptying ruin-and-recreate moves instead.
 */
public final class HomecareSearchComparison {

    private static final HomecareKind KIND = new HomecareKind();

    public static void main(String[] args) throws Exception {
        int steps = Integer.parseInt(args[0]);
        int seeds = Integer.parseInt(args[1]);
        System.out.println("instance | seed | search | visits unplanned after construction | construction s | score | total s");
        for (int a = 2; a < args.length; a++) {
            for (long seed = 1; seed <= seeds; seed++) {
                for (String variant : System.getProperty("searches", "old,new").split(",")) {
                    // "old" or "new" construction, optionally with the emptying share: "new@0.5"
                    String search = variant.split("@")[0];
                    double emptying = variant.contains("@") ? Double.parseDouble(variant.split("@")[1])
                            : HomecareSearch.EMPTYING_SHARE;
                    HomecarePlan plan = KIND.toSolution(read(args[a]), Map.of());
                    List<PhaseConfig> phases = new ArrayList<>(HomecareSearch.construction(search.equals("new")));
                    List<PhaseConfig> constructionOnly = List.copyOf(phases);
                    phases.add(new LocalSearchPhaseConfig().withMoveSelectorConfig(
                            new UnionMoveSelectorConfig(HomecareSearch.moves(HomecareSearch.routesCost(plan), emptying))));
                    long t0 = System.nanoTime();
                    HomecarePlan built = SolverFactory.<HomecarePlan>create(StepLimitedSolve.config(
                            HomecareSearch.config(constructionOnly), 0, seed)).buildSolver()
                            .solve(KIND.toSolution(read(args[a]), Map.of()));
                    double constructed = (System.nanoTime() - t0) / 1e9;
                    long unplanned = built.getVisits().stream().filter(v -> v.getCaregiverDay() == null).count();
                    long t1 = System.nanoTime();
                    HomecarePlan solved = StepLimitedSolve.solve(HomecareSearch.config(phases), plan, steps, seed).best();
                    System.out.printf("%s | %d | %s | %d | %.1f | %s | %.1f%n", args[a], seed, variant, unplanned,
                            constructed, solved.getScore(), (System.nanoTime() - t1) / 1e9);
                }
            }
        }
    }

    static HomecareDataset read(String instance) throws Exception {
        if (instance.startsWith("generate:")) {
            return HomecareGenerator.generate("generated", Integer.parseInt(instance.substring(9)), 1, 1,
                    LocalDate.of(2026, 3, 2));
        }
        if (instance.startsWith("solomon:")) {
            return new SolomonFormat().toDataset(SolomonReader.read(
                    Path.of("benchmarks/instances/solomon", instance.substring(8) + ".txt")));
        }
        if (instance.startsWith("mankowska:")) {
            return new MankowskaFormat().toDataset(MankowskaReader.read(
                    Path.of("benchmarks/instances/mankowska2014", instance.substring(10) + ".txt")));
        }
        return (HomecareDataset) new DatasetReader(StandardKinds.all()).read(Files.readAllBytes(Path.of(instance))).dataset();
    }
}
