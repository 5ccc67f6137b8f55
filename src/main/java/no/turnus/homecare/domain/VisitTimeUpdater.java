package no.turnus.homecare.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import ai.timefold.solver.core.api.domain.variable.ListVariableListener;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.domain.entity.descriptor.EntityDescriptor;
import ai.timefold.solver.core.impl.domain.solution.descriptor.SolutionDescriptor;
import ai.timefold.solver.core.impl.domain.variable.descriptor.VariableDescriptor;
import ai.timefold.solver.core.impl.score.director.VariableDescriptorAwareScoreDirector;

/**
 * Keeps the visit times of routes up to date after a move. The times are one function of the plan, whatever
 * the order the routes are worked in:
 * <ul>
 *   <li>arrival = previous end (or shift start) + travel, + the meal pause when it is taken before driving on
 *       ({@link CaregiverDay#pauseOnLeg}: it depends only on the route up to the visit); none when the previous
 *       visit has no start;</li>
 *   <li>start = the latest arrival of the planned parts of a double visit, not before minGap after a planned
 *       predecessor's start, moved into the window; none when a planned partner has no arrival or a planned
 *       predecessor no start ({@link Visit#startAfter});</li>
 *   <li>end = start + duration; a part without a start is {@code inconsistent}.</li>
 * </ul>
 * Every wait in a circle (both parts on one route, double visits in crossed order, a follower before its first
 * visit) adds at least one visit's duration on the way round, so these equations have exactly one solution:
 * the visits on a circle, and whatever waits on them, have no start; the others have their usual times.
 *
 * <p>After a move the routes are re-timed from the changed position: a part's changed arrival re-times its
 * partner's route, a changed start its followers' routes; a route walk stops once a visit past the changed
 * range keeps its times, so a move costs the length of the routes it touches, not the size of the plan. That
 * worklist reaches the solution unless a circle was just closed, when the times would grow without end: once
 * any visit is re-timed more often than any chain of double visits needs, every route linked to the touched
 * ones is timed from scratch in dependency order ({@link Exact}), which leaves the circle without starts. A
 * solution being set is timed the same exact way.
 *
 * <p>Why not declarative shadow variables with a concurrent group: in Timefold 1.32 that makes the whole
 * shadow graph general, and every move then costs time in proportion to the whole plan (measured: 40 moves/s
 * at 5 000 visits; see benchmarks/RESULTS.md).
 */
public class VisitTimeUpdater implements ListVariableListener<HomecarePlan, Object, Visit> {

    /** How often one visit may be re-timed in one update before the routes are timed from scratch. */
    private static final int CIRCLE_LIMIT = 6;

    /** Reused by every update: one listener serves one score director, one move at a time. */
    private final Update update = new Update();
    private final Exact exact = new Exact();
    private final Notifier notifier = new Notifier();

    @Override
    public void afterListVariableChanged(ScoreDirector<HomecarePlan> director, Object day, int from, int to) {
        update.start(director).run((CaregiverDay) day, from, to);
    }

    @Override
    public void afterListVariableElementUnassigned(ScoreDirector<HomecarePlan> director, Visit visit) {
        update.start(director);
        update.set(visit, null, null, null, false);
        update.retimePartner(visit);
        update.retimeFollowers(visit);
        update.drain();
    }

    @Override
    public void beforeListVariableChanged(ScoreDirector<HomecarePlan> director, Object day, int from, int to) {
        // Times are recomputed after the change.
    }

    @Override
    public void beforeEntityAdded(ScoreDirector<HomecarePlan> director, Object entity) {
        // Timed once added.
    }

    /** When a working solution is set, every visit is added: the routes linked to each route's first visit. */
    @Override
    public void afterEntityAdded(ScoreDirector<HomecarePlan> director, Object entity) {
        if (entity instanceof Visit visit && visit.getCaregiverDay() != null && visit.getPreviousVisit() == null) {
            exact.time(notifier.with(director), List.of(visit.getCaregiverDay()));
        }
    }

    @Override
    public void beforeEntityRemoved(ScoreDirector<HomecarePlan> director, Object entity) {
        // Visits and routes are not removed while solving.
    }

    @Override
    public void afterEntityRemoved(ScoreDirector<HomecarePlan> director, Object entity) {
        // See beforeEntityRemoved.
    }

    /**
     * Tells the score director about changed times. Through the variable descriptors when it takes them, looked up
     * once: by name, each notice looked the entity and its variable up in maps again (a tenth of a home-care local
     * search step on Mankowska 200_1; benchmarks/RESULTS.md).
     */
    static final class Notifier {

        private static final String[] NAMES = {"arrivalTime", "pauseStart", "startTime", "inconsistent"};
        private static final int ARRIVAL = 0;
        private static final int PAUSE = 1;
        private static final int START = 2;
        private static final int INCONSISTENT = 3;

        private ScoreDirector<HomecarePlan> director;
        /** The director as one that takes descriptors, or null: then by name. */
        private VariableDescriptorAwareScoreDirector<HomecarePlan> byDescriptor;
        private SolutionDescriptor<HomecarePlan> solution;
        @SuppressWarnings("unchecked")
        private final VariableDescriptor<HomecarePlan>[] variables = new VariableDescriptor[NAMES.length];

        /** This notifier, now telling {@code scoreDirector}. */
        @SuppressWarnings("unchecked")
        Notifier with(ScoreDirector<HomecarePlan> scoreDirector) {
            director = scoreDirector;
            byDescriptor = null;
            if (scoreDirector instanceof VariableDescriptorAwareScoreDirector<?> aware) {
                byDescriptor = (VariableDescriptorAwareScoreDirector<HomecarePlan>) aware;
                SolutionDescriptor<HomecarePlan> descriptor = byDescriptor.getSolutionDescriptor();
                if (descriptor != solution) {
                    EntityDescriptor<HomecarePlan> visits = descriptor.findEntityDescriptorOrFail(Visit.class);
                    for (int v = 0; v < NAMES.length; v++) {
                        variables[v] = visits.getVariableDescriptor(NAMES[v]);
                    }
                    solution = descriptor;
                }
            }
            return this;
        }

        private void before(Visit visit, int variable) {
            if (byDescriptor != null) {
                byDescriptor.beforeVariableChanged(variables[variable], visit);
            } else {
                director.beforeVariableChanged(visit, NAMES[variable]);
            }
        }

        private void after(Visit visit, int variable) {
            if (byDescriptor != null) {
                byDescriptor.afterVariableChanged(variables[variable], visit);
            } else {
                director.afterVariableChanged(visit, NAMES[variable]);
            }
        }

        /**
         * Sets a visit's times, telling the score director about each change; returns whether anything changed. The
         * end follows the start ({@link Visit#getEndTime}).
         */
        boolean set(Visit visit, Integer arrival, Integer pause, Integer start, boolean inconsistent) {
            boolean changed = false;
            if (!Objects.equals(arrival, visit.getArrivalTime())) {
                before(visit, ARRIVAL);
                visit.setArrivalTime(arrival);
                after(visit, ARRIVAL);
                changed = true;
            }
            if (!Objects.equals(pause, visit.getPauseStart())) {
                before(visit, PAUSE);
                visit.setPauseStart(pause);
                after(visit, PAUSE);
                changed = true;
            }
            if (!Objects.equals(start, visit.getStartTime())) {
                before(visit, START);
                visit.setStartTime(start);
                after(visit, START);
                changed = true;
            }
            if (inconsistent != visit.isInconsistent()) {
                before(visit, INCONSISTENT);
                visit.setInconsistent(inconsistent);
                after(visit, INCONSISTENT);
                changed = true;
            }
            return changed;
        }
    }

    /**
     * The arrival after {@code previous} (null: from the shift start), or null when that visit has no start; later
     * by the meal pause when the caregiver takes it before driving to this visit.
     */
    static Integer arrivalAfter(CaregiverDay day, Visit previous, Visit visit) {
        boolean pauseDue = !day.getPause().none();
        if (previous == null) {
            return day.arrivalAfterLeg(day.getShiftStart(), day.getStartLocation(), visit, pauseDue);
        }
        return previous.getEndTime() == null ? null : day.arrivalAfterLeg(previous.getEndTime(), previous.location(),
                visit, pauseDue && previous.getPauseStart() == null);
    }

    /** The start of the route's meal pause if taken on the way to this visit or before, else null. */
    static Integer pauseAfter(CaregiverDay day, Visit previous, Visit visit) {
        if (day.getPause().none()) {
            return null;
        }
        if (previous == null) {
            return day.pauseOnLeg(day.getShiftStart(), day.getStartLocation(), visit);
        }
        if (previous.getPauseStart() != null || previous.getEndTime() == null) {
            return previous.getPauseStart();
        }
        return day.pauseOnLeg(previous.getEndTime(), previous.location(), visit);
    }

    /** One update: a queue of routes to re-time from a position, worked off until nothing changes. */
    private final class Update {

        private final ArrayDeque<CaregiverDay> queue = new ArrayDeque<>();
        /** Per queued route: re-time from this index, and at least up to (not including) the second one. */
        private final Map<CaregiverDay, int[]> ranges = new IdentityHashMap<>();
        /** Every route queued in this update: where to time from scratch when a circle has just closed. */
        private final List<CaregiverDay> touched = new ArrayList<>();
        private final IdentityInts retimed = new IdentityInts();
        private boolean circle;

        Update start(ScoreDirector<HomecarePlan> scoreDirector) {
            notifier.with(scoreDirector);
            retimed.clear();
            touched.clear();
            circle = false;
            return this;
        }

        /** The changed route first: its range [from, to) holds the visits that may be new on it. */
        void run(CaregiverDay day, int from, int to) {
            touched.add(day);
            retime(day, from, to, true);
            drain();
        }

        void enqueue(CaregiverDay day, int from, int to) {
            int[] range = ranges.get(day);
            if (range == null) {
                ranges.put(day, new int[] {from, to});
                queue.add(day);
                touched.add(day);
            } else {
                range[0] = Math.min(range[0], from);
                range[1] = Math.max(range[1], to);
            }
        }

        void drain() {
            while (!queue.isEmpty() && !circle) {
                CaregiverDay day = queue.poll();
                int[] range = ranges.remove(day);
                retime(day, range[0], range[1], false);
            }
            if (circle) {
                queue.clear();
                ranges.clear();
                exact.time(notifier, touched);
            }
        }

        /**
         * Re-times from {@code from}, at least up to {@code to}. When the range was {@code changed} by the move,
         * its visits may be new on this route: their partners and followers are re-timed even when their own
         * times happen to stay, since whether a part is planned decides what its partner waits for.
         */
        private void retime(CaregiverDay day, int from, int to, boolean changedRange) {
            List<Visit> visits = day.getVisits();
            for (int k = from; k < visits.size(); k++) {
                Visit visit = visits.get(k);
                Visit previous = k == 0 ? null : visits.get(k - 1);
                Integer arrival = arrivalAfter(day, previous, visit);
                Integer pause = arrival == null ? null : pauseAfter(day, previous, visit);
                Integer start = arrival == null ? null : visit.startAfter(arrival);
                boolean arrivalChanged = !Objects.equals(arrival, visit.getArrivalTime());
                boolean startChanged = !Objects.equals(start, visit.getStartTime());
                boolean changed = set(visit, arrival, pause, start, start == null);
                if (changed && retimed.add(visit, 1) > CIRCLE_LIMIT) {
                    circle = true;
                    return;
                }
                boolean moved = changedRange && k < to;
                if (arrivalChanged || moved) {
                    retimePartner(visit);
                }
                if (startChanged || moved) {
                    retimeFollowers(visit);
                }
                if (!changed && k >= to) {
                    return;
                }
            }
        }

        void retimePartner(Visit visit) {
            if (!visit.isDouble()) {
                return;
            }
            List<Visit> group = visit.getConcurrentGroup();
            for (int p = 0; p < group.size(); p++) {
                Visit other = group.get(p);
                if (other != visit) {
                    enqueueAt(other);
                }
            }
        }

        /** A follower waits for this visit's start: its route is re-timed from it. */
        void retimeFollowers(Visit visit) {
            List<Visit> followers = visit.getFollowers();
            for (int f = 0; f < followers.size(); f++) {
                enqueueAt(followers.get(f));
            }
        }

        private void enqueueAt(Visit visit) {
            if (visit.getCaregiverDay() != null) {
                int index = visit.getIndex();
                enqueue(visit.getCaregiverDay(), index, index + 1);
            }
        }

        boolean set(Visit visit, Integer arrival, Integer pause, Integer start, boolean inconsistent) {
            return notifier.set(visit, arrival, pause, start, inconsistent);
        }
    }

    /**
     * Ints by object identity (how often a visit was re-timed in one update, how many visits one waits for, which
     * routes were seen), allocation-free once grown: each entry belongs to the round that stamped it, so that a new
     * round clears the table in constant time. Clearing an identity map walks its whole table, as large as the
     * largest round ever was, on every move; new maps grow again every time.
     */
    static final class IdentityInts {

        private Object[] keys = new Object[64];
        private int[] values = new int[64];
        private int[] stamps = new int[64];
        private int stamp = 1;
        private int size;

        /** Empties the table. */
        void clear() {
            size = 0;
            if (++stamp == Integer.MAX_VALUE) {
                Arrays.fill(stamps, 0);
                Arrays.fill(keys, null);
                stamp = 1;
            }
        }

        /** The key's value, or {@code absent}. */
        int get(Object key, int absent) {
            int slot = slot(key);
            return slot >= 0 ? values[slot] : absent;
        }

        void put(Object key, int value) {
            int slot = slot(key);
            if (slot >= 0) {
                values[slot] = value;
            } else {
                insert(-slot - 1, key, value);
            }
        }

        /** Adds to the key's value (0 when absent) and returns the sum. */
        int add(Object key, int delta) {
            int slot = slot(key);
            if (slot >= 0) {
                return values[slot] += delta;
            }
            insert(-slot - 1, key, delta);
            return delta;
        }

        /** Puts the key with this value unless it is there: whether it was put. */
        boolean putIfAbsent(Object key, int value) {
            int slot = slot(key);
            if (slot >= 0) {
                return false;
            }
            insert(-slot - 1, key, value);
            return true;
        }

        /** The key's slot, or -(free slot) - 1 when it is not in the table. */
        private int slot(Object key) {
            int mask = keys.length - 1;
            int slot = hash(key) & mask;
            while (stamps[slot] == stamp) {
                if (keys[slot] == key) {
                    return slot;
                }
                slot = (slot + 1) & mask;
            }
            return -slot - 1;
        }

        private void insert(int slot, Object key, int value) {
            if (2 * (size + 1) > keys.length) {
                grow();
                slot = -slot(key) - 1;
            }
            keys[slot] = key;
            values[slot] = value;
            stamps[slot] = stamp;
            size++;
        }

        private static int hash(Object key) {
            int h = System.identityHashCode(key);
            return h ^ (h >>> 16);
        }

        private void grow() {
            Object[] oldKeys = keys;
            int[] oldValues = values;
            int[] oldStamps = stamps;
            keys = new Object[oldKeys.length * 2];
            values = new int[keys.length];
            stamps = new int[keys.length];
            int mask = keys.length - 1;
            for (int k = 0; k < oldKeys.length; k++) {
                if (oldStamps[k] == stamp) {
                    int slot = hash(oldKeys[k]) & mask;
                    while (stamps[slot] == stamp) {
                        slot = (slot + 1) & mask;
                    }
                    keys[slot] = oldKeys[k];
                    values[slot] = oldValues[k];
                    stamps[slot] = stamp;
                }
            }
        }
    }

    /**
     * Times every route linked to some routes (through double visits and sequenced pairs, both ways) from
     * scratch, in dependency order: a visit is timed once the visit before it on its route, the visits before
     * its partners on theirs and its predecessor are timed. What is never reached waits in a circle or on one.
     * Used when a solution is set and when a move closes a circle; allocates, which is fine that rarely.
     */
    private static final class Exact {

        /** Per visit of the linked routes, how many visits it still waits for; -1 once timed. Reused. */
        private final IdentityInts waitingFor = new IdentityInts();
        private final IdentityInts seen = new IdentityInts();
        private final ArrayDeque<Visit> ready = new ArrayDeque<>();
        private final List<CaregiverDay> routes = new ArrayList<>();

        void time(Notifier notifier, List<CaregiverDay> seeds) {
            linked(seeds);
            waitingFor.clear();
            ready.clear();
            for (int r = 0; r < routes.size(); r++) {
                CaregiverDay day = routes.get(r);
                List<Visit> visits = day.getVisits();
                for (int k = 0; k < visits.size(); k++) {
                    Visit visit = visits.get(k);
                    int count = visit.getPreviousVisit() == null ? 0 : 1;
                    if (visit.getPredecessor() != null && visit.getPredecessor().getCaregiverDay() != null) {
                        count++;
                    }
                    if (visit.isDouble()) {
                        List<Visit> group = visit.getConcurrentGroup();
                        for (int p = 0; p < group.size(); p++) {
                            Visit other = group.get(p);
                            if (other != visit && other.getCaregiverDay() != null && other.getPreviousVisit() != null) {
                                count++;
                            }
                        }
                    }
                    waitingFor.put(visit, count);
                    if (visit.getPreviousVisit() == null) {
                        notifier.set(visit, arrivalAfter(day, null, visit), pauseAfter(day, null, visit),
                                visit.getStartTime(), visit.isInconsistent());
                    }
                    if (count == 0) {
                        ready.add(visit);
                    }
                }
            }
            while (!ready.isEmpty()) {
                Visit visit = ready.poll();
                waitingFor.put(visit, -1);
                notifier.set(visit, visit.getArrivalTime(), visit.getPauseStart(),
                        visit.startAfter(visit.getArrivalTime()), false);
                Visit next = visit.getNextVisit();
                if (next != null) {
                    notifier.set(next, arrivalAfter(visit.getCaregiverDay(), visit, next),
                            pauseAfter(visit.getCaregiverDay(), visit, next), next.getStartTime(), next.isInconsistent());
                    release(next);
                    if (next.isDouble()) {
                        List<Visit> group = next.getConcurrentGroup();
                        for (int p = 0; p < group.size(); p++) {
                            Visit other = group.get(p);
                            if (other != next && other.getCaregiverDay() != null) {
                                release(other);
                            }
                        }
                    }
                }
                List<Visit> followers = visit.getFollowers();
                for (int f = 0; f < followers.size(); f++) {
                    if (followers.get(f).getCaregiverDay() != null) {
                        release(followers.get(f));
                    }
                }
            }
            for (int r = 0; r < routes.size(); r++) {
                List<Visit> visits = routes.get(r).getVisits();
                for (int k = 0; k < visits.size(); k++) {
                    Visit visit = visits.get(k);
                    if (waitingFor.get(visit, 0) >= 0) {
                        Visit previous = visit.getPreviousVisit();
                        boolean previousTimed = previous == null || waitingFor.get(previous, 0) < 0;
                        notifier.set(visit, previousTimed ? visit.getArrivalTime() : null,
                                previousTimed ? visit.getPauseStart() : null, null, true);
                    }
                }
            }
        }

        private void release(Visit visit) {
            if (waitingFor.add(visit, -1) == 0) {
                ready.add(visit);
            }
        }

        /** Into {@link #routes}: the seed routes and every route reachable from them through partners, predecessors and followers. */
        private void linked(List<CaregiverDay> seeds) {
            seen.clear();
            routes.clear();
            for (int s = 0; s < seeds.size(); s++) {
                if (seen.putIfAbsent(seeds.get(s), 1)) {
                    routes.add(seeds.get(s));
                }
            }
            for (int r = 0; r < routes.size(); r++) {
                List<Visit> visits = routes.get(r).getVisits();
                for (int k = 0; k < visits.size(); k++) {
                    Visit visit = visits.get(k);
                    if (visit.isDouble()) {
                        List<Visit> group = visit.getConcurrentGroup();
                        for (int p = 0; p < group.size(); p++) {
                            add(group.get(p));
                        }
                    }
                    if (visit.getPredecessor() != null) {
                        add(visit.getPredecessor());
                    }
                    List<Visit> followers = visit.getFollowers();
                    for (int f = 0; f < followers.size(); f++) {
                        add(followers.get(f));
                    }
                }
            }
        }

        private void add(Visit visit) {
            if (visit.getCaregiverDay() != null && seen.putIfAbsent(visit.getCaregiverDay(), 1)) {
                routes.add(visit.getCaregiverDay());
            }
        }
    }
}
