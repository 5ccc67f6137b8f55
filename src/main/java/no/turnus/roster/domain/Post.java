package no.turnus.roster.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One shift of one ward on one day (e.g. ward A1, Monday 5 Jan, D), shared by the slots that staff it.
 * Times are minutes from the start of the horizon. Equality is identity: there is one post object per
 * ward, day and shift type, and constraint streams group by it.
 *
 * @param redDay the position in {@link Horizon#redDays()} of the Sunday or holiday this shift counts as work on
 *               (AML §10-10 (1): from 18:00 the day before to 22:00), or -1
 * @param ksCreditMinutes the extra minutes the shift counts for staff in tredelt turnus ({@link KsWeighting})
 * @param weeks the weeks the shift's working time falls in ({@link WeekWindow#touching})
 * @param sundayWeeks the weeks whose Sunday the shift falls near ({@link WeekWindow#nearSundays})
 */
public record Post(String ward, LocalDate date, int dayIndex, ShiftType shiftType, int startMinute, int endMinute,
                   Horizon horizon, int redDay, int ksCreditMinutes, List<WeekWindow> weeks,
                   List<WeekWindow> sundayWeeks) {

    /**
     * The weeks are found here, once per post: the weekly rest rules read them on every change of a slot's employee,
     * where finding them allocated a list and a window per week.
     */
    public static Post of(Horizon horizon, String ward, int dayIndex, ShiftType shiftType) {
        int start = dayIndex * Horizon.DAY + shiftType.startMinute();
        int end = start + shiftType.durationMinutes();
        return new Post(ward, horizon.date(dayIndex), dayIndex, shiftType, start, end, horizon,
                RedDays.overlapped(horizon.startDate(), horizon.redDays(), start, end),
                KsWeighting.creditMinutes(horizon, start, end, shiftType.paidMinutes()),
                WeekWindow.touching(horizon, start, end), WeekWindow.nearSundays(horizon, start, end));
    }

    public String label() {
        return ward + " " + date + " " + shiftType.code();
    }

    /** Index of the week (seven days from the start date) the post starts in. */
    public int week() {
        return dayIndex / 7;
    }

    /** Saturday or Sunday. */
    public boolean isWeekend() {
        return horizon.dayOfWeek(dayIndex).getValue() >= 6;
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
