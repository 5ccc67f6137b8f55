package no.turnus.roster.domain;

import java.time.LocalDate;

/** Ønske: to work or to be free on a day, for any shift or one shift type ({@code shiftType} null = any). */
public record Wish(Employee employee, LocalDate date, int dayIndex, ShiftType shiftType, boolean wantsWork,
                   int weight) {

    public boolean concerns(Slot slot) {
        return slot.dayIndex() == dayIndex && (shiftType == null || shiftType == slot.shiftType());
    }

    public String describe() {
        return (wantsWork ? "wished to work " : "wished to be free ")
                + (shiftType == null ? "" : "(shift " + shiftType.code() + ") ") + "on " + date;
    }

    /** The same in bokmål. */
    public String describeNb() {
        return (wantsWork ? "ønsket å jobbe " : "ønsket fri ") + (shiftType == null ? "" : "(vakt " + shiftType.code() + ") ")
                + date;
    }
}
