package no.turnus.homecare.domain;

import no.turnus.roster.domain.Pauses;

/**
 * The meal pause of a caregiver's shift (AML §10-9): {@code minutes} long, to start from {@code from} to {@code to}
 * (minutes from the start of the planning days). The route's timing places it ({@link VisitTimeUpdater}): in the
 * wait before a visit when it fits there, else before driving on from the first visit that ends once the window
 * has opened, else back at the base after the route.
 */
public record MealPause(int minutes, int from, int to) {

    /** No pause: a shift of at most 5.5 h, or a published benchmark's vehicle. */
    public static final MealPause NONE = new MealPause(0, 0, 0);

    /** The default window for the start: an hour either side of the shift's middle (assumed). */
    public static final int DEFAULT_WINDOW_HALF = 60;

    /**
     * The pause of a shift from {@code start} to {@code end} that declares none: as the roster kind reads AML §10-9
     * ({@link Pauses#byDefault}), an hour either side of the shift's middle.
     */
    public static MealPause lawful(int start, int end) {
        return centred(start, end, Pauses.byDefault(end - start));
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
