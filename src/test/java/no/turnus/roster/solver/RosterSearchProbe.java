package no.turnus.roster.solver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.AcceptorType;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchPickEarlyType;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import no.turnus.BenchInstances;
import no.turnus.LocalSearchSpeed;
import no.turnus.StepLimitedSolve;
import no.turnus.io.inrc.InrcEvaluator;
import no.turnus.io.inrc.InrcInstance;
import no.turnus.io.inrc.InrcRosterMapping;
import no.turnus.io.inrc.InrcXmlReader;
import no.turnus.kinds.StandardKinds;
import no.turnus.problem.DatasetReader;
import no.turnus.roster.RosterKind;
import no.turnus.roster.domain.Roster;
import no.turnus.roster.input.RosterDataset;

/**
 * Manual measurement, not a unit test: the roster search before and after a change, side by side, seeded and
 * step-limited so that a loaded machine gives the same plans. For each instance, seed and configuration it prints
 * the first fully covered best (score, seconds) and the score after the local search steps; INRC instances also get the
 * independent evaluator's objective. The speed of the local search is its move evaluations and score calculations
 * per second of the solving thread's CPU time (wall clock is noisy on a shared machine). Run after {@code mvn -o -q test-compile}:
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) no.turnus.roster.solver.RosterSearchProbe \
 *     2000 1,2,3 old,own sprint01 roster-merged
 * </pre>
 * Configurations: {@code own} is the kind's configuration, {@code accepted-N} the same with N accepted moves
 * a Tabu step whatever the size (the kind takes 1 000 only for large problems, and did for all until issue #11's
 * stalled instances), {@code own+early} and the like the kind's Tabu with the changes of
 * {@link #vary}, {@code no-ruin} the same without ruin and recreate
 * ({@link RosterSearch.Moves#BLOCKS} instead of {@link RosterSearch.Moves#BLOCKS_RUIN}); {@code old} the one before this search work (First Fit,
 * then Tabu over change and swap moves), {@code first-fit-blocks} the same with block moves; {@code places} the greedy construction with that Tabu; {@code blocks},
 * {@code block-swaps}, {@code block-transfers} add block moves ({@link RosterSearch.Moves}); {@code annealing} and {@code annealing-blocks} swap Tabu for simulated annealing
 * (start temperature 4soft, one accepted move a step). Compare annealing and Tabu by move count ({@code 200000m}).
 * {@code eligible} is the kind's Tabu with change and swap moves offered only where each place goes to someone eligible
 * for it ({@link EligibleMoves}; the kind does so under the Norwegian rules, {@link RosterSearch#filtersPlaces}),
 * {@code unfiltered} the same without that filter (the kind before it). With {@code -Dbreakdown=true} it also prints
 * the best roster's score rule by rule ({@link RosterScoreBreakdown}).
 */
public final class RosterSearchProbe {

    private static final RosterKind KIND = new RosterKind();

    private RosterSearchProbe() {
    }

    public static void main(String[] args) throws IOException {
        String limit = args[0];
        List<Long> seeds = new ArrayList<>();
        for (String seed : args[1].split(",")) {
            seeds.add(Long.parseLong(seed));
        }
        String[] configurations = args[2].split(",");
        for (int i = 3; i < args.length; i++) {
            for (String configuration : configurations) {
                for (long seed : seeds) {
                    run(args[i], configuration, limit, seed);
                }
            }
        }
    }

    private static void run(String name, String configuration, String limit, long seed) throws IOException {
        InrcInstance inrc = name.startsWith("roster") ? null
                : InrcXmlReader.read(BenchInstances.of("inrc2010/" + name + ".xml"));
        RosterDataset dataset = inrc != null ? InrcRosterMapping.dataset(inrc)
                : (RosterDataset) new DatasetReader(StandardKinds.all())
                .read(Files.readAllBytes(Path.of("data-samples", name + ".json"))).dataset();
        Roster problem = KIND.toSolution(dataset, Map.of());
        SolverConfig config = limited(configuration(configuration, problem), limit, seed);
        Solver<Roster> solver = SolverFactory.<Roster>create(config).buildSolver();
        long start = System.nanoTime();
        double[] firstSeconds = {-1};
        Object[] first = {null};
        solver.addEventListener(event -> {
            // The empty plan counts as initialised (places may stay empty), so the first full one is what counts.
            if (first[0] == null && ((HardMediumSoftScore) event.getNewBestScore()).mediumScore() == 0) {
                first[0] = event.getNewBestScore();
                firstSeconds[0] = (System.nanoTime() - start) / 1e9;
            }
        });
        LocalSearchSpeed<Roster> speed = LocalSearchSpeed.of(solver);
        Roster best = solver.solve(problem);
        double seconds = (System.nanoTime() - start) / 1e9;
        String objective = inrc == null ? "" : " | INRC " + InrcEvaluator.evaluate(inrc,
                InrcRosterMapping.solution(inrc, KIND.toDataset(dataset, best))).softPenalty();
        System.out.printf(Locale.ROOT, "%s | %s | seed %d | first covered %s at %.2f s | after %s %s%s | %.1f s | %s%n",
                name, configuration, seed, first[0], firstSeconds[0], limit, best.getScore(), objective, seconds, speed);
        if (Boolean.getBoolean("breakdown")) {
            RosterScoreBreakdown.print(name + " | " + configuration + " | seed " + seed, best, config);
        }
    }

    /**
     * {@code 100} steps of each local search phase, or {@code 200000m} move evaluations in all: the fair limit
     * between acceptors that take very different numbers of moves per step (Tabu 100, annealing 1).
     */
    private static SolverConfig limited(SolverConfig config, String limit, long seed) {
        if (!limit.endsWith("m")) {
            return StepLimitedSolve.config(config, Integer.parseInt(limit), seed);
        }
        return new SolverConfig(config).withRandomSeed(seed).withTerminationConfig(
                new TerminationConfig().withMoveCountLimit(Long.parseLong(limit.substring(0, limit.length() - 1))));
    }

    /**
     * One change to the kind's Tabu ({@code own+a+b} applies a, then b): {@code early} or {@code early-best} take a
     * step at the first accepted move better than the last step (or than the best) instead of the best of all accepted
     * moves. (Weekend, hours and mixing moves aimed at roster-merged's rule gaps were screened the same way; they lost
     * and are on branch rm-push-tried; night-series moves and three-employee mixing chains, session 15, lost too and
     * are on branch rm-quality-tried.)
     */
    private static void vary(LocalSearchPhaseConfig search, String change) {
        int dash = change.lastIndexOf('-');
        String head = dash < 0 ? change : change.substring(0, dash);
        String value = dash < 0 ? "" : change.substring(dash + 1);
        switch (head) {
            case "early", "early-best" -> search.getForagerConfig().setPickEarlyType(change.equals("early")
                    ? LocalSearchPickEarlyType.FIRST_LAST_STEP_SCORE_IMPROVING
                    : LocalSearchPickEarlyType.FIRST_BEST_SCORE_IMPROVING);
            // Acceptors (issue #11, rm-search): la-N late acceptance over N steps, dla-N diversified late
            // acceptance, sa-T simulated annealing from T soft; each with one accepted move a step unless an acc-K
            // follows. tabu-N the entity tabu size, acc-K the accepted moves a step.
            case "la" -> {
                search.setAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(Integer.parseInt(value)));
                search.getForagerConfig().setAcceptedCountLimit(1);
            }
            case "dla" -> {
                search.setAcceptorConfig(new LocalSearchAcceptorConfig()
                        .withAcceptorTypeList(List.of(AcceptorType.DIVERSIFIED_LATE_ACCEPTANCE))
                        .withLateAcceptanceSize(Integer.parseInt(value)));
                search.getForagerConfig().setAcceptedCountLimit(1);
            }
            case "sa" -> RosterSearch.annealing(search, "0hard/0medium/" + value + "soft");
            case "tabu" -> search.getAcceptorConfig().setEntityTabuSize(Integer.parseInt(value));
            case "acc" -> search.getForagerConfig().setAcceptedCountLimit(Integer.parseInt(value));
            // Targeted weekend moves (WeekendMoveFactory) at the given weight: wk both forms, wkt handovers, wks swaps.
            case "wk", "wkt", "wks" -> RosterSearch.adding(search, RosterSearch.weekendMoves(
                    head.equals("wk") ? "any" : head.equals("wkt") ? "transfer" : "swap", Double.parseDouble(value)));
            // rr-W, ch-W, sw-W: ruin and recreate, change or swap moves at weight W against the other
            // neighbourhoods' (1 unless set; 0: none).
            case "rr" -> RosterSearch.weighting(search, moves -> moves instanceof MoveIteratorFactoryConfig factory
                    && factory.getMoveIteratorFactoryClass() == RuinRecreateMoveFactory.class, Double.parseDouble(value));
            case "ch" -> RosterSearch.weighting(search, ChangeMoveSelectorConfig.class::isInstance,
                    Double.parseDouble(value));
            case "sw" -> RosterSearch.weighting(search, SwapMoveSelectorConfig.class::isInstance,
                    Double.parseDouble(value));
            default -> throw new IllegalArgumentException("unknown change " + change);
        }
    }

    private static SolverConfig configuration(String name, Roster problem) {
        SolverConfig own = KIND.solverConfig(problem);
        return switch (name) {
            case "own" -> own;
            // The kind's search before annealing and weekend moves (session 13): Tabu with the kind's accepted moves
            // a step; "annealing-only" the kind's annealing without the weekend moves.
            case "annealing-only" -> {
                LocalSearchPhaseConfig search = RosterSearch.tabu(RosterSearch.Moves.BLOCKS_RUIN,
                        RosterSearch.acceptedPerStep(problem), RosterSearch.filtersPlaces(problem));
                RosterSearch.annealing(search, RosterSearch.ANNEALING_START);
                yield new SolverConfig(own).withPhases(own.getPhaseConfigList().get(0), search);
            }
            case "tabu" -> new SolverConfig(own).withPhases(own.getPhaseConfigList().get(0),
                    RosterSearch.tabu(RosterSearch.Moves.BLOCKS_RUIN, RosterSearch.acceptedPerStep(problem),
                            RosterSearch.filtersPlaces(problem)));
            case "unfiltered" -> new SolverConfig(own).withPhases(own.getPhaseConfigList().get(0),
                    RosterSearch.tabu(RosterSearch.Moves.BLOCKS_RUIN, RosterSearch.acceptedPerStep(problem), false));
            case "eligible" -> new SolverConfig(own).withPhases(own.getPhaseConfigList().get(0),
                    RosterSearch.tabu(RosterSearch.Moves.BLOCKS_RUIN, RosterSearch.acceptedPerStep(problem), true));
            case "no-ruin" -> new SolverConfig(own).withPhases(own.getPhaseConfigList().get(0),
                    RosterSearch.tabu(RosterSearch.Moves.BLOCKS));
            case "old", "first-fit-blocks" -> new SolverConfig(own).withPhases(new ConstructionHeuristicPhaseConfig()
                    .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT),
                    RosterSearch.tabu(name.equals("old") ? RosterSearch.Moves.PLACES : RosterSearch.Moves.BLOCKS));
            case "places", "blocks", "block-swaps", "block-transfers" -> RosterSearch.config(problem.getRuleSet(),
                    RosterSearch.Moves.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_')));
            case "annealing", "annealing-blocks" -> {
                LocalSearchPhaseConfig search = RosterSearch.tabu(name.endsWith("blocks") ? RosterSearch.Moves.BLOCKS
                        : RosterSearch.Moves.PLACES)
                        .withAcceptorConfig(new LocalSearchAcceptorConfig()
                                .withSimulatedAnnealingStartingTemperature("0hard/0medium/4soft"))
                        .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
                yield new SolverConfig(own).withPhases(own.getPhaseConfigList().get(0), search);
            }
            default -> {
                if (name.startsWith("own+")) {
                    LocalSearchPhaseConfig search = ((LocalSearchPhaseConfig) own.getPhaseConfigList().get(1)).copyConfig();
                    for (String change : name.substring("own+".length()).split("\\+")) {
                        vary(search, change);
                    }
                    yield new SolverConfig(own).withPhases(own.getPhaseConfigList().get(0), search);
                }
                if (!name.startsWith("accepted-")) {
                    throw new IllegalArgumentException("unknown configuration " + name);
                }
                yield new SolverConfig(own).withPhases(own.getPhaseConfigList().get(0),
                        RosterSearch.tabu(RosterSearch.Moves.BLOCKS_RUIN,
                                Integer.parseInt(name.substring("accepted-".length())), RosterSearch.filtersPlaces(problem)));
            }
        };
    }
}
