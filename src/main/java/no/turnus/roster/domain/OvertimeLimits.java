package no.turnus.roster.domain;

/**
 * The most overtime (overtid: hours beyond the full-time week) per 7 days, per 4 weeks and per 52 weeks, AML §10-6.
 *
 * @param weekMinutes      in any 7 days (a calendar week of the horizon)
 * @param fourWeeksMinutes in any 4 weeks in a row
 * @param yearMinutes      in 52 weeks
 */
public record OvertimeLimits(int weekMinutes, int fourWeeksMinutes, int yearMinutes) {

    /** The law's limits: 10 h, 25 h and 200 h. */
    public static final OvertimeLimits LAW = hours(10, 25, 200);
    /** What a written agreement with the tillitsvalgte in a tariff-bound business may allow. */
    public static final OvertimeLimits AGREED = hours(20, 50, 300);
    /** The periods the limits are per, in weeks. */
    public static final int WEEK = 1;
    public static final int FOUR_WEEKS = 4;
    public static final int YEAR = 52;

    public static OvertimeLimits hours(double week, double fourWeeks, double year) {
        return new OvertimeLimits((int) Math.round(week * 60), (int) Math.round(fourWeeks * 60),
                (int) Math.round(year * 60));
    }

    /** These limits with those a contract names (hours, null: as these). */
    public OvertimeLimits with(Double weekHours, Double fourWeeksHours, Double yearHours) {
        return new OvertimeLimits(minutes(weekHours, weekMinutes), minutes(fourWeeksHours, fourWeeksMinutes),
                minutes(yearHours, yearMinutes));
    }

    private static int minutes(Double hours, int fallback) {
        return hours == null ? fallback : (int) Math.round(hours * 60);
    }

    /** The limit for a period of {@link #WEEK}, {@link #FOUR_WEEKS} or {@link #YEAR} weeks. */
    public int limitMinutes(int periodWeeks) {
        return switch (periodWeeks) {
            case WEEK -> weekMinutes;
            case FOUR_WEEKS -> fourWeeksMinutes;
            case YEAR -> yearMinutes;
            default -> throw new IllegalArgumentException("no overtime limit per " + periodWeeks + " weeks");
        };
    }

    /**
     * Overtime in a period of {@code periodWeeks} from the minutes worked in a window of {@code windowWeeks} of a
     * horizon (the period, or the whole horizon when it is shorter): the minutes beyond the full-time weeks. A cyclic
     * horizon shorter than the period repeats through it, so its overtime is scaled up to the period; a plain one is
     * all there is of the period.
     */
    public static int overtimeMinutes(int workedMinutes, int fullTimeWeeklyMinutes, int windowWeeks, int periodWeeks,
                                      boolean cyclic) {
        int over = workedMinutes - fullTimeWeeklyMinutes * windowWeeks;
        if (over <= 0) {
            return 0;
        }
        return cyclic && windowWeeks < periodWeeks ? (int) ((long) over * periodWeeks / windowWeeks) : over;
    }
}
