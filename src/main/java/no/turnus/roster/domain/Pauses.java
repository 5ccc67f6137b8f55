package no.turnus.roster.domain;

/**
 * Pauses, AML §10-9 (1): at least one pause when the working day exceeds 5.5 h, together at least 30 minutes when it
 * is 8 h or more. The pause counts as working time when staff cannot leave the workplace (a paid pause); an unpaid
 * pause does not count in the hours rules or the KS weighting. Judged on the shift's length: one shift a day.
 */
public final class Pauses {

    public static final String REFERENCE = "AML §10-9 (1)";
    /** Above this length a shift needs a pause. */
    static final int PAUSE_FROM_MINUTES = 330;
    /** From this length its pauses are at least {@link #LONG_PAUSE_MINUTES} together. */
    static final int LONG_PAUSE_FROM_MINUTES = 480;
    static final int LONG_PAUSE_MINUTES = 30;

    private Pauses() {
    }

    /** The least pause the law asks for in a shift of this length (a pause of any length above 5.5 h: 1 minute). */
    public static int required(int durationMinutes) {
        if (durationMinutes >= LONG_PAUSE_FROM_MINUTES) {
            return LONG_PAUSE_MINUTES;
        }
        return durationMinutes > PAUSE_FROM_MINUTES ? 1 : 0;
    }

    /** The pause of a shift type that declares none: 30 minutes in any shift over 5.5 h (meeting both limits). */
    public static int byDefault(int durationMinutes) {
        return durationMinutes > PAUSE_FROM_MINUTES ? LONG_PAUSE_MINUTES : 0;
    }

    /** What the law asks of a shift of this length, for messages. */
    public static String describe(int durationMinutes) {
        if (durationMinutes >= LONG_PAUSE_FROM_MINUTES) {
            return "pauses of at least 30 min in a shift of 8 h or more";
        }
        return durationMinutes > PAUSE_FROM_MINUTES ? "a pause in a shift over 5.5 h" : "no pause";
    }

    /** The same in bokmål. */
    public static String describeNb(int durationMinutes) {
        if (durationMinutes >= LONG_PAUSE_FROM_MINUTES) {
            return "pauser på minst 30 min i en vakt på 8 t eller mer";
        }
        return durationMinutes > PAUSE_FROM_MINUTES ? "en pause i en vakt på over 5,5 t" : "ingen pause";
    }
}
