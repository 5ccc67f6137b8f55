package no.turnus.homecare.solver;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.AcceptorType;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import no.turnus.LocalSearchSpeed;
import ai.timefold.solver.core.config.solver.PreviewFeature;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import no.turnus.StepLimitedSolve;
import no.turnus.homecare.HomecareKind;
import no.turnus.homecare.domain.HomecarePlan;
import no.turnus.homecare.domain.Visit;
import no.turnus.homecare.input.HomecareDataset;
import no.turnus.homecare.input.HomecareGenerator;
import no.turnus.homecare.rules.HomecareRules;
import no.turnus.io.InstanceFormat;
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
 * the machine (the seconds printed do). {@code HomecareSearchComparison STEPS SEEDS INSTANCE...} (seeds 1 to
 * SEEDS, or SEEDS seeds from {@code -DfirstSeed=N} on) where an instance is a sample file, {@code solomon:C101},
 * {@code mankowska:InstanzCPLEX_HCSRP_25_1} or {@code generate:1720} (a generated Narvik day with that many
 * users; {@code generate:1720:2} with the generator's seed 2, else 1). {@code -Dsearches=new@0,new@0.5} compares
 * shares of route-emptying ruin-and-recreate moves instead.
 * Flags of a variant: {@code +nomax} leaves "Greatest lateness" unweighted (the model before the Mankowska
 * max-tardiness term), {@code +norr} leaves out our ruin-and-recreate where routes cost nothing (the search
 * before it was used for every plan), {@code +rrw=W} picks ruin-and-recreate with weight W against 1 for each list
 * move (default {@link HomecareSearch#RUIN_RECREATE_WEIGHT}), {@code +rr:NAME=VALUE} sets a custom property of
 * {@link RuinRecreateMoves} (e.g. {@code +rr:emptyingShare=0}; {@code +rr:stringShare=0}, no
 * string ruins, and {@code +rr:shuffledShare=0}, the recreate earliest deadline first: where routes cost, the
 * search before session 14 with both; {@code +rr:maxRuined=12}, where routes cost the ruins before session 15),
 * {@code +acc:SPEC} replaces the acceptor and
 * forager of the local search (default: {@link HomecareSearch#localSearch}'s; {@code +acc:la:400} is Timefold's
 * default, the search of every plan before the acceptor comparison), SPEC one of {@code la:SIZE} (Late Acceptance),
 * {@code dla:SIZE} (Diversified Late Acceptance), {@code sa:FRACTION} (Simulated Annealing from a soft temperature of
 * FRACTION times the plan's typical leg: {@link #typicalLegMinutes}), {@code gd} or {@code gd:RATIO} (Great Deluge,
 * water level increment ratio), {@code schc:SIZE} (Step Counting Hill Climbing), {@code tabu:SIZE} (move tabu),
 * {@code hc} (hill climbing), each optionally followed by {@code :N}, the forager's accepted count limit (default
 * 1, 1 000 for tabu): e.g. {@code old+acc:la:2000}, {@code old+acc:la:400:4}, {@code new+acc:sa:0.5}. {@code
 * +starts:K:CALC} puts {@link HomecareStarts} between the construction and the local search: K starts of CALC
 * score calculations each, counted in the run's limit.
 * <p>
 * Effort: STEPS is a number of local search steps, or {@code calc:N} to stop the local search after N score
 * calculations (the construction's own are counted once per instance and added to the limit): the fair limit
 * across acceptors, whose steps try very different numbers of moves (Late Acceptance takes the first accepted move,
 * tabu search picks the best of 1 000). For Solomon and Mankowska the benchmark's own
 * objective of the plan is printed too (exact, as {@code bench} reports it), and for every run the CPU seconds of
 * the solving thread (inflated far less by the load of the machine than the wall-clock seconds), and the local
 * search's steps, move evaluations and score calculations per CPU second ({@link LocalSearchSpeed}).
 * Where {@link HomecareSearch#gathers}, the local search gathers users' visits as the solver does; {@code
 * +rr:gatheringShare=0} is the search before; where {@link HomecareSearch#contactsChoose}, primary contacts choose
 * their users as the solver does ({@code +rr:contactShare=0}: the search before session 13); where {@link
 * HomecareSearch#ruinsPairs}, sequenced pairs are ruined as the solver does ({@code +rr:pairShare=0}: the search
 * before session 15). {@code -Dexplain=true} prints the score of the solved plan per rule under each run.
 */
public final class HomecareSearchComparison {

    private static final HomecareKind KIND = new HomecareKind();
    /** The solver runs on the calling thread: its CPU time is the solve's, whatever else the machine runs. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        boolean byCalcs = args[0].startsWith("calc:");
        long limit = Long.parseLong(byCalcs ? args[0].substring(5) : args[0]);
        int seeds = Integer.parseInt(args[1]);
        long firstSeed = Long.getLong("firstSeed", 1);
        System.out.println("instance | seed | search | visits unplanned after construction | construction s | score "
                + "| objective | total s | total CPU s | local search speed");
        Map<String, long[]> constructions = new HashMap<>();
        for (int a = 2; a < args.length; a++) {
            for (long seed = firstSeed; seed < firstSeed + seeds; seed++) {
                for (String variant : System.getProperty("searches", "old,new").split(",")) {
                    // "old" or "new" construction, optionally with the emptying share ("new@0.5") and flags ("+nomax")
                    List<String> flags = List.of(variant.split("\\+"));
                    String search = flags.get(0).split("@")[0];
                    double emptying = flags.get(0).contains("@") ? Double.parseDouble(flags.get(0).split("@")[1])
                            : HomecareSearch.EMPTYING_SHARE;
                    HomecareDataset input = flags.contains("nomax") ? withoutGreatestLateness(read(args[a]))
                            : read(args[a]);
                    HomecarePlan plan = KIND.toSolution(input, Map.of());
                    List<PhaseConfig> phases = new ArrayList<>(HomecareSearch.construction(search.equals("new")));
                    List<PhaseConfig> constructionOnly = List.copyOf(phases);
                    boolean routesCost = HomecareSearch.routesCost(plan);
                    List<MoveSelectorConfig> moves = HomecareSearch.moves(
                            HomecareSearch.Ruins.of(plan).withEmptyingShare(routesCost ? emptying : 0));
                    if (!routesCost && flags.contains("norr")) {
                        moves.removeIf(MoveIteratorFactoryConfig.class::isInstance);
                    }
                    flags.stream().filter(f -> f.startsWith("rrw=")).forEach(f -> moves.stream()
                            .filter(MoveIteratorFactoryConfig.class::isInstance)
                            .forEach(m -> m.setFixedProbabilityWeight(Double.parseDouble(f.substring(4)))));
                    flags.stream().filter(f -> f.startsWith("rr:")).forEach(f -> moves.stream()
                            .filter(MoveIteratorFactoryConfig.class::isInstance)
                            .map(MoveIteratorFactoryConfig.class::cast)
                            .forEach(m -> m.setMoveIteratorFactoryCustomProperties(with(
                                    m.getMoveIteratorFactoryCustomProperties(), f.substring(3)))));
                    LocalSearchPhaseConfig localSearch = HomecareSearch.localSearch(moves,
                            HomecareSearch.acceptedPerStep(plan));
                    flags.stream().filter(f -> f.startsWith("acc:")).forEach(f -> acceptor(localSearch, f.substring(4), plan));
                    long startSeed = seed;
                    flags.stream().filter(f -> f.startsWith("starts:")).map(f -> f.split(":")).forEach(f -> phases.add(
                            new CustomPhaseConfig().withCustomPhaseCommands(new HomecareStarts(HomecareSearch.config(
                                    List.of(localSearch)), Integer.parseInt(f[1]), Long.parseLong(f[2]), startSeed))));
                    phases.add(localSearch);
                    // the construction does not depend on the seed: run once per instance and construction
                    String key = args[a] + "|" + search + "|" + flags.contains("nomax");
                    long[] construction = constructions.get(key);
                    if (construction == null) {
                        long t0 = System.nanoTime();
                        Solver<HomecarePlan> builder = SolverFactory.<HomecarePlan>create(StepLimitedSolve.config(
                                HomecareSearch.config(constructionOnly), 0, seed)).buildSolver();
                        HomecarePlan built = builder.solve(KIND.toSolution(input, Map.of()));
                        construction = new long[] {built.getVisits().stream().filter(v -> v.getCaregiverDay() == null).count(),
                                System.nanoTime() - t0, ((DefaultSolver<HomecarePlan>) builder).getScoreCalculationCount()};
                        constructions.put(key, construction);
                    }
                    long t1 = System.nanoTime();
                    long cpu1 = CPU.getCurrentThreadCpuTime();
                    SolverConfig config = HomecareSearch.config(phases)
                            .withPreviewFeature(PreviewFeature.DIVERSIFIED_LATE_ACCEPTANCE);
                    if (byCalcs) {
                        long calcLimit = construction[2] + limit;
                        config.setPhaseConfigList(config.getPhaseConfigList().stream().map(p -> p instanceof LocalSearchPhaseConfig ls
                                ? (PhaseConfig) ls.copyConfig().withTerminationConfig(
                                        new TerminationConfig().withScoreCalculationCountLimit(calcLimit))
                                : p).toList());
                        config.setRandomSeed(seed);
                    } else {
                        config = StepLimitedSolve.config(config, (int) limit, seed);
                    }
                    Solver<HomecarePlan> solver = SolverFactory.<HomecarePlan>create(config).buildSolver();
                    LocalSearchSpeed<HomecarePlan> speed = LocalSearchSpeed.of(solver);
                    HomecarePlan solved = solver.solve(plan);
                    System.out.printf("%s | %d | %s | %d | %.1f | %s | %s | %.1f | %.1f | %s%n", args[a], seed,
                            variant, construction[0], construction[1] / 1e9, solved.getScore(),
                            objective(args[a], input, solved), (System.nanoTime() - t1) / 1e9,
                            (CPU.getCurrentThreadCpuTime() - cpu1) / 1e9, speed);
                    if (Boolean.getBoolean("explain")) {
                        System.out.println("  " + byRule(config, solved));
                    }
                }
            }
        }
    }

    /** The plan's score per rule, the worst first (rules that cost nothing left out). */
    private static String byRule(SolverConfig config, HomecarePlan solved) {
        return SolutionManager.<HomecarePlan, HardMediumSoftScore>create(SolverFactory.create(config))
                .analyze(solved).constraintAnalyses().stream()
                .filter(rule -> !rule.score().isZero())
                .sorted(Comparator.comparing(ConstraintAnalysis::score))
                .map(rule -> rule.constraintName() + " " + rule.score().toShortString() + " (" + rule.matchCount() + ")")
                .collect(Collectors.joining(", "));
    }

    /** Sets the acceptor and forager of {@code SPEC} (see the class comment) on the local search. */
    static void acceptor(LocalSearchPhaseConfig localSearch, String spec, HomecarePlan plan) {
        String[] part = spec.split(":");
        String name = part[0];
        LocalSearchAcceptorConfig acceptor = new LocalSearchAcceptorConfig();
        int countAt = 2;
        int accepted = 1;
        switch (name) {
            case "la" -> acceptor.withAcceptorTypeList(List.of(AcceptorType.LATE_ACCEPTANCE))
                    .withLateAcceptanceSize(Integer.parseInt(part[1]));
            case "dla" -> acceptor.withAcceptorTypeList(List.of(AcceptorType.DIVERSIFIED_LATE_ACCEPTANCE))
                    .withLateAcceptanceSize(Integer.parseInt(part[1]));
            case "sa" -> acceptor.withAcceptorTypeList(List.of(AcceptorType.SIMULATED_ANNEALING))
                    .withSimulatedAnnealingStartingTemperature("0hard/0medium/"
                            + Math.max(1, Math.round(Double.parseDouble(part[1]) * typicalLegMinutes(plan))) + "soft");
            case "gd" -> {
                acceptor.withAcceptorTypeList(List.of(AcceptorType.GREAT_DELUGE));
                if (part.length > 1) {
                    acceptor.setGreatDelugeWaterLevelIncrementRatio(Double.parseDouble(part[1]));
                }
            }
            case "schc" -> acceptor.withAcceptorTypeList(List.of(AcceptorType.STEP_COUNTING_HILL_CLIMBING))
                    .withStepCountingHillClimbingSize(Integer.parseInt(part[1]));
            case "tabu" -> {
                acceptor.withAcceptorTypeList(List.of(AcceptorType.MOVE_TABU)).withMoveTabuSize(Integer.parseInt(part[1]));
                accepted = 1000;
            }
            case "hc" -> {
                acceptor.withAcceptorTypeList(List.of(AcceptorType.HILL_CLIMBING));
                countAt = 1;
            }
            default -> throw new IllegalArgumentException("unknown acceptor " + spec);
        }
        if (part.length > countAt) {
            accepted = Integer.parseInt(part[countAt]);
        }
        localSearch.withAcceptorConfig(acceptor)
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(accepted));
    }

    /**
     * The mean driving minutes from a visit to its nearest other visit of the same day, over at most 500 visits
     * evenly spread over the plan's list: the size of a leg in a good route, and so of a typical move's change.
     */
    static double typicalLegMinutes(HomecarePlan plan) {
        List<Visit> visits = plan.getVisits();
        int n = visits.size();
        int stride = Math.max(1, n / 500);
        long sum = 0;
        int count = 0;
        for (int v = 0; v < n; v += stride) {
            Visit visit = visits.get(v);
            int nearest = Integer.MAX_VALUE;
            for (Visit other : visits) {
                if (other.getDayIndex() == visit.getDayIndex() && !other.getVisitId().equals(visit.getVisitId())) {
                    nearest = Math.min(nearest, plan.getTravel().matrix().minutes(visit.location(), other.location()));
                }
            }
            if (nearest != Integer.MAX_VALUE) {
                sum += nearest;
                count++;
            }
        }
        return count == 0 ? 1 : (double) sum / count;
    }

    /** The published benchmark's objective of the plan with its parts, or "—" for our own samples. */
    private static String objective(String instance, HomecareDataset input, HomecarePlan solved) {
        HomecareDataset dataset = KIND.toDataset(input, solved);
        InstanceFormat.Objective objective;
        if (instance.startsWith("solomon:")) {
            objective = new SolomonFormat().objective(SolomonReader.read(
                    Path.of("benchmarks/instances/solomon", instance.substring(8) + ".txt")), dataset);
        } else if (instance.startsWith("mankowska:")) {
            objective = new MankowskaFormat().objective(MankowskaReader.read(
                    Path.of("benchmarks/instances/mankowska2014", instance.substring(10) + ".txt")), dataset);
        } else {
            return "—";
        }
        return String.format(Locale.ROOT, "%.2f (%s)", objective.value(), objective.summary());
    }

    /** The custom properties with {@code NAME=VALUE} set. */
    private static Map<String, String> with(Map<String, String> properties, String assignment) {
        Map<String, String> changed = new HashMap<>(properties == null ? Map.of() : properties);
        changed.put(assignment.split("=")[0], assignment.split("=")[1]);
        return changed;
    }

    private static HomecareDataset withoutGreatestLateness(HomecareDataset d) {
        Map<String, String> weights = new HashMap<>(d.constraintWeights() == null ? Map.of() : d.constraintWeights());
        weights.put(HomecareRules.GREATEST_LATENESS.ruleName(), "0hard/0medium/0soft");
        return d.withConstraintWeights(weights);
    }

    static HomecareDataset read(String instance) throws Exception {
        if (instance.startsWith("generate:")) {
            String[] spec = instance.substring(9).split(":");
            return HomecareGenerator.generate("generated", Integer.parseInt(spec[0]), 1,
                    spec.length > 1 ? Long.parseLong(spec[1]) : 1, HomecareGenerator.FIRST_DATE);
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
