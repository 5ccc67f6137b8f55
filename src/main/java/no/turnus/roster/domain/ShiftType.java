package no.turnus.roster.domain;

import java.time.LocalTime;

/**
 * A vakttype with its times in minutes after midnight; the end may fall on the next day.
 *
 * @param paidMinutes  the working time it counts for hours rules and KS weighting: its length less an unpaid pause
 *                     unless the dataset gives paid hours
 * @param pauseMinutes the pause in it (AML §10-9); {@code pausePaid} when staff cannot leave the ward, so that the
 *                     pause is working time
 * @param nightMinutes its minutes between 21:00 and 06:00 (AML §10-11 (1))
 */
public record ShiftType(String code, String name, LocalTime start, int startMinute, int durationMinutes,
                        int paidMinutes, ShiftCategory category, int pauseMinutes, boolean pausePaid,
                        int nightMinutes) {

    /** Night work: 21:00 to 06:00 (AML §10-11 (1)). */
    public static final int NIGHT_FROM = 21 * 60;
    public static final int NIGHT_TO = 6 * 60;

    /** A shift type with the pause the law asks for ({@link Pauses#required}), paid. */
    public static ShiftType of(String code, String name, LocalTime start, LocalTime end, Double paidHours,
                               ShiftCategory category) {
        return of(code, name, start, end, paidHours, category, null, null);
    }

    /**
     * A shift type; a pause not given is the law's, paid (not given: its length less an unpaid pause).
     */
    public static ShiftType of(String code, String name, LocalTime start, LocalTime end, Double paidHours,
                               ShiftCategory category, Integer pauseMinutes, Boolean pausePaid) {
        int startMinute = start.toSecondOfDay() / 60;
        int endMinute = end.toSecondOfDay() / 60;
        int duration = endMinute > startMinute ? endMinute - startMinute : endMinute + Horizon.DAY - startMinute;
        int pause = pauseMinutes == null ? Pauses.byDefault(duration) : pauseMinutes;
        boolean paidPause = pausePaid == null || pausePaid;
        int paid = paidHours != null ? (int) Math.round(paidHours * 60) : paidPause ? duration : duration - pause;
        return new ShiftType(code, name == null ? code : name, start, startMinute, duration, paid, category, pause,
                paidPause, nightMinutes(startMinute, duration));
    }

    private static int nightMinutes(int startMinute, int duration) {
        int night = 0;
        for (int minute = startMinute; minute < startMinute + duration; minute++) {
            int clock = minute % Horizon.DAY;
            if (clock >= NIGHT_FROM || clock < NIGHT_TO) {
                night++;
            }
        }
        return night;
    }

    public boolean isNight() {
        return category == ShiftCategory.NIGHT;
    }

    public boolean isLong() {
        return category == ShiftCategory.LONG;
    }

    /** Whether it is night work in the sense of AML §10-11: more than 3 h between 21:00 and 06:00. */
    public boolean isNightWork() {
        return nightMinutes > NightWork.MIN_NIGHT_MINUTES;
    }

    @Override
    public String toString() {
        return code;
    }
}
