package no.turnus.homecare.solver;

import java.util.Arrays;
import java.util.List;

import no.turnus.homecare.domain.HomecarePlan;
import no.turnus.homecare.domain.Visit;

/**
 * For each visit, the {@code k} visits of other visit ids on the same day nearest to it by driving minutes (by
 * car), as indexes into the plan's visit list: computed once per problem (n² look-ups, each kept only if among
 * the k best so far), then read without allocating. Timefold's nearby selection is enterprise-only; this is what
 * our own moves use instead.
 */
final class NearestVisits {

    private final int[][] nearest;

    NearestVisits(HomecarePlan plan, int k) {
        List<Visit> visits = plan.getVisits();
        int n = visits.size();
        nearest = new int[n][];
        int[] best = new int[k];
        int[] bestMinutes = new int[k];
        for (int v = 0; v < n; v++) {
            Visit visit = visits.get(v);
            int count = 0;
            for (int w = 0; w < n; w++) {
                Visit other = visits.get(w);
                if (other.getDayIndex() != visit.getDayIndex() || other.getVisitId().equals(visit.getVisitId())) {
                    continue;
                }
                int minutes = plan.getTravel().matrix().minutes(visit.location(), other.location());
                if (count == k && minutes >= bestMinutes[k - 1]) {
                    continue;
                }
                int at = count == k ? k - 1 : count++;
                while (at > 0 && bestMinutes[at - 1] > minutes) {
                    best[at] = best[at - 1];
                    bestMinutes[at] = bestMinutes[at - 1];
                    at--;
                }
                best[at] = w;
                bestMinutes[at] = minutes;
            }
            nearest[v] = Arrays.copyOf(best, count);
        }
    }

    /** The nearest visits of the visit at this index of the plan's list, nearest first. */
    int[] of(int visit) {
        return nearest[visit];
    }
}
