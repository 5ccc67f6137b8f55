package no.turnus.roster.domain;

import java.time.LocalTime;

/** A vakttype with its times in minutes after midnight; the end may fall on the next day. */
public record ShiftType(String code, String name, LocalTime start, int startMinute, int durationMinutes,
                        int paidMinutes, ShiftCategory category) {

    public static ShiftType of(String code, String name, LocalTime start, LocalTime end, Double paidHours,
                               ShiftCategory category) {
        int startMinute = start.toSecondOfDay() / 60;
        int endMinute = end.toSecondOfDay() / 60;
        int duration = endMinute > startMinute ? endMinute - startMinute : endMinute + Horizon.DAY - startMinute;
        int paid = paidHours == null ? duration : (int) Math.round(paidHours * 60);
        return new ShiftType(code, name == null ? code : name, start, startMinute, duration, paid, category);
    }

    public boolean isNight() {
        return category == ShiftCategory.NIGHT;
    }

    public boolean isLong() {
        return category == ShiftCategory.LONG;
    }

    @Override
    public String toString() {
        return code;
    }
}
