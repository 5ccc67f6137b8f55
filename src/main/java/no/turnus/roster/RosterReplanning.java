package no.turnus.roster;

import no.turnus.roster.input.RosterBuilder;
import no.turnus.roster.input.RosterDataset;
import no.turnus.roster.input.RosterValidator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.turnus.problem.InputProblem;
import no.turnus.problem.Problems;
import no.turnus.problem.Replanning;
import no.turnus.roster.input.RosterDataset.Assignment;
import no.turnus.roster.input.RosterDataset.Demand;
import no.turnus.roster.input.RosterDataset.EmployeeSpec;

/**
 * Replanning a solved roster: an employee becomes unavailable (sick leave) and/or demand changes; the given
 * assignments or date range stay pinned, the rest of the old plan is the starting point, and the old plan is
 * the reference that the "Changed assignment" rule measures disruption against.
 */
final class RosterReplanning implements Replanning<RosterDataset, RosterReplanning.Change> {

    /**
     * @param employee        who becomes unavailable (optional)
     * @param unavailableFrom first day of absence (required with employee)
     * @param unavailableTo   last day of absence; absent means to the end of the horizon
     * @param demand          demand lines to add; a line for the same ward, shift, date and weekdays replaces the old one
     * @param pinFrom         first day of the range that must not move (e.g. the days already published)
     * @param pinTo           last day of that range
     * @param pin             single assignments that must not move
     * @param replannedOn     the day the change is made and told: changes to shifts starting within 14 days of it
     *                        have short notice (AML §10-3); absent, the first day of the absence, else of the horizon
     */
    @io.swagger.v3.oas.annotations.media.Schema(name = "RosterChange")
    public record Change(String employee, LocalDate unavailableFrom, LocalDate unavailableTo, String reason,
                         List<Demand> demand, LocalDate pinFrom, LocalDate pinTo, List<Assignment> pin,
                         LocalDate replannedOn) {
        public Change {
            demand = RosterDataset.orEmpty(demand);
            pin = RosterDataset.orEmpty(pin);
        }

        /** A change made on the first day of the absence (or of the horizon). */
        public Change(String employee, LocalDate unavailableFrom, LocalDate unavailableTo, String reason,
                      List<Demand> demand, LocalDate pinFrom, LocalDate pinTo, List<Assignment> pin) {
            this(employee, unavailableFrom, unavailableTo, reason, demand, pinFrom, pinTo, pin, null);
        }
    }

    /** The replanning day: given, else the day the absence starts (sick leave is told that day), else the start. */
    private static LocalDate replannedOn(RosterDataset solved, Change change) {
        if (change.replannedOn() != null) {
            return change.replannedOn();
        }
        boolean inHorizon = change.unavailableFrom() != null && change.unavailableFrom().isAfter(solved.startDate());
        return inHorizon ? change.unavailableFrom() : solved.startDate(); // an absence from before starts with it
    }

    /** One assignment that appears in only one of two plans. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "RosterDifference")
    public record Difference(LocalDate date, String shift, String ward, String employee, String change) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "RosterDifferences")
    public record Differences(int unchanged, int removed, int added, List<Difference> changes) {
    }

    @Override
    public Class<Change> changeType() {
        return Change.class;
    }

    @Override
    public Class<Differences> differencesType() {
        return Differences.class;
    }

    @Override
    public RosterDataset apply(RosterDataset solved, Change change) {
        LocalDate last = solved.startDate().plusWeeks(solved.weeks()).minusDays(1);
        check(solved, change);
        List<EmployeeSpec> employees = solved.employees().stream()
                .map(e -> e.id().equals(change.employee()) ? absent(e, change, solved.startDate(), last) : e).toList();
        List<Demand> demand = new ArrayList<>(solved.demand());
        for (Demand line : change.demand()) {
            demand.removeIf(old -> sameKey(old, line));
            demand.add(line);
        }
        Set<Assignment> pinned = new HashSet<>();
        change.pin().forEach(a -> pinned.add(unpinned(a)));
        List<Assignment> plan = new ArrayList<>();
        for (Assignment a : solved.assignments()) {
            boolean absent = a.employee().equals(change.employee()) && !a.date().isBefore(change.unavailableFrom())
                    && !a.date().isAfter(change.unavailableTo() == null ? last : change.unavailableTo());
            if (!absent) {
                boolean pin = a.pinnedInPlace() || pinned.contains(unpinned(a)) || inRange(a.date(), change);
                plan.add(new Assignment(a.employee(), a.date(), a.shift(), a.ward(), pin ? Boolean.TRUE : null));
            }
        }
        List<Assignment> reference = solved.assignments().stream().map(RosterReplanning::unpinned).toList();
        RosterDataset draft = new RosterDataset(solved.kind(), solved.name(), solved.startDate(), solved.weeks(),
                solved.cyclic(), solved.wards(), solved.shiftTypes(), demand, employees, solved.contracts(), plan,
                reference, solved.constraintWeights(), solved.ruleSet(), null, replannedOn(solved, change));
        return RosterBuilder.withoutUnplaceable(draft);
    }

    private static void check(RosterDataset solved, Change change) {
        Problems problems = new Problems();
        LocalDate first = solved.startDate();
        LocalDate last = first.plusWeeks(solved.weeks()).minusDays(1);
        Set<String> ids = new HashSet<>();
        solved.employees().forEach(e -> ids.add(e.id()));
        if (change.employee() != null && problems.known("$.employee", change.employee(), ids, "employee")) {
            if (problems.require("$.unavailableFrom", change.unavailableFrom())
                    && problems.check(!change.unavailableFrom().isAfter(last), "$.unavailableFrom",
                    "is after the horizon (" + first + " to " + last + "): the absence changes nothing")
                    && change.unavailableTo() != null) {
                problems.check(!change.unavailableTo().isBefore(change.unavailableFrom()), "$.unavailableTo",
                        "ends before unavailableFrom");
                problems.check(!change.unavailableTo().isBefore(first), "$.unavailableTo",
                        "is before the horizon (" + first + " to " + last + "): the absence changes nothing");
            }
        } else if (change.employee() == null) {
            for (var field : Map.of("unavailableFrom", java.util.Optional.ofNullable(change.unavailableFrom()),
                    "unavailableTo", java.util.Optional.ofNullable(change.unavailableTo()),
                    "reason", java.util.Optional.ofNullable(change.reason())).entrySet()) {
                problems.check(field.getValue().isEmpty(), "$." + field.getKey(), "needs an employee");
            }
        }
        if (change.replannedOn() != null) {
            problems.check(!change.replannedOn().isBefore(first.minusYears(1)) && !change.replannedOn().isAfter(last),
                    "$.replannedOn", "must be from a year before the horizon to its end, " + first.minusYears(1) + " to "
                            + last + " (was " + change.replannedOn() + ")");
        }
        if (change.pinTo() != null && problems.require("$.pinFrom", change.pinFrom())) {
            problems.check(!change.pinTo().isBefore(change.pinFrom()), "$.pinTo", "ends before pinFrom");
        }
        if (change.pinFrom() != null) {
            problems.check(!change.pinFrom().isAfter(last) && (change.pinTo() == null || !change.pinTo().isBefore(first)),
                    "$.pinFrom", "the range pins nothing: it is outside the horizon (" + first + " to " + last + ")");
        }
        Set<Assignment> planned = new HashSet<>();
        solved.assignments().forEach(a -> planned.add(unpinned(a)));
        for (int i = 0; i < change.pin().size(); i++) {
            Assignment a = change.pin().get(i);
            String path = Problems.at("$", "pin", i);
            if (problems.check(a != null, path, "must not be null")) {
                problems.check(planned.contains(unpinned(a)), path, "the plan has no such assignment ("
                        + a.employee() + " on " + a.date() + ", shift " + a.shift() + " in ward " + a.ward() + ")");
            }
        }
        problems.check(change.employee() != null || !change.demand().isEmpty() || change.pinFrom() != null
                        || !change.pin().isEmpty() || !problems.isEmpty(), "$",
                "changes nothing: give an employee who becomes unavailable, demand lines, or what to pin");
        RosterDataset probe = new RosterDataset(solved.kind(), solved.name(), solved.startDate(), solved.weeks(),
                solved.cyclic(), solved.wards(), solved.shiftTypes(), change.demand(), solved.employees(),
                solved.contracts(), List.of(), List.of(), Map.of(), solved.ruleSet());
        for (InputProblem problem : RosterValidator.validate(probe)) {
            if (problem.path().startsWith("$.demand")) {
                problems.add(problem.path(), problem.message());
            }
        }
        problems.throwIfAny();
    }

    private static EmployeeSpec absent(EmployeeSpec e, Change change, LocalDate start, LocalDate last) {
        List<RosterDataset.Period> unavailable = new ArrayList<>(e.unavailable());
        // Kept within the horizon: what lies outside it changes nothing, and the stored dataset stays within bounds.
        LocalDate first = change.unavailableFrom().isBefore(start) ? start : change.unavailableFrom();
        LocalDate to = change.unavailableTo() == null || change.unavailableTo().isAfter(last) ? last
                : change.unavailableTo();
        unavailable.add(new RosterDataset.Period(first, to, change.reason()));
        return e.withUnavailable(unavailable);
    }

    private static boolean sameKey(Demand a, Demand b) {
        return a.ward().equals(b.ward()) && a.shift().equals(b.shift()) && java.util.Objects.equals(a.date(), b.date())
                && Set.copyOf(a.weekdays()).equals(Set.copyOf(b.weekdays()));
    }

    private static boolean inRange(LocalDate date, Change change) {
        return change.pinFrom() != null && !date.isBefore(change.pinFrom())
                && (change.pinTo() == null || !date.isAfter(change.pinTo()));
    }

    private static Assignment unpinned(Assignment a) {
        return new Assignment(a.employee(), a.date(), a.shift(), a.ward(), null);
    }

    @Override
    public Differences differences(RosterDataset before, RosterDataset after) {
        Map<Assignment, Integer> left = count(before.assignments());
        Map<Assignment, Integer> right = count(after.assignments());
        List<Difference> changes = new ArrayList<>();
        int unchanged = 0;
        Set<Assignment> keys = new HashSet<>(left.keySet());
        keys.addAll(right.keySet());
        int removed = 0;
        int added = 0;
        for (Assignment key : keys) {
            int l = left.getOrDefault(key, 0);
            int r = right.getOrDefault(key, 0);
            unchanged += Math.min(l, r);
            for (int i = r; i < l; i++) {
                changes.add(new Difference(key.date(), key.shift(), key.ward(), key.employee(), "removed"));
                removed++;
            }
            for (int i = l; i < r; i++) {
                changes.add(new Difference(key.date(), key.shift(), key.ward(), key.employee(), "added"));
                added++;
            }
        }
        changes.sort(Comparator.comparing(Difference::date).thenComparing(Difference::shift)
                .thenComparing(Difference::ward).thenComparing(Difference::change).thenComparing(Difference::employee));
        return new Differences(unchanged, removed, added, changes);
    }

    private static Map<Assignment, Integer> count(List<Assignment> assignments) {
        Map<Assignment, Integer> counts = new HashMap<>();
        assignments.forEach(a -> counts.merge(unpinned(a), 1, Integer::sum));
        return counts;
    }
}
