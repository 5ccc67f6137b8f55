package no.turnus.roster.domain;

import java.util.List;

/** One calendar week (Monday to Sunday) of the horizon, for weekly rest. */
public record WeekWindow(int index, int startMinute, int endMinute, Horizon horizon) {

    public static WeekWindow of(Horizon horizon, int index) {
        int start = index * 7 * Horizon.DAY;
        return new WeekWindow(index, start, start + 7 * Horizon.DAY, horizon);
    }

    /** Whether the slot's working time falls in this week, including a night that wraps round a cyclic roster. */
    public boolean touches(Slot slot) {
        return overlaps(slot.startMinute(), slot.endMinute())
                || horizon.cyclic() && overlaps(slot.startMinute() - horizon.minutes(), slot.endMinute() - horizon.minutes());
    }

    private boolean overlaps(int start, int end) {
        return start < endMinute && end > startMinute;
    }

    /** The longest continuous time off in this week, in minutes, given the shifts that touch it. */
    public int longestRest(List<Slot> slots) {
        int count = slots.size();
        int[] starts = new int[count];
        int[] ends = new int[count];
        for (int i = 0; i < count; i++) {
            Slot slot = slots.get(i);
            int shift = overlaps(slot.startMinute(), slot.endMinute()) ? 0 : horizon.minutes();
            starts[i] = slot.startMinute() - shift;
            ends[i] = slot.endMinute() - shift;
        }
        sortByStart(starts, ends);
        int longest = 0;
        int freeFrom = startMinute;
        for (int i = 0; i < count; i++) {
            longest = Math.max(longest, starts[i] - freeFrom);
            freeFrom = Math.max(freeFrom, ends[i]);
        }
        return Math.max(longest, endMinute - freeFrom);
    }

    private static void sortByStart(int[] starts, int[] ends) {
        for (int i = 1; i < starts.length; i++) {
            int start = starts[i];
            int end = ends[i];
            int j = i - 1;
            while (j >= 0 && starts[j] > start) {
                starts[j + 1] = starts[j];
                ends[j + 1] = ends[j];
                j--;
            }
            starts[j + 1] = start;
            ends[j + 1] = end;
        }
    }

    public String label() {
        return horizon.date(index * 7) + "/" + horizon.date(index * 7 + 6);
    }
}
