package no.turnus.roster.domain;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * KS working time for tredelt turnus (Hovedtariffavtalen kap. 1 §4.2.4): for staff in a three-shift rota who work at
 * least every third Sunday, each hour on a Sunday or public holiday (AML §10-10 (1): 18:00 the day before to 22:00)
 * counts as 1 h 10 min and each hour at night (AML §10-11 (1): 21:00 to 06:00) as 1 h 15 min, so their ordinary
 * week comes down from 35.5 h towards 33.6 h, never below. An hour that is both is credited once, as night.
 */
public final class KsWeighting {

    /** The shortest ordinary week the weighting may bring a full-time position down to. */
    public static final int FLOOR_WEEKLY_MINUTES = 2016;
    /** Extra minutes per worked hour. */
    static final int NIGHT_EXTRA = 15;
    static final int RED_DAY_EXTRA = 10;

    private KsWeighting() {
    }

    /**
     * The extra minutes one shift earns (before any cap), in proportion to its paid share when part of it is an
     * unpaid pause.
     *
     * @param start minutes from the horizon's first day 00:00
     */
    static int creditMinutes(Horizon horizon, int start, int end, int paidMinutes) {
        int[] red = redPeriods(horizon, start, end);
        long extraPerHour = 0;
        for (int minute = start; minute < end; minute++) {
            int clock = Math.floorMod(minute, Horizon.DAY);
            if (clock >= ShiftType.NIGHT_FROM || clock < ShiftType.NIGHT_TO) {
                extraPerHour += NIGHT_EXTRA;
            } else if (within(red, minute)) {
                extraPerHour += RED_DAY_EXTRA;
            }
        }
        int duration = end - start;
        return duration == 0 ? 0 : (int) Math.round(extraPerHour / 60.0 * paidMinutes / duration);
    }

    /**
     * The most credit a position may count over a horizon: what brings its target from the contract's full-time
     * week down to 33.6 h (none when the full-time week is already that short).
     */
    public static int capMinutes(int targetMinutes, int fullTimeWeeklyMinutes) {
        if (fullTimeWeeklyMinutes <= FLOOR_WEEKLY_MINUTES) {
            return 0;
        }
        return (int) ((long) targetMinutes * (fullTimeWeeklyMinutes - FLOOR_WEEKLY_MINUTES) / fullTimeWeeklyMinutes);
    }

    /** The protected periods of the red days a shift can touch (the day it starts, the next two), as from/to pairs. */
    private static int[] redPeriods(Horizon horizon, int start, int end) {
        List<Integer> redDays = horizon.redDays();
        int firstDay = Math.floorDiv(start, Horizon.DAY);
        int lastDay = Math.floorDiv(end, Horizon.DAY) + 1;
        int[] periods = new int[2 * (lastDay - firstDay + 1)];
        int count = 0;
        for (int day = firstDay; day <= lastDay; day++) {
            if (Collections.binarySearch(redDays, day) >= 0) {
                periods[count++] = RedDays.protectedFrom(horizon.startDate(), day);
                periods[count++] = RedDays.protectedTo(day);
            }
        }
        return Arrays.copyOf(periods, count);
    }

    private static boolean within(int[] periods, int minute) {
        for (int i = 0; i < periods.length; i += 2) {
            if (minute >= periods[i] && minute < periods[i + 1]) {
                return true;
            }
        }
        return false;
    }
}
