package no.turnus.roster.domain;

import java.time.DayOfWeek;
import java.util.List;

/**
 * A sequence of days an employee should not work (INRC-2010 unwanted pattern), e.g. a night, a free day and a night
 * again. Each day is a shift code, {@link #ANY} (any shift) or {@link #FREE}. It counts once for every start day
 * where the whole pattern lies inside the horizon, matches, and (when {@code firstWeekday} is given) falls on that
 * weekday.
 */
public record UnwantedPattern(String id, int weight, DayOfWeek firstWeekday, List<String> days) {

    public static final String ANY = "*";
    public static final String FREE = "-";

    public UnwantedPattern {
        days = List.copyOf(days);
    }

    /** Whether the pattern starts at {@code start} in a grid of the employee's shift per day (null = free). */
    public boolean matchesAt(ShiftType[] grid, int start, Horizon horizon) {
        if (start + days.size() > grid.length
                || firstWeekday != null && horizon.dayOfWeek(start) != firstWeekday) {
            return false;
        }
        for (int i = 0; i < days.size(); i++) {
            ShiftType shift = grid[start + i];
            String wanted = days.get(i);
            boolean ok = FREE.equals(wanted) ? shift == null
                    : shift != null && (ANY.equals(wanted) || wanted.equals(shift.code()));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    public String label() {
        return String.join(" ", days);
    }
}
