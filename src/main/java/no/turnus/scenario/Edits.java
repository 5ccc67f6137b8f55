package no.turnus.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import no.turnus.homecare.input.HomecareDataset;
import no.turnus.problem.InvalidInputException;
import no.turnus.roster.input.RosterDataset;
import no.turnus.scenario.ScenarioSet.Baseline;

/** Copies of the immutable datasets with some lists replaced: the building blocks of the changes. */
final class Edits {

    private Edits() {
    }

    static HomecareDataset homecare(Baseline baseline, String path) {
        if (baseline.homecare() == null) {
            throw new InvalidInputException(path, "changes home care, but the baseline has no homecare dataset");
        }
        return baseline.homecare();
    }

    static RosterDataset roster(Baseline baseline, String path) {
        if (baseline.roster() == null) {
            throw new InvalidInputException(path, "changes the roster, but the baseline has no roster dataset");
        }
        return baseline.roster();
    }

    static Facilities facilities(Baseline baseline, String path) {
        if (baseline.facilities() == null) {
            throw new InvalidInputException(path, "changes the institutions, but the baseline has no facilities");
        }
        return baseline.facilities();
    }

    static Baseline with(Baseline baseline, HomecareDataset homecare) {
        return new Baseline(homecare, baseline.roster(), baseline.facilities());
    }

    static Baseline with(Baseline baseline, RosterDataset roster) {
        return new Baseline(baseline.homecare(), roster, baseline.facilities());
    }

    static Baseline with(Baseline baseline, Facilities facilities) {
        return new Baseline(baseline.homecare(), baseline.roster(), facilities);
    }

    static HomecareDataset homecare(HomecareDataset d, List<HomecareDataset.LocationSpec> locations,
                                    List<HomecareDataset.TeamSpec> teams, List<HomecareDataset.CaregiverSpec> caregivers,
                                    List<HomecareDataset.UserSpec> users, List<HomecareDataset.VisitSpec> visits) {
        return new HomecareDataset(d.kind(), d.name(), locations, d.roads(), d.ferries(), d.travelMatrix(), teams,
                caregivers, users, visits, d.routes(), d.reference(), d.constraintWeights());
    }

    static RosterDataset roster(RosterDataset d, List<RosterDataset.Ward> wards, List<RosterDataset.Demand> demand,
                                List<RosterDataset.EmployeeSpec> employees) {
        return new RosterDataset(d.kind(), d.name(), d.startDate(), d.weeks(), d.cyclic(), wards, d.shiftTypes(), demand,
                employees, d.contracts(), d.assignments(), d.reference(), d.constraintWeights(), d.ruleSet());
    }

    /** The datasets without their plans: every option is solved from scratch, the baseline too. */
    static Baseline withoutPlans(Baseline b) {
        HomecareDataset h = b.homecare();
        RosterDataset r = b.roster();
        return new Baseline(h == null ? null : h.withoutPlan(),
                r == null ? null : new RosterDataset(r.kind(), r.name(), r.startDate(), r.weeks(), r.cyclic(), r.wards(),
                        r.shiftTypes(), r.demand(), r.employees(), r.contracts(), null, null, r.constraintWeights(),
                        r.ruleSet()), b.facilities());
    }

    /** Each element that matches replaced by its image; the others as they were. */
    static <T> List<T> map(List<T> list, Predicate<T> which, Function<T, T> change) {
        return list.stream().map(t -> which.test(t) ? change.apply(t) : t).toList();
    }

    static <T> List<T> plus(List<T> list, Collection<? extends T> more) {
        List<T> all = new ArrayList<>(list);
        all.addAll(more);
        return List.copyOf(all);
    }

    static <T> List<T> without(List<T> list, Predicate<T> which) {
        return list.stream().filter(which.negate()).toList();
    }

    static String replace(String value, Collection<String> from, String to) {
        return value != null && from.contains(value) ? to : value;
    }
}
