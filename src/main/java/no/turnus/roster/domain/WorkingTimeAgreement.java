package no.turnus.roster.domain;

import java.util.Locale;

/**
 * The arrangement a contract's working time is agreed under, and how far AML kap. 10 lets it depart from the main
 * rules. Law is not data: a contract may tighten every limit, but loosen one only as far as its agreement allows,
 * and its defaults are that agreement's limits.
 *
 * @param maxShiftHours        longest working day
 * @param maxWeeklyHours       most hours in any single week
 * @param minDailyRestHours    shortest daily rest, reductions included
 * @param minWeeklyRestHours   shortest weekly rest, reductions included
 * @param sundaysAveraged      whether "a worked Sunday or holiday is followed by a free one" (§10-8 (4)) may be
 *                             averaged (every other Sunday/holiday free over the period) instead of held each time
 * @param overtime             the most overtime a contract may allow (AML §10-6; more by written agreement with the
 *                             tillitsvalgte in a tariff-bound business)
 * @param reference            where the law allows it
 */
public enum WorkingTimeAgreement {
    /** The main rules, with averaging agreed individually at most (§10-5 (1)). */
    NONE("none", 10, 50, 11, 35, false, OvertimeLimits.LAW, "AML §10-5 (1), §10-8 (1)-(2)"),
    /**
     * A written agreement with the tillitsvalgte in a business bound by a tariff agreement (KS Hovedtariffavtalen):
     * averaging up to 12.5 h a day and 54 h in a week (§10-5 (2)), rest reduced to 8 h a day and 28 h a week
     * (§10-8 (3)), Sundays and holidays averaged (§10-8 (4)), overtime up to 20 h / 50 h / 300 h (§10-6).
     */
    TARIFFAVTALE("tariffavtale", 12.5, 54, 8, 28, true, OvertimeLimits.AGREED, "AML §10-5 (2), §10-8 (3)-(4)"),
    /** Arbeidstilsynet's consent to averaging (§10-5 (3)): up to 13 h a day, otherwise as a tariff agreement. */
    ARBEIDSTILSYNET("arbeidstilsynet", 13, 54, 8, 28, true, OvertimeLimits.AGREED,
            "AML §10-5 (3), §10-8 (3)-(4)");

    /** Most hours in a week averaged over the averaging period, whatever the agreement (§10-5 (1)-(2)). */
    public static final double MAX_AVERAGE_WEEKLY_HOURS = 48;
    /** Normal working hours a week (§10-4 (1)); a full-time norm above it would be overtime. */
    public static final double MAX_FULL_TIME_WEEKLY_HOURS = 40;

    private final String code;
    private final double maxShiftHours;
    private final double maxWeeklyHours;
    private final double minDailyRestHours;
    private final double minWeeklyRestHours;
    private final boolean sundaysAveraged;
    private final OvertimeLimits overtime;
    private final String reference;

    WorkingTimeAgreement(String code, double maxShiftHours, double maxWeeklyHours, double minDailyRestHours,
                         double minWeeklyRestHours, boolean sundaysAveraged, OvertimeLimits overtime,
                         String reference) {
        this.code = code;
        this.maxShiftHours = maxShiftHours;
        this.maxWeeklyHours = maxWeeklyHours;
        this.minDailyRestHours = minDailyRestHours;
        this.minWeeklyRestHours = minWeeklyRestHours;
        this.sundaysAveraged = sundaysAveraged;
        this.overtime = overtime;
        this.reference = reference;
    }

    /** The agreement a dataset names ({@code null}: none), or null when the code is unknown. */
    public static WorkingTimeAgreement of(String code) {
        if (code == null) {
            return NONE;
        }
        for (WorkingTimeAgreement agreement : values()) {
            if (agreement.code.equals(code.toLowerCase(Locale.ROOT))) {
                return agreement;
            }
        }
        return null;
    }

    public String code() {
        return code;
    }

    public double maxShiftHours() {
        return maxShiftHours;
    }

    public double maxWeeklyHours() {
        return maxWeeklyHours;
    }

    public double minDailyRestHours() {
        return minDailyRestHours;
    }

    public double minWeeklyRestHours() {
        return minWeeklyRestHours;
    }

    public boolean sundaysAveraged() {
        return sundaysAveraged;
    }

    public OvertimeLimits overtime() {
        return overtime;
    }

    public String reference() {
        return reference;
    }
}
