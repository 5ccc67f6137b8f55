package no.turnus.roster.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntBiFunction;

import no.turnus.roster.domain.Post;
import no.turnus.roster.domain.Slot;
import no.turnus.roster.domain.WeekWindow;

/**
 * One employee's shifts per week of the horizon that they fall in (or near the Sunday of), and the weeks whose rest
 * (the longest time off, or the time off around the Sunday) is below a limit. Kept by the employee's
 * {@link DayShifts}: a move recalculates the rest of the weeks its shift falls in and passes on the weeks below the
 * limit only, where each shift was flattened to its weeks and grouped by employee and week, and every such group's
 * rest went down the stream on every change of a slot's employee. The rest of a week is calculated from the same
 * shifts as that group held; a week without a shift has no rest, as it had no group.
 */
final class WeekRests {

    /** A week and its rest in minutes. */
    record WeekRest(WeekWindow week, int minutes) {
    }

    private final Function<Post, List<WeekWindow>> weeksOf;
    private final ToIntBiFunction<WeekWindow, List<Slot>> rest;
    private int limit;
    private List<Slot>[] shifts;
    private WeekWindow[] windows;
    /** The rest of each week with a shift, null when it is at least the limit (or the week has no shift). */
    private WeekRest[] below;
    private boolean[] changed;
    private boolean anyChanged;
    private final List<WeekRest> kept = new ArrayList<>(2);

    /**
     * @param weeksOf the weeks a shift of the post counts in
     * @param rest    the rest of a week given the shifts that count in it
     */
    WeekRests(Function<Post, List<WeekWindow>> weeksOf, ToIntBiFunction<WeekWindow, List<Slot>> rest) {
        this.weeksOf = weeksOf;
        this.rest = rest;
    }

    @SuppressWarnings("unchecked")
    void start(int weeks, int limit) {
        this.limit = limit;
        shifts = new List[weeks];
        windows = new WeekWindow[weeks];
        below = new WeekRest[weeks];
        changed = new boolean[weeks];
    }

    void add(Slot slot) {
        for (WeekWindow week : weeksOf.apply(slot.getPost())) {
            int index = week.index();
            if (shifts[index] == null) {
                shifts[index] = new ArrayList<>(8);
                windows[index] = week;
            }
            shifts[index].add(slot);
            changed[index] = true;
            anyChanged = true;
        }
    }

    void remove(Slot slot) {
        for (WeekWindow week : weeksOf.apply(slot.getPost())) {
            int index = week.index();
            shifts[index].remove(slot);
            changed[index] = true;
            anyChanged = true;
        }
    }

    /** Recalculates the rest of the weeks whose shifts changed; once per change, for every rule reading them. */
    void update() {
        if (!anyChanged) {
            return;
        }
        kept.clear();
        for (int index = 0; index < below.length; index++) {
            if (changed[index]) {
                changed[index] = false;
                List<Slot> slots = shifts[index];
                int minutes = slots == null || slots.isEmpty() ? limit : rest.applyAsInt(windows[index], slots);
                below[index] = minutes < limit ? new WeekRest(windows[index], minutes) : null;
            }
            if (below[index] != null) {
                kept.add(below[index]);
            }
        }
        anyChanged = false;
    }

    /** The weeks with a shift whose rest is below the limit. */
    List<WeekRest> below() {
        return kept;
    }
}
