package no.turnus.roster.domain;

import java.util.ArrayList;
import java.util.List;

/** One calendar week (Monday to Sunday) of the horizon, for weekly rest. */
public record WeekWindow(int index, int startMinute, int endMinute, Horizon horizon) {

    public static WeekWindow of(Horizon horizon, int index) {
        return new WeekWindow(index, start(index), start(index + 1), horizon);
    }

    private static int start(int index) {
        return index * 7 * Horizon.DAY;
    }

    /** Whether the slot's working time falls in this week, including a night that wraps round a cyclic roster. */
    public boolean touches(Slot slot) {
        return touches(horizon, startMinute, endMinute, slot.startMinute(), slot.endMinute());
    }

    private static boolean touches(Horizon horizon, int startMinute, int endMinute, int start, int end) {
        int wrapped = horizon.minutes();
        return overlaps(start, end, startMinute, endMinute)
                || horizon.cyclic() && overlaps(start - wrapped, end - wrapped, startMinute, endMinute);
    }

    /**
     * The weeks of the horizon that working time from {@code start} to {@code end} {@link #touches}, in order: what a
     * join of every slot with every week filtered by {@code touches} pairs a slot with, without the join (which, on
     * every change of a slot's employee, looked the slot up in each week's list of the slots touching it). Found once
     * per post ({@link Post#weeks}).
     */
    static List<WeekWindow> touching(Horizon horizon, int start, int end) {
        List<WeekWindow> touched = new ArrayList<>(2);
        for (int index = 0; index < horizon.weeks(); index++) {
            if (touches(horizon, start(index), start(index + 1), start, end)) {
                touched.add(of(horizon, index));
            }
        }
        return List.copyOf(touched);
    }

    /**
     * The weeks whose Sunday working time from {@code start} to {@code end} falls within two days of, in order (once
     * per post: {@link Post#sundayWeeks}).
     */
    static List<WeekWindow> nearSundays(Horizon horizon, int start, int end) {
        List<WeekWindow> near = new ArrayList<>(2);
        int firstSunday = sunday(horizon, 0); // every week starts on the same weekday: its Sunday 7 days on
        for (int index = 0; index < horizon.weeks(); index++) {
            if (nearSunday(horizon, firstSunday + index * 7, start, end)) {
                near.add(of(horizon, index));
            }
        }
        return List.copyOf(near);
    }

    private static boolean overlaps(int start, int end, int weekStart, int weekEnd) {
        return start < weekEnd && end > weekStart;
    }

    /** The longest continuous time off in this week, in minutes, given the shifts that touch it. */
    public int longestRest(List<Slot> slots) {
        int count = slots.size();
        int[] starts = new int[count];
        int[] ends = new int[count];
        for (int i = 0; i < count; i++) {
            Slot slot = slots.get(i);
            int shift = overlaps(slot.startMinute(), slot.endMinute(), startMinute, endMinute) ? 0 : horizon.minutes();
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

    /** The day of this week that is a Sunday (a week of an imported period may start on any day). */
    public int sunday() {
        return sunday(horizon, index);
    }

    private static int sunday(Horizon horizon, int index) {
        int first = index * 7;
        return first + Math.floorMod(java.time.DayOfWeek.SUNDAY.getValue() - horizon.dayOfWeek(first).getValue(), 7);
    }

    /** How far either side of the Sunday the time off around it is looked for: enough for any weekly rest. */
    private static final int AROUND_SUNDAY = 2 * Horizon.DAY;

    /** Whether working time from {@code start} to {@code end} falls within two days of the Sunday, across a cyclic wrap. */
    private static boolean nearSunday(Horizon horizon, int sunday, int start, int end) {
        int from = sunday * Horizon.DAY - AROUND_SUNDAY;
        return shiftNear(horizon, start, end, from, from + Horizon.DAY + 2 * AROUND_SUNDAY) != FAR;
    }

    private static final int FAR = Integer.MIN_VALUE;

    /** What moves the slot into [from, to): 0, or a horizon's length either way across a cyclic wrap; else FAR. */
    private int shiftNear(Slot slot, int from, int to) {
        return shiftNear(horizon, slot.startMinute(), slot.endMinute(), from, to);
    }

    private static int shiftNear(Horizon horizon, int start, int end, int from, int to) {
        if (start < to && end > from) {
            return 0;
        }
        int length = horizon.minutes();
        if (horizon.cyclic()) {
            if (start - length < to && end - length > from) {
                return -length;
            }
            if (start + length < to && end + length > from) {
                return length;
            }
        }
        return FAR;
    }

    /**
     * The time off that holds the whole of this week's Sunday, in minutes, looked for up to two days either side (a
     * longer stretch counts as that long); 0 when a shift touches the Sunday.
     */
    public int restAroundSunday(List<Slot> slots) {
        int sundayStart = sunday() * Horizon.DAY;
        int sundayEnd = sundayStart + Horizon.DAY;
        int from = sundayStart - AROUND_SUNDAY;
        int to = sundayEnd + AROUND_SUNDAY;
        for (Slot slot : slots) {
            int shift = shiftNear(slot, sundayStart - AROUND_SUNDAY, sundayEnd + AROUND_SUNDAY);
            if (shift == FAR) {
                continue;
            }
            int start = slot.startMinute() + shift;
            int end = slot.endMinute() + shift;
            if (start < sundayEnd && end > sundayStart) {
                return 0;
            }
            if (end <= sundayStart) {
                from = Math.max(from, end);
            } else {
                to = Math.min(to, start);
            }
        }
        return to - from;
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

    /**
     * The index alone: the record's own hash code hashed the horizon (its start date) wherever a window is a key.
     * Equal windows have equal indexes, so this agrees with {@code equals}.
     */
    @Override
    public int hashCode() {
        return index;
    }

    public String label() {
        return horizon.date(index * 7) + "/" + horizon.date(index * 7 + 6);
    }
}
