package no.turnus.roster;

/**
 * The rules a contract weighs itself: a multiplier of the rule's constraint weight, per contract. A match costs
 * constraint weight x contract weight x amount (days over, weekends short...). The default 1 keeps the Norwegian
 * weights; 0 switches a rule off for the contract's staff. Alternative skill is off (0) by default: a missing
 * competence is a hard breach. INRC-2010 contracts set the constraint weights to 1 and carry their own weights here.
 */
public enum ContractWeight {
    COMPETENCE(RosterConstraints.COMPETENCE, 1),
    CONTRACT_HOURS(RosterConstraints.CONTRACT_HOURS, 1),
    SHORT_DAILY_REST(RosterConstraints.SHORT_DAILY_REST, 1),
    SHORT_WEEKLY_REST(RosterConstraints.SHORT_WEEKLY_REST, 1),
    WEEKEND_FREQUENCY(RosterConstraints.WEEKEND_FREQUENCY, 1),
    CONSECUTIVE_WEEKENDS(RosterConstraints.CONSECUTIVE_WEEKENDS, 1),
    MIN_CONSECUTIVE_WEEKENDS(RosterConstraints.MIN_CONSECUTIVE_WEEKENDS, 1),
    COMPLETE_WEEKENDS(RosterConstraints.COMPLETE_WEEKENDS, 1),
    IDENTICAL_WEEKEND_SHIFTS(RosterConstraints.IDENTICAL_WEEKEND_SHIFTS, 1),
    MAX_CONSECUTIVE_DAYS(RosterConstraints.MAX_CONSECUTIVE_DAYS, 1),
    ISOLATED_WORK_DAYS(RosterConstraints.ISOLATED_WORK_DAYS, 1),
    MAX_CONSECUTIVE_FREE_DAYS(RosterConstraints.MAX_CONSECUTIVE_FREE_DAYS, 1),
    ISOLATED_DAYS_OFF(RosterConstraints.ISOLATED_DAYS_OFF, 1),
    MIN_ASSIGNMENTS(RosterConstraints.MIN_ASSIGNMENTS, 1),
    MAX_ASSIGNMENTS(RosterConstraints.MAX_ASSIGNMENTS, 1),
    NIGHT_SERIES(RosterConstraints.NIGHT_SERIES, 1),
    NIGHT_BEFORE_FREE_WEEKEND(RosterConstraints.NIGHT_BEFORE_FREE_WEEKEND, 1),
    FREE_AFTER_NIGHTS(RosterConstraints.FREE_AFTER_NIGHTS, 1),
    ALTERNATIVE_SKILL(RosterConstraints.ALTERNATIVE_SKILL, 0),
    UNWANTED_PATTERN(RosterConstraints.UNWANTED_PATTERN, 1);

    private final String constraintName;
    private final int defaultWeight;

    ContractWeight(String constraintName, int defaultWeight) {
        this.constraintName = constraintName;
        this.defaultWeight = defaultWeight;
    }

    public String constraintName() {
        return constraintName;
    }

    public int defaultWeight() {
        return defaultWeight;
    }

    public static ContractWeight byName(String constraintName) {
        for (ContractWeight weight : values()) {
            if (weight.constraintName.equals(constraintName)) {
                return weight;
            }
        }
        return null;
    }

    /** The default weights, indexed by ordinal. */
    static int[] defaults() {
        int[] weights = new int[values().length];
        for (ContractWeight weight : values()) {
            weights[weight.ordinal()] = weight.defaultWeight;
        }
        return weights;
    }
}
