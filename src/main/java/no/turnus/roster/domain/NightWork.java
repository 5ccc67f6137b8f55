package no.turnus.roster.domain;

/**
 * Night work, AML §10-11 (6): staff who regularly ("jevnlig") work more than 3 h at night (21:00 to 06:00) work on
 * average at most 8 h per 24 hours, averaged over 4 weeks, the minimum weekly rest of §10-8 (2) (35 h a week) not
 * counted: at most 8/24 × (4 × 168 h − 4 × 35 h) = 177.3 h in any 4 weeks. "Regularly": at least one such shift a
 * week on average in the window.
 */
public final class NightWork {

    public static final String REFERENCE = "AML §10-11";
    /** A shift is night work when more of it than this falls between 21:00 and 06:00. */
    static final int MIN_NIGHT_MINUTES = 180;
    public static final int WINDOW_WEEKS = 4;
    /** A week's hours less the minimum weekly rest (35 h), at 8 h per 24 hours: 44 h 20 min. */
    private static final int WEEKLY_MINUTES = (7 * Horizon.DAY - 35 * 60) * 8 / 24;

    private NightWork() {
    }

    /** The most working minutes of a night worker in a window of the given weeks. */
    public static int limitMinutes(int weeks) {
        return WEEKLY_MINUTES * weeks;
    }

    /** Whether that many night-work shifts in a window of the given weeks make someone a night worker. */
    public static boolean regular(int nightShifts, int weeks) {
        return nightShifts >= weeks;
    }
}
