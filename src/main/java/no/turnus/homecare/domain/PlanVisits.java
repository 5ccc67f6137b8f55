package no.turnus.homecare.domain;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

import ai.timefold.solver.core.api.domain.solution.cloner.DeepPlanningClone;

/**
 * A plan's visit parts, shared by its caregiver-days: each names the visits it may make by their places in this list
 * ({@link CaregiverDay#getPossibleVisits}). Cloned once with the plan, so a copy of the best plan maps its thousands of
 * visits once, not each caregiver-day's list of possible visits again (on the generated Narvik day of 4 997 visit
 * parts those lists hold 1.25 million entries, 250 per visit; benchmarks/RESULTS.md).
 */
@DeepPlanningClone
public final class PlanVisits {

    private List<Visit> visits;

    /** For the solution cloner. */
    public PlanVisits() {
    }

    public PlanVisits(List<Visit> visits) {
        this.visits = visits;
    }

    /** The visits at these places, in this order: a view, read through to this plan's visits. */
    List<Visit> at(int[] places) {
        return new Subset(places);
    }

    private final class Subset extends AbstractList<Visit> implements RandomAccess {

        private final int[] places;

        Subset(int[] places) {
            this.places = places;
        }

        @Override
        public Visit get(int index) {
            return visits.get(places[index]);
        }

        @Override
        public int size() {
            return places.length;
        }
    }
}
