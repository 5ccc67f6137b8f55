package no.turnus.roster.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import no.turnus.roster.domain.Employee;
import no.turnus.roster.domain.Horizon;
import no.turnus.roster.domain.Post;
import no.turnus.roster.domain.Roster;
import no.turnus.roster.domain.Slot;

/**
 * Manual measurement, not a unit test: where a roster's score comes from, rule by rule (Timefold's score analysis,
 * as the REST analysis uses it), and a few rough lower bounds of what no roster of the problem can avoid. Printed by
 * {@link RosterSearchProbe} with {@code -Dbreakdown=true}.
 */
final class RosterScoreBreakdown {

    private RosterScoreBreakdown() {
    }

    static void print(String label, Roster best, SolverConfig config) {
        SolutionManager<Roster, HardMediumSoftScore> manager =
                SolutionManager.create(SolverFactory.<Roster>create(config));
        ScoreAnalysis<HardMediumSoftScore> analysis = manager.analyze(best);
        List<ConstraintAnalysis<HardMediumSoftScore>> rules = new ArrayList<>(analysis.constraintMap().values());
        rules.sort(Comparator.comparingLong(rule -> rule.score().softScore()));
        long soft = analysis.score().softScore();
        System.out.printf(Locale.ROOT, "breakdown %s: %s%n", label, analysis.score());
        for (ConstraintAnalysis<HardMediumSoftScore> rule : rules) {
            if (rule.score().isZero()) {
                continue;
            }
            System.out.printf(Locale.ROOT, "  | %s | %s | %d | %.1f %% |%n", rule.constraintName(), rule.score(),
                    rule.matchCount(), soft == 0 ? 0 : 100.0 * rule.score().softScore() / soft);
        }
        bounds(best);
    }

    /** Facts of the problem that bound some rules from below, whatever the plan. */
    private static void bounds(Roster roster) {
        Horizon horizon = roster.getHorizon();
        long targets = 0;
        for (Employee employee : roster.getEmployees()) {
            targets += employee.substitute() ? 0 : employee.targetMinutes();
        }
        long required = 0;
        long all = 0;
        long filled = 0;
        int optionalEmpty = 0;
        Map<Post, Integer> requiredPerPost = new IdentityHashMap<>();
        Map<Employee, Integer> planned = new IdentityHashMap<>();
        for (Slot slot : roster.getSlots()) {
            all += slot.paidMinutes();
            if (!slot.isOptional()) {
                required += slot.paidMinutes();
                requiredPerPost.merge(slot.getPost(), 1, Integer::sum);
            }
            if (slot.getEmployee() != null) {
                filled += slot.paidMinutes();
                planned.merge(slot.getEmployee(), slot.paidMinutes(), Integer::sum);
            } else if (slot.isOptional() && !slot.isSurplus()) {
                optionalEmpty++;
            }
        }
        System.out.printf(Locale.ROOT, "  contract targets %.0f h; required places %.0f h; all places %.0f h;"
                + " filled %.0f h; optional places empty %d%n", targets / 60.0, required / 60.0, all / 60.0,
                filled / 60.0, optionalEmpty);
        long under = 0;
        long over = 0;
        int off = 0;
        for (Employee employee : roster.getEmployees()) {
            int diff = planned.getOrDefault(employee, 0) - employee.targetMinutes();
            under += Math.max(0, -diff);
            over += Math.max(0, diff);
            off += Math.abs(diff) >= 30 ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "  hours: %.1f h under target, %.1f h over, %d employees 30 min or more off%n",
                under / 60.0, over / 60.0, off);
        // Posts that need two or more and that only staff of one former organisation may work in.
        int oneOrganisation = 0;
        int twoOrMore = 0;
        Map<String, Set<String>> organisationsByWard = new HashMap<>();
        Set<String> wards = new HashSet<>();
        roster.getSlots().forEach(slot -> wards.add(slot.ward()));
        for (String ward : wards) {
            Set<String> organisations = new HashSet<>();
            for (Employee employee : roster.getEmployees()) {
                if (employee.mayWorkIn(ward)) {
                    organisations.add(employee.organisation());
                }
            }
            organisationsByWard.put(ward, organisations);
        }
        for (Map.Entry<Post, Integer> entry : requiredPerPost.entrySet()) {
            if (entry.getValue() >= 2) {
                twoOrMore++;
                if (organisationsByWard.get(entry.getKey().ward()).size() < 2) {
                    oneOrganisation++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "  mixing (horizon mixes organisations: %s): %d posts need 2 or more, %d of them"
                + " in wards only one former organisation may work in; organisations by ward %s%n",
                horizon.mixOrganisations(), twoOrMore, oneOrganisation, organisationsByWard);
        // Required places on a Sunday: each is one employee whose weekly rest that week holds no Sunday.
        int[] sundayPlaces = new int[horizon.weeks()];
        for (Slot slot : roster.getSlots()) {
            if (!slot.isOptional() && horizon.dayOfWeek(slot.dayIndex()) == java.time.DayOfWeek.SUNDAY) {
                sundayPlaces[slot.dayIndex() / 7]++;
            }
        }
        System.out.printf(Locale.ROOT, "  required places starting on a Sunday, per week: %s%n",
                java.util.Arrays.toString(sundayPlaces));
    }
}
