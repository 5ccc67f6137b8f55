package no.turnus.homecare.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import ai.timefold.solver.core.api.domain.variable.ListVariableListener;
import ai.timefold.solver.core.api.score.director.ScoreDirector;

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
            exact.time(director, List.of(visit.getCaregiverDay()));
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

    /** Sets a visit's times, telling the score director about each change; returns whether anything changed. */
    static boolean set(ScoreDirector<HomecarePlan> director, Visit visit, Integer arrival, Integer pause,
                       Integer start, boolean inconsistent) {
        Integer end = start == null ? null : start + visit.getDuration();
        boolean changed = false;
        if (!Objects.equals(arrival, visit.getArrivalTime())) {
            director.beforeVariableChanged(visit, "arrivalTime");
            visit.setArrivalTime(arrival);
            director.afterVariableChanged(visit, "arrivalTime");
            changed = true;
        }
        if (!Objects.equals(pause, visit.getPauseStart())) {
            director.beforeVariableChanged(visit, "pauseStart");
            visit.setPauseStart(pause);
            director.afterVariableChanged(visit, "pauseStart");
            changed = true;
        }
        if (!Objects.equals(start, visit.getStartTime())) {
            director.beforeVariableChanged(visit, "startTime");
            visit.setStartTime(start);
            director.afterVariableChanged(visit, "startTime");
            changed = true;
        }
        if (!Objects.equals(end, visit.getEndTime())) {
            director.beforeVariableChanged(visit, "endTime");
            visit.setEndTime(end);
            director.afterVariableChanged(visit, "endTime");
            changed = true;
        }
        if (inconsistent != visit.isInconsistent()) {
            director.beforeVariableChanged(visit, "inconsistent");
            visit.setInconsistent(inconsistent);
            director.afterVariableChanged(visit, "inconsistent");
            changed = true;
        }
        return changed;
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

        private ScoreDirector<HomecarePlan> director;
        private final ArrayDeque<CaregiverDay> queue = new ArrayDeque<>();
        /** Per queued route: re-time from this index, and at least up to (not including) the second one. */
        private final Map<CaregiverDay, int[]> ranges = new IdentityHashMap<>();
        /** Every route queued in this update: where to time from scratch when a circle has just closed. */
        private final List<CaregiverDay> touched = new ArrayList<>();
        private final Map<Visit, Integer> retimed = new IdentityHashMap<>();
        private boolean circle;

        Update start(ScoreDirector<HomecarePlan> scoreDirector) {
            director = scoreDirector;
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
                exact.time(director, touched);
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
                if (changed && retimed.merge(visit, 1, Integer::sum) > CIRCLE_LIMIT) {
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
            return VisitTimeUpdater.set(director, visit, arrival, pause, start, inconsistent);
        }
    }

    /**
     * Times every route linked to some routes (through double visits and sequenced pairs, both ways) from
     * scratch, in dependency order: a visit is timed once the visit before it on its route, the visits before
     * its partners on theirs and its predecessor are timed. What is never reached waits in a circle or on one.
     * Used when a solution is set and when a move closes a circle; allocates, which is fine that rarely.
     */
    private static final class Exact {

        void time(ScoreDirector<HomecarePlan> director, List<CaregiverDay> seeds) {
            List<CaregiverDay> routes = linked(seeds);
            Map<Visit, int[]> waitingFor = new IdentityHashMap<>();
            ArrayDeque<Visit> ready = new ArrayDeque<>();
            for (CaregiverDay day : routes) {
                for (Visit visit : day.getVisits()) {
                    int count = visit.getPreviousVisit() == null ? 0 : 1;
                    if (visit.getPredecessor() != null && visit.getPredecessor().getCaregiverDay() != null) {
                        count++;
                    }
                    if (visit.isDouble()) {
                        for (Visit other : visit.getConcurrentGroup()) {
                            if (other != visit && other.getCaregiverDay() != null && other.getPreviousVisit() != null) {
                                count++;
                            }
                        }
                    }
                    waitingFor.put(visit, new int[] {count});
                    if (visit.getPreviousVisit() == null) {
                        set(director, visit, arrivalAfter(day, null, visit), pauseAfter(day, null, visit),
                                visit.getStartTime(), visit.isInconsistent());
                    }
                    if (count == 0) {
                        ready.add(visit);
                    }
                }
            }
            while (!ready.isEmpty()) {
                Visit visit = ready.poll();
                waitingFor.get(visit)[0] = -1;
                set(director, visit, visit.getArrivalTime(), visit.getPauseStart(),
                        visit.startAfter(visit.getArrivalTime()), false);
                Visit next = visit.getNextVisit();
                if (next != null) {
                    set(director, next, arrivalAfter(visit.getCaregiverDay(), visit, next),
                            pauseAfter(visit.getCaregiverDay(), visit, next), next.getStartTime(), next.isInconsistent());
                    release(next, waitingFor, ready);
                    if (next.isDouble()) {
                        for (Visit other : next.getConcurrentGroup()) {
                            if (other != next && other.getCaregiverDay() != null) {
                                release(other, waitingFor, ready);
                            }
                        }
                    }
                }
                for (Visit follower : visit.getFollowers()) {
                    if (follower.getCaregiverDay() != null) {
                        release(follower, waitingFor, ready);
                    }
                }
            }
            for (CaregiverDay day : routes) {
                for (Visit visit : day.getVisits()) {
                    if (waitingFor.get(visit)[0] >= 0) {
                        Visit previous = visit.getPreviousVisit();
                        boolean previousTimed = previous == null || waitingFor.get(previous)[0] < 0;
                        set(director, visit, previousTimed ? visit.getArrivalTime() : null,
                                previousTimed ? visit.getPauseStart() : null, null, true);
                    }
                }
            }
        }

        private static void release(Visit visit, Map<Visit, int[]> waitingFor, ArrayDeque<Visit> ready) {
            if (--waitingFor.get(visit)[0] == 0) {
                ready.add(visit);
            }
        }

        /** The seed routes and every route reachable from them through partners, predecessors and followers. */
        private static List<CaregiverDay> linked(List<CaregiverDay> seeds) {
            Map<CaregiverDay, Boolean> seen = new IdentityHashMap<>();
            List<CaregiverDay> routes = new ArrayList<>();
            for (CaregiverDay seed : seeds) {
                if (seen.put(seed, Boolean.TRUE) == null) {
                    routes.add(seed);
                }
            }
            for (int r = 0; r < routes.size(); r++) {
                for (Visit visit : routes.get(r).getVisits()) {
                    if (visit.isDouble()) {
                        visit.getConcurrentGroup().forEach(other -> add(other, seen, routes));
                    }
                    if (visit.getPredecessor() != null) {
                        add(visit.getPredecessor(), seen, routes);
                    }
                    visit.getFollowers().forEach(follower -> add(follower, seen, routes));
                }
            }
            return routes;
        }

        private static void add(Visit visit, Map<CaregiverDay, Boolean> seen, List<CaregiverDay> routes) {
            if (visit.getCaregiverDay() != null && seen.put(visit.getCaregiverDay(), Boolean.TRUE) == null) {
                routes.add(visit.getCaregiverDay());
            }
        }
    }
}
