package no.turnus.homecare.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.ListChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.ListSwapMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.SubListChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.SubListSwapMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.kopt.KOptListMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.AcceptorType;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import no.turnus.homecare.domain.CaregiverDay;
import no.turnus.homecare.domain.HomecarePlan;
import no.turnus.homecare.domain.Visit;
import no.turnus.homecare.rules.HomecareConstraints;
import no.turnus.homecare.rules.HomecareRules;

/** The solver configuration of home-care routing, chosen per plan: which phases and which moves. */
public final class HomecareSearch {

    /**
     * Visit parts from which {@link HomecareConstruction} plans first. Measured (benchmarks/RESULTS.md, seeded,
     * 1 000 local search steps): on the Narvik sample (584) 12 % better soft score than first fit on 3 of 3
     * seeds and a 10× quicker construction; on Solomon R201 no difference, on Mankowska 100_1 4× worse (lateness
     * there is soft only, and the insertion traded it for travel). With the lateness a place pushes on priced, and
     * ruin-and-recreate after it, still worse on Mankowska 200_1 (2 of 2 seeds) and better on only 1 of 3 seeds
     * of 100_1, so the published instances keep first fit.
     */
    static final int LARGE = 500;

    /**
     * The most visits a neighbourhood or string ruin of our ruin-and-recreate takes (see {@link RuinRecreateMoves}),
     * from 3 (uniformly drawn), where routes cost nothing: the size every plan had when ruin-and-recreate was
     * measured for them (Mankowska, Narvik; benchmarks/RESULTS.md), not measured against others there.
     */
    static final int MAX_RUINED = 12;

    /**
     * {@link #MAX_RUINED} where routes cost (Solomon's 100 customers). Seeded, 1 M score calculations (a quiet 60 s
     * run), seeds 1–5, vehicles unchanged, against 12: RC201 1 441.11 / 1 435.45 / 1 424.67 / 1 413.52 / 1 440.16 →
     * 1 415.00 / 1 423.60 / 1 432.79 / 1 421.44 / 1 427.40 (median 1 435.45 → 1 423.60, 2.0 % → 1.2 % above the
     * best known, every seed within 2 %), R201 median equal (1 253.26); seeds 1–3, R101 1 673.62 / 1 653.58 /
     * 1 650.85 → 1 651.10 / 1 651.06 / 1 653.58, RC101 1 644.80 / 1 642.86 / 1 636.97 → 1 636.90 / 1 631.66 /
     * 1 635.45 (benchmarks/RESULTS.md, "larger ruins", session 15). 18 won RC201's median less (1 431.34) and
     * lost R201's by 0.03 %; 24 won RC201's most (1 413.52) but lost R201's (1 261.58) and was bimodal on RC201
     * (1 407.71 to 1 472.90). Timed at 60 s on the quiet VM, seeds 1–3: RC201 1 415.00 / 1 406.94 / 1 429.23 (jsprit
     * 1 437.08 / 1 451.56 / 1 465.60).
     */
    static final int MAX_RUINED_WHERE_ROUTES_COST = 20;

    /** The share of our ruin-and-recreate moves that empty a whole route (see {@link RuinRecreateMoves}). */
    static final double EMPTYING_SHARE = 0.5;

    /**
     * The share of our neighbourhood ruin-and-recreate moves that put their visits back in random order, not earliest
     * deadline first (see {@link RuinRecreateMoves}), on plans whose routes cost (Solomon): there most windows are
     * wide, so the deadline order puts the same ruin back the same way every time. Seeded, 1 M score calculations (a
     * quiet 60 s run), seeds 1–3, vehicles unchanged: R201 1 296.22 / 1 267.75 / 1 280.80 → 1 264.28 / 1 262.64 /
     * 1 262.41, RC201 1 512.33 / 1 486.99 / 1 473.61 → 1 439.78 / 1 436.00 / 1 444.73; R101 and RC101 better on 2 of
     * 3 (medians 1 663.01 → 1 653.53, 1 665.47 → 1 644.84; the third 0.5 % and 0.9 % worse) (benchmarks/RESULTS.md,
     * "random recreate order"). Not measured elsewhere, so other plans draw no number for it and search as before.
     */
    static final double SHUFFLED_SHARE = 1;

    /**
     * The share of our neighbourhood ruin-and-recreate moves that ruin strings of consecutive visits of the routes
     * near a seed instead of its nearest visits (see {@link RuinRecreateMoves}), on plans whose routes cost
     * (Solomon), with {@link #SHUFFLED_SHARE}: whole stretches of neighbouring routes freed, so that the recreate
     * can redraw where one route's part of the area ends. Seeded, 1 M score calculations, seeds 1–3, vehicles
     * unchanged, against the random order alone: R201 1 264.28 / 1 262.64 / 1 262.41 → 1 274.52 / 1 253.23 /
     * 1 253.26, RC201 1 439.78 / 1 436.00 / 1 444.73 → 1 441.11 / 1 435.45 / 1 424.67, R101 and RC101 better on 2 of
     * 3 (R101 seed 1 1.2 % worse, median equal; RC101 median 1 644.84 → 1 642.86); alone, without the random order,
     * it lost R201 (benchmarks/RESULTS.md, "random recreate order"). Other plans draw no number for it.
     */
    static final double STRING_SHARE = 0.5;

    /**
     * The share of our ruin-and-recreate moves that gather a user's visits on one route (see
     * {@link RuinRecreateMoves}), on plans where continuity of care counts ({@link #gathers}). Seeded, 1.4 M score
     * calculations (a quiet 60 s run), on the Narvik sample: better on 3 of 3 seeds (median −11 049 → −10 925 soft),
     * the distinct caregivers per user 4 980–5 040 → 4 680–4 740 (benchmarks/RESULTS.md, "continuity of care").
     */
    static final double GATHERING_SHARE = 0.5;

    /**
     * The share of our ruin-and-recreate moves in which a primary contact chooses which of its users it keeps (see
     * {@link RuinRecreateMoves}), on plans that gather ({@link #gathers}) and name primary contacts. Seeded, 1.4 M
     * score calculations on the Narvik sample: better on 4 of 5 seeds (median −10 925 → −10 871 soft); the
     * generated day (1 720 users, 360 000) better on 2 of 2; 0.5 worse than 0.25 (benchmarks/RESULTS.md, session 13).
     */
    static final double CONTACT_SHARE = 0.25;

    /**
     * The share of our ruin-and-recreate moves that ruin a sequenced pair whole and a string of each part's route
     * around it (see {@link RuinRecreateMoves}; their other ruins then take a pair they meet whole too), on the plans
     * of {@link #ruinsPairs}. On Mankowska's instances one caregiver alone has the skills of many first parts of
     * pairs, so that route's order is the plan's bottleneck; single moves cannot change it (moving a first part
     * earlier leaves its follower past the maximum gap, a hard break) and other ruins never take a pair. Seeded,
     * score calculations of a quiet 60 s run, seeds 1–5, against the search without: 50_1 better on 5 of 5 (median
     * 1 005.08 → 956.68, 6.5 % → 1.4 % above the best known), 100_1 on 4 of 5 (1 284.19 → 1 264.95, 2.3 % → 0.7 %),
     * 25_1 on 2 of 3, equal on one; 200_1 (1.35 M) on 4 of 5 (1 351.03 → 1 322.48, 9.2 % → 6.9 %)
     * (benchmarks/RESULTS.md, "sequenced pairs ruined whole", session 15). Timed at 60 s on the quiet VM, seeds 1–3,
     * the same plans: 50_1 median 1 005.08 → 947.54 (0.4 %), 100_1 1 374.11 → 1 267.13 (0.9 %). Only 0.3 was
     * measured.
     */
    static final double PAIR_SHARE = 0.3;

    /**
     * How often our ruin-and-recreate is picked against 1 for each of the five list moves: about 4 % of the moves.
     * Seeded, 10 000 steps, against 0.05 (1 %): Mankowska 50_1, 100_1, 200_1 and the Narvik sample better on
     * every seed, Solomon R201 on 2 of 3 and C101 at its best known on all (benchmarks/RESULTS.md); the steps took
     * less CPU, as more of the moves tried are accepted.
     */
    static final double RUIN_RECREATE_WEIGHT = 0.2;

    /** Late Acceptance's list length: Timefold's default, kept (seeded, 100 000 score calculations: 2 000 worse
     * than 400 on 17 of 18 runs; 50 better at that short effort but behind the best of 4 accepted moves). */
    static final int LATE_ACCEPTANCE_SIZE = 400;

    /**
     * How many accepted moves a step of Late Acceptance looks at before it takes the best of them, on the plans of
     * {@link #acceptedPerStep} (Timefold's default, kept for the others, is 1: the first accepted move). Measured
     * against it at equal score calculations, seeds 1–3 (benchmarks/RESULTS.md, "acceptors compared at equal
     * effort"): at 300 000 calculations better on Solomon R201, RC201, R101 (3 of 3 each, 1.7–6.0 %, vehicles
     * unchanged), RC101 (2 of 3, +1.6 % on the third), Mankowska 200_1 (13.9–16.1 %) and the Narvik sample (9.5–11.1 %
     * soft); but on Mankowska 100_1 better on 3 of 5 seeds and 21 % worse on 2 (stuck at the high-lateness plan the
     * old search also finds on seed 1), on 50_1 better on 2 of 3 and 4.3 % worse on one: small plans whose routes
     * cost nothing keep one accepted move. Screened at 100 000 calculations against Late Acceptance 50 and 2 000,
     * Diversified Late Acceptance, Simulated Annealing, Great Deluge, Step Counting Hill Climbing and move tabu: best
     * of all on 23 of 24 runs against the old search, its worst loss 2.1 %. Fewer steps for the same calculations,
     * and less CPU (a step costs more than a move evaluated). Timed at 60 s on the quiet VM (seeds 1–3, old jar
     * against new), it converged too early on Solomon R201 (last improvement at 6–9 s; 1 296/1 268/1 281 against
     * 1 284/1 287/1 297, worse on 2 of 3), while Mankowska 200_1 (1 505/1 459/1 482 against 1 397/1 381/1 348) and
     * the Narvik sample (−11 490/−11 536/−11 426 against −11 046/−11 244/−11 027soft) gained on every seed: so it
     * is chosen by size alone ({@link #GREEDIER_FROM}), not for small plans whose routes cost.
     */
    static final int ACCEPTED_PER_STEP = 4;

    /**
     * From this many visit parts on, {@link #ACCEPTED_PER_STEP} (see there): between Mankowska 100_1 (142 parts,
     * mixed) and Solomon's 100 customers (worse at 60 s on R201) below, and 200_1 (272, better on every seed) above.
     */
    static final int GREEDIER_FROM = 200;

    private HomecareSearch() {
    }

    /**
     * First fit construction, then {@link #localSearch} over {@link #moves}: list change, list swap, 2-opt, sub-list
     * change (with reversing) and sub-list swap, and our ruin-and-recreate.
     */
    public static SolverConfig config(HomecarePlan plan) {
        List<PhaseConfig> phases = new ArrayList<>(construction(plan));
        phases.add(localSearch(moves(plan), acceptedPerStep(plan)));
        return config(phases);
    }

    /** {@link #ACCEPTED_PER_STEP} from {@link #GREEDIER_FROM} visit parts on, else 1 (Timefold's default). */
    public static int acceptedPerStep(HomecarePlan plan) {
        return plan.getVisits().size() >= GREEDIER_FROM ? ACCEPTED_PER_STEP : 1;
    }

    /**
     * The local search over these moves: Late Acceptance ({@link #LATE_ACCEPTANCE_SIZE}), each step the best of
     * {@code acceptedPerStep} accepted moves.
     */
    @SuppressWarnings("rawtypes") // UnionMoveSelectorConfig takes a raw list
    public static LocalSearchPhaseConfig localSearch(List<MoveSelectorConfig> moves, int acceptedPerStep) {
        return new LocalSearchPhaseConfig().withMoveSelectorConfig(new UnionMoveSelectorConfig(moves))
                .withAcceptorConfig(new LocalSearchAcceptorConfig()
                        .withAcceptorTypeList(List.of(AcceptorType.LATE_ACCEPTANCE))
                        .withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(acceptedPerStep));
    }

    /**
     * The construction for this plan: from {@link #LARGE} visits on, {@link HomecareConstruction} first (only
     * routes that fit, checked without the score director), then first fit for what it leaves; below that
     * first fit alone, whose insertion priced by the whole score is better where it is affordable.
     */
    public static List<PhaseConfig> construction(HomecarePlan plan) {
        return construction(plan.getVisits().size() >= LARGE);
    }

    /** First fit, after {@link HomecareConstruction} when {@code large}. */
    public static List<PhaseConfig> construction(boolean large) {
        PhaseConfig<?> firstFit = new ConstructionHeuristicPhaseConfig()
                .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT);
        return large ? List.of(new CustomPhaseConfig().withCustomPhaseCommands(new HomecareConstruction()), firstFit)
                : List.of(firstFit);
    }

    /**
     * The configuration without a plan to look at: as {@link #config(HomecarePlan)} for a small plan whose routes
     * have no cost and without sequenced pairs (one accepted move per step).
     */
    public static SolverConfig config() {
        return config(List.of(
                new ConstructionHeuristicPhaseConfig().withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT),
                localSearch(moves(false), 1)));
    }

    /** The solution, entity and constraint classes of home care with these phases. */
    public static SolverConfig config(List<PhaseConfig> phases) {
        return new SolverConfig()
                .withSolutionClass(HomecarePlan.class)
                .withEntityClasses(CaregiverDay.class, Visit.class)
                .withConstraintProviderClass(HomecareConstraints.class)
                .withPhaseList(phases);
    }

    /**
     * The local search moves for this plan: Timefold's list moves and, less often ({@link #RUIN_RECREATE_WEIGHT}:
     * each is a small construction), our {@link RuinRecreateMoves}. Ruin-and-recreate of nearest visits is there for every plan:
     * single moves put a visit back where it is cheap now, the recreate reorders a neighbourhood at once and
     * prices the lateness each place pushes on (seeded, 10 000 steps: Mankowska 50_1, 100_1 and 200_1 better on
     * every seed, the Narvik sample too; benchmarks/RESULTS.md). When a route has a fixed cost ("Route used"
     * weighted), half of them empty a route: its cost is saved only once its last visit has gone, which single
     * moves seldom reach. Not Timefold 1.32's list ruin-and-recreate: its recreate step fails
     * (NoSuchElementException in RuinRecreateConstructionHeuristicPhase) whenever a ruined value is best left
     * unassigned — with double visits often, and also on Solomon R101 (seed 1, after 5 s), which ended the whole
     * solve.
     */
    public static List<MoveSelectorConfig> moves(HomecarePlan plan) {
        return moves(Ruins.of(plan));
    }

    /**
     * The local search moves, route-emptying, strings, the recreate in random order and larger ruins
     * ({@link #MAX_RUINED_WHERE_ROUTES_COST}) among the ruin-and-recreate moves when routes cost.
     */
    public static List<MoveSelectorConfig> moves(boolean routesCost) {
        return moves(Ruins.of(routesCost, false, false, false));
    }

    /**
     * How our ruin-and-recreate ruins ({@link RuinRecreateMoves}' custom properties): the shares of its moves that
     * empty a route, ruin strings, are put back in random order, gather a user's visits, choose a primary contact's
     * users and ruin sequenced pairs, and the most visits a neighbourhood or string ruin takes.
     */
    public record Ruins(double emptyingShare, double stringShare, double shuffledShare, double gatheringShare,
                        double contactShare, double pairShare, int maxRuined) {

        /** As measured for this plan (see each share's constant). */
        public static Ruins of(HomecarePlan plan) {
            return of(routesCost(plan), gathers(plan), contactsChoose(plan), ruinsPairs(plan));
        }

        static Ruins of(boolean routesCost, boolean gathers, boolean contactsChoose, boolean ruinsPairs) {
            return new Ruins(routesCost ? EMPTYING_SHARE : 0, routesCost ? STRING_SHARE : 0,
                    routesCost ? SHUFFLED_SHARE : 0, gathers ? GATHERING_SHARE : 0, contactsChoose ? CONTACT_SHARE : 0,
                    ruinsPairs ? PAIR_SHARE : 0, routesCost ? MAX_RUINED_WHERE_ROUTES_COST : MAX_RUINED);
        }

        /** The same with another share of route-emptying moves. */
        public Ruins withEmptyingShare(double share) {
            return new Ruins(share, stringShare, shuffledShare, gatheringShare, contactShare, pairShare, maxRuined);
        }

        Map<String, String> properties() {
            return Map.of("emptyingShare", String.valueOf(emptyingShare), "stringShare", String.valueOf(stringShare),
                    "shuffledShare", String.valueOf(shuffledShare), "gatheringShare", String.valueOf(gatheringShare),
                    "contactShare", String.valueOf(contactShare), "pairShare", String.valueOf(pairShare),
                    "maxRuined", String.valueOf(maxRuined));
        }
    }

    /** Timefold's five list moves and our ruin-and-recreate with these settings. */
    @SuppressWarnings("rawtypes") // UnionMoveSelectorConfig takes a raw list
    public static List<MoveSelectorConfig> moves(Ruins ruins) {
        List<MoveSelectorConfig> moves = new ArrayList<>(List.of(
                new ListChangeMoveSelectorConfig(),
                new ListSwapMoveSelectorConfig(),
                new KOptListMoveSelectorConfig().withMinimumK(2).withMaximumK(2),
                new SubListChangeMoveSelectorConfig().withSelectReversingMoveToo(true),
                new SubListSwapMoveSelectorConfig()));
        moves.add(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(RuinRecreateMoves.class)
                .withMoveIteratorFactoryCustomProperties(ruins.properties())
                .withFixedProbabilityWeight(RUIN_RECREATE_WEIGHT));
        return moves;
    }

    /**
     * Whether gathering a user's visits can pay: "Distinct caregivers per user" weighs, and some user has more than
     * one visit on a day (Solomon's customers and Mankowska's patients have one each, so their search is unchanged).
     */
    public static boolean gathers(HomecarePlan plan) {
        ConstraintWeightOverrides<HardMediumSoftScore> weights = plan.getConstraintWeightOverrides();
        HardMediumSoftScore continuity = weights == null ? null
                : weights.getConstraintWeight(HomecareRules.CONTINUITY.ruleName());
        if (continuity != null && continuity.isZero()) {
            return false;
        }
        Map<String, String> visitOfUserDay = new HashMap<>();
        for (Visit visit : plan.getVisits()) {
            String other = visitOfUserDay.putIfAbsent(visit.getUser().id() + "@" + visit.getDayIndex(),
                    visit.getVisitId());
            if (other != null && !other.equals(visit.getVisitId())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a primary contact's choice of users can pay: the plan gathers ({@link #gathers}) and some user has a
     * primary contact (elsewhere no random number is drawn for it, so the search is unchanged).
     */
    public static boolean contactsChoose(HomecarePlan plan) {
        return gathers(plan) && plan.getVisits().stream().anyMatch(v -> v.getUser().primaryContact() != null);
    }

    /**
     * Whether sequenced pairs are ruined ({@link #PAIR_SHARE}): the plan has one, its routes cost nothing and it has
     * fewer than {@link #LARGE} visit parts (Mankowska's 25 to 200 patients, up to 272 parts, where it was measured;
     * no sample of ours has a sequenced pair).
     */
    public static boolean ruinsPairs(HomecarePlan plan) {
        return !routesCost(plan) && plan.getVisits().size() < LARGE
                && plan.getVisits().stream().anyMatch(v -> v.getPredecessor() != null);
    }

    public static boolean routesCost(HomecarePlan plan) {
        ConstraintWeightOverrides<HardMediumSoftScore> weights = plan.getConstraintWeightOverrides();
        HardMediumSoftScore routeCost = weights == null ? null
                : weights.getConstraintWeight(HomecareRules.ROUTE_USED.ruleName());
        return routeCost != null && !routeCost.isZero();
    }
}
