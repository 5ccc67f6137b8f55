package no.turnus.homecare.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import no.turnus.homecare.HomecareKind;
import no.turnus.homecare.domain.Caregiver;
import no.turnus.homecare.domain.CaregiverDay;
import no.turnus.homecare.domain.HomecarePlan;
import no.turnus.homecare.domain.User;
import no.turnus.homecare.domain.Visit;
import no.turnus.homecare.rules.HomecareRules;

/**
 * A floor under "Distinct caregivers per user" and "Primary contact" together, from the data alone: per user and
 * continuity period, the cheapest set of caregivers that could make all its visits ({@link CaregiverDay#canMake}:
 * shift, competence, skills, specialty, avoided and pinned caregivers), each part by one of them and the parts of
 * a double visit by different ones, priced by the two rules' weights. Time windows, how much one caregiver can do
 * in a shift, travel and the other users are left out, so no plan with every visit planned scores below it on
 * these two rules; how far a solved plan lies above it is all that any search could still win there.
 * <p>
 * Manual measurement, not a unit test (benchmarks/RESULTS.md, "Narvik sample: how far from the floor"):
 * {@code ContinuityFloor INSTANCE...}, an instance as {@link HomecareSearchComparison} reads it.
 */
public final class ContinuityFloor {

    /** The floor's two parts, in soft score points (weight times count), of the cheapest choice per user. */
    public record Floor(long continuity, long primary) {

        public long total() {
            return continuity + primary;
        }

        Floor plus(Floor other) {
            return new Floor(continuity + other.continuity, primary + other.primary);
        }
    }

    private ContinuityFloor() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("instance | users | continuity floor | primary contact floor | together");
        for (String instance : args) {
            HomecarePlan plan = new HomecareKind().toSolution(HomecareSearchComparison.read(instance), Map.of());
            Floor floor = of(plan);
            System.out.printf("%s | %d | %d | %d | %d%n", instance, plan.getUsers().size(), floor.continuity(),
                    floor.primary(), floor.total());
        }
    }

    /** The floor of the whole plan: the sum of its users' per period. */
    public static Floor of(HomecarePlan plan) {
        long continuityWeight = softWeight(plan, HomecareRules.CONTINUITY);
        long primaryWeight = softWeight(plan, HomecareRules.PRIMARY);
        Map<User, Map<Integer, List<Visit>>> groups = new IdentityHashMap<>();
        for (Visit visit : plan.getVisits()) {
            groups.computeIfAbsent(visit.getUser(), u -> new LinkedHashMap<>())
                    .computeIfAbsent(visit.getDayIndex() / HomecareRules.CONTINUITY_DAYS, p -> new ArrayList<>())
                    .add(visit);
        }
        Floor floor = new Floor(0, 0);
        for (Map<Integer, List<Visit>> periods : groups.values()) {
            for (List<Visit> visits : periods.values()) {
                floor = floor.plus(new UserPeriod(plan, visits, continuityWeight, primaryWeight).cheapest());
            }
        }
        return floor;
    }

    private static long softWeight(HomecarePlan plan, HomecareRules rule) {
        ConstraintWeightOverrides<HardMediumSoftScore> overrides = plan.getConstraintWeightOverrides();
        HardMediumSoftScore override = overrides == null ? null : overrides.getConstraintWeight(rule.ruleName());
        return (override != null ? override : rule.weight()).softScore();
    }

    /**
     * One user's visits in one period. Caregivers who could make the same of these visits are alike (one class,
     * with how many of them there are), the primary contact apart: the cheapest choice is a multiset of classes,
     * tried from one caregiver up until a further caregiver costs more than the best found.
     */
    private static final class UserPeriod {

        private final List<Visit> visits;
        /** Per class: which of the visits its caregivers could make, whether it is the primary contact, how many. */
        private final List<boolean[]> canMake = new ArrayList<>();
        private final List<Boolean> isContact = new ArrayList<>();
        private final List<Integer> size = new ArrayList<>();
        private final long continuityWeight;
        private final long primaryWeight;
        private Floor best;

        UserPeriod(HomecarePlan plan, List<Visit> visits, long continuityWeight, long primaryWeight) {
            this.visits = visits;
            this.continuityWeight = continuityWeight;
            String contact = visits.get(0).getUser().primaryContact();
            this.primaryWeight = contact == null ? 0 : primaryWeight;
            Map<Caregiver, boolean[]> byCaregiver = new IdentityHashMap<>();
            for (CaregiverDay day : plan.getCaregiverDays()) {
                for (int v = 0; v < visits.size(); v++) {
                    if (day.canMake(visits.get(v))) {
                        byCaregiver.computeIfAbsent(day.getCaregiver(), c -> new boolean[visits.size()])[v] = true;
                    }
                }
            }
            byCaregiver.forEach((caregiver, able) -> {
                boolean primary = caregiver.id().equals(contact);
                for (int k = 0; k < canMake.size(); k++) {
                    if (!primary && !isContact.get(k) && Arrays.equals(canMake.get(k), able)) {
                        size.set(k, size.get(k) + 1);
                        return;
                    }
                }
                canMake.add(able);
                isContact.add(primary);
                size.add(1);
            });
        }

        /** The cheapest choice; a part no caregiver could make is left out (it is a hard break, not these rules'). */
        Floor cheapest() {
            int parts = visits.size();
            for (int caregivers = 1; caregivers <= parts; caregivers++) {
                if (best != null && continuityWeight * (caregivers - 1) >= best.total()) {
                    break;
                }
                choose(new int[caregivers], 0, 0);
            }
            return best == null ? new Floor(0, 0) : best;
        }

        /** Every multiset of {@code chosen.length} classes from class {@code from} on, each within its size. */
        private void choose(int[] chosen, int filled, int from) {
            if (filled == chosen.length) {
                Long misses = primaryMisses(chosen);
                if (misses != null) {
                    Floor floor = new Floor(continuityWeight * (chosen.length - 1), primaryWeight * misses);
                    if (best == null || floor.total() < best.total()) {
                        best = floor;
                    }
                }
                return;
            }
            for (int k = from; k < canMake.size(); k++) {
                int used = 0;
                for (int f = 0; f < filled; f++) {
                    used += chosen[f] == k ? 1 : 0;
                }
                if (used < size.get(k)) {
                    chosen[filled] = k;
                    choose(chosen, filled + 1, k);
                }
            }
        }

        /**
         * The fewest parts these caregivers (one per entry) must make without the primary contact, or null when
         * they cannot make them all: a single visit by anyone able, the contact if able; a double visit's parts by
         * different ones, best matched.
         */
        private Long primaryMisses(int[] chosen) {
            long misses = 0;
            List<List<Visit>> doneGroups = new ArrayList<>();
            for (Visit visit : visits) {
                if (visit.isDouble()) {
                    List<Visit> group = visit.getConcurrentGroup();
                    if (doneGroups.stream().noneMatch(g -> g == group)) {
                        doneGroups.add(group);
                        Integer groupMisses = match(group, 0, chosen, new boolean[chosen.length]);
                        if (groupMisses == null) {
                            return null;
                        }
                        misses += groupMisses;
                    }
                    continue;
                }
                int v = visits.indexOf(visit);
                boolean able = false;
                boolean byContact = false;
                for (int k : chosen) {
                    able |= canMake.get(k)[v];
                    byContact |= canMake.get(k)[v] && isContact.get(k);
                }
                if (!able && anyCanMake(v)) {
                    return null;
                }
                misses += able && !byContact ? 1 : 0;
            }
            return misses;
        }

        /** The fewest non-contact parts when parts {@code p..} of the group go to distinct unused entries. */
        private Integer match(List<Visit> group, int p, int[] chosen, boolean[] used) {
            if (p == group.size()) {
                return 0;
            }
            int v = visits.indexOf(group.get(p));
            if (v < 0 || !anyCanMake(v)) {
                return match(group, p + 1, chosen, used);
            }
            Integer best = null;
            for (int e = 0; e < chosen.length; e++) {
                if (!used[e] && canMake.get(chosen[e])[v]) {
                    used[e] = true;
                    Integer rest = match(group, p + 1, chosen, used);
                    used[e] = false;
                    if (rest != null) {
                        int total = rest + (isContact.get(chosen[e]) ? 0 : 1);
                        best = best == null ? total : Math.min(best, total);
                    }
                }
            }
            return best;
        }

        private boolean anyCanMake(int v) {
            return canMake.stream().anyMatch(able -> able[v]);
        }
    }
}
