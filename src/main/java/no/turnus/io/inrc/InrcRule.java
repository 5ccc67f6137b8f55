package no.turnus.io.inrc;

/**
 * The rules of the INRC-2010 objective as the UOS evaluator scores them. MaxWorkingWeekendsInFourWeeks,
 * NoNightShiftBeforeFreeWeekend and TwoFreeDaysAfterNightShifts are parsed but not scored: the organisers dropped
 * them from the competition model and the UOS evaluator ignores them too (all are switched off in the instances).
 */
public enum InrcRule {
    /** Hard: each (date, shift type) gets exactly its preferred number of nurses; counts missing plus surplus. */
    COVER(true),
    /** Hard: a nurse works at most one shift a day; counts surplus assignments. */
    SINGLE_ASSIGNMENT_PER_DAY(true),
    MAX_NUM_ASSIGNMENTS(false),
    MIN_NUM_ASSIGNMENTS(false),
    MAX_CONSECUTIVE_WORKING_DAYS(false),
    MIN_CONSECUTIVE_WORKING_DAYS(false),
    MAX_CONSECUTIVE_FREE_DAYS(false),
    MIN_CONSECUTIVE_FREE_DAYS(false),
    MAX_CONSECUTIVE_WORKING_WEEKENDS(false),
    MIN_CONSECUTIVE_WORKING_WEEKENDS(false),
    COMPLETE_WEEKENDS(false),
    IDENTICAL_SHIFT_TYPES_DURING_WEEKEND(false),
    ALTERNATIVE_SKILL_CATEGORY(false),
    UNWANTED_PATTERN(false),
    DAY_OFF_REQUEST(false),
    DAY_ON_REQUEST(false),
    SHIFT_OFF_REQUEST(false),
    SHIFT_ON_REQUEST(false);

    private final boolean hard;

    InrcRule(boolean hard) {
        this.hard = hard;
    }

    public boolean hard() {
        return hard;
    }
}
