package no.turnus.roster.rules;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;
import no.turnus.roster.domain.Employee;
import no.turnus.roster.domain.Horizon;
import no.turnus.roster.domain.Slot;

/**
 * One employee's shifts, paid minutes and night-work shifts per week (uke) of the horizon, kept up to date as shifts
 * come and go. The rules on hours per week and per window of weeks (weekly and average hours, overtime, night work)
 * all read their windows from it: one group per employee instead of every shift joined to every window it falls in
 * and grouped by employee and window, rule by rule (those joins and groups were a third of a roster move's score
 * calculation). A window counts only when a shift falls in it, as a group of its shifts would.
 */
public final class WeekTotals implements UniConstraintCollector<Slot, WeekTotals.Weeks, WeekTotals.Weeks> {

    public static final WeekTotals INSTANCE = new WeekTotals();

    private WeekTotals() {
    }

    /** The totals per week; the result is the container itself, read by the rules in the same score calculation. */
    public static final class Weeks {
        private Employee employee;
        private Horizon horizon;
        private int[] shifts;
        private int[] minutes;
        private int[] nights;

        public Employee employee() {
            return employee;
        }

        public Horizon horizon() {
            return horizon;
        }

        /** Whether a shift falls in the given week. */
        public boolean worked(int week) {
            return shifts[week] > 0;
        }

        /** Paid minutes in the given week. */
        public int minutes(int week) {
            return minutes[week];
        }

        /** Whether a shift falls in the window of {@code length} weeks from week {@code first} ({@link Horizon#inWindow}). */
        public boolean worked(int first, int length) {
            return sum(shifts, first, length) > 0;
        }

        /** Paid minutes in that window. */
        public int minutes(int first, int length) {
            return sum(minutes, first, length);
        }

        /** Night-work shifts in that window. */
        public int nights(int first, int length) {
            return sum(nights, first, length);
        }

        /** The sum over the weeks {@link Horizon#inWindow} puts in the window, visited directly. */
        private int sum(int[] perWeek, int first, int length) {
            int weeks = perWeek.length;
            int window = horizon.windowWeeks(length);
            if (window == weeks ? first != 0 : !horizon.cyclic() && first + window > weeks) {
                return 0;
            }
            int sum = 0;
            for (int k = 0; k < window; k++) {
                int week = first + k;
                sum += perWeek[week < weeks ? week : week - weeks];
            }
            return sum;
        }
    }

    @Override
    public Supplier<Weeks> supplier() {
        return Weeks::new;
    }

    @Override
    public BiFunction<Weeks, Slot, Runnable> accumulator() {
        return (weeks, slot) -> {
            if (weeks.shifts == null) {
                weeks.employee = slot.employee();
                weeks.horizon = slot.getPost().horizon();
                weeks.shifts = new int[weeks.horizon.weeks()];
                weeks.minutes = new int[weeks.horizon.weeks()];
                weeks.nights = new int[weeks.horizon.weeks()];
            }
            int week = slot.getPost().week();
            int paid = slot.paidMinutes();
            int night = slot.shiftType().isNightWork() ? 1 : 0;
            weeks.shifts[week]++;
            weeks.minutes[week] += paid;
            weeks.nights[week] += night;
            return () -> {
                weeks.shifts[week]--;
                weeks.minutes[week] -= paid;
                weeks.nights[week] -= night;
            };
        };
    }

    @Override
    public Function<Weeks, Weeks> finisher() {
        return weeks -> weeks;
    }
}
