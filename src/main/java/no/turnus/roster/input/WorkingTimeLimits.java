package no.turnus.roster.input;

import static no.turnus.problem.Problems.at;

import no.turnus.problem.Problems;
import no.turnus.roster.domain.ContractRules;
import no.turnus.roster.domain.OvertimeLimits;
import no.turnus.roster.domain.WorkingTimeAgreement;

/**
 * Checks a Norwegian contract against AML kap. 10: each field may tighten the law's limit but loosen it only as far
 * as the agreement the contract names allows ({@link WorkingTimeAgreement}); beyond that the dataset is refused, with
 * the field, the limit and the paragraph in the message.
 */
final class WorkingTimeLimits {

    private WorkingTimeLimits() {
    }

    static void check(Problems problems, String path, RosterDataset.ContractSpec c) {
        WorkingTimeAgreement agreement = WorkingTimeAgreement.of(c.agreement());
        if (agreement == null) {
            problems.add(at(path, "agreement"), "unknown working-time agreement '" + c.agreement()
                    + "' (known: none, tariffavtale, arbeidstilsynet)");
            return;
        }
        String under = agreement == WorkingTimeAgreement.NONE ? "without a working-time agreement"
                : "under agreement '" + agreement.code() + "'";
        String law = " (" + agreement.reference() + ")";
        atMost(problems, at(path, "maxShiftHours"), c.maxShiftHours(), agreement.maxShiftHours(), under + law);
        atMost(problems, at(path, "maxWeeklyHours"), c.maxWeeklyHours(), agreement.maxWeeklyHours(), under + law);
        atMost(problems, at(path, "maxAverageWeeklyHours"), c.maxAverageWeeklyHours(),
                WorkingTimeAgreement.MAX_AVERAGE_WEEKLY_HOURS, "in any arrangement (AML §10-5)");
        atMost(problems, at(path, "fullTimeWeeklyHours"), c.fullTimeWeeklyHours(),
                WorkingTimeAgreement.MAX_FULL_TIME_WEEKLY_HOURS, "as normal working time (AML §10-4 (1))");
        if (c.averagingWeeks() != null) {
            int most = agreement == WorkingTimeAgreement.NONE ? ContractRules.DEFAULT_AVERAGING_WEEKS : 52;
            problems.check(c.averagingWeeks() >= 1 && c.averagingWeeks() <= most, at(path, "averagingWeeks"),
                    "must be 1 to " + most + " weeks " + under + " (AML §10-5: the 48 h average over 8 weeks, up to"
                            + " 52 by agreement); was " + c.averagingWeeks());
        }
        OvertimeLimits overtime = agreement.overtime();
        String overtimeUnder = under + " (AML §10-6" + (agreement == WorkingTimeAgreement.NONE
                ? "; up to 20 h, 50 h and 300 h by written agreement with the tillitsvalgte, 'tariffavtale'" : "") + ")";
        atMost(problems, at(path, "maxOvertimeHoursPer7Days"), c.maxOvertimeHoursPer7Days(),
                overtime.weekMinutes() / 60.0, overtimeUnder);
        atMost(problems, at(path, "maxOvertimeHoursPer4Weeks"), c.maxOvertimeHoursPer4Weeks(),
                overtime.fourWeeksMinutes() / 60.0, overtimeUnder);
        atMost(problems, at(path, "maxOvertimeHoursPer52Weeks"), c.maxOvertimeHoursPer52Weeks(),
                overtime.yearMinutes() / 60.0, overtimeUnder);
        atLeast(problems, at(path, "minDailyRestHours"), c.minDailyRestHours(), 11, "AML §10-8 (1)");
        atLeast(problems, at(path, "minWeeklyRestHours"), c.minWeeklyRestHours(), 35, "AML §10-8 (2)");
        reduced(problems, at(path, "reducedDailyRestHours"), c.reducedDailyRestHours(), agreement.minDailyRestHours(),
                under);
        reduced(problems, at(path, "reducedWeeklyRestHours"), c.reducedWeeklyRestHours(),
                agreement.minWeeklyRestHours(), under);
    }

    private static void atMost(Problems problems, String path, Double value, double limit, String under) {
        if (value != null) {
            problems.check(value <= limit, path, "must be at most " + hours(limit) + " " + under + "; was "
                    + hours(value));
        }
    }

    private static void atLeast(Problems problems, String path, Double value, double floor, String reference) {
        if (value != null) {
            problems.check(value >= floor, path, "must be at least " + hours(floor) + " (" + reference
                    + "; a shorter rest is agreed as reduced rest); was " + hours(value));
        }
    }

    private static void reduced(Problems problems, String path, Double value, double floor, String under) {
        if (value != null) {
            problems.check(value >= floor, path, "must be at least " + hours(floor) + " " + under
                    + " (AML §10-8 (3): rest below 11 h a day or 35 h a week needs a written agreement with the"
                    + " tillitsvalgte in a tariff-bound business, agreement 'tariffavtale'); was " + hours(value));
        }
    }

    private static String hours(double value) {
        return (value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value)) + " h";
    }
}
