package no.turnus.homecare.domain;

import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import ai.timefold.solver.core.api.domain.variable.ListVariableListener;
import ai.timefold.solver.core.api.score.director.ScoreDirector;

/**
 * Keeps the visit times of routes up to date after a move: from the changed position onwards, arrival =
 * previous end (or shift start) + travel, start = the later arrival of the two parts of a double visit moved
 * into its window (and not before minGap after the start of the visit it follows), end = start + duration. A
 * part's changed arrival re-times its partner's route from the partner on, a changed start its followers' routes. Stops early once a visit past the changed range keeps its times, so a move costs the length of
 * the routes it touches, not the size of the plan.
 *
 * <p>Why not declarative shadow variables with a concurrent group: in Timefold 1.32 that makes the whole
 * shadow graph general, and every move then costs time in proportion to the whole plan (measured: 40 moves/s
 * at 5 000 visits; see benchmarks/RESULTS.md). Parts that wait on each other in a circle (both parts on one
 * route, or two double visits in crossed order) would be re-timed for ever: they are marked inconsistent,
 * with no times, once any visit is re-timed more often than any chain of double visits could need.
 */
public class VisitTimeUpdater implements ListVariableListener<HomecarePlan, Object, Visit> {

    /** How often one visit may be re-timed in one update before the parts are taken to wait in a circle. */
    private static final int CIRCLE_LIMIT = 6;

    /** Reused by every update: one listener serves one score director, one move at a time. */
    private final Update update = new Update();

    @Override
    public void afterListVariableChanged(ScoreDirector<HomecarePlan> director, Object day, int from, int to) {
        update.start(director).run((CaregiverDay) day, from, to);
    }

    @Override
    public void afterListVariableElementUnassigned(ScoreDirector<HomecarePlan> director, Visit visit) {
        update.start(director);
        update.set(visit, null, null, false);
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

    /** When a working solution is set, every visit is added: each route is timed from its first visit. */
    @Override
    public void afterEntityAdded(ScoreDirector<HomecarePlan> director, Object entity) {
        if (entity instanceof Visit visit && visit.getCaregiverDay() != null
                && visit.getCaregiverDay().getVisits().get(0) == visit) {
            update.start(director).run(visit.getCaregiverDay(), 0, visit.getCaregiverDay().getVisits().size());
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

    /** One update: a queue of routes to re-time from a position, worked off until nothing changes. */
    private static final class Update {

        private ScoreDirector<HomecarePlan> director;
        private final ArrayDeque<CaregiverDay> queue = new ArrayDeque<>();
        /** Per queued route: re-time from this index, and at least up to (not including) the second one. */
        private final Map<CaregiverDay, int[]> ranges = new IdentityHashMap<>();
        private final Map<Visit, Integer> retimed = new IdentityHashMap<>();
        private boolean circle;

        Update start(ScoreDirector<HomecarePlan> scoreDirector) {
            director = scoreDirector;
            retimed.clear();
            circle = false;
            return this;
        }

        void run(CaregiverDay day, int from, int to) {
            enqueue(day, from, to);
            drain();
        }

        void enqueue(CaregiverDay day, int from, int to) {
            int[] range = ranges.get(day);
            if (range == null) {
                ranges.put(day, new int[] {from, to});
                queue.add(day);
            } else {
                range[0] = Math.min(range[0], from);
                range[1] = Math.max(range[1], to);
            }
        }

        void drain() {
            while (!queue.isEmpty()) {
                CaregiverDay day = queue.poll();
                int[] range = ranges.remove(day);
                retime(day, range[0], range[1]);
            }
        }

        private void retime(CaregiverDay day, int from, int to) {
            List<Visit> visits = day.getVisits();
            for (int k = from; k < visits.size(); k++) {
                Visit visit = visits.get(k);
                Visit previous = k == 0 ? null : visits.get(k - 1);
                Integer arrival;
                if (circle || (previous != null && previous.isInconsistent())) {
                    arrival = null;
                } else if (previous != null && previous.getEndTime() == null) {
                    // The route before this visit has not been timed yet (while a solution is being set): whole route.
                    enqueue(day, 0, visits.size());
                    return;
                } else if (previous == null) {
                    arrival = day.getShiftStart() + day.travelMinutes(day.getStartLocation(), visit.location());
                } else {
                    arrival = previous.getEndTime() + day.travelMinutes(previous.location(), visit.location());
                }
                Integer start = arrival == null ? null : visit.startAfter(arrival);
                boolean arrivalChanged = !Objects.equals(arrival, visit.getArrivalTime());
                boolean startChanged = !Objects.equals(start, visit.getStartTime());
                boolean changed = set(visit, arrival, start, arrival == null);
                if (changed && retimed.merge(visit, 1, Integer::sum) > CIRCLE_LIMIT) {
                    circle = true;
                }
                if (arrivalChanged || (changed && visit.isInconsistent())) {
                    retimePartner(visit);
                }
                if (startChanged) {
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
            for (Visit other : visit.getConcurrentGroup()) {
                if (other != visit && other.getCaregiverDay() != null) {
                    int index = other.getCaregiverDay().getVisits().indexOf(other);
                    enqueue(other.getCaregiverDay(), index, index + 1);
                }
            }
        }

        /** A follower waits for this visit's start: its route is re-timed from it. */
        void retimeFollowers(Visit visit) {
            List<Visit> followers = visit.getFollowers();
            for (int f = 0; f < followers.size(); f++) {
                Visit follower = followers.get(f);
                if (follower.getCaregiverDay() != null) {
                    int index = follower.getCaregiverDay().getVisits().indexOf(follower);
                    enqueue(follower.getCaregiverDay(), index, index + 1);
                }
            }
        }

        /** Sets the times, telling the score director about each change; returns whether anything changed. */
        boolean set(Visit visit, Integer arrival, Integer start, boolean inconsistent) {
            Integer end = start == null ? null : start + visit.getDuration();
            boolean changed = false;
            if (!Objects.equals(arrival, visit.getArrivalTime())) {
                director.beforeVariableChanged(visit, "arrivalTime");
                visit.setArrivalTime(arrival);
                director.afterVariableChanged(visit, "arrivalTime");
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
    }
}
