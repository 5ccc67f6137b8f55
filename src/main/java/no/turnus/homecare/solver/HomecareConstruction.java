package no.turnus.homecare.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import no.turnus.homecare.domain.Caregiver;
import no.turnus.homecare.domain.CaregiverDay;
import no.turnus.homecare.domain.HomecarePlan;
import no.turnus.homecare.domain.User;
import no.turnus.homecare.domain.Visit;
import no.turnus.homecare.rules.HomecareRules;

/**
 * Construction for large plans: each single visit (earliest deadline first: the last window's end) goes to the cheapest place among only
 * the routes that may make it (their value range: team, skills, shift and window fit) where it keeps every
 * window and the shift's end, priced with the rules' own soft weights (travel added, lateness within the
 * tolerance, overtime, continuity, district, a route's fixed cost). A place is checked in constant time from
 * the latest start each later visit of the route allows, kept per route and recomputed only when the route
 * changes; the score director is told about each insertion, never asked to evaluate one. Timefold's first fit
 * insertion tries every position of every route through the score director, a hundred times the work at
 * 5 000 visits.
 *
 * <p>Double visits and sequenced pairs, whose start depends on another route, are left to the first fit that
 * follows, as is any visit that fits nowhere here (it is then planned where it breaks least). Ruin-and-recreate
 * puts back the double visits it ruins, and sequenced pairs where {@link Prices#pairsFreed}.
 */
public final class HomecareConstruction implements PhaseCommand<HomecarePlan> {

    /** A start beyond any plan: no latest start. */
    private static final int OPEN = Integer.MAX_VALUE / 4;

    @Override
    public void changeWorkingSolution(ScoreDirector<HomecarePlan> director, BooleanSupplier isPhaseTerminated) {
        HomecarePlan plan = director.getWorkingSolution();
        insert(director, plan.getVisits(), candidates(plan), visitsByUser(plan),
                new Prices(plan.getConstraintWeightOverrides(), false), null, isPhaseTerminated);
    }

    /** Per user, the user's visit parts (planned or not): who has met the user is read from them. */
    static Map<User, List<Visit>> visitsByUser(HomecarePlan plan) {
        Map<User, List<Visit>> byUser = new IdentityHashMap<>();
        for (Visit visit : plan.getVisits()) {
            byUser.computeIfAbsent(visit.getUser(), u -> new ArrayList<>()).add(visit);
        }
        return byUser;
    }

    /** Per visit, the routes whose value range holds it. */
    static Map<Visit, List<CaregiverDay>> candidates(HomecarePlan plan) {
        Map<Visit, List<CaregiverDay>> candidates = new IdentityHashMap<>();
        for (CaregiverDay day : plan.getCaregiverDays()) {
            for (Visit visit : day.getPossibleVisits()) {
                candidates.computeIfAbsent(visit, v -> new ArrayList<>()).add(day);
            }
        }
        return candidates;
    }

    /**
     * Inserts the unplanned ones of {@code visits} (sequenced pairs only with {@link Prices#pairsFreed}, a follower
     * right after its first; a double visit through its part 0, when both parts are unplanned), earliest deadline
     * first, each where it is cheapest and breaks nothing, never on the {@code closed} route (null: any route).
     * {@code visitsByUser} ({@link #visitsByUser}) tells who has met the users of these visits so far: only their
     * caregivers are priced, so only theirs are gathered (a ruin-and-recreate move inserts a few visits into a plan
     * of thousands).
     */
    static void insert(ScoreDirector<HomecarePlan> director, List<Visit> visits,
                       Map<Visit, List<CaregiverDay>> candidates, Map<User, List<Visit>> visitsByUser, Prices prices,
                       CaregiverDay closed, BooleanSupplier isTerminated) {
        List<Visit> order = visits.stream()
                .filter(v -> v.getCaregiverDay() == null
                        && (prices.pairsFreed ? partnersPlacedOrAmong(v, visits)
                                : v.getPredecessor() == null && v.getFollowers().isEmpty())
                        && (v.isDouble() ? isPairToPlace(v, candidates) : candidates.containsKey(v)))
                .sorted(Comparator.comparingInt(HomecareConstruction::lastWindowEnd)
                        .thenComparingInt(v -> v.getWindowStarts()[0])
                        .thenComparing(Visit::getId))
                .toList();
        Map<User, List<Caregiver>> met = new IdentityHashMap<>();
        for (Visit toPlace : order) {
            if (!met.containsKey(toPlace.getUser())) {
                met.put(toPlace.getUser(), new ArrayList<>(2));
                for (Visit visit : visitsByUser.get(toPlace.getUser())) {
                    if (visit.getCaregiverDay() != null) {
                        meet(met, visit.getUser(), visit.caregiver());
                    }
                }
            }
        }
        Map<CaregiverDay, int[]> latest = new IdentityHashMap<>();
        Slot best = new Slot();
        for (Visit visit : order) {
            if (isTerminated.getAsBoolean()) {
                return;
            }
            if (visit.isDouble()) {
                placePair(director, visit, candidates, latest, met, prices, closed);
            } else if (visit.getCaregiverDay() == null && (visit.getPredecessor() == null
                    || visit.getPredecessor().getCaregiverDay() != null)) {
                placeSingle(director, visit, order, candidates, latest, met, prices, closed, best);
            } // else placed already, or put back right after its predecessor
        }
    }

    /**
     * A single visit at its cheapest place, then those of its followers that are to be put back too (only with
     * {@link Prices#pairsFreed}): each after it is placed, so that its start is known.
     */
    private static void placeSingle(ScoreDirector<HomecarePlan> director, Visit visit, List<Visit> order,
                                    Map<Visit, List<CaregiverDay>> candidates, Map<CaregiverDay, int[]> latest,
                                    Map<User, List<Caregiver>> met, Prices prices, CaregiverDay closed, Slot best) {
        best.day = null;
        List<CaregiverDay> routes = candidates.get(visit);
        long[] affinities = new long[routes.size()];
        for (long key : byAffinity(visit, routes, prices, met.get(visit.getUser()), affinities)) {
            int rank = (int) (key & RANK_MASK);
            CaregiverDay day = routes.get(rank);
            if (day != closed) {
                cheapest(day, rank, affinities[rank], latest, visit, prices, best);
            }
        }
        if (best.day != null) {
            place(director, best.day, best.index, visit, latest, met);
            for (Visit follower : visit.getFollowers()) {
                if (follower.getCaregiverDay() == null && order.contains(follower)) {
                    placeSingle(director, follower, order, candidates, latest, met, prices, closed, best);
                }
            }
        }
    }

    /**
     * Whether each of the visit's sequenced partners (its predecessor, its followers) is planned or among the
     * visits put back with it ({@link Prices#pairsFreed}); a double visit in a sequenced pair is left to first fit.
     */
    private static boolean partnersPlacedOrAmong(Visit visit, List<Visit> visits) {
        boolean sequenced = visit.getPredecessor() != null || !visit.getFollowers().isEmpty();
        if (sequenced && visit.isDouble()) {
            return false;
        }
        if (visit.getPredecessor() != null && visit.getPredecessor().getCaregiverDay() == null
                && !visits.contains(visit.getPredecessor())) {
            return false;
        }
        for (Visit follower : visit.getFollowers()) {
            if (follower.getCaregiverDay() == null && !visits.contains(follower)) {
                return false;
            }
        }
        return true;
    }

    /** Part 0 of a double visit stands for the pair, when both parts are unplanned and each has a route. */
    private static boolean isPairToPlace(Visit visit, Map<Visit, List<CaregiverDay>> candidates) {
        List<Visit> group = visit.getConcurrentGroup();
        return group.size() == 2 && visit == group.get(0) && group.get(1).getCaregiverDay() == null
                && candidates.containsKey(group.get(0)) && candidates.containsKey(group.get(1));
    }

    /**
     * Both parts of a double visit at once, on two routes: the cheapest place of each part on each of its
     * routes, then the cheapest pair of two routes on which both can start at the later of their two starts.
     */
    private static void placePair(ScoreDirector<HomecarePlan> director, Visit first,
                                  Map<Visit, List<CaregiverDay>> candidates, Map<CaregiverDay, int[]> latest,
                                  Map<User, List<Caregiver>> met, Prices prices, CaregiverDay closed) {
        Visit second = first.getConcurrentGroup().get(1);
        List<Slot> firsts = placesPerRoute(first, candidates, latest, met, prices, closed);
        List<Slot> seconds = placesPerRoute(second, candidates, latest, met, prices, closed);
        Slot bestFirst = null;
        Slot bestSecond = null;
        long bestCost = Long.MAX_VALUE;
        for (Slot a : firsts) {
            for (Slot b : seconds) {
                int start = Math.max(a.start, b.start);
                if (a.day != b.day && start <= a.latestStart && start <= b.latestStart && a.cost + b.cost < bestCost
                        && !crossed(a, b)) {
                    bestCost = a.cost + b.cost;
                    bestFirst = a;
                    bestSecond = b;
                }
            }
        }
        if (bestFirst != null) {
            place(director, bestFirst.day, bestFirst.index, first, latest, met);
            place(director, bestSecond.day, bestSecond.index, second, latest, met);
        }
    }

    /**
     * Whether the pair would sit in crossed order with a double visit already on both routes (one before it
     * on one route, after it on the other): they would wait on each other for ever.
     */
    private static boolean crossed(Slot a, Slot b) {
        List<Visit> visits = a.day.getVisits();
        for (int k = 0; k < visits.size(); k++) {
            Visit visit = visits.get(k);
            if (visit.isDouble()) {
                for (Visit partner : visit.getConcurrentGroup()) {
                    if (partner != visit && partner.getCaregiverDay() == b.day
                            && (k < a.index) != (partner.getIndex() < b.index)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static List<Slot> placesPerRoute(Visit visit, Map<Visit, List<CaregiverDay>> candidates,
                                             Map<CaregiverDay, int[]> latest, Map<User, List<Caregiver>> met,
                                             Prices prices, CaregiverDay closed) {
        List<Slot> places = new ArrayList<>();
        for (CaregiverDay day : candidates.get(visit)) {
            if (day == closed) {
                continue;
            }
            Slot place = new Slot();
            cheapest(day, 0, prices.affinity(visit, day, met.get(visit.getUser())), latest, visit, prices, place);
            if (place.day != null) {
                places.add(place);
            }
        }
        return places;
    }

    private static final int RANK_BITS = 20;
    private static final long RANK_MASK = (1L << RANK_BITS) - 1;

    /**
     * The visit's routes in the order to try them, each as its index in {@code routes} (its rank) in the lowest
     * {@link #RANK_BITS} bits: by affinity (what the caregiver costs, {@link Prices#affinity}, written to
     * {@code affinities} by rank), then by rank. The cheapest place is the same in any order, ties going to the
     * lowest rank ({@link #cheapest}); trying the likely routes first lets the others be passed over by their
     * affinity alone. By rank alone when an affinity is too large to sort this way.
     */
    private static long[] byAffinity(Visit visit, List<CaregiverDay> routes, Prices prices, List<Caregiver> met,
                                     long[] affinities) {
        long[] keys = new long[routes.size()];
        boolean fits = routes.size() <= RANK_MASK;
        for (int rank = 0; rank < keys.length; rank++) {
            affinities[rank] = prices.affinity(visit, routes.get(rank), met);
            fits &= affinities[rank] >= 0 && affinities[rank] < 1L << (62 - RANK_BITS);
        }
        for (int rank = 0; rank < keys.length; rank++) {
            keys[rank] = fits ? affinities[rank] << RANK_BITS | rank : rank;
        }
        Arrays.sort(keys);
        return keys;
    }

    /**
     * Improves {@code best} (no route yet: none so far) by this route's cheapest feasible place for the visit:
     * the lowest cost, on a tie the route of the lowest {@code rank} (its place in the visit's list of routes) and
     * then the first position, whatever order the routes are tried in.
     */
    private static void cheapest(CaregiverDay day, int rank, long affinity, Map<CaregiverDay, int[]> latest,
                                 Visit visit, Prices prices, Slot best) {
        if (best.day != null && (affinity > best.cost || affinity == best.cost && rank > best.rank)) {
            return;
        }
        int[] latestStarts = latest.computeIfAbsent(day, d -> latestStarts(d, prices.pairsFreed));
        for (int index = 0; index <= day.getVisits().size(); index++) {
            // What this place's cost must stay below (or equal, for a lower rank than the best's) to be the best.
            long toBeat = best.day == null ? Long.MAX_VALUE : best.cost - affinity + (rank < best.rank ? 1 : 0);
            long cost = insertionCost(day, latestStarts, visit, index, prices, best, toBeat);
            if (cost != Long.MAX_VALUE && cost < toBeat) {
                best.day = day;
                best.rank = rank;
                best.index = index;
                best.cost = cost + affinity;
                best.start = best.candidateStart;
                best.latestStart = best.candidateLatestStart;
            }
        }
    }

    private static void place(ScoreDirector<HomecarePlan> director, CaregiverDay day, int index, Visit visit,
                              Map<CaregiverDay, int[]> latest, Map<User, List<Caregiver>> met) {
        insert(director, day, index, visit);
        latest.remove(day);
        meet(met, visit.getUser(), day.getCaregiver());
    }

    /** A place for a visit: the route, the position, its cost, its start there and the latest start it allows. */
    private static final class Slot {
        CaregiverDay day;
        /** The route's place in the visit's list of routes: the first of equally cheap routes is taken. */
        int rank;
        int index;
        long cost;
        int start;
        int latestStart;
        /** Written by {@link #insertionCost} for the position it priced. */
        int candidateStart;
        int candidateLatestStart;
    }

    private static void meet(Map<User, List<Caregiver>> met, User user, Caregiver caregiver) {
        List<Caregiver> caregivers = met.computeIfAbsent(user, u -> new ArrayList<>(2));
        if (!caregivers.contains(caregiver)) {
            caregivers.add(caregiver);
        }
    }

    /** Removes the visit at {@code index} from the route, telling the score director. */
    static void remove(ScoreDirector<HomecarePlan> director, CaregiverDay day, int index) {
        Visit visit = day.getVisits().get(index);
        director.beforeListVariableElementUnassigned(day, "visits", visit);
        director.beforeListVariableChanged(day, "visits", index, index + 1);
        day.getVisits().remove(index);
        director.afterListVariableChanged(day, "visits", index, index);
        director.afterListVariableElementUnassigned(day, "visits", visit);
        director.triggerVariableListeners();
    }

    /** Inserts the visit at {@code index} of the route, telling the score director. */
    static void insert(ScoreDirector<HomecarePlan> director, CaregiverDay day, int index, Visit visit) {
        director.beforeListVariableElementAssigned(day, "visits", visit);
        director.beforeListVariableChanged(day, "visits", index, index);
        day.getVisits().add(index, visit);
        director.afterListVariableChanged(day, "visits", index, index + 1);
        director.afterListVariableElementAssigned(day, "visits", visit);
        director.triggerVariableListeners();
    }

    /**
     * The extra soft cost of making the visit at this position (before the visit now there), or MAX_VALUE
     * when a window (with its tolerance), a later visit's window or the shift's end and overtime would break, or
     * when the cost is not below {@code toBeat} anyway before the lateness pushed onto the later visits (never
     * negative) is added: that walk along the route is the dearest part.
     */
    private static long insertionCost(CaregiverDay day, int[] latestStarts, Visit visit, int index, Prices prices,
                                      Slot slot, long toBeat) {
        List<Visit> visits = day.getVisits();
        if (index < day.getPinnedCount()) {
            return Long.MAX_VALUE;
        }
        Visit previous = index == 0 ? null : visits.get(index - 1);
        Visit next = index == visits.size() ? null : visits.get(index);
        if (previous != null && previous.getEndTime() == null) {
            return Long.MAX_VALUE;
        }
        int from = previous == null ? day.getStartLocation() : previous.location();
        int to = next == null ? day.getEndLocation() : next.location();
        int depart = previous == null ? day.getShiftStart() : previous.getEndTime();
        int travelIn = day.travelMinutes(from, visit.location());
        // The meal pause may come before this visit; not taken by its end, it may delay what follows.
        boolean pauseDue = !day.getPause().none() && (previous == null || previous.getPauseStart() == null);
        int arrival = day.arrivalAfterLeg(depart, from, visit, pauseDue);
        Visit predecessor = visit.getPredecessor();
        int start = visit.earliestStart(predecessor == null || predecessor.getStartTime() == null ? arrival
                : Math.max(arrival, predecessor.getStartTime() + visit.getMinGap()));
        boolean pauseStillDue = pauseDue && day.pauseOnLeg(depart, from, visit) == null;
        int late = late(visit, start);
        if (late > (visit.isMandatory() ? visit.getLateTolerance() : OPEN) || predecessor != null
                && predecessor.getStartTime() != null && start > predecessor.getStartTime() + visit.getMaxGap()) {
            return Long.MAX_VALUE; // too late for its window or past its predecessor's maximum gap
        }
        int end = start + visit.getDuration();
        if (pauseStillDue && end > day.getPause().to()) {
            return Long.MAX_VALUE; // the meal pause would come after its window
        }
        int travelOut = day.travelMinutes(visit.location(), to);
        int latestEnd = (next != null ? latestStarts[index] - travelOut
                : day.getShiftEnd() + day.getMaxOvertime() - travelOut)
                - (pauseStillDue ? day.getPause().minutes() : 0);
        if (end > latestEnd) {
            return Long.MAX_VALUE;
        }
        slot.candidateStart = start;
        slot.candidateLatestStart = Math.min(latestEnd - visit.getDuration(),
                visit.isMandatory() ? lastWindowEnd(visit) + visit.getLateTolerance() : OPEN);
        long overtime = 0;
        if (next == null) {
            int back = end + travelOut;
            int backBefore = previous == null ? day.getShiftStart() : previous.returnTime() == null ? depart
                    : previous.returnTime();
            overtime = Math.max(0, back - day.getShiftEnd()) - Math.max(0, backBefore - day.getShiftEnd());
        }
        long travel = travelIn + travelOut - day.travelMinutes(from, to);
        long cost = travel * prices.travel + (late + followersPushed(visit, start)) * prices.late
                + overtime * prices.overtime + (visits.isEmpty() ? prices.routeUsed : 0);
        if (prices.late == 0 || next == null) {
            return cost;
        }
        return cost >= toBeat ? Long.MAX_VALUE
                : cost + pushedLateness(visits, index, end + travelOut, day) * prices.late;
    }

    /**
     * The lateness the later visits of the route gain when the visit at {@code index} is reached at
     * {@code arrival} instead: each is pushed by what its wait does not absorb, until one is not pushed. Never
     * negative: a start is always in a window or past the last one ({@link Visit#earliestStart}), so a later one is
     * no less late. Where
     * lateness is tolerated for long (Mankowska: two weeks), a place that makes the rest of a route late is
     * otherwise priced as if it cost nothing. The meal pause is not re-placed here (it only makes the price
     * approximate: whether the place is allowed is decided by the latest starts).
     */
    private static long pushedLateness(List<Visit> visits, int index, int arrival, CaregiverDay day) {
        long gained = 0;
        for (int k = index; k < visits.size(); k++) {
            Visit visit = visits.get(k);
            Integer start = visit.getStartTime();
            int pushed = visit.earliestStart(arrival);
            if (start == null || pushed <= start) {
                break;
            }
            gained += late(visit, pushed) - late(visit, start);
            if (k + 1 < visits.size()) {
                arrival = pushed + visit.getDuration()
                        + day.travelMinutes(visit.location(), visits.get(k + 1).location());
            }
        }
        return gained;
    }

    /**
     * The lateness the visit's planned followers gain when it starts at {@code start}: each not before its minimum
     * gap after it (only their own start; what that pushes on their routes is not priced).
     */
    private static long followersPushed(Visit visit, int start) {
        long gained = 0;
        for (Visit follower : visit.getFollowers()) {
            Integer now = follower.getStartTime();
            if (now != null && start + follower.getMinGap() > now) {
                gained += late(follower, follower.earliestStart(start + follower.getMinGap())) - late(follower, now);
            }
        }
        return gained;
    }

    /** Minutes a start at {@code start} is past the window it should have been in. */
    private static int late(Visit visit, int start) {
        int[] starts = visit.getWindowStarts();
        int[] ends = visit.getWindowEnds();
        int late = 0;
        for (int w = 0; w < starts.length; w++) {
            if (start >= starts[w] && start <= ends[w]) {
                return 0;
            }
            if (start > ends[w]) {
                late = start - ends[w];
            }
        }
        return late;
    }

    /**
     * Per position, the latest arrival that keeps the visit there and every later one in its window (plus
     * tolerance, for mandatory visits) and the route back by the shift's end and overtime. A visit already late
     * may stay as late as it is, not later. A part of a double visit keeps its start, and so does a part of a
     * sequenced pair unless {@code pairsFreed}.
     */
    static int[] latestStarts(CaregiverDay day, boolean pairsFreed) {
        List<Visit> visits = day.getVisits();
        int[] latest = new int[visits.size()];
        int limit = day.getShiftEnd() + day.getMaxOvertime();
        int after = limit;
        int to = day.getEndLocation();
        int pauseAfter = visitBeforePause(day);
        for (int k = visits.size() - 1; k >= 0; k--) {
            Visit visit = visits.get(k);
            int own = visit.isMandatory() ? lastWindowEnd(visit) + visit.getLateTolerance() : OPEN;
            // Before the meal pause: room for it, and the pause not pushed past its window.
            int pause = k == pauseAfter ? day.getPause().minutes() : 0;
            int latestStart = Math.min(own, after - pause - day.travelMinutes(visit.location(), to) - visit.getDuration());
            if (k == pauseAfter) {
                latestStart = Math.min(latestStart, day.getPause().to() - visit.getDuration());
            }
            if (visit.getStartTime() != null) {
                // A part of a double visit or of a sequenced pair keeps its start: its partner's route relies on it.
                latestStart = visit.isDouble()
                        || !pairsFreed && (visit.getPredecessor() != null || !visit.getFollowers().isEmpty())
                        ? visit.getStartTime() : Math.max(latestStart, visit.getStartTime());
            }
            // Arriving later than the latest start is never possible; arriving earlier waits for the window.
            latest[k] = visit.getStartTime() == null ? OPEN : latestStart;
            after = latest[k];
            to = visit.location();
        }
        return latest;
    }

    /**
     * The visit after which the route's meal pause comes (the last one when it comes after the route), or -1 when
     * the route has none or takes it on the way to its first visit.
     */
    private static int visitBeforePause(CaregiverDay day) {
        List<Visit> visits = day.getVisits();
        if (day.getPause().none()) {
            return -1;
        }
        for (int k = 0; k < visits.size(); k++) {
            if (visits.get(k).getPauseStart() != null) {
                return k - 1;
            }
        }
        return visits.size() - 1;
    }

    private static int lastWindowEnd(Visit visit) {
        return visit.getWindowEnds()[visit.getWindowEnds().length - 1];
    }

    /** Soft weights of the rules the construction prices, as the plan weighs them. */
    static final class Prices {

        final long travel;
        final long late;
        final long overtime;
        final long routeUsed;
        private final long continuity;
        private final long primary;
        private final long preferred;
        private final long contact;
        private final long district;
        private final long changed;
        /**
         * Whether parts of sequenced pairs may be put back (a follower after its predecessor, within its gap), and
         * a planned one be pushed later by an insertion before it (its followers' lateness priced): where lateness
         * is soft and tolerated for long (Mankowska), so that a ruin can reorder a route that holds such parts.
         */
        final boolean pairsFreed;

        Prices(ConstraintWeightOverrides<HardMediumSoftScore> overrides, boolean pairsFreed) {
            this.pairsFreed = pairsFreed;
            travel = soft(overrides, HomecareRules.TRAVEL);
            late = soft(overrides, HomecareRules.LATE);
            overtime = soft(overrides, HomecareRules.OVERTIME);
            routeUsed = soft(overrides, HomecareRules.ROUTE_USED);
            continuity = soft(overrides, HomecareRules.CONTINUITY);
            primary = soft(overrides, HomecareRules.PRIMARY);
            preferred = soft(overrides, HomecareRules.PREFERRED);
            contact = soft(overrides, HomecareRules.CONTACT);
            district = soft(overrides, HomecareRules.DISTRICT);
            changed = soft(overrides, HomecareRules.CHANGED);
        }

        private static long soft(ConstraintWeightOverrides<HardMediumSoftScore> overrides, HomecareRules rule) {
            HardMediumSoftScore weight = overrides == null ? null : overrides.getConstraintWeight(rule.ruleName());
            return (weight == null ? rule.weight() : weight).softScore();
        }

        /** What making this visit costs by who makes it, whatever the position. */
        long affinity(Visit visit, CaregiverDay day, List<Caregiver> met) {
            Caregiver caregiver = day.getCaregiver();
            User user = visit.getUser();
            long cost = 0;
            if (met != null && !met.isEmpty() && !met.contains(caregiver)) {
                cost += continuity;
            }
            if (user.secondaryContact() != null && !user.isContact(caregiver.id())) {
                cost += contact;
            }
            if (user.primaryContact() != null && !user.primaryContact().equals(caregiver.id())) {
                cost += primary;
                if (!user.preferred().isEmpty() && !user.preferred().contains(caregiver.id())
                        && !user.isContact(caregiver.id())) {
                    cost += preferred;
                }
            } else if (user.primaryContact() == null && !user.preferred().isEmpty()
                    && !user.preferred().contains(caregiver.id())) {
                cost += preferred;
            }
            if (user.district() != null && !caregiver.team().isSpecialist()
                    && !user.district().equals(caregiver.team().district())) {
                cost += district;
            }
            if (visit.getReferenceCaregiver() != null && !visit.getReferenceCaregiver().equals(caregiver.id())) {
                cost += changed;
            }
            return cost;
        }
    }
}
