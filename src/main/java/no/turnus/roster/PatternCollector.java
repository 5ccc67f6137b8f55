package no.turnus.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;

/**
 * Collects one employee's shift per day (an array by day index) and finds the contract's unwanted patterns in it.
 * Two shifts on one day (already a hard breach) keep the first one seen.
 */
final class PatternCollector implements UniConstraintCollector<Slot, PatternCollector.Grid, PatternCollector.Matches> {

    static final PatternCollector INSTANCE = new PatternCollector();

    /** The weighted occurrences of unwanted patterns, and where they start (pattern and date). */
    record Matches(int penalty, List<String> where) {
        static final Matches NONE = new Matches(0, List.of());
    }

    static final class Grid {
        private ShiftType[] shifts;
        private int[] counts;
        private ContractRules contract;
        private Horizon horizon;
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
                grid.shifts = new ShiftType[grid.horizon.days()];
                grid.counts = new int[grid.horizon.days()];
            }
            int day = slot.dayIndex();
            if (grid.counts[day]++ == 0) {
                grid.shifts[day] = slot.shiftType();
            }
            return () -> {
                if (--grid.counts[day] == 0) {
                    grid.shifts[day] = null;
                }
            };
        };
    }

    @Override
    public Function<Grid, Matches> finisher() {
        return grid -> {
            int penalty = 0;
            List<String> where = null;
            for (UnwantedPattern pattern : grid.contract.unwantedPatterns()) {
                for (int start = 0; start < grid.shifts.length; start++) {
                    if (pattern.matchesAt(grid.shifts, start, grid.horizon)) {
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
