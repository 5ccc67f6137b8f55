package no.turnus.roster.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;
import no.turnus.roster.domain.Employee;
import no.turnus.roster.domain.Horizon;
import no.turnus.roster.domain.Run;
import no.turnus.roster.domain.Slot;

/**
 * One employee's shifts per day of the horizon (arbeidsdager), or per weekend or red day, kept up to date as shifts
 * come and go, and the runs of worked and free indexes read from them. A rule takes only the runs it penalises, so a
 * move passes on its breaches, not every run of the employee: Timefold's consecutive sequences (a tree per employee),
 * from which these runs were read before, and the flattening of all runs were the costliest part of a roster move's
 * score calculation. The runs are the same as read from those sequences. The shifts per day of the horizon are
 * counted by the employee's {@link DayShifts} as well, so that one group serves the run and the rest rules.
 */
public final class WorkedDays implements UniConstraintCollector<Slot, WorkedDays.Days, WorkedDays.Days> {

    /** Per day of the horizon, for a subset of the shifts (such as nights); all shifts are counted by {@link DayShifts}. */
    public static final WorkedDays DAYS = new WorkedDays(Slot::dayIndex);
    /** Per weekend of the employee's contract ({@link Slot#weekend()}, for weekend shifts only). */
    public static final WorkedDays WEEKENDS = new WorkedDays(Slot::weekend);
    /** Per Sunday or holiday ({@link Slot#redDay()}, for shifts on one only). */
    public static final WorkedDays RED_DAYS = new WorkedDays(Slot::redDay);

    private final ToIntFunction<Slot> index;

    private WorkedDays(ToIntFunction<Slot> index) {
        this.index = index;
    }

    /**
     * Whether a rule keeps (penalises) a run of {@code length} indexes of the employee's, {@link Run#open} or not:
     * tested on the numbers, so that only a kept run is made a {@link Run}.
     */
    @FunctionalInterface
    public interface RunTest {
        boolean keeps(Employee employee, int length, boolean open);
    }

    /** The shifts per day; the result is the container itself, read by the rules in the same score calculation. */
    public static final class Days {
        private Employee employee;
        /** The horizon of the shifts counted (of their posts). */
        private Horizon horizon;
        private int[] shifts;
        /** The first and last index of each run of worked indexes, {@code sequences} of them, found by the finisher. */
        private int[] starts;
        private int[] ends;
        private int sequences;
        /** How many indexes have a shift, found by the finisher. */
        private int worked;

        /**
         * Sizes the counts for the slot's employee and horizon: one index a day, which covers the weekend and red-day
         * indexes too (fewer than the days).
         */
        void start(Slot slot) {
            horizon = slot.getPost().horizon();
            employee = slot.employee();
            int size = horizon.days();
            shifts = new int[size];
            starts = new int[size];
            ends = new int[size];
        }

        boolean started() {
            return shifts != null;
        }

        /** Shifts counted at the index. */
        int count(int index) {
            return shifts[index];
        }

        void add(int index) {
            shifts[index]++;
        }

        void remove(int index) {
            shifts[index]--;
        }

        /**
         * Finds the runs of worked indexes, once per change for every rule reading them. The indexes a rule reads
         * runs among ({@code size}) are a prefix of the array, and none beyond them is worked, so the runs are the same.
         */
        void findSequences() {
            int count = 0;
            int workedCount = 0;
            int last = shifts.length - 1;
            for (int day = 0; day <= last; day++) {
                if (shifts[day] > 0) {
                    workedCount++;
                }
                if (shifts[day] > 0 && (day == 0 || shifts[day - 1] == 0)) {
                    starts[count] = day;
                }
                if (shifts[day] > 0 && (day == last || shifts[day + 1] == 0)) {
                    ends[count++] = day;
                }
            }
            sequences = count;
            worked = workedCount;
        }

        /** How many indexes (days, weekends, red days) have a shift. */
        public int worked() {
            return worked;
        }

        /** The horizon of the shifts counted. */
        public Horizon horizon() {
            return horizon;
        }

        /** The employee whose shifts these are. */
        public Employee employee() {
            return employee;
        }

        /**
         * The runs of worked indexes among {@code size} that {@code keep} keeps. In a cyclic period with more than one
         * run, a run ending at the last index and one starting at the first are one run (counted from the later
         * start); in a plain one a run touching either edge is {@link Run#open}.
         */
        public List<Run> workedRuns(int size, boolean cyclic, RunTest keep) {
            List<Run> kept = List.of();
            if (sequences == 0) {
                return kept;
            }
            boolean wraps = cyclic && sequences > 1 && starts[0] == 0 && ends[sequences - 1] == size - 1;
            for (int i = 0; i < sequences; i++) {
                if (wraps && i == 0) {
                    continue; // counted with the last run
                }
                int length = ends[i] - starts[i] + 1 + (wraps && i == sequences - 1 ? ends[0] + 1 : 0);
                kept = keep(kept, employee, starts[i], length, !cyclic && (starts[i] == 0 || ends[i] == size - 1), keep);
            }
            return kept;
        }
    }

    /**
     * The runs of free days between the worked ones that {@code keep} keeps; {@code days} null: the employee has no
     * shift, and the whole horizon is one free run. In a plain horizon the free runs at its edges are open; in a
     * cyclic one the free run after the last worked day wraps round to the first.
     */
    public static List<Run> freeRuns(Employee employee, Days days, Horizon horizon, RunTest keep) {
        int size = horizon.days();
        boolean cyclic = horizon.cyclic();
        int sequences = days == null ? 0 : days.sequences;
        List<Run> kept = List.of();
        if (sequences == 0) {
            return keep(kept, employee, 0, size, !cyclic, keep);
        }
        int firstStart = days.starts[0];
        if (!cyclic && firstStart > 0) {
            kept = keep(kept, employee, 0, firstStart, true, keep);
        }
        int previousEnd = -1;
        for (int i = 0; i < sequences; i++) {
            int start = days.starts[i];
            if (previousEnd >= 0 && start - previousEnd > 1) {
                kept = keep(kept, employee, previousEnd + 1, start - previousEnd - 1, false, keep);
            }
            previousEnd = days.ends[i];
        }
        if (cyclic) {
            int wrapLength = size - 1 - previousEnd + firstStart;
            if (wrapLength > 0) {
                kept = keep(kept, employee, (previousEnd + 1) % size, wrapLength, false, keep);
            }
        } else if (previousEnd < size - 1) {
            kept = keep(kept, employee, previousEnd + 1, size - 1 - previousEnd, true, keep);
        }
        return kept;
    }

    /** {@code kept} with the run added if {@code keep} keeps it; a run is made only then (most runs are kept by none). */
    private static List<Run> keep(List<Run> kept, Employee employee, int first, int length, boolean open,
                                  RunTest keep) {
        if (!keep.keeps(employee, length, open)) {
            return kept;
        }
        List<Run> list = kept.isEmpty() ? new ArrayList<>(2) : kept;
        list.add(new Run(first, length, open));
        return list;
    }

    @Override
    public Supplier<Days> supplier() {
        return Days::new;
    }

    @Override
    public BiFunction<Days, Slot, Runnable> accumulator() {
        return (days, slot) -> {
            if (!days.started()) {
                days.start(slot);
            }
            int day = index.applyAsInt(slot);
            days.add(day);
            return () -> days.remove(day);
        };
    }

    @Override
    public Function<Days, Days> finisher() {
        return days -> {
            days.findSequences();
            return days;
        };
    }
}
