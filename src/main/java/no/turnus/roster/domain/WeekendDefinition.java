package no.turnus.roster.domain;

import java.time.DayOfWeek;

/**
 * Which days make up a contract's weekend (helg). Norwegian agreements use Saturday and Sunday; INRC-2010 contracts
 * may also start it on Friday or end it on Monday. Weekends are numbered from the first one that starts inside the
 * horizon; days before it belong to no weekend, except in a cyclic roster, where they close the last weekend.
 */
public enum WeekendDefinition {
    SATURDAY_SUNDAY(DayOfWeek.SATURDAY, 2),
    FRIDAY_SATURDAY_SUNDAY(DayOfWeek.FRIDAY, 3),
    FRIDAY_SATURDAY_SUNDAY_MONDAY(DayOfWeek.FRIDAY, 4),
    SATURDAY_SUNDAY_MONDAY(DayOfWeek.SATURDAY, 3);

    private final DayOfWeek firstDay;
    private final int length;

    WeekendDefinition(DayOfWeek firstDay, int length) {
        this.firstDay = firstDay;
        this.length = length;
    }

    public DayOfWeek firstDay() {
        return firstDay;
    }

    public int length() {
        return length;
    }

    /** Day index of the first weekend's first day. */
    private int firstStart(Horizon horizon) {
        return Math.floorMod(firstDay.getValue() - horizon.startDate().getDayOfWeek().getValue(), 7);
    }

    /** Position of the day inside its weekend (0 = first day), or -1 when it is not a weekend day. */
    public int offset(Horizon horizon, int dayIndex) {
        int offset = Math.floorMod(dayIndex - firstStart(horizon), 7);
        if (offset >= length || dayIndex - offset < 0 && !horizon.cyclic()) {
            return -1;
        }
        return offset;
    }

    /** Number of the weekend the day belongs to, or -1 when it is not a weekend day. */
    public int index(Horizon horizon, int dayIndex) {
        int offset = offset(horizon, dayIndex);
        if (offset < 0) {
            return -1;
        }
        int start = dayIndex - offset;
        return start < 0 ? count(horizon) - 1 : (start - firstStart(horizon)) / 7;
    }

    /** Weekends starting inside the horizon. */
    public int count(Horizon horizon) {
        int first = firstStart(horizon);
        return first >= horizon.days() ? 0 : (horizon.days() - first + 6) / 7;
    }

    /** First day index of a weekend. */
    public int start(Horizon horizon, int weekend) {
        return firstStart(horizon) + 7 * weekend;
    }

    /** Days of a weekend inside the horizon: a weekend cut by the end of a non-cyclic horizon is shorter. */
    public int daysInHorizon(Horizon horizon, int weekend) {
        return horizon.cyclic() ? length : Math.min(length, horizon.days() - start(horizon, weekend));
    }
}
