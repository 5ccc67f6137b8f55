package no.turnus.roster.input;

import no.turnus.roster.domain.ContractRules;
import no.turnus.roster.domain.ShiftCategory;
import no.turnus.roster.domain.WeekendDefinition;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import no.turnus.problem.Dataset;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A roster problem as read from JSON: the horizon, wards, shift types, demand, staff and their contracts,
 * optionally with a plan ({@code assignments}) and the previous plan it is compared against ({@code reference}).
 * {@code ruleSet} names the rules that score it (see {@link no.turnus.roster.rules.RosterRuleSet}); absent, the
 * Norwegian rules.
 * Fields are boxed so that a missing value can be reported rather than silently read as zero.
 */
public record RosterDataset(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = KIND) String kind,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Dataset.MAX_NAME_LENGTH) String name,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "A Monday in a cyclic roster; from 2000-01-01 to 2099-12-31")
        LocalDate startDate,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "" + RosterValidator.MAX_WEEKS) Integer weeks,
        Boolean cyclic,
        @ArraySchema(minItems = 1, maxItems = RosterValidator.MAX_WARDS) List<Ward> wards,
        @ArraySchema(minItems = 1, maxItems = RosterValidator.MAX_SHIFT_TYPES) List<ShiftTypeSpec> shiftTypes,
        @ArraySchema(maxItems = RosterValidator.MAX_DEMAND_LINES) List<Demand> demand,
        @ArraySchema(maxItems = RosterValidator.MAX_EMPLOYEES) List<EmployeeSpec> employees,
        @ArraySchema(maxItems = RosterValidator.MAX_CONTRACTS) List<ContractSpec> contracts,
        @ArraySchema(maxItems = RosterValidator.MAX_SLOTS) List<Assignment> assignments,
        @ArraySchema(maxItems = RosterValidator.MAX_SLOTS) List<Assignment> reference,
        Map<String, String> constraintWeights,
        String ruleSet,
        @Schema(description = "Absent: the horizon is startDate and weeks. {\"type\": \"year\"}: a year roster"
                + " (årsturnus) rolled out from this dataset's plan as its grunnturnus")
        HorizonSpec horizon,
        @Schema(description = "The day the previous plan (reference) was changed; changes to shifts starting within 14"
                + " days of it have short notice (AML §10-3)")
        LocalDate replannedOn) implements Dataset {

    public static final String KIND = "roster";

    public RosterDataset {
        wards = orEmpty(wards);
        shiftTypes = orEmpty(shiftTypes);
        demand = orEmpty(demand);
        employees = orEmpty(employees);
        contracts = orEmpty(contracts);
        assignments = orEmpty(assignments);
        reference = orEmpty(reference);
        constraintWeights = constraintWeights == null ? Map.of() : constraintWeights;
    }

    /** A dataset on its own horizon ({@code horizon} absent). */
    public RosterDataset(String kind, String name, LocalDate startDate, Integer weeks, Boolean cyclic, List<Ward> wards,
                         List<ShiftTypeSpec> shiftTypes, List<Demand> demand, List<EmployeeSpec> employees,
                         List<ContractSpec> contracts, List<Assignment> assignments, List<Assignment> reference,
                         Map<String, String> constraintWeights, String ruleSet) {
        this(kind, name, startDate, weeks, cyclic, wards, shiftTypes, demand, employees, contracts, assignments,
                reference, constraintWeights, ruleSet, null, null);
    }

    /** A dataset of the Norwegian rules ({@code ruleSet} absent). */
    public RosterDataset(String kind, String name, LocalDate startDate, Integer weeks, Boolean cyclic, List<Ward> wards,
                         List<ShiftTypeSpec> shiftTypes, List<Demand> demand, List<EmployeeSpec> employees,
                         List<ContractSpec> contracts, List<Assignment> assignments, List<Assignment> reference,
                         Map<String, String> constraintWeights) {
        this(kind, name, startDate, weeks, cyclic, wards, shiftTypes, demand, employees, contracts, assignments,
                reference, constraintWeights, null);
    }

    public static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    public boolean cyclicRoster() {
        return cyclic != null && cyclic;
    }

    /** The same dataset with another plan and previous plan (its horizon, rules and replanning day kept). */
    public RosterDataset withPlan(List<Assignment> plan, List<Assignment> previous) {
        return new RosterDataset(kind, name, startDate, weeks, cyclic, wards, shiftTypes, demand, employees, contracts,
                plan, previous, constraintWeights, ruleSet, horizon, replannedOn);
    }

    /** Whether this dataset is a grunnturnus to roll out into a year roster ({@code "horizon": {"type": "year"}}). */
    public boolean yearRoster() {
        return horizon != null;
    }

    /**
     * Another horizon than the dataset's own. {@code type} {@code "year"} (the only one): an årsturnus of
     * {@code weeks} (52 by default) from {@code start} (a Monday), the dataset's plan being its grunnturnus, with
     * holidays (ferie) placed and Christmas and Easter rotated; {@code seed} breaks ties in the placement
     * ({@code no.turnus.roster.year.YearRoster}).
     *
     * @param holidayDays working days of ferie per employee (25 by default: ferieloven §5 and HTA); one week more
     *                    for staff who turn 60 in the year
     * @param staff       what the year needs of each employee; staff not named get their entitlement, no wishes and
     *                    no Christmas or Easter rotation
     */
    public record HorizonSpec(String type, LocalDate start,
                              @Schema(minimum = "1", maximum = "" + RosterValidator.MAX_WEEKS) Integer weeks,
                              @Schema(minimum = "0", maximum = "30") Integer holidayDays, Long seed,
                              @ArraySchema(maxItems = RosterValidator.MAX_EMPLOYEES) List<YearStaff> staff) {
        public static final String YEAR = "year";

        public HorizonSpec {
            staff = orEmpty(staff);
        }
    }

    /**
     * One employee's year: {@code birthYear} (the extra ferie week from the year one turns 60, ferieloven §5 (1)),
     * {@code holidayWishes} (ferieønsker, granted first, in whole weeks), {@code lastSummerStart} (the first day of
     * last year's main holiday: the rotation gives another part of the summer) and whether the employee had
     * Christmas or Easter off last year (who had it off works it this year; absent: no rotation, the grunnturnus
     * decides).
     */
    public record YearStaff(String employee, @Schema(minimum = "1900", maximum = "2099") Integer birthYear,
                            @ArraySchema(maxItems = RosterValidator.MAX_PER_EMPLOYEE) List<Period> holidayWishes,
                            LocalDate lastSummerStart, Boolean christmasOffLastYear, Boolean easterOffLastYear) {
        public YearStaff {
            holidayWishes = orEmpty(holidayWishes);
        }
    }

    /** An avdeling (unit). */
    public record Ward(String id, String name) {
    }

    /**
     * A vakttype; {@code end} before {@code start} means the shift ends the next day. {@code pauseMinutes}: its pause
     * (AML §10-9: a pause above 5.5 h, at least 30 minutes from 8 h; absent: 30 minutes above 5.5 h), paid unless
     * {@code pausePaid} is false (paid when staff cannot leave the ward); an unpaid pause is not working time.
     */
    public record ShiftTypeSpec(@Schema(maxLength = Dataset.MAX_ID_LENGTH) String code, String name, LocalTime start,
                                LocalTime end,
                                @Schema(minimum = "0", exclusiveMinimum = true, maximum = "24", description = "At most the"
                                        + " shift's length (less an unpaid pause) and at least a third of it; absent:"
                                        + " its length less an unpaid pause")
                                Double paidHours,
                                ShiftCategory category,
                                @Schema(minimum = "0", maximum = "" + RosterValidator.MAX_PAUSE_MINUTES, description =
                                        "At least what AML §10-9 asks for the shift's length; absent: 30 above 5.5 h")
                                Integer pauseMinutes,
                                Boolean pausePaid) {

        /** A shift type with the law's pause, paid. */
        public ShiftTypeSpec(String code, String name, LocalTime start, LocalTime end, Double paidHours,
                             ShiftCategory category) {
            this(code, name, start, end, paidHours, category, null, null);
        }
    }

    /**
     * Staffing demand (bemanningsplan) of one ward and shift type: on one {@code date}, on the given
     * {@code weekdays}, or every day when both are absent. A dated line wins over a weekday line, which wins
     * over an every-day line. Places above {@code preferred} up to {@code maximum} may be filled only at a hard
     * cost (overstaffing); they exist so that an imported plan with a surplus can be scored.
     */
    @Schema(name = "RosterDemand")
    public record Demand(String ward, LocalDate date, List<DayOfWeek> weekdays, String shift,
                         @Schema(minimum = "0", description = "At most the number of employees") Integer minimum,
                         @Schema(minimum = "0", description = "At most the number of employees") Integer preferred,
                         @Schema(minimum = "0", description = "At most the number of employees") Integer maximum,
                         Map<String, Integer> competences,
                         Map<String, Integer> authorisations) {
        public Demand {
            weekdays = orEmpty(weekdays);
            competences = competences == null ? Map.of() : competences;
            authorisations = authorisations == null ? Map.of() : authorisations;
        }

        /** A line without a maximum: nobody is planned beyond the preferred head count. */
        public Demand(String ward, LocalDate date, List<DayOfWeek> weekdays, String shift, Integer minimum,
                      Integer preferred, Map<String, Integer> competences, Map<String, Integer> authorisations) {
            this(ward, date, weekdays, shift, minimum, preferred, null, competences, authorisations);
        }
    }

    public record EmployeeSpec(@Schema(maxLength = Dataset.MAX_ID_LENGTH) String id, String name, String competence,
                               List<String> authorisations,
                               @Schema(minimum = "0", maximum = "100") Double positionPercent, String contract,
                               String homeWard, List<String> wards, String formerOrganisation,
                               @ArraySchema(maxItems = RosterValidator.MAX_PER_EMPLOYEE) List<Period> unavailable,
                               @ArraySchema(maxItems = RosterValidator.MAX_PER_EMPLOYEE) List<WishSpec> wishes,
                               @ArraySchema(maxItems = RosterValidator.MAX_DAYS) List<FixedShift> fixed,
                               @Schema(minimum = "0", maximum = "100") Double wantsMorePercent,
                               @Schema(minimum = "0", maximum = "100000") Double substituteCostPerHour) {
        public EmployeeSpec {
            authorisations = orEmpty(authorisations);
            wards = orEmpty(wards);
            unavailable = orEmpty(unavailable);
            wishes = orEmpty(wishes);
            fixed = orEmpty(fixed);
        }

        /** A member of staff in a position, who wants no more than it. */
        public EmployeeSpec(String id, String name, String competence, List<String> authorisations,
                            Double positionPercent, String contract, String homeWard, List<String> wards,
                            String formerOrganisation, List<Period> unavailable, List<WishSpec> wishes,
                            List<FixedShift> fixed) {
            this(id, name, competence, authorisations, positionPercent, contract, homeWard, wards, formerOrganisation,
                    unavailable, wishes, fixed, null, null);
        }

        /** The same person with other absences. */
        public EmployeeSpec withUnavailable(List<Period> periods) {
            return new EmployeeSpec(id, name, competence, authorisations, positionPercent, contract, homeWard, wards,
                    formerOrganisation, periods, wishes, fixed, wantsMorePercent, substituteCostPerHour);
        }

        /** The same person in other wards. */
        public EmployeeSpec inWards(String home, List<String> others) {
            return new EmployeeSpec(id, name, competence, authorisations, positionPercent, contract, home, others,
                    formerOrganisation, unavailable, wishes, fixed, wantsMorePercent, substituteCostPerHour);
        }

        /** A substitute from the pool (vikarpool): no position, paid per hour worked. */
        public boolean substitute() {
            return substituteCostPerHour != null;
        }
    }

    /** Dates from {@code from} to {@code to}, both included; {@code to} absent means one day. */
    public record Period(LocalDate from, LocalDate to, String reason) {
        public LocalDate last() {
            return to == null ? from : to;
        }
    }

    /** Ønske: work ({@code ON}) or be free ({@code OFF}) on a date, optionally for one shift type only. */
    public record WishSpec(LocalDate date, String shift, WishType type,
                           @Schema(minimum = "0", maximum = "" + RosterValidator.MAX_WEIGHT) Integer weight) {
    }

    public enum WishType { ON, OFF }

    /** A shift an employee must work; it is pinned and never moved by the solver. */
    public record FixedShift(LocalDate date, String shift, String ward) {
    }

    /** One worked shift of a plan. {@code pinned} keeps it in place when solving again. */
    public record Assignment(String employee, LocalDate date, String shift, String ward, Boolean pinned) {
        public boolean pinnedInPlace() {
            return pinned != null && pinned;
        }
    }

    /**
     * Rule parameters of a contract (arbeidsavtale / tariff). Every field is optional and defaults to Norwegian
     * law and the KS agreement (see {@link ContractRules}). Also: the weekend definition, per-rule multipliers
     * ({@code weights}: rule name to multiplier, for the rules the catalogue lets a contract weigh), whether runs cut
     * by the edge of a non-cyclic horizon are judged against minimum lengths ({@code judgeRunsAtHorizonEdges}), and
     * the terms of an INRC-2010 contract ({@code inrc}), which a Norwegian contract leaves out. {@code agreement}
     * names the working-time arrangement ({@code none}, {@code tariffavtale} or {@code arbeidstilsynet},
     * {@link no.turnus.roster.domain.WorkingTimeAgreement}): the law's limits it unlocks bound every field, and are
     * the defaults. {@code tredeltTurnus}: a three-shift rota with at least every third Sunday worked, whose Sunday,
     * holiday and night hours count extra (KS HTA kap. 1 §4.2.4, {@link no.turnus.roster.domain.KsWeighting}).
     * {@code positionTolerancePercent}: how far above their position's hours the staff may be planned (merarbeid the
     * unit accepts), in % of those hours, 0 making the position a hard cap; absent, positions are not capped (as
     * before the cap: only "Contract hours" pulls towards them). {@code averagingWeeks}: the window the 48 h average
     * is taken over (AML §10-5: 8 weeks by default, up to 52 under an agreement). {@code maxOvertimeHoursPer7Days},
     * {@code maxOvertimeHoursPer4Weeks}, {@code maxOvertimeHoursPer52Weeks}: the most overtime (hours beyond the
     * full-time week), 10, 25 and 200 h by default (AML §10-6), up to 20, 50 and 300 h under an agreement with the
     * tillitsvalgte.
     */
    public record ContractSpec(String id,
                               @Schema(minimum = "0", maximum = "24") Double minDailyRestHours,
                               @Schema(minimum = "8", maximum = "24") Double reducedDailyRestHours,
                               @Schema(minimum = "0", maximum = "168") Double minWeeklyRestHours,
                               @Schema(minimum = "28", maximum = "168") Double reducedWeeklyRestHours,
                               @Schema(minimum = "1", maximum = "24") Double maxShiftHours,
                               @Schema(minimum = "1", maximum = "168") Double maxAverageWeeklyHours,
                               @Schema(minimum = "1", maximum = "168") Double maxWeeklyHours,
                               @Schema(minimum = "1", maximum = "48") Double fullTimeWeeklyHours,
                               Integer weekendFrequency, Integer maxConsecutiveWorkingWeekends,
                               Boolean completeWeekends,
                               Integer maxConsecutiveWorkingDays, Integer minConsecutiveWorkingDays,
                               Integer minConsecutiveFreeDays,
                               Integer maxConsecutiveNights, Integer minFreeDaysAfterNights,
                               WeekendDefinition weekend, Boolean judgeRunsAtHorizonEdges,
                               Map<String, Integer> weights, InrcTerms inrc, String agreement,
                               Boolean tredeltTurnus,
                               @Schema(minimum = "0", maximum = "100") Double positionTolerancePercent,
                               @Schema(minimum = "1", maximum = "52") Integer averagingWeeks,
                               @Schema(minimum = "0", maximum = "20") Double maxOvertimeHoursPer7Days,
                               @Schema(minimum = "0", maximum = "50") Double maxOvertimeHoursPer4Weeks,
                               @Schema(minimum = "0", maximum = "300") Double maxOvertimeHoursPer52Weeks) {
        public ContractSpec {
            weights = weights == null ? Map.of() : weights;
        }

        /** A contract under no working-time agreement: every limit the law's or KS's default. */
        public static ContractSpec withoutAgreement(String id) {
            return underAgreement(id, null);
        }

        /** A contract under this working-time agreement (see {@link #agreement()}), every limit its default. */
        public static ContractSpec underAgreement(String id, String agreement) {
            return new ContractSpec(id, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null, agreement, null, null, null, null, null, null);
        }
    }

    /**
     * The terms only INRC-2010 contracts have, scored only by the {@code inrc-2010} rule set (every one off when
     * absent): the number of shifts, the longest run of free days, the shortest run of worked weekends, one shift
     * type per weekend, no night before a free weekend, and unwanted patterns.
     */
    public record InrcTerms(Integer minAssignments, Integer maxAssignments, Integer maxConsecutiveFreeDays,
                            Integer minConsecutiveWorkingWeekends, Boolean identicalWeekendShiftTypes,
                            Boolean noNightBeforeFreeWeekend, List<PatternSpec> unwantedPatterns) {
        public InrcTerms {
            unwantedPatterns = orEmpty(unwantedPatterns);
        }
    }

    /**
     * An unwanted pattern: {@code days} are shift codes, {@code "*"} (any shift) or {@code "-"} (free), from
     * {@code firstWeekday} when given; {@code weight} per occurrence.
     */
    public record PatternSpec(String id, Integer weight, DayOfWeek firstWeekday, List<String> days) {
        public PatternSpec {
            days = orEmpty(days);
        }
    }
}
