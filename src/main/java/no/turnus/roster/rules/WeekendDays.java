package no.turnus.roster.rules;

import no.turnus.roster.domain.Slot;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;

/**
 * Collects the worked days of one weekend as a bit mask (bit i = i-th day of the weekend worked). Counts per day keep
 * two shifts on one day from being counted twice. The result is a small Integer, so it allocates nothing.
 */
public final class WeekendDays implements UniConstraintCollector<Slot, int[], Integer> {

    public static final WeekendDays MASK = new WeekendDays();

    /** Penalty units of an incomplete weekend by mask and weekend length (INRC-2010 table; 2-day: one day = 1). */
    private static final int[][] INCOMPLETE = new int[5][];

    static {
        INCOMPLETE[2] = table(2, "WF", 1, "FW", 1);
        INCOMPLETE[3] = table(3, "WWF", 1, "FWW", 1, "WFW", 4, "WFF", 2, "FWF", 2, "FFW", 2);
        INCOMPLETE[4] = table(4, "WWWF", 1, "FWWW", 1, "WWFW", 5, "WFWW", 5, "WWFF", 2, "FFWW", 2, "FWWF", 2,
                "WFWF", 6, "FWFW", 6, "WFFW", 6, "WFFF", 3, "FFFW", 3, "FWFF", 3, "FFWF", 3);
    }

    private static int[] table(int length, Object... patternAndPenalty) {
        int[] penalties = new int[1 << length];
        for (int i = 0; i < patternAndPenalty.length; i += 2) {
            String pattern = (String) patternAndPenalty[i];
            int mask = 0;
            for (int d = 0; d < length; d++) {
                mask |= pattern.charAt(d) == 'W' ? 1 << d : 0;
            }
            penalties[mask] = (int) patternAndPenalty[i + 1];
        }
        return penalties;
    }

    /** Penalty units for a weekend of {@code length} days (2 to 4) worked as in {@code mask}; 0 when complete. */
    public static int incompleteness(int mask, int length) {
        return length < 2 ? 0 : INCOMPLETE[length][mask & ((1 << length) - 1)];
    }

    /** Whether every day of a weekend of {@code length} days is worked. */
    public static boolean complete(int mask, int length) {
        return mask == (1 << length) - 1;
    }

    /** Days worked, e.g. "W-W" for Friday and Sunday of a three-day weekend. */
    public static String describe(int mask, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int d = 0; d < length; d++) {
            text.append((mask & 1 << d) != 0 ? 'W' : '-');
        }
        return text.toString();
    }

    @Override
    public Supplier<int[]> supplier() {
        return () -> new int[4];
    }

    @Override
    public BiFunction<int[], Slot, Runnable> accumulator() {
        return (counts, slot) -> {
            int day = slot.weekendDay();
            counts[day]++;
            return () -> counts[day]--;
        };
    }

    @Override
    public Function<int[], Integer> finisher() {
        return counts -> {
            int mask = 0;
            for (int d = 0; d < counts.length; d++) {
                mask |= counts[d] > 0 ? 1 << d : 0;
            }
            return mask;
        };
    }
}
