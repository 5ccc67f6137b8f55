package no.turnus.roster.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import no.turnus.roster.domain.Roster;
import no.turnus.roster.domain.Slot;
import no.turnus.roster.rules.RosterRuleSet;
import no.turnus.roster.rules.RosterRules;

/**
 * The roster search: a construction chosen by the problem's size (First Fit for small ones, the greedy
 * construction for large ones), then Tabu search (entity tabu 7; 100 accepted moves a step, 300 on large problems)
 * over change and swap moves of single places (under the Norwegian rules only to eligible employees,
 * {@link #filtersPlaces}), block moves of runs of days and, now and then, ruin and recreate of one
 * or two employees' horizon (the kind uses {@link Moves#BLOCKS_RUIN}; the other choices are there to measure each
 * neighbourhood on its own). Large problems under the Norwegian rules anneal instead, with targeted weekend moves
 * added ({@link #anneals}). Measurements and the reasons for each choice are in docs/roster.md.
 */
public final class RosterSearch {

    private RosterSearch() {
    }

    /**
     * Problems with at most this many (place, employee) pairs are built by First Fit, larger ones by the greedy
     * construction. First Fit asks the score once per pair: up to here that takes a few seconds at most (INRC
     * medium01, 18 848 pairs: 6 s on the loaded machine) and its better start pays (seeded 30-step runs with block
     * moves, sprint01-03: 57-66 against 60-69 from the greedy start, docs/roster.md). Above it, e.g. roster-merged
     * (136 896 pairs, 10-30 s) or INRC long01 (36 260, 18 s), a job would wait too long for its first whole roster.
     */
    static final long FIRST_FIT_PAIRS = 20_000;

    /**
     * The configuration the roster kind uses for this problem: construction by size, then Tabu with blocks and R&R, or
     * annealing with weekend moves added on large Norwegian problems ({@link #anneals}).
     */
    public static SolverConfig config(Roster problem) {
        LocalSearchPhaseConfig search = tabu(Moves.BLOCKS_RUIN, acceptedPerStep(problem), filtersPlaces(problem));
        return config(problem.getRuleSet(), pairs(problem) <= FIRST_FIT_PAIRS ? firstFit() : construction(),
                anneals(problem) ? annealing(search) : annealsPlain(problem) ? annealing(search, PLAIN_ANNEALING_START)
                        : search);
    }

    /**
     * Simulated annealing's starting temperature where the search anneals with the Tabu search's own moves
     * ({@link #annealsPlain}): the lowest a whole-number soft score allows, since a rule's weight there is 1 or 2.
     */
    static final String PLAIN_ANNEALING_START = "0hard/0medium/1soft";

    /**
     * Whether the search anneals from {@link #PLAIN_ANNEALING_START} over the Tabu search's moves, one accepted move
     * a step: problems under other rule sets than the Norwegian one (INRC-2010's) built by the greedy construction
     * ({@link #FIRST_FIT_PAIRS}), i.e. INRC's long instances. Seeded runs of 10 000 000 moves (about a quiet 5 minute
     * run), seeds 1/2/3, Tabu against annealing: long02 225 / 224 / 222 against 223 / 224 / 223 (best known 219),
     * long01 199 / 198 / 198 against 197 / 198 / 197 (best known 197): a point at most either way, but the medians better on
     * both (benchmarks/RESULTS.md, session 14). From 2soft it was worse (long02 at 2 000 000 moves 233 / 234 against
     * 227 / 229 from 1soft); sprint and medium keep Tabu, where annealing from 4soft had lost 1-2 points (sprint04).
     */
    static boolean annealsPlain(Roster problem) {
        return problem.getRuleSet() != RosterRuleSet.NORWEGIAN && pairs(problem) > FIRST_FIT_PAIRS;
    }

    /**
     * Simulated annealing's starting temperature on large Norwegian problems ({@link #anneals}); Timefold lowers it
     * to 0 as the time (or move) limit runs out. 2soft and 8soft did worse at 300 000 moves (benchmarks/RESULTS.md,
     * session 13).
     */
    static final String ANNEALING_START = "0hard/0medium/4soft";

    /**
     * Whether the search anneals instead of Tabu, with targeted weekend moves ({@link #annealing}): large problems
     * ({@link #FEW_ACCEPTED_PAIRS}) under the Norwegian rules with the eligible place moves ({@link #filtersPlaces}). Seeded runs of 1 000 000 moves on roster-merged
     * (about a quiet 60 s run), seeds 1/2/3: Tabu (300 accepted moves a step) -2 670 / -2 830 / -2 732soft, annealing
     * from 4soft with one accepted move a step -2 594 / -2 605 / -2 621soft (benchmarks/RESULTS.md, session 13).
     * Before the eligible filter annealing had lost here; late acceptance (400, 1 000) lost far behind both. INRC and
     * small rosters keep Tabu: not measured with annealing since (it lost 1-2 points on sprint04 before).
     */
    static boolean anneals(Roster problem) {
        return pairs(problem) > FEW_ACCEPTED_PAIRS && filtersPlaces(problem);
    }

    /**
     * The chance of a targeted weekend move ({@link WeekendMoveFactory}) against each other neighbourhood's 1, when
     * the search anneals. Seeded runs of 1 000 000 moves on roster-merged, seeds 1/2/3: annealing -2 594 / -2 605 /
     * -2 621soft, annealing with weekend moves at 0.2 -2 505 / -2 462 / -2 515soft (the weekend rules together
     * 381-446 → 306-353). Under Tabu they did not pay (0.05 lost, 0.2 won 2 of 3 by 0.7 % of the median with the
     * weekend rules no better; benchmarks/RESULTS.md, session 13).
     */
    static final double WEEKEND_WEIGHT = 0.2;

    /**
     * The chance of a single-place change move against each other neighbourhood's 1, when the search anneals.
     * Seeded runs of 1 800 000 moves on roster-merged (about a quiet 60 s run), seeds 1-5: at 1 -2 380 / -2 429 /
     * -2 393 / -2 488 / -2 400soft, at 0.5 -2 328 / -2 353 / -2 321 / -2 375 / -2 449soft (median -2 400 → -2 353, the
     * weekend rules and runs of days lower); swap moves at 0.5 instead lost (-2 423 on seed 1), and so did change
     * moves at 0.3 and 0.7 on seed 1 (-2 440, -2 443: not a smooth optimum, more seeds wanted). Each other
     * neighbourhood, the costly ruin and recreate included, is drawn about 18 % more often. Timed at 60 s on the
     * quiet VM against 1, seeds 1–3: -2 448 / -2 407 / -2 442 → -2 493 / -2 427 / -2 374soft, median 0.6 % better,
     * better on 1 of 3: inside the run-to-run scatter, neither confirmed nor refuted (benchmarks/RESULTS.md, session 15).
     */
    static final double CHANGE_WEIGHT = 0.5;

    /**
     * The same moves, change moves at {@link #CHANGE_WEIGHT}, plus targeted weekend moves at {@link #WEEKEND_WEIGHT},
     * under simulated annealing from {@link #ANNEALING_START}, one accepted move a step.
     */
    static LocalSearchPhaseConfig annealing(LocalSearchPhaseConfig search) {
        return annealing(adding(weighting(search, ChangeMoveSelectorConfig.class::isInstance, CHANGE_WEIGHT),
                weekendMoves("any", WEEKEND_WEIGHT)), ANNEALING_START);
    }

    /** The search under simulated annealing from {@code start}, one accepted move a step. */
    static LocalSearchPhaseConfig annealing(LocalSearchPhaseConfig search, String start) {
        return search.withAcceptorConfig(new LocalSearchAcceptorConfig().withSimulatedAnnealingStartingTemperature(start))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
    }

    /** Targeted weekend moves ({@link WeekendMoveFactory}) of the given {@link BlockForm} mode at the given weight. */
    static MoveIteratorFactoryConfig weekendMoves(String mode, double weight) {
        return new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(WeekendMoveFactory.class)
                .withMoveIteratorFactoryCustomProperties(Map.of("mode", mode))
                .withFixedProbabilityWeight(weight);
    }

    /** The search with one more neighbourhood in its union of moves. */
    @SuppressWarnings("rawtypes") // UnionMoveSelectorConfig holds a raw list
    static LocalSearchPhaseConfig adding(LocalSearchPhaseConfig search, MoveSelectorConfig moves) {
        UnionMoveSelectorConfig union = (UnionMoveSelectorConfig) search.getMoveSelectorConfig();
        List<MoveSelectorConfig> selectors = new ArrayList<>(union.getMoveSelectorList());
        selectors.add(moves);
        return search.withMoveSelectorConfig(new UnionMoveSelectorConfig(selectors));
    }

    /**
     * The search with the neighbourhoods {@code chosen} drawn at {@code weight} against the others' (1 unless set),
     * or left out at 0.
     */
    @SuppressWarnings("rawtypes") // UnionMoveSelectorConfig holds a raw list
    static LocalSearchPhaseConfig weighting(LocalSearchPhaseConfig search, Predicate<MoveSelectorConfig> chosen,
                                            double weight) {
        List<MoveSelectorConfig> selectors = new ArrayList<>();
        UnionMoveSelectorConfig union = (UnionMoveSelectorConfig) search.getMoveSelectorConfig();
        for (MoveSelectorConfig moves : union.getMoveSelectorList()) {
            if (!chosen.test(moves)) {
                selectors.add(moves);
            } else if (weight > 0) {
                selectors.add(((MoveSelectorConfig<?>) moves.copyConfig()).withFixedProbabilityWeight(weight));
            }
        }
        return search.withMoveSelectorConfig(new UnionMoveSelectorConfig(selectors));
    }

    /**
     * Whether the change and swap moves are offered only to eligible employees ({@link EligibleMoves}): under the
     * Norwegian rules, where ward, competence, absence and shift length are hard, unless a job's weights make one of
     * them less than hard. Seeded, move-limited runs on roster-merged, 600 000 moves, seeds 1/2/3: -3 128 / -3 115 /
     * -3 028soft unfiltered against -2 939 / -3 011 / -2 932soft filtered (benchmarks/RESULTS.md); offering change
     * moves only to someone free that day as well was no better (-2 933 / -3 110 / -2 985soft).
     */
    static boolean filtersPlaces(Roster problem) {
        if (problem.getRuleSet() != RosterRuleSet.NORWEGIAN) {
            return false;
        }
        ConstraintWeightOverrides<HardMediumSoftScore> overrides = problem.getConstraintWeightOverrides();
        for (RosterRules rule : List.of(RosterRules.WARD_NOT_ALLOWED, RosterRules.COMPETENCE, RosterRules.UNAVAILABLE,
                RosterRules.SHIFT_TOO_LONG)) {
            HardMediumSoftScore weight = overrides == null ? null : overrides.getConstraintWeight(rule.ruleName());
            if (weight != null && weight.hardScore() <= 0) {
                return false;
            }
        }
        return true;
    }

    /** The problem's size as the search's choices measure it: places times employees. */
    private static long pairs(Roster problem) {
        return (long) problem.getSlots().size() * problem.getEmployees().size();
    }

    /** The greedy construction, then Tabu over the given moves, for a roster scored by the given rule set. */
    public static SolverConfig config(RosterRuleSet rules, Moves moves) {
        return config(rules, construction(), tabu(moves));
    }

    private static SolverConfig config(RosterRuleSet rules, PhaseConfig<?> construction,
                                       LocalSearchPhaseConfig search) {
        return new SolverConfig()
                .withSolutionClass(Roster.class)
                .withEntityClasses(Slot.class)
                .withConstraintProviderClass(rules.provider())
                .withPhases(construction, search);
    }

    /**
     * For Timefold's assignment recommendations ({@code RosterKind.recommend}), which place one employee by a
     * construction heuristic and need it as the only and first phase: the search itself starts with the greedy
     * construction, a custom phase.
     */
    public static SolverConfig recommendation(RosterRuleSet rules) {
        return config(rules, Moves.PLACES).withPhases(firstFit());
    }

    public static CustomPhaseConfig construction() {
        return new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(GreedyConstruction.class));
    }

    public static ConstructionHeuristicPhaseConfig firstFit() {
        return new ConstructionHeuristicPhaseConfig().withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT);
    }

    /** Which neighbourhoods the local search draws from, besides changing and swapping single places. */
    public enum Moves {
        /** Single places only. */
        PLACES(null),
        /** Plus block swaps and block transfers. */
        BLOCKS("any"),
        /** Plus block swaps where both work in the block. */
        BLOCK_SWAPS("swap"),
        /** Plus handing a block to someone free then. */
        BLOCK_TRANSFERS("transfer"),
        /** Plus block moves and, now and then, ruin and recreate of one or two employees' horizon. */
        BLOCKS_RUIN("any", true);

        private final String blockMode;
        private final boolean ruin;

        Moves(String blockMode) {
            this(blockMode, false);
        }

        Moves(String blockMode, boolean ruin) {
            this.blockMode = blockMode;
            this.ruin = ruin;
        }
    }

    /**
     * The chance of a ruin and recreate against each other neighbourhood's 1 (Timefold's fixed probability weight):
     * it costs a pass over the plan, and it is a perturbation, not the search's main move.
     */
    static final double RUIN_WEIGHT = 0.05;

    /**
     * Moves the Tabu forager accepts before it takes the best of them as the step. It was 1 000 until issue #11's
     * stalled INRC instances; with 100 a step costs a tenth of the moves, so Tabu takes ten times as many steps and
     * its tabu list turns over ten times as often for the same move count, which is what gets it out of the
     * local optima it sat in. Seeded, move-limited runs, seeds 1/2/3, 1 000 against 100 (benchmarks/RESULTS.md):
     * sprint03 after 2 000 000 moves (about 60 s on the quiet VM) 52/54/54 against 51/51/51 (the best known),
     * sprint04 62/63/61 against 60/59/59 (best known 59), sprint05 after 1 000 000 moves 60/58/59 against 58/58/58,
     * medium01 254/256/252 against 248/245/246, roster-merged after 300 000 moves -3 450/-3 411/-3 496soft against
     * -3 256/-3 403/-3 411soft. Late acceptance, simulated annealing, a longer tabu list, a same-day swap
     * neighbourhood and an iterated search with ruin-and-recreate kicks did worse or no better at equal moves.
     * Timed on the quiet VM, 60 s, seeds 1/2/3, old jar against new: sprint03 52/54/54 against 51/51/51, sprint04
     * 61/62/61 against 59/59/59, medium01 247/248/250 against 244/243/244; but roster-merged lost on every seed
     * (see {@link #FEW_ACCEPTED_PAIRS}).
     */
    static final int ACCEPTED_PER_STEP = 100;

    /**
     * The accepted moves a step above {@link #FEW_ACCEPTED_PAIRS}. It was 1 000 (the setting before issue #11's
     * change); on roster-merged with the eligible place moves, 300 takes 3.3 times the steps for the same moves and
     * won on 3 of 3 seeds: seeded runs of 1 100 000 moves (about a quiet 60 s run), seeds 1/2/3, -2 782 / -2 839 /
     * -2 775soft with 1 000 against -2 658 / -2 815 / -2 727soft with 300, with no fewer moves per CPU second
     * (benchmarks/RESULTS.md). 100 had lost here in a timed run before the eligible filter.
     */
    static final int ACCEPTED_PER_STEP_LARGE = 300;

    /**
     * Problems with at most this many (place, employee) pairs take {@link #ACCEPTED_PER_STEP} moves a step, larger
     * ones {@link #ACCEPTED_PER_STEP_LARGE}: on roster-merged (136 896 pairs) 100 accepted moves lost to 1 000 on 3 of 3 seeds
     * in the timed 60 s run (-3 155/-3 135/-2 996soft with 1 000 against -3 196/-3 173/-3 260soft with 100), where a
     * step over its far larger neighbourhood needs more candidates to find a good move. medium01 (18 848 pairs) gains,
     * and so do INRC long01/long02 (36 260 pairs; timed 60 s, quiet VM, seeds 1/2/3, 1 000 against 100: long01
     * 203/210/204 against 199/200/201, long02 239/236/240 against 228/229/230). The bound lies between long (36 260)
     * and roster-merged, not at a measured edge.
     */
    static final long FEW_ACCEPTED_PAIRS = 40_000;

    /** Tabu over these moves, taking {@link #ACCEPTED_PER_STEP} accepted moves a step. */
    public static LocalSearchPhaseConfig tabu(Moves moves) {
        return tabu(moves, ACCEPTED_PER_STEP);
    }

    static LocalSearchPhaseConfig tabu(Moves moves, int acceptedPerStep) {
        return tabu(moves, acceptedPerStep, false);
    }

    /** The accepted moves a Tabu step takes on this problem ({@link #FEW_ACCEPTED_PAIRS}). */
    static int acceptedPerStep(Roster problem) {
        return pairs(problem) <= FEW_ACCEPTED_PAIRS ? ACCEPTED_PER_STEP : ACCEPTED_PER_STEP_LARGE;
    }

    /**
     * The same, the change and swap moves offered only where each place goes to someone eligible for it
     * ({@link EligibleMoves}) when {@code eligibleOnly}.
     */
    static LocalSearchPhaseConfig tabu(Moves moves, int acceptedPerStep, boolean eligibleOnly) {
        ChangeMoveSelectorConfig change = new ChangeMoveSelectorConfig();
        SwapMoveSelectorConfig swap = new SwapMoveSelectorConfig();
        if (eligibleOnly) {
            change.setFilterClass(EligibleMoves.Change.class);
            swap.setFilterClass(EligibleMoves.Swap.class);
        }
        List<MoveSelectorConfig> selectors = new ArrayList<>(List.of(change, swap));
        if (moves.blockMode != null) {
            selectors.add(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(BlockMoveFactory.class)
                    .withMoveIteratorFactoryCustomProperties(Map.of("mode", moves.blockMode)));
        }
        if (moves.ruin) {
            selectors.add(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(RuinRecreateMoveFactory.class)
                    .withFixedProbabilityWeight(RUIN_WEIGHT));
        }
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig(selectors))
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuSize(7))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(acceptedPerStep));
    }
}
