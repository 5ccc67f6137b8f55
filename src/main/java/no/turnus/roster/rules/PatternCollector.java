package no.turnus.roster.rules;

import no.turnus.roster.domain.ContractRules;
import no.turnus.roster.domain.Horizon;
import no.turnus.roster.domain.ShiftType;
import no.turnus.roster.domain.Slot;
import no.turnus.roster.domain.UnwantedPattern;
import no.turnus.roster.domain.WeekendDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;

/**
 * Collects one employee's shifts by day index and finds the contract's unwanted patterns in them. A day with two
 * shifts (already a hard breach, but met during the search) is read as its earliest shift type, whatever order the
 * shifts came and went in, so the result never depends on the order of moves.
 */
public final class PatternCollector implements UniConstraintCollector<Slot, PatternCollector.Grid, PatternCollector.Matches> {

    public static final PatternCollector INSTANCE = new PatternCollector();

    /** The weighted occurrences of unwanted patterns, and where they start (pattern and date). */
    public record Matches(int penalty, List<String> where) {
        static final Matches NONE = new Matches(0, List.of());
    }

    public static final class Grid {
        /** Shift types worked per day; {@code counts[day]} of them are in use. */
        private ShiftType[][] shifts;
        private int[] counts;
        /** Scratch: the shift each day as the patterns read it, refilled by each finish. */
        private ShiftType[] view;
        private ContractRules contract;
        private Horizon horizon;

        void add(int day, ShiftType type) {
            if (counts[day] == shifts[day].length) {
                shifts[day] = java.util.Arrays.copyOf(shifts[day], counts[day] * 2);
            }
            shifts[day][counts[day]++] = type;
        }

        void remove(int day, ShiftType type) {
            ShiftType[] types = shifts[day];
            for (int i = 0; i < counts[day]; i++) {
                if (types[i] == type) {
                    types[i] = types[--counts[day]];
                    types[counts[day]] = null;
                    return;
                }
            }
        }

        /** The day's shift as the patterns see it: null when free, else the earliest shift type. */
        ShiftType on(int day) {
            ShiftType first = null;
            for (int i = 0; i < counts[day]; i++) {
                ShiftType type = shifts[day][i];
                if (first == null || type.startMinute() < first.startMinute()
                        || type.startMinute() == first.startMinute() && type.code().compareTo(first.code()) < 0) {
                    first = type;
                }
            }
            return first;
        }
    }

    @Override
    public Supplier<Grid> supplier() {
        return Grid::new;
    }

    @Override
    public BiFunction<Grid, Slot, Runnable> accumulator() {
        return (grid, slot) -> {
            if (grid.shifts == null) {
                grid.horizon = slot.getPost().horizon();
                grid.contract = slot.employee().contract();
                grid.shifts = new ShiftType[grid.horizon.days()][1];
                grid.counts = new int[grid.horizon.days()];
                grid.view = new ShiftType[grid.horizon.days()];
            }
            int day = slot.dayIndex();
            ShiftType type = slot.shiftType();
            grid.add(day, type);
            return () -> grid.remove(day, type);
        };
    }

    @Override
    public Function<Grid, Matches> finisher() {
        return grid -> {
            ShiftType[] byDay = grid.view;
            for (int day = 0; day < byDay.length; day++) {
                byDay[day] = grid.on(day);
            }
            int penalty = 0;
            List<String> where = null;
            for (UnwantedPattern pattern : grid.contract.inrc().unwantedPatterns()) {
                for (int start = 0; start < byDay.length; start++) {
                    if (pattern.matchesAt(byDay, start, grid.horizon)) {
                        penalty += pattern.weight();
                        where = where == null ? new ArrayList<>() : where;
                        where.add(pattern.label() + " from " + grid.horizon.date(start));
                    }
                }
            }
            return where == null ? Matches.NONE : new Matches(penalty, where);
        };
    }
}
