package no.turnus.roster.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The planning period. Times are minutes from the first day 00:00 (a Monday, except in a non-cyclic period
 * imported from elsewhere, such as INRC-2010 which starts on a Friday). In a cyclic base roster (grunnturnus)
 * the day after the last day is the first day again, so rules look across that boundary.
 *
 * @param mixOrganisations whether staff come from more than one former organisation
 * @param redDays          the Sundays and public holidays of the period, as day indexes ({@link RedDays})
 */
public record Horizon(LocalDate startDate, int weeks, boolean cyclic, boolean mixOrganisations,
                      List<Integer> redDays) {

    public Horizon(LocalDate startDate, int weeks, boolean cyclic, boolean mixOrganisations) {
        this(startDate, weeks, cyclic, mixOrganisations, RedDays.in(startDate, weeks * 7));
    }

    public static final int DAY = 24 * 60;

    public int days() {
        return weeks * 7;
    }

    public int minutes() {
        return days() * DAY;
    }

    public LocalDate date(int dayIndex) {
        return startDate.plusDays(dayIndex);
    }

    /** Weekday of a day of the horizon, without making a date. */
    public DayOfWeek dayOfWeek(int dayIndex) {
        return DayOfWeek.of(Math.floorMod(startDate.getDayOfWeek().getValue() - 1 + dayIndex, 7) + 1);
    }

    public LocalDateTime dateTime(int minute) {
        return startDate.atStartOfDay().plusMinutes(minute);
    }

    /** Minutes of rest from the end of one shift to the start of a later one, across the wrap when cyclic. */
    public int restBetween(int firstEnd, int firstStart, int nextStart) {
        if (nextStart >= firstStart) {
            return nextStart - firstEnd;
        }
        return cyclic ? nextStart + minutes() - firstEnd : Integer.MAX_VALUE;
    }

    /** The weeks of a window of {@code length} weeks in this horizon: that many, or all when the horizon is shorter. */
    public int windowWeeks(int length) {
        return Math.min(length, weeks);
    }

    /**
     * Whether a week belongs to the window of {@code length} weeks that starts at week {@code first}. Windows start
     * at every week of a cyclic roster (wrapping round), and where they fit in a plain one; one window (from week 0)
     * when it spans the horizon.
     */
    public boolean inWindow(int first, int length, int week) {
        int window = windowWeeks(length);
        if (window == weeks) {
            return first == 0;
        }
        if (cyclic) {
            return Math.floorMod(week - first, weeks) < window;
        }
        return first + window <= weeks && week >= first && week < first + window;
    }

    /** Days from one day to a later one (wrapping when cyclic), or a negative number when it is not later. */
    public int daysAfter(int day, int laterDay) {
        if (laterDay > day) {
            return laterDay - day;
        }
        return cyclic && laterDay < day ? laterDay + days() - day : -1;
    }

    /**
     * Without the red days: the rule streams group by week windows, which carry their horizon, and hashing the list
     * of red days for every such key was about 1 % of a roster solve (JFR, roster-merged). Equal horizons still hash
     * alike.
     */
    @Override
    public int hashCode() {
        return 31 * (31 * startDate.hashCode() + weeks) + Boolean.hashCode(cyclic);
    }
}
