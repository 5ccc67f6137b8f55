package no.turnus.roster.year;

import no.turnus.roster.domain.RedDays;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * Places each employee's ferie in whole calendar weeks of a year roster, greedily and seeded: wishes first, then the
 * main holiday (hovedferie: three weeks in a row between 1 June and 30 September, ferieloven §7 (1)) rotated so that
 * the summer is shared, then the rest of the entitlement in the weeks with the fewest colleagues of the same
 * competence away. No solver: the places a holiday empties are left to the roster's search (another employee or the
 * substitute pool) or reported uncovered.
 * <p>Why weeks: ferie is taken and rostered in weeks in turnus practice, and a week off keeps the grunnturnus
 * around it intact. A week counts its weekdays that are not public holidays (ferieloven §5: Sundays and holidays are
 * not ferie days, and the 25 days of HTA/ferieloven are weekdays); the last week of an entitlement is cut short at
 * the day it runs out.
 */
final class HolidayPlacement {

    /** Ferie, as the reason of the absences the placement writes; {@code FE} in the grid. */
    static final String FERIE = no.turnus.roster.input.RosterBuilder.FERIE;
    private static final int MAIN_WEEKS = 3;
    private static final MonthDay SUMMER_FROM = MonthDay.of(6, 1);
    private static final MonthDay SUMMER_TO = MonthDay.of(9, 30);
    /** A wish is granted while fewer than this share of the employee's competence group are away that week. */
    private static final double WISH_SHARE = 1.0 / 3;

    /** Who is to get ferie: an id, the competence group sharing the load, the days owed, and the wished weeks. */
    record Person(String id, String competence, int days, List<Integer> wishedWeeks, LocalDate lastSummerStart) {
    }

    /** One stretch of ferie: from the Monday of a week to the last day it covers. */
    record Leave(String employee, LocalDate from, LocalDate to) {
    }

    private final LocalDate start;
    private final int weeks;
    private final Random random;
    /** Per week, how many of each competence group are away. */
    private final List<Map<String, Integer>> away = new ArrayList<>();

    HolidayPlacement(LocalDate start, int weeks, long seed) {
        this.start = start;
        this.weeks = weeks;
        this.random = new Random(seed);
        for (int w = 0; w < weeks; w++) {
            away.add(new HashMap<>());
        }
    }

    /** The ferie days a week holds: its weekdays that are not public holidays. */
    int ferieDays(int week) {
        int days = 0;
        for (int d = 0; d < 7; d++) {
            LocalDate date = monday(week).plusDays(d);
            if (date.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue() && !RedDays.isHoliday(date)) {
                days++;
            }
        }
        return days;
    }

    LocalDate monday(int week) {
        return start.plusWeeks(week);
    }

    /** Whether a week lies wholly in the main holiday period, 1 June to 30 September. */
    boolean summer(int week) {
        LocalDate from = monday(week);
        LocalDate to = from.plusDays(6);
        return !MonthDay.from(from).isBefore(SUMMER_FROM) && !MonthDay.from(to).isAfter(SUMMER_TO)
                && from.getYear() == to.getYear();
    }

    /** Every person's ferie, in the order: wishes of all, then the main holidays, then the remaining weeks. */
    List<Leave> place(List<Person> people) {
        Map<String, TreeSet<Integer>> taken = new HashMap<>();
        Map<String, Integer> owed = new HashMap<>();
        Map<String, Integer> groupSize = new HashMap<>();
        for (Person p : people) {
            taken.put(p.id(), new TreeSet<>());
            owed.put(p.id(), p.days());
            groupSize.merge(p.competence(), 1, Integer::sum);
        }
        for (Person p : people) {
            int cap = Math.max(1, (int) Math.ceil(groupSize.get(p.competence()) * WISH_SHARE));
            for (int week : p.wishedWeeks()) {
                if (owed.get(p.id()) > 0 && !taken.get(p.id()).contains(week) && load(week, p) < cap) {
                    take(p, week, taken, owed);
                }
            }
        }
        List<Person> order = new ArrayList<>(people);
        Collections.shuffle(order, random); // seeded: who chooses first in the summer is luck, not list order
        for (Person p : order) {
            if (!hasMainHoliday(taken.get(p.id()))) {
                int block = Math.min(MAIN_WEEKS, weeksFor(owed.get(p.id())));
                int best = bestSummerStart(p, block, taken.get(p.id()));
                for (int w = best; best >= 0 && w < best + block; w++) {
                    take(p, w, taken, owed);
                }
            }
        }
        for (Person p : order) {
            while (owed.get(p.id()) > 0) {
                int week = bestOtherWeek(p, taken.get(p.id()));
                if (week < 0) {
                    break; // the year has no week left: the rest is owed (carried over, ferieloven §7 (3))
                }
                take(p, week, taken, owed);
            }
        }
        List<Leave> leaves = new ArrayList<>();
        for (Person p : people) {
            int left = p.days();
            for (int week : taken.get(p.id())) {
                int days = Math.min(left, ferieDays(week));
                left -= days;
                leaves.add(new Leave(p.id(), monday(week), lastDay(week, days)));
            }
        }
        return leaves;
    }

    private static int weeksFor(int days) {
        return (days + 4) / 5;
    }

    private int load(int week, Person p) {
        return away.get(week).getOrDefault(p.competence(), 0);
    }

    private void take(Person p, int week, Map<String, TreeSet<Integer>> taken, Map<String, Integer> owed) {
        taken.get(p.id()).add(week);
        owed.merge(p.id(), -ferieDays(week), Integer::sum);
        away.get(week).merge(p.competence(), 1, Integer::sum);
    }

    private boolean hasMainHoliday(TreeSet<Integer> weeks) {
        int run = 0;
        for (int w = 0; w < this.weeks; w++) {
            run = weeks.contains(w) && summer(w) ? run + 1 : 0;
            if (run >= MAIN_WEEKS) {
                return true;
            }
        }
        return false;
    }

    /**
     * The start of the summer block with the fewest colleagues away; near last year's start costs as much as one
     * more colleague away per week of closeness, so the early and late parts of the summer rotate.
     */
    private int bestSummerStart(Person p, int block, TreeSet<Integer> own) {
        int best = -1;
        double bestCost = Double.MAX_VALUE;
        for (int s = 0; s + block <= weeks; s++) {
            boolean fits = true;
            double cost = random.nextDouble() * 0.5; // seeded tie-break
            for (int w = s; w < s + block; w++) {
                fits &= summer(w) && !own.contains(w);
                cost += w < weeks ? load(w, p) : 0;
            }
            if (fits && p.lastSummerStart() != null) {
                long apart = Math.abs(java.time.temporal.ChronoUnit.WEEKS.between(
                        p.lastSummerStart().withYear(monday(s).getYear()), monday(s)));
                cost += Math.max(0, block - apart) * block;
            }
            if (fits && cost < bestCost) {
                best = s;
                bestCost = cost;
            }
        }
        return best;
    }

    /** A week outside the summer (kept for main holidays) with the fewest colleagues away, not next to own ferie. */
    private int bestOtherWeek(Person p, TreeSet<Integer> own) {
        int best = -1;
        double bestCost = Double.MAX_VALUE;
        for (int w = 0; w < weeks; w++) {
            if (own.contains(w) || summer(w) || ferieDays(w) == 0) {
                continue;
            }
            double cost = load(w, p) + random.nextDouble() * 0.5
                    + (own.contains(w - 1) || own.contains(w + 1) ? 1 : 0); // spread over the year
            if (cost < bestCost) {
                best = w;
                bestCost = cost;
            }
        }
        return best;
    }

    /** The last date of a week's ferie when it holds {@code days} ferie days: Sunday for a whole week. */
    private LocalDate lastDay(int week, int days) {
        if (days >= ferieDays(week)) {
            return monday(week).plusDays(6);
        }
        int counted = 0;
        LocalDate date = monday(week);
        for (int d = 0; d < 7; d++) {
            date = monday(week).plusDays(d);
            if (date.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue() && !RedDays.isHoliday(date)
                    && ++counted == days) {
                break;
            }
        }
        return date;
    }
}
