package no.turnus.homecare.domain;

/**
 * The meal pause of a caregiver's shift (AML §10-9): {@code minutes} long, to start from {@code from} to {@code to}
 * (minutes from the start of the planning days). The route's timing places it ({@link VisitTimeUpdater}): in the
 * wait before a visit when it fits there, else before driving on from the first visit that ends once the window
 * has opened, else back at the base after the route.
 */
public record MealPause(int minutes, int from, int to) {

    /** No pause: a shift of at most 5.5 h, or a published benchmark's vehicle. */
    public static final MealPause NONE = new MealPause(0, 0, 0);

    /** The law asks for a pause when the working day exceeds 5.5 h (AML §10-9 (1)). */
    public static final int PAUSE_AFTER_MINUTES = 330;
    /** ... of at least 30 minutes in all when it is 8 h or more. */
    public static final int LONG_DAY_MINUTES = 480;
    public static final int LONG_DAY_PAUSE = 30;
    /** The law sets no length for a day of 5.5 to 8 h; 20 minutes is assumed (a short meal pause). */
    public static final int SHORT_DAY_PAUSE = 20;
    /** The default window for the start: an hour either side of the shift's middle (assumed). */
    public static final int DEFAULT_WINDOW_HALF = 60;

    /** The least pause the law asks for a shift of this length, in minutes. */
    public static int lawMinimum(int shiftMinutes) {
        return shiftMinutes >= LONG_DAY_MINUTES ? LONG_DAY_PAUSE : shiftMinutes > PAUSE_AFTER_MINUTES ? 1 : 0;
    }

    /** What the law asks for a shift from {@code start} to {@code end}, an hour either side of its middle. */
    public static MealPause lawful(int start, int end) {
        int length = end - start;
        if (length <= PAUSE_AFTER_MINUTES) {
            return NONE;
        }
        return centred(start, end, length >= LONG_DAY_MINUTES ? LONG_DAY_PAUSE : SHORT_DAY_PAUSE);
    }

    /** A pause of {@code minutes} whose window for the start is an hour either side of the shift's middle. */
    public static MealPause centred(int start, int end, int minutes) {
        if (minutes == 0) {
            return NONE;
        }
        int middle = start + (end - start - minutes) / 2;
        return new MealPause(minutes, Math.max(start, middle - DEFAULT_WINDOW_HALF),
                Math.min(end - minutes, middle + DEFAULT_WINDOW_HALF));
    }

    public boolean none() {
        return minutes == 0;
    }
}
