package no.turnus.homecare.solver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import no.turnus.homecare.domain.CaregiverDay;
import no.turnus.homecare.domain.HomecarePlan;
import no.turnus.homecare.domain.User;
import no.turnus.homecare.domain.Visit;

/**
 * Random {@link RuinRecreateMove}s of four sorts: a primary contact's choice of users in {@link #setContactShare} of
 * them, a user's visits gathered in {@link #setGatheringShare} of the rest,
 * a route in {@link #setEmptyingShare} of the rest, else a neighbourhood. A neighbourhood: a planned visit and the planned
 * visits nearest to it by travel (so that the recreate can reorder it), 3 to {@link #setMaxRuined} of them, or in
 * {@link #setStringShare} of them strings
 * of consecutive visits of the routes nearby ({@link #strings}); {@link #setShuffledShare} of the neighbourhoods
 * are put back in random order, not earliest deadline first. A route: every visit of the smaller of two
 * random used routes, which the recreate may not use again (fewer routes is what the fixed cost per route asks
 * for, and single moves seldom empty a route because only its last visit's move saves the cost). The nearest
 * visits of each visit are computed once per phase ({@link NearestVisits}). Sequenced pairs are never ruined
 * (the insertion leaves them to first fit), so a route holding one is not emptied, unless {@link #setPairShare}:
 * then a pair is ruined whole, and that share of the moves ruin a pair and the routes around it; a double visit is
 * ruined with both parts.
 */
public final class RuinRecreateMoves implements MoveIteratorFactory<HomecarePlan, RuinRecreateMove> {

    private static final int MIN_RUINED = 3;

    /** The share of moves that empty a route (a Timefold custom property of the move factory). */
    private double emptyingShare = HomecareSearch.EMPTYING_SHARE;
    /**
     * The share of the neighbourhood moves that ruin strings of consecutive visits instead (a custom property; 0:
     * none, no draw; see {@link #strings}).
     */
    private double stringShare = 0;
    /**
     * The share of the neighbourhood and string moves whose visits are put back in random order instead of
     * earliest deadline first (a custom property; 0: none, no draw).
     */
    private double shuffledShare = 0;
    /** The share of moves that gather a user's visits on one route (a custom property; 0: none, no draw). */
    private double gatheringShare = 0;
    /** The share of moves that choose a primary contact's users (a custom property; 0: none, no draw). */
    private double contactShare = 0;
    /** The most visits a neighbourhood or string ruin takes (a custom property). */
    private int maxRuined = HomecareSearch.MAX_RUINED;
    /**
     * The share of moves that ruin a sequenced pair and the routes around its parts ({@link #pairRuin}; a custom
     * property; 0: none, no draw). When above 0, every ruin takes a sequenced pair it meets whole and the recreate
     * puts pairs back ({@link HomecareConstruction.Prices#pairsFreed}); else sequenced pairs are never ruined.
     */
    private double pairShare = 0;
    /** The first visits of the plan's sequenced pairs (none looked for when pairs are not ruined). */
    private List<Visit> firsts;
    private Map<CaregiverDay, Map<User, List<Visit>>> contactsUsers;
    private List<Visit> visits;
    private List<CaregiverDay> routes;
    private NearestVisits nearest;
    /** Each visit's index in the plan's list, as {@link NearestVisits} names them. */
    private Map<Visit, Integer> places;
    private Map<Visit, List<CaregiverDay>> candidates;
    private Map<User, List<Visit>> visitsByUser;
    private HomecareConstruction.Prices prices;

    @Override
    public void phaseStarted(ScoreDirector<HomecarePlan> director) {
        HomecarePlan plan = director.getWorkingSolution();
        visits = plan.getVisits();
        routes = plan.getCaregiverDays();
        nearest = new NearestVisits(plan, maxRuined * 2);
        places = new IdentityHashMap<>();
        for (int v = 0; v < visits.size(); v++) {
            places.put(visits.get(v), v);
        }
        candidates = HomecareConstruction.candidates(plan);
        visitsByUser = HomecareConstruction.visitsByUser(plan);
        prices = new HomecareConstruction.Prices(plan.getConstraintWeightOverrides(), pairShare > 0);
        firsts = pairShare == 0 ? List.of()
                : visits.stream().filter(v -> v.getPredecessor() == null && !v.getFollowers().isEmpty()).toList();
        contactsUsers = contactsUsers(plan, candidates);
    }

    public void setEmptyingShare(double emptyingShare) {
        this.emptyingShare = emptyingShare;
    }

    public void setStringShare(double stringShare) {
        this.stringShare = stringShare;
    }

    public void setShuffledShare(double shuffledShare) {
        this.shuffledShare = shuffledShare;
    }

    public void setGatheringShare(double gatheringShare) {
        this.gatheringShare = gatheringShare;
    }

    public void setContactShare(double contactShare) {
        this.contactShare = contactShare;
    }

    public void setMaxRuined(int maxRuined) {
        this.maxRuined = maxRuined;
    }

    public void setPairShare(double pairShare) {
        this.pairShare = pairShare;
    }

    @Override
    public long getSize(ScoreDirector<HomecarePlan> director) {
        return visits.size();
    }

    @Override
    public Iterator<RuinRecreateMove> createOriginalMoveIterator(ScoreDirector<HomecarePlan> director) {
        throw new UnsupportedOperationException("ruin and recreate is only selected at random");
    }

    @Override
    public Iterator<RuinRecreateMove> createRandomMoveIterator(ScoreDirector<HomecarePlan> director, Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public RuinRecreateMove next() {
                if (contactShare > 0 && random.nextDouble() < contactShare) {
                    for (int tries = 0; tries < 8; tries++) {
                        RuinRecreateMove choice = contactsChoice(visits.get(random.nextInt(visits.size())));
                        if (choice != null) {
                            return choice;
                        }
                    }
                }
                if (gatheringShare > 0 && random.nextDouble() < gatheringShare) {
                    for (int tries = 0; tries < 8; tries++) {
                        Visit seed = visits.get(random.nextInt(visits.size()));
                        RuinRecreateMove gathering = gathering(seed);
                        if (gathering != null) {
                            return gathering;
                        }
                    }
                }
                if (pairShare > 0 && random.nextDouble() < pairShare) {
                    RuinRecreateMove pairRuin = pairRuin(random);
                    if (pairRuin != null) {
                        return pairRuin;
                    }
                }
                if (random.nextDouble() < emptyingShare) {
                    RuinRecreateMove emptying = emptying(random);
                    if (emptying != null) {
                        return emptying;
                    }
                }
                int count = MIN_RUINED + random.nextInt(maxRuined - MIN_RUINED + 1);
                int seed = random.nextInt(visits.size());
                List<Visit> ruined;
                if (stringShare > 0 && random.nextDouble() < stringShare) {
                    ruined = strings(seed, count, random);
                } else {
                    ruined = new ArrayList<>(count + 1);
                    add(visits.get(seed), ruined);
                    int[] near = nearest.of(seed);
                    for (int n = 0; n < near.length && ruined.size() < count; n++) {
                        add(visits.get(near[n]), ruined);
                    }
                }
                if (shuffledShare > 0 && random.nextDouble() < shuffledShare) {
                    return new RuinRecreateMove(ruined, shuffled(ruined, random), candidates, visitsByUser, prices,
                            null);
                }
                return new RuinRecreateMove(ruined, candidates, visitsByUser, prices, null);
            }
        };
    }

    /**
     * Strings: from the seed and its nearest visits by travel, for each route met the first time, a string of
     * consecutive visits of that route around the visit met (random length, at most half the count, so that at
     * least two routes are cut), until {@code count} visits are ruined. Where a radial ruin takes a scattered
     * few visits from each route nearby, this frees whole stretches of neighbouring routes, so that the recreate
     * can redraw where one route's part of the area ends and the next one's begins.
     */
    private List<Visit> strings(int seed, int count, Random random) {
        List<Visit> ruined = new ArrayList<>(count + 1);
        List<CaregiverDay> cut = new ArrayList<>();
        int longest = Math.max(2, (count + 1) / 2);
        int[] near = nearest.of(seed);
        for (int n = -1; n < near.length && ruined.size() < count; n++) {
            Visit met = visits.get(n < 0 ? seed : near[n]);
            CaregiverDay route = met.getCaregiverDay();
            if (route == null || cut.contains(route)) {
                continue;
            }
            cut.add(route);
            List<Visit> routeVisits = route.getVisits();
            int length = 1 + random.nextInt(Math.min(Math.min(longest, routeVisits.size()), count - ruined.size()));
            int first = Math.max(0, Math.min(met.getIndex() - random.nextInt(length), routeVisits.size() - length));
            for (int k = first; k < first + length; k++) {
                add(routeVisits.get(k), ruined);
            }
        }
        return ruined;
    }

    /** The ruined visits one by one in random order: the groups a move puts back one after the other. */
    private static List<List<Visit>> shuffled(List<Visit> ruined, Random random) {
        List<List<Visit>> order = new ArrayList<>(ruined.size());
        ruined.forEach(visit -> order.add(List.of(visit)));
        Collections.shuffle(order, random);
        return order;
    }

    /**
     * Gathering: the seed's user's visits made by other caregivers that the seed's route could make, ruined with
     * the visit of that route nearest to each of them in time (to make room there) and the two visits nearest to
     * each of those by travel (room for them elsewhere); the gathered visits are put back first, so that the room
     * is theirs, and the recreate prices continuity of care, so they go to the route whose caregiver the user
     * meets unless it costs more than a caregiver more. Aimed at "Distinct caregivers per user", which neighbourhood
     * ruins (by travel) and single moves (one of some 80 routes, at a position in time) seldom lower. Null when the
     * user's other visits are all with this caregiver or the route may make none of them.
     */
    private RuinRecreateMove gathering(Visit seed) {
        CaregiverDay target = seed.getCaregiverDay();
        if (target == null) {
            return null;
        }
        List<Visit> ruined = new ArrayList<>(maxRuined * 2);
        for (Visit visit : visitsByUser.get(seed.getUser())) {
            CaregiverDay day = visit.getCaregiverDay();
            List<CaregiverDay> possible = candidates.get(visit);
            if (day != null && day.getCaregiver() != target.getCaregiver() && possible != null
                    && possible.contains(target)) {
                add(visit, ruined);
            }
        }
        int gathered = ruined.size();
        if (gathered == 0) {
            return null;
        }
        List<Visit> displaced = new ArrayList<>(gathered);
        for (int g = 0; g < gathered; g++) {
            Visit inTheWay = nearestInTime(target, ruined.get(g));
            if (inTheWay != null && !ruined.contains(inTheWay)) {
                add(inTheWay, ruined);
                if (ruined.contains(inTheWay)) {
                    displaced.add(inTheWay);
                }
            }
        }
        for (Visit visit : displaced) {
            int[] near = nearest.of(places.get(visit));
            for (int n = 0; n < Math.min(2, near.length); n++) {
                add(visits.get(near[n]), ruined);
            }
        }
        return new RuinRecreateMove(ruined, List.of(List.copyOf(ruined.subList(0, gathered))), candidates,
                visitsByUser, prices, null);
    }

    /**
     * A primærkontakt's choice of users: for the seed's user's contact's route, the visits there that start in the
     * seed's window (with its tolerance) are ruined, with every visit that the route may make of each of the
     * contact's users who has one whose window meets that one; the contact's users are put back one by one, the
     * fewest minutes first, then the rest. The window, not the shift, limits how many of its users' visits a
     * contact makes, and the short ones kept make the most of them; a user is put back whole, so that one not
     * kept goes whole to one other route (the recreate prices continuity). Null when the seed is not planned or
     * its user's contact has no route that may make it.
     */
    private RuinRecreateMove contactsChoice(Visit seed) {
        if (seed.getCaregiverDay() == null || seed.getUser().primaryContact() == null) {
            return null;
        }
        CaregiverDay route = null;
        for (CaregiverDay day : candidates.getOrDefault(seed, List.of())) {
            if (day.getCaregiver().id().equals(seed.getUser().primaryContact())) {
                route = day;
            }
        }
        Map<User, List<Visit>> users = route == null ? Map.of() : contactsUsers.getOrDefault(route, Map.of());
        if (!users.containsKey(seed.getUser())) {
            return null;
        }
        int from = seed.getWindowStarts()[0];
        int to = seed.getWindowEnds()[seed.getWindowEnds().length - 1] + seed.getLateTolerance();
        List<Visit> ruined = new ArrayList<>();
        List<List<Visit>> firsts = new ArrayList<>();
        for (List<Visit> own : users.values()) {
            if (own.stream().anyMatch(v -> v.getWindowStarts()[0] <= to
                    && v.getWindowEnds()[v.getWindowEnds().length - 1] + v.getLateTolerance() >= from)) {
                int before = ruined.size();
                own.forEach(visit -> add(visit, ruined));
                firsts.add(List.copyOf(ruined.subList(before, ruined.size())));
            }
        }
        for (Visit visit : route.getVisits()) {
            if (visit.getStartTime() != null && visit.getStartTime() >= from && visit.getStartTime() <= to) {
                add(visit, ruined);
            }
        }
        return new RuinRecreateMove(ruined, firsts, candidates, visitsByUser, prices, null);
    }

    /**
     * Per route, the users whose primærkontakt makes it, each with its single visits (not double visits or
     * sequenced pairs, planned or not) that the route may make; the fewest minutes first, the order the contact's
     * users are put back in.
     */
    private static Map<CaregiverDay, Map<User, List<Visit>>> contactsUsers(HomecarePlan plan,
                                                                           Map<Visit, List<CaregiverDay>> candidates) {
        Map<CaregiverDay, Map<User, List<Visit>>> contactsUsers = new IdentityHashMap<>();
        for (Visit visit : plan.getVisits()) {
            String contact = visit.getUser().primaryContact();
            if (contact == null || visit.isDouble() || visit.getPredecessor() != null
                    || !visit.getFollowers().isEmpty()) {
                continue;
            }
            for (CaregiverDay day : candidates.getOrDefault(visit, List.of())) {
                if (day.getCaregiver().id().equals(contact)) {
                    contactsUsers.computeIfAbsent(day, d -> new LinkedHashMap<>())
                            .computeIfAbsent(visit.getUser(), u -> new ArrayList<>()).add(visit);
                }
            }
        }
        contactsUsers.replaceAll((day, users) -> shortestFirst(users));
        return contactsUsers;
    }

    /** The same users, the fewest minutes of visits first (then by id). */
    private static Map<User, List<Visit>> shortestFirst(Map<User, List<Visit>> users) {
        Map<User, List<Visit>> sorted = new LinkedHashMap<>();
        users.keySet().stream()
                .sorted(Comparator.comparingInt((User u) -> users.get(u).stream().mapToInt(Visit::getDuration).sum())
                        .thenComparing(User::id))
                .forEach(user -> sorted.put(user, users.get(user)));
        return sorted;
    }

    /** The visit of another user on the route whose start is nearest to the start of {@code visit}, or null. */
    private static Visit nearestInTime(CaregiverDay route, Visit visit) {
        Visit nearest = null;
        int best = Integer.MAX_VALUE;
        int start = visit.getStartTime() == null ? visit.getWindowStarts()[0] : visit.getStartTime();
        for (Visit other : route.getVisits()) {
            if (other.getUser() != visit.getUser() && other.getStartTime() != null
                    && Math.abs(other.getStartTime() - start) < best) {
                best = Math.abs(other.getStartTime() - start);
                nearest = other;
            }
        }
        return nearest;
    }

    /** Emptying the smaller of two random used routes; null when neither is used or it holds a sequenced pair. */
    private RuinRecreateMove emptying(Random random) {
        CaregiverDay route = smaller(used(random), used(random));
        if (route == null) {
            return null;
        }
        List<Visit> ruined = new ArrayList<>(route.getVisits().size() + 2);
        for (Visit visit : route.getVisits()) {
            add(visit, ruined);
            if (!ruined.contains(visit)) {
                return null;
            }
        }
        return new RuinRecreateMove(ruined, candidates, visitsByUser, prices, route);
    }

    /** A random route with visits, after a few tries; null when none was found. */
    private CaregiverDay used(Random random) {
        for (int tries = 0; tries < 8; tries++) {
            CaregiverDay route = routes.get(random.nextInt(routes.size()));
            if (!route.getVisits().isEmpty()) {
                return route;
            }
        }
        return null;
    }

    /**
     * A sequenced pair's parts, its first visit first, when pairs may be ruined ({@link #setPairShare}), every part
     * is planned and none is a double visit; else null (the pair stays).
     */
    private List<Visit> pair(Visit part) {
        if (pairShare == 0) {
            return null;
        }
        Visit first = part.getPredecessor() == null ? part : part.getPredecessor();
        List<Visit> pair = new ArrayList<>(1 + first.getFollowers().size());
        pair.add(first);
        pair.addAll(first.getFollowers());
        for (Visit visit : pair) {
            if (visit.getCaregiverDay() == null || visit.isDouble() || !visit.getFollowers().isEmpty() && visit != first
                    || visit.getPredecessor() != null && visit.getPredecessor() != first) {
                return null;
            }
        }
        return pair;
    }

    /**
     * A sequenced pair (both parts, so that the first can move earlier or later while its follower keeps its gap)
     * and, around each part on its route, a string of consecutive visits (other pairs there whole): where one
     * caregiver alone has a skill (Mankowska's), the first parts on that route are its order, which neither a
     * neighbourhood ruin (pairs stay) nor a single move (its follower then breaks the maximum gap) changes.
     * Null when the plan has no pair that may be ruined.
     */
    private RuinRecreateMove pairRuin(Random random) {
        if (firsts.isEmpty()) {
            return null;
        }
        List<Visit> pair = pair(firsts.get(random.nextInt(firsts.size())));
        if (pair == null) {
            return null;
        }
        int count = MIN_RUINED + random.nextInt(maxRuined - MIN_RUINED + 1);
        List<Visit> ruined = new ArrayList<>(pair);
        for (Visit part : pair) {
            List<Visit> routeVisits = part.getCaregiverDay().getVisits();
            int length = 1 + random.nextInt(Math.min(routeVisits.size(), Math.max(1, count / pair.size())));
            int from = Math.max(0, Math.min(part.getIndex() - random.nextInt(length), routeVisits.size() - length));
            for (int k = from; k < from + length; k++) {
                add(routeVisits.get(k), ruined);
            }
        }
        return new RuinRecreateMove(ruined, candidates, visitsByUser, prices, null);
    }

    private static CaregiverDay smaller(CaregiverDay a, CaregiverDay b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return b.getVisits().size() < a.getVisits().size() ? b : a;
    }

    private void add(Visit visit, List<Visit> ruined) {
        if (visit.getCaregiverDay() == null || ruined.contains(visit)) {
            return;
        }
        if (visit.getPredecessor() != null || !visit.getFollowers().isEmpty()) {
            List<Visit> pair = pair(visit);
            if (pair != null) {
                pair.stream().filter(part -> !ruined.contains(part)).forEach(ruined::add);
            }
            return;
        }
        if (visit.isDouble()) {
            for (Visit part : visit.getConcurrentGroup()) {
                if (part.getCaregiverDay() == null) {
                    return;
                }
            }
            ruined.addAll(visit.getConcurrentGroup());
        } else {
            ruined.add(visit);
        }
    }
}
