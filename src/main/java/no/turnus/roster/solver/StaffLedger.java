package no.turnus.roster.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import no.turnus.roster.domain.ContractRules;
import no.turnus.roster.domain.Employee;
import no.turnus.roster.domain.Horizon;
import no.turnus.roster.domain.NightWork;
import no.turnus.roster.domain.OvertimeLimits;
import no.turnus.roster.domain.Roster;
import no.turnus.roster.domain.Slot;
import no.turnus.roster.domain.WeekWindow;

/**
 * Who works which day, kept by hand while a plan is built, so that the construction can ask "may she take this
 * shift?" without a score calculation. It knows the hard rules that adding a shift can break (one shift a day,
 * leave, ward, shift length, daily and weekly rest, weekly and average hours, overtime, night workers' hours); each
 * of them only gets worse when a shift is added, so checking every addition keeps a legal plan legal.
 */
final class StaffLedger {

    /**
     * Which rules the roster's rule set scores hard, besides those every rule set has.
     *
     * @param competence       a place's competence is required (INRC-2010 only costs its lack)
     * @param positionCap      staff stay within their position's hours and the extra allowed
     * @param sundayAfterSunday no two Sundays or holidays in a row (AML §10-8 (4), without an agreement)
     * @param sundaysAveraged  at most every other Sunday or holiday (under an agreement)
     * @param overtime         overtime within its limits per 7 days, 4 weeks and 52 weeks (AML §10-6)
     * @param nightWork        night workers within 8 h per 24 hours over 4 weeks (AML §10-11)
     */
    record Checks(boolean competence, boolean positionCap, boolean sundayAfterSunday, boolean sundaysAveraged,
                  boolean overtime, boolean nightWork) {
    }

    private static final int[] OVERTIME_PERIODS = {OvertimeLimits.WEEK, OvertimeLimits.FOUR_WEEKS, OvertimeLimits.YEAR};

    private final Horizon horizon;
    private final Checks checks;
    /** Per employee and red day of the horizon: the shifts that count as work on it (AML §10-10). */
    private final int[][] onRedDay;
    /** Per employee: the red days worked. */
    private final int[] redDaysWorked;
    private final Map<Employee, Integer> index = new IdentityHashMap<>();
    /** The shift of each employee on each day (vakt per dag), null when free. */
    private final Slot[][] onDay;
    private final int[] minutes;
    /** The KS weighting credit of each employee's shifts (tredelt turnus), before its cap. */
    private final int[] credit;
    private final int[][] weekMinutes;
    /** Per employee and week: the night-work shifts (AML §10-11). */
    private final int[][] weekNights;
    private final int[] shifts;
    private final List<Slot> weekScratch = new ArrayList<>();
    /** The employee {@link #indexOf} was last asked about, and her row. */
    private Employee lastEmployee;
    private int lastIndex;
    /** Whether changes are kept for {@link #rollback()}, and the changes kept: slot, employee, assigned or not, and
     * the employee's place on the slot's day before the change. */
    private boolean recording;
    private Slot[] journalSlots = new Slot[64];
    private Employee[] journalEmployees = new Employee[64];
    private boolean[] journalAssigned = new boolean[64];
    private Slot[] journalOnDay = new Slot[64];
    private int journalSize;

    StaffLedger(Roster roster, Checks checks) {
        this.horizon = roster.getHorizon();
        this.checks = checks;
        List<Employee> employees = roster.getEmployees();
        for (int i = 0; i < employees.size(); i++) {
            index.put(employees.get(i), i);
        }
        onDay = new Slot[employees.size()][horizon.days()];
        minutes = new int[employees.size()];
        credit = new int[employees.size()];
        weekMinutes = new int[employees.size()][horizon.weeks()];
        weekNights = new int[employees.size()][horizon.weeks()];
        shifts = new int[employees.size()];
        onRedDay = new int[employees.size()][horizon.redDays().size()];
        redDaysWorked = new int[employees.size()];
    }

    void assign(Slot slot, Employee employee) {
        int e = indexOf(employee);
        Slot onTheDay = onDay[e][slot.dayIndex()];
        journal(slot, employee, true, onTheDay);
        if (onTheDay == null) {
            onDay[e][slot.dayIndex()] = slot;
        }
        count(slot, employee, e, 1);
    }

    void unassign(Slot slot, Employee employee) {
        int e = indexOf(employee);
        Slot onTheDay = onDay[e][slot.dayIndex()];
        journal(slot, employee, false, onTheDay);
        if (onTheDay == slot) {
            onDay[e][slot.dayIndex()] = null;
        }
        count(slot, employee, e, -1);
    }

    /** Adds ({@code sign} 1) or takes away (-1) the slot's hours, red day, week and shift from the employee's totals. */
    private void count(Slot slot, Employee employee, int e, int sign) {
        minutes[e] += sign * slot.paidMinutes();
        credit[e] += sign * employee.contract().creditMinutes(slot.getPost());
        if (slot.redDay() >= 0) {
            if (sign > 0 ? onRedDay[e][slot.redDay()]++ == 0 : --onRedDay[e][slot.redDay()] == 0) {
                redDaysWorked[e] += sign;
            }
        }
        weekMinutes[e][slot.getPost().week()] += sign * slot.paidMinutes();
        weekNights[e][slot.getPost().week()] += sign * (slot.shiftType().isNightWork() ? 1 : 0);
        shifts[e] += sign;
    }

    /**
     * From now on, keeps each change so that {@link #rollback()} can undo them: a ruin and recreate move changes the
     * ledger of its step's plan and then puts it back as it was, instead of building a new ledger of the whole plan
     * for every move.
     */
    void record() {
        recording = true;
        journalSize = 0;
    }

    /** Undoes every change since {@link #record()}, latest first, and stops recording. */
    void rollback() {
        recording = false;
        for (int i = journalSize - 1; i >= 0; i--) {
            Slot slot = journalSlots[i];
            Employee employee = journalEmployees[i];
            int e = indexOf(employee);
            count(slot, employee, e, journalAssigned[i] ? -1 : 1);
            onDay[e][slot.dayIndex()] = journalOnDay[i];
            journalSlots[i] = null;
            journalEmployees[i] = null;
            journalOnDay[i] = null;
        }
        journalSize = 0;
    }

    private void journal(Slot slot, Employee employee, boolean assigned, Slot onTheDay) {
        if (!recording) {
            return;
        }
        if (journalSize == journalSlots.length) {
            int length = 2 * journalSize;
            journalSlots = Arrays.copyOf(journalSlots, length);
            journalEmployees = Arrays.copyOf(journalEmployees, length);
            journalAssigned = Arrays.copyOf(journalAssigned, length);
            journalOnDay = Arrays.copyOf(journalOnDay, length);
        }
        journalSlots[journalSize] = slot;
        journalEmployees[journalSize] = employee;
        journalAssigned[journalSize] = assigned;
        journalOnDay[journalSize] = onTheDay;
        journalSize++;
    }

    /**
     * The employee's row in the arrays. The construction asks about one employee many times in a row (every rule of
     * {@link #mayTake} and the costs), so the last answer is kept: the map lookup was a good part of a ruin and
     * recreate move.
     */
    private int indexOf(Employee employee) {
        if (employee != lastEmployee) {
            lastIndex = index.get(employee);
            lastEmployee = employee;
        }
        return lastIndex;
    }

    /** The shift on a day (wrapping round a cyclic horizon), or null when free or outside the horizon. */
    Slot shiftOn(Employee employee, int day) {
        int days = horizon.days();
        if (day < 0 || day >= days) {
            if (!horizon.cyclic()) {
                return null;
            }
            day = Math.floorMod(day, days);
        }
        return onDay[indexOf(employee)][day];
    }

    boolean works(Employee employee, int day) {
        return shiftOn(employee, day) != null;
    }

    int minutes(Employee employee) {
        return minutes[indexOf(employee)];
    }

    /** The minutes that count against the employee's target: paid, plus the weighting credit up to its cap. */
    int countedMinutes(Employee employee) {
        int e = indexOf(employee);
        return employee.countedMinutes(minutes[e], credit[e]);
    }

    /** The counted minutes should the employee also take the slot. */
    int countedMinutesWith(Employee employee, Slot slot) {
        int e = indexOf(employee);
        return employee.countedMinutes(minutes[e] + slot.paidMinutes(),
                credit[e] + employee.contract().creditMinutes(slot.getPost()));
    }

    int shifts(Employee employee) {
        return shifts[indexOf(employee)];
    }

    /** Whether giving the slot to the employee breaks none of the hard rules a new shift can break. */
    boolean mayTake(Employee employee, Slot slot) {
        int day = slot.dayIndex();
        var contract = employee.contract();
        if (works(employee, day) || !EligibleMoves.eligible(slot, employee, checks.competence())) {
            return false;
        }
        int e = indexOf(employee);
        if (checks.positionCap() && !employee.substitute()
                && countedMinutesWith(employee, slot) > employee.capMinutes() || !sundaysKept(employee, e, slot)) {
            return false;
        }
        if (weekMinutes[e][slot.getPost().week()] + slot.paidMinutes() > contract.maxWeeklyMinutes()
                || !averageKept(e, contract, slot) || checks.overtime() && !overtimeKept(e, contract, slot)
                || checks.nightWork() && !nightWorkKept(e, slot)) {
            return false;
        }
        // Shifts last at most a day, so only the two days either side can come within a daily rest.
        for (int offset = -2; offset <= 2; offset++) {
            Slot other = offset == 0 ? null : shiftOn(employee, day + offset);
            if (other != null && (rest(other, slot) < contract.reducedDailyRestMinutes()
                    || rest(slot, other) < contract.reducedDailyRestMinutes())) {
                return false;
            }
        }
        return weeklyRestKept(employee, slot);
    }

    /** The 48 h average (AML §10-5) in every averaging window the slot's week is in. */
    private boolean averageKept(int e, ContractRules contract, Slot slot) {
        int length = contract.averagingWeeks(horizon);
        return mostInWindows(weekMinutes[e], slot.getPost().week(), length, slot.paidMinutes())
                <= contract.maxAverageWeeklyMinutes() * length;
    }

    /** The overtime limits (AML §10-6) per 7 days, 4 weeks and 52 weeks, with the slot added. */
    private boolean overtimeKept(int e, ContractRules contract, Slot slot) {
        for (int period : OVERTIME_PERIODS) {
            int length = horizon.windowWeeks(period);
            int most = mostInWindows(weekMinutes[e], slot.getPost().week(), length, slot.paidMinutes());
            if (OvertimeLimits.overtimeMinutes(most, contract.fullTimeWeeklyMinutes(), length, period,
                    horizon.cyclic()) > contract.overtime().limitMinutes(period)) {
                return false;
            }
        }
        return true;
    }

    /** A night worker's hours (AML §10-11) in every 4-week window the slot's week is in. */
    private boolean nightWorkKept(int e, Slot slot) {
        int length = horizon.windowWeeks(NightWork.WINDOW_WEEKS);
        int week = slot.getPost().week();
        int night = slot.shiftType().isNightWork() ? 1 : 0;
        for (int back = 0; back < length; back++) {
            int first = firstOfWindow(week, back, length);
            if (first >= 0 && NightWork.regular(night + sum(weekNights[e], first, length), length)
                    && slot.paidMinutes() + sum(weekMinutes[e], first, length) > NightWork.limitMinutes(length)) {
                return false;
            }
        }
        return true;
    }

    /** The most minutes in any window of {@code length} weeks that holds {@code week}, {@code extra} added to it. */
    private int mostInWindows(int[] perWeek, int week, int length, int extra) {
        int most = 0;
        for (int back = 0; back < length; back++) {
            int first = firstOfWindow(week, back, length);
            if (first >= 0) {
                most = Math.max(most, extra + sum(perWeek, first, length));
            }
        }
        return most;
    }

    /** The first week of the window of {@code length} weeks starting {@code back} weeks before {@code week}, or -1. */
    private int firstOfWindow(int week, int back, int length) {
        if (length == horizon.weeks()) {
            return back == 0 ? 0 : -1;
        }
        int first = horizon.cyclic() ? Math.floorMod(week - back, horizon.weeks()) : week - back;
        return first >= 0 && horizon.inWindow(first, length, week) ? first : -1;
    }

    private int sum(int[] perWeek, int first, int length) {
        int sum = 0;
        for (int k = 0; k < length; k++) {
            sum += perWeek[(first + k) % horizon.weeks()];
        }
        return sum;
    }

    /** The Sunday rules of AML §10-8 (4): a new red day worked is next to none (or within half of them, averaged). */
    private boolean sundaysKept(Employee employee, int e, Slot slot) {
        int red = slot.redDay();
        if (red < 0 || onRedDay[e][red] > 0) {
            return true;
        }
        if (employee.contract().agreement().sundaysAveraged()) {
            return !checks.sundaysAveraged() || redDaysWorked[e] + 1 <= (horizon.redDays().size() + 1) / 2;
        }
        return !checks.sundayAfterSunday() || !worksRedDay(e, red - 1) && !worksRedDay(e, red + 1);
    }

    /** Whether the employee works a red day (by position, wrapping round a cyclic horizon). */
    private boolean worksRedDay(int e, int red) {
        int count = onRedDay[e].length;
        if (red < 0 || red >= count) {
            if (!horizon.cyclic() || count < 2) {
                return false;
            }
            red = Math.floorMod(red, count);
        }
        return onRedDay[e][red] > 0;
    }

    /** Neighbouring shifts closer than the normal daily rest (allowed only down to the agreed reduced rest). */
    int shortRests(Employee employee, Slot slot) {
        int normal = employee.contract().minDailyRestMinutes();
        int count = 0;
        for (int offset = -2; offset <= 2; offset++) {
            Slot other = offset == 0 ? null : shiftOn(employee, slot.dayIndex() + offset);
            if (other != null && (rest(other, slot) < normal || rest(slot, other) < normal)) {
                count++;
            }
        }
        return count;
    }

    /** Rest from the end of one shift to the start of the other when the other comes later (overlap negative). */
    private int rest(Slot first, Slot next) {
        return horizon.restBetween(first.endMinute(), first.startMinute(), next.startMinute());
    }

    private boolean weeklyRestKept(Employee employee, Slot slot) {
        int reduced = employee.contract().reducedWeeklyRestMinutes();
        for (WeekWindow week : slot.getPost().weeks()) {
            weekScratch.clear();
            weekScratch.add(slot);
            for (int day = week.index() * 7 - 1; day <= week.index() * 7 + 6; day++) {
                Slot other = shiftOn(employee, day);
                if (other != null && week.touches(other)) {
                    weekScratch.add(other);
                }
            }
            if (week.longestRest(weekScratch) < reduced) {
                return false;
            }
        }
        return true;
    }
}
