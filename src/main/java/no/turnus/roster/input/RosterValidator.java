package no.turnus.roster.input;

import no.turnus.roster.domain.UnwantedPattern;

import static no.turnus.problem.Problems.at;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import no.turnus.problem.ConstraintWeights;
import no.turnus.problem.Rule;
import no.turnus.roster.rules.RosterRuleSet;
import no.turnus.problem.InputProblem;
import no.turnus.problem.Problems;
import no.turnus.roster.input.RosterDataset.Assignment;
import no.turnus.roster.input.RosterDataset.ContractSpec;
import no.turnus.roster.input.RosterDataset.Demand;
import no.turnus.roster.input.RosterDataset.EmployeeSpec;

/** Checks a roster dataset and reports every problem with its JSON path. */
public final class RosterValidator {

    private final RosterDataset data;
    private final Problems problems = new Problems();
    private Set<String> wards;
    private Set<String> shifts;
    private Set<String> contracts;
    private Set<String> employees;

    /** The rules the dataset names; the Norwegian ones where it names none or an unknown set. */
    private final RosterRuleSet ruleSet;

    private RosterValidator(RosterDataset data) {
        this.data = data;
        RosterRuleSet named = RosterRuleSet.find(data.ruleSet()).orElse(null);
        if (named == null) {
            problems.add("$.ruleSet", RosterBuilder.unknownRuleSet(data.ruleSet()));
        }
        this.ruleSet = named == null ? RosterRuleSet.NORWEGIAN : named;
    }

    public static List<InputProblem> validate(RosterDataset data) {
        return new RosterValidator(data).run();
    }

    private List<InputProblem> run() {
        problems.require("$.name", data.name());
        if (problems.require("$.startDate", data.startDate())) {
            // a base roster is planned in calendar weeks; an imported period (INRC) may start on any day
            problems.check(data.startDate().getDayOfWeek() == DayOfWeek.MONDAY || !data.cyclicRoster(), "$.startDate",
                    "must be a Monday in a cyclic roster (was a " + data.startDate().getDayOfWeek() + ")");
        }
        if (problems.require("$.weeks", data.weeks())) {
            problems.check(data.weeks() >= 1, "$.weeks", "must be at least 1 (was " + data.weeks() + ")");
        }
        wards = ids(data.wards(), RosterDataset.Ward::id, "wards");
        shifts = ids(data.shiftTypes(), RosterDataset.ShiftTypeSpec::code, "shiftTypes");
        contracts = ids(data.contracts(), ContractSpec::id, "contracts");
        employees = ids(data.employees(), EmployeeSpec::id, "employees");
        problems.check(!data.wards().isEmpty(), "$.wards", "at least one ward is required");
        problems.check(!data.shiftTypes().isEmpty(), "$.shiftTypes", "at least one shift type is required");
        for (int i = 0; i < data.shiftTypes().size(); i++) {
            shiftType(at("$", "shiftTypes", i), data.shiftTypes().get(i));
        }
        for (int i = 0; i < data.demand().size(); i++) {
            demand(at("$", "demand", i), data.demand().get(i));
        }
        for (int i = 0; i < data.contracts().size(); i++) {
            contract(at("$", "contracts", i), data.contracts().get(i));
        }
        for (int i = 0; i < data.employees().size(); i++) {
            employee(at("$", "employees", i), data.employees().get(i));
        }
        assignments("assignments", data.assignments());
        assignments("reference", data.reference());
        ConstraintWeights.parse(data.constraintWeights(), "$.constraintWeights", ruleSet.rules(),
                new java.util.HashMap<>(), problems);
        if (problems.isEmpty()) {
            new RosterBuilder(data).placePlan(problems); // only a sound dataset can be laid out in slots
        }
        return problems.list();
    }

    private <T> Set<String> ids(List<T> items, Function<T, String> id, String field) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String path = at("$", field, i);
            if (items.get(i) == null) {
                problems.add(path, "must not be null");
                continue;
            }
            String value = id.apply(items.get(i));
            String idField = field.equals("shiftTypes") ? "code" : "id";
            if (problems.require(at(path, idField), value)) {
                problems.check(seen.add(value), at(path, idField), "duplicate " + idField + " '" + value + "'");
            }
        }
        return seen;
    }

    private void shiftType(String path, RosterDataset.ShiftTypeSpec shift) {
        if (shift == null) {
            return;
        }
        boolean start = problems.require(at(path, "start"), shift.start());
        boolean end = problems.require(at(path, "end"), shift.end());
        problems.require(at(path, "category"), shift.category());
        problems.notNegative(at(path, "paidHours"), shift.paidHours());
        if (start && end) {
            problems.check(!shift.start().equals(shift.end()), at(path, "end"), "must differ from start");
        }
    }

    private void demand(String path, Demand demand) {
        if (demand == null) {
            problems.add(path, "must not be null");
            return;
        }
        if (problems.require(at(path, "ward"), demand.ward())) {
            problems.known(at(path, "ward"), demand.ward(), wards, "ward");
        }
        if (problems.require(at(path, "shift"), demand.shift())) {
            problems.known(at(path, "shift"), demand.shift(), shifts, "shift type");
        }
        problems.check(demand.date() == null || demand.weekdays().isEmpty(), at(path, "weekdays"),
                "give either a date or weekdays, not both");
        if (demand.date() != null) {
            dateInHorizon(at(path, "date"), demand.date());
        }
        if (problems.require(at(path, "minimum"), demand.minimum())
                && problems.notNegative(at(path, "minimum"), demand.minimum())
                && problems.notNegative(at(path, "preferred"), demand.preferred())
                && demand.preferred() != null) {
            problems.check(demand.preferred() >= demand.minimum(), at(path, "preferred"),
                    "must not be below the minimum (" + demand.minimum() + ")");
        }
        if (demand.maximum() != null && demand.minimum() != null) {
            int preferred = demand.preferred() == null ? demand.minimum() : demand.preferred();
            problems.check(demand.maximum() >= preferred, at(path, "maximum"),
                    "must not be below the preferred head count (" + preferred + ")");
        }
        counts(at(path, "competences"), demand.competences());
        counts(at(path, "authorisations"), demand.authorisations());
    }

    private void counts(String path, Map<String, Integer> counts) {
        counts.forEach((code, n) -> {
            if (problems.require(path + "." + code, n)) {
                problems.notNegative(path + "." + code, n);
            }
        });
    }

    private void dateInHorizon(String path, LocalDate date) {
        boolean horizonKnown = data.startDate() != null && data.weeks() != null && data.weeks() >= 1
                && (data.startDate().getDayOfWeek() == DayOfWeek.MONDAY || !data.cyclicRoster());
        if (horizonKnown) {
            problems.check(!date.isBefore(data.startDate()) && date.isBefore(data.startDate().plusWeeks(data.weeks())),
                    path, date + " is outside the planning horizon");
        }
    }

    private void contract(String path, ContractSpec c) {
        if (c == null) {
            return;
        }
        for (var field : Map.of("minDailyRestHours", nz(c.minDailyRestHours()),
                "reducedDailyRestHours", nz(c.reducedDailyRestHours()), "minWeeklyRestHours", nz(c.minWeeklyRestHours()),
                "reducedWeeklyRestHours", nz(c.reducedWeeklyRestHours()), "maxShiftHours", nz(c.maxShiftHours()),
                "maxAverageWeeklyHours", nz(c.maxAverageWeeklyHours()), "maxWeeklyHours", nz(c.maxWeeklyHours()),
                "fullTimeWeeklyHours", nz(c.fullTimeWeeklyHours())).entrySet()) {
            problems.notNegative(at(path, field.getKey()), field.getValue());
        }
        for (var field : Map.of("weekendFrequency", nz(c.weekendFrequency()),
                "maxConsecutiveWorkingWeekends", nz(c.maxConsecutiveWorkingWeekends()),
                "maxConsecutiveWorkingDays", nz(c.maxConsecutiveWorkingDays()),
                "minConsecutiveWorkingDays", nz(c.minConsecutiveWorkingDays()),
                "minConsecutiveFreeDays", nz(c.minConsecutiveFreeDays()),
                "maxConsecutiveNights", nz(c.maxConsecutiveNights()),
                "minFreeDaysAfterNights", nz(c.minFreeDaysAfterNights())).entrySet()) {
            problems.notNegative(at(path, field.getKey()), field.getValue());
        }
        if (c.inrc() != null) {
            inrcTerms(at(path, "inrc"), c.inrc());
        }
        c.weights().forEach((name, weight) -> {
            String p = at(path, "weights") + "." + name;
            Rule rule = ruleSet.rule(name).orElse(null);
            if (rule != null && rule.legal()) {
                problems.add(p, "'" + name + "' is a legal rule (" + rule.reference() + "): a contract cannot weigh it");
            } else if (rule == null || rule.contractWeight() == null) {
                problems.add(p, "not a rule a contract can weigh (known: " + ruleSet.rules().stream()
                        .filter(r -> r.contractWeight() != null).map(Rule::name).toList() + ")");
            } else if (problems.require(p, weight)) {
                problems.notNegative(p, weight);
            }
        });
        if (ruleSet == RosterRuleSet.NORWEGIAN) {
            WorkingTimeLimits.check(problems, path, c);
        }
    }

    private void inrcTerms(String path, RosterDataset.InrcTerms terms) {
        for (var field : Map.of("minAssignments", nz(terms.minAssignments()), "maxAssignments",
                nz(terms.maxAssignments()), "maxConsecutiveFreeDays", nz(terms.maxConsecutiveFreeDays()),
                "minConsecutiveWorkingWeekends", nz(terms.minConsecutiveWorkingWeekends())).entrySet()) {
            problems.notNegative(at(path, field.getKey()), field.getValue());
        }
        if (terms.minAssignments() != null && terms.maxAssignments() != null) {
            problems.check(terms.minAssignments() <= terms.maxAssignments(), at(path, "maxAssignments"),
                    "must not be below minAssignments (" + terms.minAssignments() + ")");
        }
        for (int i = 0; i < terms.unwantedPatterns().size(); i++) {
            pattern(at(path, "unwantedPatterns", i), terms.unwantedPatterns().get(i));
        }
    }

    private void pattern(String path, RosterDataset.PatternSpec pattern) {
        if (pattern == null) {
            problems.add(path, "must not be null");
            return;
        }
        problems.notNegative(at(path, "weight"), pattern.weight());
        problems.check(!pattern.days().isEmpty(), at(path, "days"), "at least one day is required");
        for (int i = 0; i < pattern.days().size(); i++) {
            String day = pattern.days().get(i);
            problems.check(UnwantedPattern.ANY.equals(day) || UnwantedPattern.FREE.equals(day)
                            || day != null && shifts.contains(day), at(path, "days", i),
                    "must be a shift code, \"*\" (any shift) or \"-\" (free), was " + day);
        }
    }

    /** Zero for absent values, so the map of checks needs no null entries. */
    private static Number nz(Number value) {
        return value == null ? 0 : value;
    }

    private void employee(String path, EmployeeSpec e) {
        if (e == null) {
            return;
        }
        problems.require(at(path, "competence"), e.competence());
        if (problems.require(at(path, "positionPercent"), e.positionPercent())) {
            problems.check(e.positionPercent() >= 0 && e.positionPercent() <= 100, at(path, "positionPercent"),
                    "must be between 0 and 100 (was " + e.positionPercent() + ")");
        }
        problems.known(at(path, "contract"), e.contract(), contracts, "contract");
        if (problems.require(at(path, "homeWard"), e.homeWard())) {
            problems.known(at(path, "homeWard"), e.homeWard(), wards, "ward");
        }
        for (int i = 0; i < e.wards().size(); i++) {
            problems.known(at(path, "wards", i), e.wards().get(i), wards, "ward");
        }
        for (int i = 0; i < e.unavailable().size(); i++) {
            RosterDataset.Period period = e.unavailable().get(i);
            String p = at(path, "unavailable", i);
            if (problems.require(at(p, "from"), period.from()) && period.to() != null) {
                problems.check(!period.to().isBefore(period.from()), at(p, "to"),
                        "ends (" + period.to() + ") before it starts (" + period.from() + ")");
            }
        }
        for (int i = 0; i < e.wishes().size(); i++) {
            RosterDataset.WishSpec wish = e.wishes().get(i);
            String p = at(path, "wishes", i);
            problems.require(at(p, "date"), wish.date());
            problems.require(at(p, "type"), wish.type());
            problems.known(at(p, "shift"), wish.shift(), shifts, "shift type");
            problems.notNegative(at(p, "weight"), wish.weight());
        }
        for (int i = 0; i < e.fixed().size(); i++) {
            RosterDataset.FixedShift fixed = e.fixed().get(i);
            shiftReference(at(path, "fixed", i), fixed.date(), fixed.shift(), fixed.ward());
        }
    }

    private void assignments(String field, List<Assignment> list) {
        for (int i = 0; i < list.size(); i++) {
            Assignment a = list.get(i);
            String path = at("$", field, i);
            if (problems.require(at(path, "employee"), a.employee())) {
                problems.known(at(path, "employee"), a.employee(), employees, "employee");
            }
            shiftReference(path, a.date(), a.shift(), a.ward());
        }
    }

    private void shiftReference(String path, LocalDate date, String shift, String ward) {
        if (problems.require(at(path, "date"), date)) {
            dateInHorizon(at(path, "date"), date);
        }
        if (problems.require(at(path, "shift"), shift)) {
            problems.known(at(path, "shift"), shift, shifts, "shift type");
        }
        if (problems.require(at(path, "ward"), ward)) {
            problems.known(at(path, "ward"), ward, wards, "ward");
        }
    }
}
