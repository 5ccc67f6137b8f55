package no.turnus.roster.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;
import no.turnus.roster.domain.ContractRules;
import no.turnus.roster.domain.Horizon;
import no.turnus.roster.domain.Post;
import no.turnus.roster.domain.Slot;
import no.turnus.roster.domain.WeekWindow;

/**
 * One employee's shifts by day of the horizon, and three kinds of pairs of them: two shifts the same day (ordered by
 * planning id, as {@code forEachUniquePair} pairs them); a shift and a later one with less rest between them than
 * the contract's daily rest ({@link RestRules#rest}: from the end of the first to the start of the next, across the
 * wrap of a cyclic roster); a night and a shift other than a night within the contract's free days after it. A shift
 * that comes or goes is tested only against the shifts of its own day and of the days its rest window or free days
 * reach, so a move costs a few comparisons instead of pairing the shift with the employee's other shifts in joins,
 * as One shift per day, the daily rest rules and Free days after nights did before. The shifts per day are counted in
 * a {@link WorkedDays.Days}, whose runs of worked and free days the run rules read, and per week in
 * {@link WeekRests}, whose weeks of too little rest the weekly rest rules read: one group per employee for all of
 * these rules.
 */
final class DayShifts implements UniConstraintCollector<Slot, DayShifts.Shifts, DayShifts.Shifts> {

    static final DayShifts INSTANCE = new DayShifts();

    private DayShifts() {
    }

    /** Two shifts of the same employee: the same day, or the first with too little rest before the next. */
    record Pair(Slot first, Slot next) {
    }

    /** The shifts per day and the pairs found among them; the result is the container itself. */
    static final class Shifts {
        private Slot[][] byDay;
        /** How many shifts each day has (the first of {@code byDay}'s), and the runs of worked days. */
        private final WorkedDays.Days counts = new WorkedDays.Days();
        private int days;
        private boolean cyclic;
        private int minRest;
        /** The longest shift seen, which bounds how far back a shift's rest window may start. */
        private int longest;
        private final List<Pair> pairs = new ArrayList<>(2);
        private final List<Pair> sameDay = new ArrayList<>(2);
        private final List<Pair> afterNights = new ArrayList<>(2);
        private int freeAfterNights;
        /** The weeks resting less than the weekly rest: below the normal minimum, or the reduced one if higher. */
        private final WeekRests weeklyRests = new WeekRests(Post::weeks, WeekWindow::longestRest);
        /** The weeks with less time off around the Sunday than the reduced weekly rest. */
        private final WeekRests sundayRests = new WeekRests(Post::sundayWeeks, WeekWindow::restAroundSunday);

        /** The shifts per day and the runs of worked days. */
        WorkedDays.Days days() {
            return counts;
        }

        /** The weeks with a shift whose longest time off is below the normal or the reduced weekly rest. */
        List<WeekRests.WeekRest> weeklyRests() {
            return weeklyRests.below();
        }

        /** The weeks with a shift near the Sunday whose time off around it is below the reduced weekly rest. */
        List<WeekRests.WeekRest> sundayRests() {
            return sundayRests.below();
        }

        /** Pairs of shifts with less than the daily rest between them. */
        List<Pair> restPairs() {
            return pairs;
        }

        /** Pairs of shifts on the same day, the lower planning id first. */
        List<Pair> sameDay() {
            return sameDay;
        }

        /** A night and a shift other than a night within the contract's free days after it. */
        List<Pair> afterNights() {
            return afterNights;
        }

        private void add(Slot slot) {
            int day = slot.dayIndex();
            longest = Math.max(longest, slot.endMinute() - slot.startMinute());
            // The shifts whose rest window reaches this one's start, and those in this one's rest window.
            int from = Math.floorDiv(slot.startMinute() - longest - minRest + 1, Horizon.DAY);
            scan(slot, from, day, false);
            scan(slot, day, Math.floorDiv(slot.endMinute() + minRest - 1, Horizon.DAY), true);
            scanAfterNights(slot, day);
            Slot[] shifts = byDay[day];
            for (int i = counts.count(day) - 1; i >= 0; i--) {
                Slot other = shifts[i];
                sameDay.add(slot.getId().compareTo(other.getId()) < 0 ? new Pair(slot, other) : new Pair(other, slot));
            }
            if (shifts == null || counts.count(day) == shifts.length) {
                Slot[] grown = new Slot[shifts == null ? 2 : shifts.length * 2];
                if (shifts != null) {
                    System.arraycopy(shifts, 0, grown, 0, counts.count(day));
                }
                byDay[day] = grown;
                shifts = grown;
            }
            shifts[counts.count(day)] = slot;
            counts.add(day);
            weeklyRests.add(slot);
            sundayRests.add(slot);
        }

        /**
         * Tests the slot against the shifts of days {@code from} to {@code to}: round the wrap of a cyclic roster,
         * within the horizon of a plain one, every day at most once.
         */
        private void scan(Slot slot, int from, int to, boolean after) {
            if (!cyclic) {
                from = Math.max(from, 0);
                to = Math.min(to, days - 1);
            }
            int last = Math.min(to, from + days - 1);
            for (int unwrapped = from; unwrapped <= last; unwrapped++) {
                int day = cyclic ? Math.floorMod(unwrapped, days) : unwrapped;
                Slot[] shifts = byDay[day];
                for (int i = counts.count(day) - 1; i >= 0; i--) {
                    Slot other = shifts[i];
                    if (after) {
                        if (RestRules.rest(slot, other) < minRest) {
                            pairs.add(new Pair(slot, other));
                        }
                    } else if (RestRules.rest(other, slot) < minRest) {
                        pairs.add(new Pair(other, slot));
                    }
                }
            }
        }

        /**
         * A night against the shifts other than nights of the days after it, any other shift against the nights of
         * the days before it, as far as the contract's free days after nights reach ({@link Horizon#daysAfter}).
         */
        private void scanAfterNights(Slot slot, int day) {
            boolean night = slot.isNight();
            int reach = Math.min(freeAfterNights, days - 1);
            for (int after = 1; after <= reach; after++) {
                int other = night ? day + after : day - after;
                if (cyclic) {
                    other = Math.floorMod(other, days);
                } else if (other < 0 || other >= days) {
                    break;
                }
                Slot[] shifts = byDay[other];
                for (int i = counts.count(other) - 1; i >= 0; i--) {
                    if (shifts[i].isNight() != night) {
                        afterNights.add(night ? new Pair(slot, shifts[i]) : new Pair(shifts[i], slot));
                    }
                }
            }
        }

        private void remove(Slot slot) {
            int day = slot.dayIndex();
            Slot[] shifts = byDay[day];
            int count = counts.count(day);
            for (int i = 0; i < count; i++) {
                if (shifts[i] == slot) {
                    shifts[i] = shifts[count - 1];
                    shifts[count - 1] = null;
                    counts.remove(day);
                    break;
                }
            }
            if (!pairs.isEmpty()) {
                pairs.removeIf(pair -> pair.first == slot || pair.next == slot);
            }
            if (!sameDay.isEmpty()) {
                sameDay.removeIf(pair -> pair.first == slot || pair.next == slot);
            }
            if (!afterNights.isEmpty()) {
                afterNights.removeIf(pair -> pair.first == slot || pair.next == slot);
            }
            weeklyRests.remove(slot);
            sundayRests.remove(slot);
        }
    }

    @Override
    public Supplier<Shifts> supplier() {
        return Shifts::new;
    }

    @Override
    public BiFunction<Shifts, Slot, Runnable> accumulator() {
        return (shifts, slot) -> {
            if (shifts.byDay == null) {
                Horizon horizon = slot.getPost().horizon();
                ContractRules contract = slot.employee().contract();
                shifts.counts.start(slot);
                shifts.days = horizon.days();
                shifts.cyclic = horizon.cyclic();
                shifts.minRest = contract.minDailyRestMinutes();
                shifts.freeAfterNights = contract.minFreeDaysAfterNights();
                shifts.weeklyRests.start(horizon.weeks(),
                        Math.max(contract.minWeeklyRestMinutes(), contract.reducedWeeklyRestMinutes()));
                shifts.sundayRests.start(horizon.weeks(), contract.reducedWeeklyRestMinutes());
                shifts.byDay = new Slot[shifts.days][];
            }
            shifts.add(slot);
            return () -> shifts.remove(slot);
        };
    }

    @Override
    public Function<Shifts, Shifts> finisher() {
        return shifts -> {
            shifts.counts.findSequences();
            shifts.weeklyRests.update();
            shifts.sundayRests.update();
            return shifts;
        };
    }
}
