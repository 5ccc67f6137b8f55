package no.turnus.roster.solver;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import no.turnus.roster.domain.Employee;
import no.turnus.roster.domain.Roster;
import no.turnus.roster.domain.Slot;

/**
 * Each employee's places day by day and the weekends she works, as the block and weekend move factories draw from
 * them. Under simulated annealing a step is a few dozen moves, and building the table from the whole plan for every
 * step was a good part of a step; so a factory keeps one table for the phase and brings it up to the plan as it
 * stands when a step starts, from the places whose employee changed since (the steps taken: Timefold undoes every
 * move it only tried), as {@link RuinRecreateMove.SharedPass} does for its pass. Employees are numbered in the
 * roster's order.
 */
final class DayTable {

    private Roster roster;
    private List<Slot> slots;
    /** Each slot's employee as the table has it, in the order of the roster's slots. */
    private Employee[] known;
    private final Map<Employee, Integer> index = new IdentityHashMap<>();
    /** Each slot's position in the roster, which orders an employee's places on a day. */
    private final Map<Slot, Integer> position = new IdentityHashMap<>();
    /** Per employee and day: her places in the roster's order, null or empty when free (several only in a plan
     * that breaks one shift a day). */
    private List<Slot>[][] onDay;
    /** The first of them, or null: a block move's draws ask for it many times a move, one array read each. */
    private Slot[][] firstOnDay;
    /** Per employee and weekend (those starting in the horizon, up to the most any contract has): her places in it. */
    private int[][] weekendPlaces;
    private int[] weekendsWorked;
    private int weekends;

    /** The table of the roster's plan as it stands: made for a roster it has not seen, else brought up to its plan. */
    DayTable of(Roster roster) {
        if (this.roster != roster) {
            build(roster);
            return this;
        }
        // Places are kept in the roster's order whichever is followed first, so one pass over the changes will do.
        for (int i = 0; i < known.length; i++) {
            Employee now = slots.get(i).getEmployee();
            if (now != known[i]) {
                if (known[i] != null) {
                    leave(slots.get(i), known[i]);
                }
                if (now != null) {
                    take(slots.get(i), i, now);
                }
                known[i] = now;
            }
        }
        return this;
    }

    /**
     * Forgets the plan when a phase ends: the next phase may start from a plan changed in place (a problem change
     * adds places or employees), which following the places known would miss.
     */
    void clear() {
        roster = null;
        slots = null;
        known = null;
        onDay = null;
        firstOnDay = null;
        weekendPlaces = null;
        weekendsWorked = null;
        index.clear();
        position.clear();
    }

    @SuppressWarnings("unchecked")
    private void build(Roster roster) {
        this.roster = roster;
        slots = roster.getSlots();
        List<Employee> staff = roster.getEmployees();
        index.clear();
        for (int i = 0; i < staff.size(); i++) {
            index.put(staff.get(i), i);
        }
        weekends = 0;
        for (Employee employee : staff) {
            weekends = Math.max(weekends, employee.contract().weekend().count(roster.getHorizon()));
        }
        onDay = new List[staff.size()][roster.getHorizon().days()];
        firstOnDay = new Slot[staff.size()][roster.getHorizon().days()];
        weekendPlaces = new int[staff.size()][weekends];
        weekendsWorked = new int[staff.size()];
        known = new Employee[slots.size()];
        position.clear();
        for (int i = 0; i < known.length; i++) {
            Slot slot = slots.get(i);
            position.put(slot, i);
            known[i] = slot.getEmployee();
            if (known[i] != null) {
                take(slot, i, known[i]);
            }
        }
    }

    private void take(Slot slot, int at, Employee employee) {
        int e = index.get(employee);
        List<Slot> places = onDay[e][slot.dayIndex()];
        if (places == null) {
            places = new ArrayList<>(1);
            onDay[e][slot.dayIndex()] = places;
        }
        int i = places.size();
        while (i > 0 && position.get(places.get(i - 1)) > at) {
            i--;
        }
        places.add(i, slot);
        firstOnDay[e][slot.dayIndex()] = places.get(0);
        int weekend = weekendOf(slot, employee);
        if (weekend >= 0 && weekendPlaces[e][weekend]++ == 0) {
            weekendsWorked[e]++;
        }
    }

    private void leave(Slot slot, Employee employee) {
        int e = index.get(employee);
        List<Slot> places = onDay[e][slot.dayIndex()];
        places.remove(slot);
        firstOnDay[e][slot.dayIndex()] = places.isEmpty() ? null : places.get(0);
        int weekend = weekendOf(slot, employee);
        if (weekend >= 0 && --weekendPlaces[e][weekend] == 0) {
            weekendsWorked[e]--;
        }
    }

    /** The weekend the slot is in under the employee's agreement ({@link Slot#weekend()} were it hers), or -1. */
    private int weekendOf(Slot slot, Employee employee) {
        int weekend = employee.contract().weekendOf(slot.getPost().horizon(), slot.dayIndex());
        return weekend < weekends ? weekend : -1;
    }

    /** The employee's first place on the day in the roster's order, or null when she is free. */
    Slot first(int e, int day) {
        return firstOnDay[e][day];
    }

    /** The employee's places on the day in the roster's order, empty when she is free. */
    List<Slot> places(int e, int day) {
        List<Slot> places = onDay[e][day];
        return places == null ? List.of() : places;
    }

    boolean works(int e, int day) {
        return first(e, day) != null;
    }

    /** Weekends numbered as {@link Slot#weekend()} numbers them, up to the most any employee's agreement has. */
    int weekends() {
        return weekends;
    }

    boolean worksWeekend(int e, int weekend) {
        return weekendPlaces[e][weekend] > 0;
    }

    int weekendsWorked(int e) {
        return weekendsWorked[e];
    }
}
