package no.turnus.scenario;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

import no.turnus.problem.Problems;
import no.turnus.roster.input.RosterDataset.Demand;

/**
 * The staffing plan of a merged unit where it pools cover: for a shift (optionally on some weekdays only) the
 * merged unit needs a head count of its own — given, or one per so many residents — instead of the sum of the
 * merged wards' lines. Two wards that each had a night nurse may share one when the doors between them are open
 * at night.
 */
public final class PooledDemand {

    private PooledDemand() {
    }

    /**
     * One pooled shift of the merged unit.
     *
     * @param weekdays          the days it applies to (weekend cover: Saturday and Sunday); absent, every day
     * @param staff             the head count of the merged unit on that shift
     * @param residentsPerStaff or: one staff member per this many residents, rounded up
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Rule(String shift, List<DayOfWeek> weekdays, Integer staff, Double residentsPerStaff) {
        public Rule {
            weekdays = weekdays == null ? List.of() : weekdays;
        }

        Set<DayOfWeek> days() {
            return weekdays.isEmpty() ? EnumSet.allOf(DayOfWeek.class) : EnumSet.copyOf(weekdays);
        }

        boolean everyDay() {
            return days().size() == DayOfWeek.values().length;
        }
    }

    /**
     * The merged unit's lines: the lines of {@code into} (the merged wards' lines, relabelled) with every pooled
     * shift replaced by one line of the rule's head count, the rest added up as before. Competences and
     * authorisations of a pooled line are the most any one of the lines it replaces asked for, at most its head
     * count.
     *
     * @param residents the residents of the merged unit, or null when unknown
     * @param path      the JSON path of the change (problems are reported at its {@code pooled[i]})
     */
    static List<Demand> apply(List<Demand> lines, String into, List<Rule> rules, Integer residents,
                              Set<String> shifts, String path, Problems p) {
        List<Demand> remaining = new ArrayList<>(lines);
        List<Demand> pooled = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            String at = Problems.at(path, "pooled", i);
            if (!check(rule, rules.subList(0, i), residents, shifts, at, p)) {
                continue;
            }
            Set<DayOfWeek> days = rule.days();
            List<Demand> replaced = new ArrayList<>();
            List<Demand> overridden = new ArrayList<>();
            for (Demand line : remaining) {
                if (!line.ward().equals(into) || !rule.shift().equals(line.shift()) || line.date() != null) {
                    continue;
                }
                if (line.weekdays().isEmpty()) {
                    // An every-day line: replaced when the rule is for every day, else overridden on its days only.
                    (rule.everyDay() ? replaced : overridden).add(line);
                } else if (days.containsAll(line.weekdays())) {
                    replaced.add(line);
                } else if (line.weekdays().stream().anyMatch(days::contains)) {
                    p.add(at + ".weekdays", "a demand line for shift " + rule.shift() + " on " + line.weekdays()
                            + " has days inside and outside these weekdays: split it in the roster");
                }
            }
            overridden.addAll(replaced);
            if (!p.check(!overridden.isEmpty(), at + ".shift", "no merged ward has demand for shift " + rule.shift()
                    + (rule.everyDay() ? "" : " on " + rule.weekdays()))) {
                continue;
            }
            remaining.removeAll(replaced);
            int count = rule.staff() != null ? rule.staff() : (int) Math.ceil(residents / rule.residentsPerStaff());
            pooled.add(new Demand(into, null, rule.everyDay() ? List.of() : List.copyOf(EnumSet.copyOf(days)),
                    rule.shift(), count, count, most(overridden, Demand::competences, count),
                    most(overridden, Demand::authorisations, count)));
        }
        List<Demand> result = new ArrayList<>(Change.pooled(remaining));
        result.addAll(pooled);
        return List.copyOf(result);
    }

    private static boolean check(Rule rule, List<Rule> earlier, Integer residents, Set<String> shifts, String at,
                                 Problems p) {
        boolean ok = p.require(at + ".shift", rule.shift()) && p.known(at + ".shift", rule.shift(), shifts, "shift type");
        ok &= p.noNulls(at, "weekdays", rule.weekdays());
        ok &= p.check((rule.staff() == null) != (rule.residentsPerStaff() == null), at,
                "give either staff (the head count) or residentsPerStaff");
        if (rule.staff() != null) {
            ok &= p.notNegative(at + ".staff", rule.staff());
        }
        if (rule.residentsPerStaff() != null) {
            ok &= p.check(rule.residentsPerStaff() > 0, at + ".residentsPerStaff",
                    "must be above 0 (was " + rule.residentsPerStaff() + ")");
            ok &= p.check(residents != null, at + ".residentsPerStaff", "needs the residents of the merged unit: "
                    + "give residents, or beds for the merged wards' units in the baseline's facilities");
        }
        if (ok) {
            ok = p.check(earlier.stream().noneMatch(r -> rule.shift().equals(r.shift())
                            && r.days().stream().anyMatch(rule.days()::contains)), at + ".weekdays",
                    "another pooled rule already covers shift " + rule.shift() + " on some of these days");
        }
        return ok;
    }

    private static Map<String, Integer> most(List<Demand> lines,
                                             java.util.function.Function<Demand, Map<String, Integer>> counts,
                                             int cap) {
        Map<String, Integer> most = new LinkedHashMap<>();
        lines.forEach(line -> counts.apply(line).forEach((k, n) -> most.merge(k, Math.min(n, cap), Math::max)));
        return most;
    }
}
