package no.turnus.roster.report;

import no.turnus.roster.domain.Employee;
import no.turnus.roster.domain.Horizon;
import no.turnus.roster.domain.RedDays;
import no.turnus.roster.domain.Roster;
import no.turnus.roster.domain.Slot;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The codes of the days off in a Norwegian roster (fridagskoder), for the grid and the report:
 * <ul>
 *   <li>{@code F1}: the weekly day off, a whole calendar day inside the week's longest rest when that rest is the
 *       weekly rest (at least the contract's, agreed reduced, weekly rest; AML §10-8 (2)); the Sunday when it holds
 *       one;</li>
 *   <li>{@code F2}: the extra day off of the five-day average week, next to F1 (the day before, else after);</li>
 *   <li>{@code F3}: a Sunday or public holiday off (helge- og høytidsdag, AML §10-8 (4)) that is not F1;</li>
 *   <li>{@code F5}: the replacement day owed when F1 falls on a public holiday between two Sundays: the next free
 *       day without a code within two weeks; when there is none it is counted as owed;</li>
 *   <li>{@code FE}: a ferie day (a weekday that is not a public holiday in an absence with the reason ferie); it
 *       is never F1, so the days taken are all shown.</li>
 * </ul>
 * Only whole free calendar days get a code (a day a night shift ends on is the sleep day, not a day off); staff from
 * the substitute pool have no turnus and no codes. F4 (time off for holiday pay) is agreed per person and not
 * derived. Source of the meanings: Fagforbundet, "Hva betyr kodene F1…F5?"; KS HTA kap. 1 §4.
 */
public final class DayOffCodes {

    public static final String F1 = "F1";
    public static final String F2 = "F2";
    public static final String F3 = "F3";
    public static final String F5 = "F5";
    public static final String FE = "FE";
    /** How far after an F1 on a holiday its F5 is looked for: the rest of that week and the next (local practice). */
    private static final int F5_WITHIN_DAYS = 14;
    /** Every code, in the order the report counts them. */
    public static final List<String> ALL = List.of(F1, F2, F3, F5, FE);

    /** One employee's codes: per day of the horizon, the code or null, and the F5 days owed but not placed. */
    public record Codes(String[] days, int f5Owed) {

        public String day(int index) {
            return days[index];
        }

        /** How many days carry each code, every code listed (0 when none). */
        public Map<String, Integer> counts() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            ALL.forEach(code -> counts.put(code, 0));
            for (String code : days) {
                if (code != null) {
                    counts.merge(code, 1, Integer::sum);
                }
            }
            return counts;
        }
    }

    private DayOffCodes() {
    }

    /** The codes of every employee in a position (substitutes get none). */
    public static Map<Employee, Codes> of(Roster roster) {
        Map<Employee, List<Slot>> byEmployee = new LinkedHashMap<>();
        roster.getEmployees().forEach(e -> byEmployee.put(e, new ArrayList<>()));
        for (Slot slot : roster.getSlots()) {
            if (slot.getEmployee() != null) {
                byEmployee.get(slot.getEmployee()).add(slot);
            }
        }
        Map<Employee, Codes> codes = new LinkedHashMap<>();
        byEmployee.forEach((employee, slots) -> {
            if (!employee.substitute()) {
                codes.put(employee, of(roster.getHorizon(), employee, slots,
                        roster.getFerieDays().getOrDefault(employee.id(), new BitSet())));
            }
        });
        return codes;
    }

    /** One employee's codes from her shifts and ferie days. */
    static Codes of(Horizon horizon, Employee employee, List<Slot> slots, BitSet ferie) {
        int days = horizon.days();
        List<int[]> work = new ArrayList<>();
        for (Slot slot : slots) {
            work.add(new int[] {slot.startMinute(), slot.endMinute()});
            if (horizon.cyclic()) { // the roster repeats: a night at the end touches the first day, and back
                work.add(new int[] {slot.startMinute() - horizon.minutes(), slot.endMinute() - horizon.minutes()});
                work.add(new int[] {slot.startMinute() + horizon.minutes(), slot.endMinute() + horizon.minutes()});
            }
        }
        work.sort((a, b) -> Integer.compare(a[0], b[0]));
        boolean[] free = new boolean[days];
        for (int day = 0; day < days; day++) {
            free[day] = true;
        }
        for (int[] w : work) {
            for (int day = Math.max(0, w[0] / Horizon.DAY); day < days && day * Horizon.DAY < w[1]; day++) {
                if (w[1] > day * Horizon.DAY && w[0] < (day + 1) * Horizon.DAY) {
                    free[day] = false;
                }
            }
        }
        String[] code = new String[days];
        int weeklyRest = employee.contract().reducedWeeklyRestMinutes();
        List<Integer> f1OnHoliday = new ArrayList<>();
        for (int week = 0; week < horizon.weeks(); week++) {
            int f1 = weeklyDayOff(horizon, work, week, weeklyRest, ferie);
            if (f1 >= 0) {
                code[f1] = F1;
                if (RedDays.isHoliday(horizon.date(f1)) && horizon.dayOfWeek(f1) != DayOfWeek.SUNDAY) {
                    f1OnHoliday.add(f1);
                }
            }
        }
        for (int day = 0; day < days; day++) {
            if (code[day] == null && ferieDay(horizon, ferie, day)) {
                code[day] = FE;
            } else if (code[day] == null && free[day] && RedDays.isRedDay(horizon.date(day))) {
                code[day] = F3;
            }
        }
        for (int day = 0; day < days; day++) {
            if (F1.equals(code[day])) {
                int next = day - 1 >= 0 && free[day - 1] && code[day - 1] == null ? day - 1
                        : day + 1 < days && free[day + 1] && code[day + 1] == null ? day + 1 : -1;
                if (next >= 0) {
                    code[next] = F2;
                }
            }
        }
        int owed = 0;
        for (int f1 : f1OnHoliday) {
            int replacement = -1;
            for (int day = f1 + 1; day < Math.min(days, f1 + 1 + F5_WITHIN_DAYS) && replacement < 0; day++) {
                if (free[day] && code[day] == null) {
                    replacement = day;
                }
            }
            if (replacement >= 0) {
                code[replacement] = F5;
            } else {
                owed++;
            }
        }
        return new Codes(code, owed);
    }

    /** A day of ferie that counts against the entitlement: a weekday, not a public holiday, in a ferie absence. */
    private static boolean ferieDay(Horizon horizon, BitSet ferie, int day) {
        LocalDate date = horizon.date(day);
        return ferie.get(day) && date.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue()
                && !RedDays.isHoliday(date);
    }

    /**
     * The F1 day of a calendar week: a whole day of the week inside its longest free stretch, when that stretch is a
     * weekly rest; the Sunday if it holds it, else the first such day that is not a ferie day (FE wins). -1 when there is none: a week of ferie may have
     * no F1.
     */
    private static int weeklyDayOff(Horizon horizon, List<int[]> work, int week, int weeklyRest, BitSet ferie) {
        int weekStart = week * 7 * Horizon.DAY;
        int weekEnd = weekStart + 7 * Horizon.DAY;
        int bestFrom = 0;
        int bestTo = 0;
        int freeFrom = Integer.MIN_VALUE / 2;
        List<int[]> gaps = new ArrayList<>();
        for (int[] w : work) {
            if (w[0] > freeFrom) {
                gaps.add(new int[] {freeFrom, w[0]});
            }
            freeFrom = Math.max(freeFrom, w[1]);
        }
        gaps.add(new int[] {freeFrom, Integer.MAX_VALUE / 2});
        int longest = 0;
        for (int[] gap : gaps) {
            int inWeek = Math.min(gap[1], weekEnd) - Math.max(gap[0], weekStart);
            if (inWeek > longest) { // as "Weekly rest" measures it: the part in this week
                longest = inWeek;
                bestFrom = gap[0];
                bestTo = gap[1];
            }
        }
        if (longest < weeklyRest) {
            return -1;
        }
        int first = -1;
        for (int day = week * 7; day < week * 7 + 7; day++) {
            if (day * Horizon.DAY >= bestFrom && (day + 1) * Horizon.DAY <= bestTo) {
                if (horizon.dayOfWeek(day) == DayOfWeek.SUNDAY) {
                    return day;
                }
                if (first < 0 && !ferieDay(horizon, ferie, day)) { // a ferie day stays FE: it counts as taken
                    first = day;
                }
            }
        }
        return first;
    }
}
