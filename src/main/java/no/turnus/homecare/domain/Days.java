package no.turnus.homecare.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/** The planning days. Times in the model are whole minutes from midnight at the start of the first day. */
public record Days(LocalDate first, int count) {

    public int minute(LocalDate date, LocalTime time) {
        return (int) ChronoUnit.DAYS.between(first, date) * 1440 + time.getHour() * 60 + time.getMinute();
    }

    public int dayIndex(LocalDate date) {
        return (int) ChronoUnit.DAYS.between(first, date);
    }

    public LocalDate date(int dayIndex) {
        return first.plusDays(dayIndex);
    }

    public LocalDateTime dateTime(int minute) {
        return first.atStartOfDay().plusMinutes(minute);
    }
}
