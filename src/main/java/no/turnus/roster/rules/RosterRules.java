package no.turnus.roster.rules;

import static no.turnus.problem.Rule.Level.HARD;
import static no.turnus.problem.Rule.Level.MEDIUM;
import static no.turnus.problem.Rule.Level.SOFT;

import java.util.List;
import java.util.function.Function;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import no.turnus.problem.Rule;

/**
 * The catalogue of the Norwegian roster rules: name, level, default weight, reference, labels and the constraint
 * that scores each. Hard: what the law (AML kap. 10, helsepersonelloven) or the employment forbids. Medium: demand
 * left uncovered. Soft: agreements (HTA, local agreements), fairness and wishes. Adding a rule: its entry here, its
 * constraint method in the theme class, its test.
 */
public enum RosterRules implements Rule.Entry {
    ONE_SHIFT_PER_DAY(Rule.of("One shift per day", HARD, 1, "AML §10-8 (1)",
            "Én vakt per dag", "One shift per day").ofLaw(), RestRules::oneShiftPerDay),
    DAILY_REST(Rule.of("Daily rest", HARD, 1, "AML §10-8 (1)",
            "Daglig hviletid", "Daily rest").ofLaw(), RestRules::dailyRest),
    WEEKLY_REST(Rule.of("Weekly rest", HARD, 1, "AML §10-8 (2)",
            "Ukentlig arbeidsfri", "Weekly rest").ofLaw(), RestRules::weeklyRest),
    UNAVAILABLE(Rule.of("Unavailable", HARD, 1, "registered absence (ferieloven, folketrygdloven kap. 8-9)",
            "Fravær (permisjon, sykdom)", "Unavailable (leave, sick leave)").ofLaw(), CoverageRules::unavailable),
    COMPETENCE(Rule.of("Competence required", HARD, 1, "hpl §4 (forsvarlighet)",
            "Kompetanse kreves", "Competence required").ofLaw(), CoverageRules::competence),
    WARD_NOT_ALLOWED(Rule.of("Ward not allowed", HARD, 1, "employment contract",
            "Avdeling ikke tillatt", "Ward not allowed"), CoverageRules::wardNotAllowed),
    SHIFT_TOO_LONG(Rule.of("Shift too long", HARD, 1, "AML §10-4, §10-5",
            "For lang vakt", "Shift too long").ofLaw(), HoursRules::shiftTooLong),
    MAX_WEEKLY_HOURS(Rule.of("Max hours in one week", HARD, 1, "AML §10-5",
            "Maks timer i én uke", "Max hours in one week").ofLaw(), HoursRules::maxWeeklyHours),
    MAX_AVERAGE_HOURS(Rule.of("Max average weekly hours", HARD, 1, "AML §10-5",
            "Maks gjennomsnittlig ukearbeidstid", "Max average weekly hours").ofLaw(), HoursRules::maxAverageHours),
    SUNDAY_AFTER_SUNDAY(Rule.of("Free Sunday after a worked Sunday", HARD, 1, "AML §10-8 (4)",
            "Fri søn-/helgedag etter arbeid på søn-/helgedag", "Free Sunday or holiday after a worked one").ofLaw(),
            WeekendRules::sundayAfterSunday),
    SUNDAYS_AVERAGED(Rule.of("Every other Sunday free on average", HARD, 1, "AML §10-8 (4), tariffavtale",
            "Annenhver søn-/helgedag fri i snitt", "Every other Sunday or holiday free on average").ofLaw(),
            WeekendRules::sundaysAveraged),
    PAUSES(Rule.of("Pauses", HARD, 1, "AML §10-9 (1)",
            "Pauser", "Pauses").ofLaw(), WorkingTimeRules::pauses),
    OVERTIME_LIMITS(Rule.of("Overtime limits", HARD, 1, "AML §10-6",
            "Overtidsgrenser", "Overtime limits").ofLaw(), WorkingTimeRules::overtimeLimits),
    NIGHT_WORK(Rule.of("Night work average", HARD, 1, "AML §10-11",
            "Nattarbeid i snitt", "Night work on average").ofLaw(), WorkingTimeRules::nightWork),
    ABOVE_POSITION(Rule.of("Above position", HARD, 1,
            "employment contract (AML §14-6 (1) j: agreed working time); AML §14-3 (part-timers first)",
            "Over stillingsstørrelse", "Above position"), HoursRules::abovePosition),
    UNCOVERED(Rule.of("Uncovered demand", MEDIUM, 1, "bemanningsplan",
            "Udekket bemanningsbehov", "Uncovered demand"), CoverageRules::uncovered),
    CONTRACT_HOURS(Rule.of("Contract hours", SOFT, 2, "HTA kap. 1 §4",
            "Avtalte timer", "Contract hours").perContract(1), HoursRules::contractHours),
    WEIGHTED_HOURS(Rule.of("Weighted hours", SOFT, 2, "HTA kap. 1 §4.2.4 (tredelt turnus), AML §10-10 (1), §10-11 (1)",
            "Vektet arbeidstid (tredelt turnus)", "Weighted hours (three-shift rota)").perContract(1),
            HoursRules::weightedHours),
    SHORT_DAILY_REST(Rule.of("Short daily rest by agreement", SOFT, 20, "AML §10-8 (3)",
            "Redusert døgnhvile etter avtale", "Short daily rest by agreement").perContract(1),
            RestRules::shortDailyRest),
    SHORT_WEEKLY_REST(Rule.of("Short weekly rest by agreement", SOFT, 20, "AML §10-8 (3)",
            "Redusert ukehvile etter avtale", "Short weekly rest by agreement").perContract(1),
            RestRules::shortWeeklyRest),
    WEEKLY_REST_ON_SUNDAY(Rule.of("Weekly rest on Sunday", SOFT, 2, "AML §10-8 (2)",
            "Ukehvile som omfatter søndag", "Weekly rest including Sunday").perContract(1),
            RestRules::weeklyRestOnSunday),
    WEEKEND_FREQUENCY(Rule.of("Weekend frequency", SOFT, 30, "local agreement (1 weekend in 3 is common practice)",
            "Helgefrekvens", "Weekend frequency").perContract(1), WeekendRules::weekendFrequency),
    CONSECUTIVE_WEEKENDS(Rule.of("Consecutive working weekends", SOFT, 20, "local agreement",
            "Arbeidshelger på rad", "Consecutive working weekends").perContract(1),
            WeekendRules::consecutiveWeekends),
    COMPLETE_WEEKENDS(Rule.of("Complete weekends", SOFT, 10, "local agreement",
            "Hele helger", "Complete weekends").perContract(1), WeekendRules::completeWeekends),
    MAX_CONSECUTIVE_DAYS(Rule.of("Max consecutive working days", SOFT, 10, "local agreement",
            "Maks arbeidsdager på rad", "Max consecutive working days").perContract(1),
            HoursRules::maxConsecutiveDays),
    ISOLATED_WORK_DAYS(Rule.of("Isolated work days", SOFT, 5, "local agreement",
            "Enkeltstående arbeidsdager", "Isolated work days").perContract(1), HoursRules::isolatedWorkDays),
    ISOLATED_DAYS_OFF(Rule.of("Isolated days off", SOFT, 5, "local agreement",
            "Enkeltstående fridager", "Isolated days off").perContract(1), HoursRules::isolatedDaysOff),
    NIGHT_SERIES(Rule.of("Night series too long", SOFT, 10, "local agreement",
            "For lang nattserie", "Night series too long").perContract(1), RestRules::nightSeries),
    FREE_AFTER_NIGHTS(Rule.of("Free days after nights", SOFT, 20, "local agreement (recovery after night work)",
            "Fridager etter nattvakter", "Free days after nights").perContract(1), RestRules::freeAfterNights),
    DAY_OFF_WISH(Rule.of("Day-off wish", SOFT, 1, "ønsketurnus",
            "Ønske om fri", "Day-off wish"), WishRules::dayOffWish),
    WORK_WISH(Rule.of("Work wish", SOFT, 1, "ønsketurnus",
            "Ønske om vakt", "Work wish"), WishRules::workWish),
    FAIR_NIGHTS(Rule.of("Fair share of nights", SOFT, 1, "fair turnus",
            "Rettferdig fordeling av netter", "Fair share of nights"), FairnessRules::fairNights),
    FAIR_WEEKENDS(Rule.of("Fair share of weekends", SOFT, 1, "fair turnus",
            "Rettferdig fordeling av helger", "Fair share of weekends"), FairnessRules::fairWeekends),
    FAIR_LONG_SHIFTS(Rule.of("Fair share of long shifts", SOFT, 1, "fair turnus",
            "Rettferdig fordeling av langvakter", "Fair share of long shifts"), FairnessRules::fairLongShifts),
    SUBSTITUTE_COST(Rule.of("Substitute cost", SOFT, 1, "vikarpool (cost per hour)",
            "Vikarkostnad", "Substitute cost"), CoverageRules::substituteCost),
    PREFERRED_STAFFING(Rule.of("Preferred staffing", SOFT, 5, "bemanningsplan",
            "Ønsket bemanning", "Preferred staffing"), CoverageRules::preferredStaffing),
    MIXED_ORGANISATIONS(Rule.of("Mixed former organisations", SOFT, 2, "merger plan",
            "Blanding av tidligere organisasjoner", "Mixed former organisations"), CoverageRules::mixedOrganisations),
    CHANGED_ASSIGNMENT(Rule.of("Changed assignment", SOFT, 10, "AML §10-3 (changes to the arbeidsplan)",
            "Endret vakt", "Changed assignment"), WishRules::changedAssignment),
    OVERSTAFFED(Rule.of("Overstaffed", HARD, 1, "bemanningsplan",
            "Overbemannet", "Overstaffed"), CoverageRules::overstaffed);

    private final Rule rule;
    private final Function<ConstraintFactory, Constraint> constraint;

    RosterRules(Rule rule, Function<ConstraintFactory, Constraint> constraint) {
        this.rule = rule;
        this.constraint = constraint;
    }

    @Override
    public Rule rule() {
        return rule;
    }

    /** The constraint scoring this rule. */
    public Constraint constraint(ConstraintFactory factory) {
        return constraint.apply(factory);
    }

    /** The catalogue as rules. */
    public static List<Rule> rules() {
        return Rule.of(values());
    }
}
