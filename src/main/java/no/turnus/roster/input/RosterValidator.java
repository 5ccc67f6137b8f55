package no.turnus.roster.input;

import no.turnus.roster.domain.UnwantedPattern;

import static no.turnus.problem.Problems.at;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import no.turnus.problem.ConstraintWeights;
import no.turnus.problem.Dataset;
import no.turnus.problem.Rule;
import no.turnus.roster.domain.Pauses;
import no.turnus.roster.rules.RosterRuleSet;
import no.turnus.roster.rules.RosterStreams;
import no.turnus.problem.InputProblem;
import no.turnus.problem.Problems;
import no.turnus.roster.input.RosterDataset.Assignment;
import no.turnus.roster.input.RosterDataset.ContractSpec;
import no.turnus.roster.input.RosterDataset.Demand;
import no.turnus.roster.input.RosterDataset.EmployeeSpec;

/**
 * Checks a roster dataset and reports every problem with its JSON path. The bounds of a roster are here, in one
 * place: what a Norwegian municipality's rosters need and not more, so that the work of reading, building and
 * solving a dataset grows with its horizon and staff, never with a raw number in it.
 */
public final class RosterValidator {

    /** The longest horizon: a year of calendar weeks (a year has 53 ISO weeks at most). */
    public static final int MAX_WEEKS = 53;
    /** The most days a horizon has, and so the most any count of days (runs, weekends, assignments) can be. */
    public static final int MAX_DAYS = MAX_WEEKS * 7;
    public static final int MAX_WARDS = 100;
    public static final int MAX_SHIFT_TYPES = 50;
    public static final int MAX_EMPLOYEES = 2_000;
    public static final int MAX_CONTRACTS = 200;
    public static final int MAX_DEMAND_LINES = 10_000;
    /**
     * The most places (slots) the demand may open over the horizon: a merged institution of some 300 staff planned
     * for a year stays below it; larger plans are split by ward group.
     */
    public static final int MAX_SLOTS = 100_000;
    /** The most wishes or absences one employee may have: about one per day of the longest horizon. */
    public static final int MAX_PER_EMPLOYEE = 400;
    /** The largest weight of a wish, a pattern or a contract's rule multiplier. */
    public static final int MAX_WEIGHT = 1_000;
    /** Horizons start in this century. */
    public static final LocalDate EARLIEST_START = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST_START = LocalDate.of(2099, 12, 31);
    /** Dates outside the horizon (absences) may lie this many years before its start or after its end. */
    public static final int DATE_SLACK_YEARS = 5;
    /** The longest pause a shift type may declare (a split shift is two shift types). */
    public static final int MAX_PAUSE_MINUTES = 240;
    /** Paid hours are at least this share of a shift's length: breaks and passive time count at least 1:3. */
    private static final double MIN_PAID_SHARE = 1.0 / 3;

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
            problems.check(!data.startDate().isBefore(EARLIEST_START) && !data.startDate().isAfter(LATEST_START),
                    "$.startDate", "must be from " + EARLIEST_START + " to " + LATEST_START + " (was "
                            + data.startDate() + ")");
        }
        if (problems.require("$.weeks", data.weeks())) {
            problems.check(data.weeks() >= 1 && data.weeks() <= MAX_WEEKS, "$.weeks",
                    "must be 1 to " + MAX_WEEKS + " (was " + data.weeks() + ")");
        }
        boolean small = problems.atMost("$.wards", data.wards(), MAX_WARDS)
                & problems.atMost("$.shiftTypes", data.shiftTypes(), MAX_SHIFT_TYPES)
                & problems.atMost("$.employees", data.employees(), MAX_EMPLOYEES)
                & problems.atMost("$.contracts", data.contracts(), MAX_CONTRACTS)
                & problems.atMost("$.demand", data.demand(), MAX_DEMAND_LINES)
                & problems.atMost("$.assignments", data.assignments(), MAX_SLOTS)
                & problems.atMost("$.reference", data.reference(), MAX_SLOTS);
        if (!small) {
            return problems.list(); // nothing more is read from a document this large
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
        if (data.replannedOn() != null) {
            dateNearHorizon("$.replannedOn", data.replannedOn());
        }
        ConstraintWeights.parse(data.constraintWeights(), "$.constraintWeights", ruleSet.rules(),
                new java.util.HashMap<>(), problems);
        if (problems.isEmpty()) {
            slots();
        }
        if (problems.isEmpty()) {
            new RosterBuilder(data).placePlan(problems); // only a sound dataset can be laid out in slots
        }
        return problems.list();
    }

    /**
     * The places the demand opens, bounded before any is made: per ward and shift type, the largest head count of
     * its lines on every day of the horizon (an upper bound of what {@link RosterBuilder} makes).
     */
    private void slots() {
        Map<String, Integer> heads = new HashMap<>();
        for (Demand line : data.demand()) {
            heads.merge(line.ward() + "|" + line.shift(), headCount(line), Math::max);
        }
        long days = data.weeks() * 7L;
        long slots = heads.values().stream().mapToLong(n -> n * days).sum();
        problems.check(slots <= MAX_SLOTS, "$.demand", "opens up to " + slots + " places over the horizon; at most "
                + MAX_SLOTS + " are planned in one roster (split it by ward group, or shorten the horizon)");
    }

    /** The most people one place of a demand line asks for. */
    private static int headCount(Demand line) {
        long specific = line.competences().values().stream().mapToLong(Integer::longValue).sum()
                + line.authorisations().values().stream().mapToLong(Integer::longValue).sum();
        long head = Math.max(specific, Math.max(nz(line.minimum()).longValue(),
                Math.max(nz(line.preferred()).longValue(), nz(line.maximum()).longValue())));
        return (int) Math.min(head, Integer.MAX_VALUE);
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
            if (problems.require(at(path, idField), value)
                    && problems.maxLength(at(path, idField), value, Dataset.MAX_ID_LENGTH)) {
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
        if (!start || !end || !problems.check(!shift.start().equals(shift.end()), at(path, "end"),
                "must differ from start")) {
            return;
        }
        // end before start: the shift ends the next day, so a shift is never longer than 24 h
        long length = java.time.Duration.between(shift.start(), shift.end()).toMinutes();
        int minutes = (int) (length < 0 ? length + 24 * 60 : length);
        int unpaidPause = pause(path, shift, minutes);
        if (shift.paidHours() != null) {
            problems.range(at(path, "paidHours"), shift.paidHours(),
                    Math.ceil(minutes / 60.0 * MIN_PAID_SHARE * 100) / 100, (minutes - unpaidPause) / 60.0);
        }
    }

    /** Checks the shift type's pause against AML §10-9 (Norwegian rules only); returns its unpaid minutes. */
    private int pause(String path, RosterDataset.ShiftTypeSpec shift, int minutes) {
        Integer pause = shift.pauseMinutes();
        if (pause == null) {
            return 0;
        }
        if (!problems.range(at(path, "pauseMinutes"), pause, 0, Math.min(MAX_PAUSE_MINUTES, minutes - 1))) {
            return 0;
        }
        if (ruleSet == RosterRuleSet.NORWEGIAN) {
            problems.check(pause >= Pauses.required(minutes), at(path, "pauseMinutes"), "must be at least "
                    + Pauses.required(minutes) + " min: " + Pauses.REFERENCE + " asks for " + Pauses.describe(minutes)
                    + " (this one lasts " + RosterStreams.hours(minutes) + " h); was " + pause);
        }
        if (shift.pausePaid() == null || shift.pausePaid()) {
            return 0;
        }
        problems.check(minutes - pause >= minutes * MIN_PAID_SHARE, at(path, "pauseMinutes"), "an unpaid pause may"
                + " take at most two thirds of the shift (" + minutes * 2 / 3 + " min); was " + pause);
        return pause;
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
        problems.noNulls(path, "weekdays", demand.weekdays());
        if (demand.date() != null) {
            dateInHorizon(at(path, "date"), demand.date());
        }
        // Nobody can fill more places of one shift than there are staff.
        int staff = data.employees().size();
        problems.range(at(path, "maximum"), demand.maximum(), 0, staff);
        if (problems.require(at(path, "minimum"), demand.minimum())
                && problems.range(at(path, "minimum"), demand.minimum(), 0, staff)
                && problems.range(at(path, "preferred"), demand.preferred(), 0, staff)
                && demand.preferred() != null) {
            problems.check(demand.preferred() >= demand.minimum(), at(path, "preferred"),
                    "must not be below the minimum (" + demand.minimum() + ")");
        }
        if (demand.maximum() != null && demand.minimum() != null) {
            int preferred = demand.preferred() == null ? demand.minimum() : demand.preferred();
            problems.check(demand.maximum() >= preferred, at(path, "maximum"),
                    "must not be below the preferred head count (" + preferred + ")");
        }
        if (counts(at(path, "competences"), demand.competences(), staff)
                & counts(at(path, "authorisations"), demand.authorisations(), staff)) {
            long specific = demand.competences().values().stream().mapToLong(Integer::longValue).sum()
                    + demand.authorisations().values().stream().mapToLong(Integer::longValue).sum();
            problems.check(specific <= staff, path, "asks for " + specific + " people with a competence or"
                    + " authorisation in one shift; there are " + staff + " employees");
        }
    }

    private boolean counts(String path, Map<String, Integer> counts, int staff) {
        boolean ok = true;
        for (var entry : counts.entrySet()) {
            String p = path + "." + entry.getKey();
            ok &= problems.require(p, entry.getValue()) && problems.range(p, entry.getValue(), 0, staff);
        }
        return ok;
    }

    /** Whether the horizon is sound, so that dates can be checked against it. */
    private boolean horizonKnown() {
        return data.startDate() != null && data.weeks() != null && data.weeks() >= 1 && data.weeks() <= MAX_WEEKS
                && !data.startDate().isBefore(EARLIEST_START) && !data.startDate().isAfter(LATEST_START)
                && (data.startDate().getDayOfWeek() == DayOfWeek.MONDAY || !data.cyclicRoster());
    }

    private void dateInHorizon(String path, LocalDate date) {
        if (horizonKnown()) {
            LocalDate end = data.startDate().plusWeeks(data.weeks());
            problems.check(!date.isBefore(data.startDate()) && date.isBefore(end),
                    path, date + " is outside the planning horizon (" + data.startDate() + " to " + end.minusDays(1)
                            + ")");
        }
    }

    /** A date that may lie outside the horizon (an absence), but not more than a few years. */
    private boolean dateNearHorizon(String path, LocalDate date) {
        if (!horizonKnown()) {
            return true;
        }
        LocalDate earliest = data.startDate().minusYears(DATE_SLACK_YEARS);
        LocalDate latest = data.startDate().plusWeeks(data.weeks()).plusYears(DATE_SLACK_YEARS);
        return problems.check(!date.isBefore(earliest) && !date.isAfter(latest), path, "must be from " + earliest
                + " to " + latest + ", within " + DATE_SLACK_YEARS + " years of the horizon (was " + date + ")");
    }

    private void contract(String path, ContractSpec c) {
        if (c == null) {
            return;
        }
        // Hours of a day or a week; rest may be 0 where a rule set does not know it (INRC), a shift at most 24 h.
        problems.range(at(path, "minDailyRestHours"), c.minDailyRestHours(), 0, 24);
        problems.range(at(path, "reducedDailyRestHours"), c.reducedDailyRestHours(), 0, 24);
        problems.range(at(path, "minWeeklyRestHours"), c.minWeeklyRestHours(), 0, 168);
        problems.range(at(path, "reducedWeeklyRestHours"), c.reducedWeeklyRestHours(), 0, 168);
        problems.range(at(path, "maxShiftHours"), c.maxShiftHours(), 1, 24);
        problems.range(at(path, "maxAverageWeeklyHours"), c.maxAverageWeeklyHours(), 1, 168);
        problems.range(at(path, "maxWeeklyHours"), c.maxWeeklyHours(), 1, 168);
        // A full-time week: 33.6 to 40 h in Norwegian agreements; 48 h is the most AML §10-5 lets one average.
        problems.range(at(path, "fullTimeWeeklyHours"), c.fullTimeWeeklyHours(), 1, 48);
        problems.range(at(path, "positionTolerancePercent"), c.positionTolerancePercent(), 0, 100);
        problems.range(at(path, "maxOvertimeHoursPer7Days"), c.maxOvertimeHoursPer7Days(), 0, 168);
        problems.range(at(path, "maxOvertimeHoursPer4Weeks"), c.maxOvertimeHoursPer4Weeks(), 0, 672);
        problems.range(at(path, "maxOvertimeHoursPer52Weeks"), c.maxOvertimeHoursPer52Weeks(), 0, 8736);
        for (var field : Map.of("weekendFrequency", nz(c.weekendFrequency()),
                "maxConsecutiveWorkingWeekends", nz(c.maxConsecutiveWorkingWeekends()),
                "maxConsecutiveWorkingDays", nz(c.maxConsecutiveWorkingDays()),
                "minConsecutiveWorkingDays", nz(c.minConsecutiveWorkingDays()),
                "minConsecutiveFreeDays", nz(c.minConsecutiveFreeDays()),
                "maxConsecutiveNights", nz(c.maxConsecutiveNights()),
                "minFreeDaysAfterNights", nz(c.minFreeDaysAfterNights())).entrySet()) {
            problems.range(at(path, field.getKey()), field.getValue(), 0, MAX_DAYS);
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
                problems.range(p, weight, 0, MAX_WEIGHT);
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
            problems.range(at(path, field.getKey()), field.getValue(), 0, MAX_DAYS);
        }
        if (terms.minAssignments() != null && terms.maxAssignments() != null) {
            problems.check(terms.minAssignments() <= terms.maxAssignments(), at(path, "maxAssignments"),
                    "must not be below minAssignments (" + terms.minAssignments() + ")");
        }
        problems.atMost(at(path, "unwantedPatterns"), terms.unwantedPatterns(), MAX_CONTRACTS);
        for (int i = 0; i < terms.unwantedPatterns().size(); i++) {
            pattern(at(path, "unwantedPatterns", i), terms.unwantedPatterns().get(i));
        }
    }

    private void pattern(String path, RosterDataset.PatternSpec pattern) {
        if (pattern == null) {
            problems.add(path, "must not be null");
            return;
        }
        problems.range(at(path, "weight"), pattern.weight(), 0, MAX_WEIGHT);
        problems.check(!pattern.days().isEmpty(), at(path, "days"), "at least one day is required");
        problems.atMost(at(path, "days"), pattern.days(), MAX_DAYS);
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
        if (e.substitute()) {
            // A substitute from the pool (vikarpool) has no position, only an hourly cost.
            problems.range(at(path, "substituteCostPerHour"), e.substituteCostPerHour(), 0, 100_000);
            problems.check(e.positionPercent() == null || e.positionPercent() == 0, at(path, "positionPercent"),
                    "must be 0 or absent for a substitute from the pool (was " + e.positionPercent() + ")");
            problems.check(e.wantsMorePercent() == null, at(path, "wantsMorePercent"),
                    "is for staff in a position, not for a substitute from the pool");
        } else if (problems.require(at(path, "positionPercent"), e.positionPercent())) {
            problems.check(e.positionPercent() >= 0 && e.positionPercent() <= 100, at(path, "positionPercent"),
                    "must be between 0 and 100 (was " + e.positionPercent() + ")");
            if (e.wantsMorePercent() != null) {
                problems.check(e.wantsMorePercent() >= 0 && e.positionPercent() + e.wantsMorePercent() <= 100,
                        at(path, "wantsMorePercent"), "must be 0 to " + (100 - e.positionPercent())
                                + ", what a " + e.positionPercent() + " % position lacks of a full-time one (was "
                                + e.wantsMorePercent() + ")");
            }
        }
        problems.known(at(path, "contract"), e.contract(), contracts, "contract");
        if (problems.require(at(path, "homeWard"), e.homeWard())) {
            problems.known(at(path, "homeWard"), e.homeWard(), wards, "ward");
        }
        boolean complete = problems.noNulls(path, "authorisations", e.authorisations())
                & problems.noNulls(path, "wards", e.wards()) & problems.noNulls(path, "unavailable", e.unavailable())
                & problems.noNulls(path, "wishes", e.wishes()) & problems.noNulls(path, "fixed", e.fixed());
        boolean small = problems.atMost(at(path, "unavailable"), e.unavailable(), MAX_PER_EMPLOYEE)
                & problems.atMost(at(path, "wishes"), e.wishes(), MAX_PER_EMPLOYEE)
                & problems.atMost(at(path, "fixed"), e.fixed(), MAX_DAYS);
        if (!complete || !small) {
            return;
        }
        for (int i = 0; i < e.wards().size(); i++) {
            problems.known(at(path, "wards", i), e.wards().get(i), wards, "ward");
        }
        for (int i = 0; i < e.unavailable().size(); i++) {
            RosterDataset.Period period = e.unavailable().get(i);
            String p = at(path, "unavailable", i);
            boolean from = problems.require(at(p, "from"), period.from()) && dateNearHorizon(at(p, "from"), period.from());
            boolean to = period.to() != null && dateNearHorizon(at(p, "to"), period.to());
            if (from && to) {
                problems.check(!period.to().isBefore(period.from()), at(p, "to"),
                        "ends (" + period.to() + ") before it starts (" + period.from() + ")");
            }
        }
        for (int i = 0; i < e.wishes().size(); i++) {
            RosterDataset.WishSpec wish = e.wishes().get(i);
            String p = at(path, "wishes", i);
            if (problems.require(at(p, "date"), wish.date())) {
                dateInHorizon(at(p, "date"), wish.date());
            }
            problems.require(at(p, "type"), wish.type());
            problems.known(at(p, "shift"), wish.shift(), shifts, "shift type");
            problems.range(at(p, "weight"), wish.weight(), 0, MAX_WEIGHT);
        }
        Set<LocalDate> fixedDays = new HashSet<>();
        for (int i = 0; i < e.fixed().size(); i++) {
            RosterDataset.FixedShift fixed = e.fixed().get(i);
            String p = at(path, "fixed", i);
            shiftReference(p, fixed.date(), fixed.shift(), fixed.ward());
            if (fixed.date() != null) {
                problems.check(fixedDays.add(fixed.date()), at(p, "date"), e.id() + " already has a fixed shift on "
                        + fixed.date() + " (one fixed shift per day)");
            }
        }
    }

    private void assignments(String field, List<Assignment> list) {
        for (int i = 0; i < list.size(); i++) {
            Assignment a = list.get(i);
            String path = at("$", field, i);
            if (a == null) {
                problems.add(path, "must not be null");
                continue;
            }
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
