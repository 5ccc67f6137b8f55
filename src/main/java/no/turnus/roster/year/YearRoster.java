package no.turnus.roster.year;

import static no.turnus.problem.Problems.at;

import no.turnus.roster.domain.RedDays;
import no.turnus.roster.input.RosterBuilder;
import no.turnus.roster.input.RosterDataset;
import no.turnus.roster.input.RosterDataset.Assignment;
import no.turnus.roster.input.RosterDataset.EmployeeSpec;
import no.turnus.roster.input.RosterDataset.HorizonSpec;
import no.turnus.roster.input.RosterDataset.Period;
import no.turnus.roster.input.RosterDataset.YearStaff;
import no.turnus.roster.input.RosterValidator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.turnus.problem.InputProblem;
import no.turnus.problem.Problems;

/**
 * The year roster (årsturnus): a grunnturnus of N weeks (the dataset's plan on its own horizon) rolled out over a
 * year of weeks from a Monday, with the year's red days, ferie placed ({@link HolidayPlacement}) and Christmas and
 * Easter rotated. The result is a plain, non-cyclic roster dataset: the grunnturnus's shifts are pinned, the
 * absences carry their reason ({@code ferie}, {@code jul}, {@code påske}), and the places they empty are open for
 * the roster's search (someone else, the substitute pool) or stay uncovered, so the roster kind's rules judge the
 * whole year and its report gives the gap.
 */
public final class YearRoster {

    /** The reasons of the absences the rotation writes. */
    static final String CHRISTMAS = "jul";
    static final String EASTER = "påske";
    private static final int DEFAULT_WEEKS = 52;
    private static final int DEFAULT_HOLIDAY_DAYS = 25;
    /** The extra ferie week from the year one turns 60 (ferieloven §5 (1)): five weekdays. */
    private static final int SENIOR_DAYS = 5;
    private static final int SENIOR_AGE = 60;

    private YearRoster() {
    }

    /** The problems of a year horizon, each with its JSON path; none for a dataset on its own horizon. */
    public static List<InputProblem> validate(RosterDataset base) {
        Problems problems = new Problems();
        HorizonSpec h = base.horizon();
        if (h == null) {
            return List.of();
        }
        if (problems.require("$.horizon.type", h.type())) {
            problems.check(HorizonSpec.YEAR.equals(h.type()), "$.horizon.type",
                    "must be 'year' (was '" + h.type() + "')");
        }
        boolean dated = problems.require("$.horizon.start", h.start());
        if (dated) {
            problems.check(h.start().getDayOfWeek() == DayOfWeek.MONDAY, "$.horizon.start",
                    "must be a Monday (was a " + h.start().getDayOfWeek() + ")");
            dated = problems.check(!h.start().isBefore(RosterValidator.EARLIEST_START)
                    && !h.start().isAfter(RosterValidator.LATEST_START), "$.horizon.start", "must be from "
                    + RosterValidator.EARLIEST_START + " to " + RosterValidator.LATEST_START + " (was " + h.start() + ")");
        }
        if (h.weeks() != null) {
            dated &= problems.check(h.weeks() >= 1 && h.weeks() <= RosterValidator.MAX_WEEKS, "$.horizon.weeks",
                    "must be 1 to " + RosterValidator.MAX_WEEKS + " (was " + h.weeks() + ")");
        }
        if (h.holidayDays() != null) {
            problems.range("$.horizon.holidayDays", h.holidayDays(), 0, 30);
        }
        problems.check(base.cyclicRoster(), "$.cyclic", "must be true: a year roster rolls out a cyclic grunnturnus");
        problems.check(!base.assignments().isEmpty(), "$.assignments", "a year roster rolls out the grunnturnus's"
                + " plan: solve the grunnturnus first and give its result's dataset (or a hand-made plan)");
        if (!problems.atMost("$.horizon.staff", h.staff(), RosterValidator.MAX_EMPLOYEES)) {
            return problems.list();
        }
        Set<String> ids = new HashSet<>();
        base.employees().stream().filter(java.util.Objects::nonNull).forEach(e -> ids.add(e.id())); // nulls: reported
        Set<String> named = new HashSet<>();
        for (int i = 0; i < h.staff().size(); i++) {
            YearStaff s = h.staff().get(i);
            String path = at("$.horizon", "staff", i);
            if (!problems.check(s != null, path, "must not be null")) {
                continue;
            }
            if (problems.require(at(path, "employee"), s.employee())
                    && problems.known(at(path, "employee"), s.employee(), ids, "employee")) {
                problems.check(named.add(s.employee()), at(path, "employee"), "'" + s.employee()
                        + "' is named twice");
            }
            if (s.birthYear() != null) {
                problems.range(at(path, "birthYear"), s.birthYear(), 1900, 2099);
            }
            if (problems.noNulls(path, "holidayWishes", s.holidayWishes())
                    && problems.atMost(at(path, "holidayWishes"), s.holidayWishes(), RosterValidator.MAX_PER_EMPLOYEE)
                    && dated) { // the year's dates are known only from a sound start and length
                wishes(problems, path, s.holidayWishes(), h);
            }
        }
        return problems.list();
    }

    private static void wishes(Problems problems, String path, List<Period> wishes, HorizonSpec h) {
        LocalDate last = h.start().plusWeeks(weeks(h)).minusDays(1);
        for (int w = 0; w < wishes.size(); w++) {
            Period wish = wishes.get(w);
            String p = at(path, "holidayWishes", w);
            if (problems.require(at(p, "from"), wish.from())) {
                boolean inYear = !wish.from().isBefore(h.start()) && !wish.last().isAfter(last);
                problems.check(inYear, at(p, "from"), "must lie in the year roster, " + h.start() + " to " + last
                        + " (was " + wish.from() + " to " + wish.last() + ")");
                problems.check(!wish.last().isBefore(wish.from()), at(p, "to"), "ends (" + wish.last()
                        + ") before it starts (" + wish.from() + ")");
            }
        }
    }

    private static int weeks(HorizonSpec h) {
        return h.weeks() == null ? DEFAULT_WEEKS : h.weeks();
    }

    /** The year roster of a grunnturnus with a year horizon; any other dataset as it is. */
    public static RosterDataset expand(RosterDataset base) {
        if (!base.yearRoster()) {
            return base;
        }
        HorizonSpec h = base.horizon();
        int weeks = weeks(h);
        Map<String, YearStaff> staff = new HashMap<>();
        h.staff().forEach(s -> staff.put(s.employee(), s));
        Map<String, List<Period>> absences = new HashMap<>();
        for (HolidayPlacement.Leave leave : holidays(base, staff, weeks)) {
            absences.computeIfAbsent(leave.employee(), k -> new ArrayList<>())
                    .add(new Period(leave.from(), leave.to(), HolidayPlacement.FERIE));
        }
        LocalDate last = h.start().plusWeeks(weeks).minusDays(1);
        for (YearStaff s : h.staff()) {
            // Who had the day off last year works it this year, and the other way round (local practice).
            if (Boolean.FALSE.equals(s.christmasOffLastYear())) {
                christmas(h.start(), last).forEach(p -> absences.computeIfAbsent(s.employee(),
                        k -> new ArrayList<>()).add(p));
            }
            if (Boolean.FALSE.equals(s.easterOffLastYear())) {
                easter(h.start(), last).forEach(p -> absences.computeIfAbsent(s.employee(),
                        k -> new ArrayList<>()).add(p));
            }
        }
        List<EmployeeSpec> employees = new ArrayList<>();
        for (EmployeeSpec e : base.employees()) {
            List<Period> unavailable = new ArrayList<>(e.unavailable());
            unavailable.addAll(absences.getOrDefault(e.id(), List.of()));
            // The grunnturnus's wishes and fixed shifts are about its own weeks, which its plan already holds.
            employees.add(new EmployeeSpec(e.id(), e.name(), e.competence(), e.authorisations(), e.positionPercent(),
                    e.contract(), e.homeWard(), e.wards(), e.formerOrganisation(), unavailable, List.of(), List.of(),
                    e.wantsMorePercent(), e.substituteCostPerHour()));
        }
        RosterDataset year = new RosterDataset(base.kind(), base.name(), h.start(), weeks, false, base.wards(),
                base.shiftTypes(), base.demand().stream().filter(d -> d.date() == null).toList(), employees,
                base.contracts(), rollOut(base, employees, h.start(), weeks), List.of(), base.constraintWeights(),
                base.ruleSet());
        return RosterBuilder.withoutUnplaceable(year);
    }

    /** Each person in a position gets the entitlement, one week more from the year they turn 60. */
    private static List<HolidayPlacement.Leave> holidays(RosterDataset base, Map<String, YearStaff> staff, int weeks) {
        HorizonSpec h = base.horizon();
        HolidayPlacement placement = new HolidayPlacement(h.start(), weeks, h.seed() == null ? 0 : h.seed());
        int year = h.start().plusWeeks(weeks / 2).getYear(); // the ferieår most of the roster lies in
        int days = h.holidayDays() == null ? DEFAULT_HOLIDAY_DAYS : h.holidayDays();
        List<HolidayPlacement.Person> people = new ArrayList<>();
        for (EmployeeSpec e : base.employees()) {
            if (e.substitute() || days == 0) {
                continue;
            }
            YearStaff s = staff.get(e.id());
            boolean senior = s != null && s.birthYear() != null && year - s.birthYear() >= SENIOR_AGE;
            List<Integer> wished = new ArrayList<>();
            for (Period wish : s == null ? List.<Period>of() : s.holidayWishes()) {
                long first = ChronoUnit.WEEKS.between(h.start(), wish.from());
                long lastWeek = ChronoUnit.DAYS.between(h.start(), wish.last()) / 7;
                for (long w = first; w <= lastWeek && w < weeks; w++) {
                    wished.add((int) w);
                }
            }
            people.add(new HolidayPlacement.Person(e.id(), e.competence(), days + (senior ? SENIOR_DAYS : 0), wished,
                    s == null ? null : s.lastSummerStart()));
        }
        return placement.place(people);
    }

    /** Julaften, første and andre juledag of every Christmas in the year. */
    static List<Period> christmas(LocalDate first, LocalDate last) {
        List<Period> periods = new ArrayList<>();
        for (int year = first.getYear(); year <= last.getYear(); year++) {
            LocalDate eve = LocalDate.of(year, 12, 24);
            if (!eve.isBefore(first) && !eve.plusDays(2).isAfter(last)) {
                periods.add(new Period(eve, eve.plusDays(2), CHRISTMAS));
            }
        }
        return periods;
    }

    /** Skjærtorsdag to andre påskedag of every Easter in the year. */
    static List<Period> easter(LocalDate first, LocalDate last) {
        List<Period> periods = new ArrayList<>();
        for (int year = first.getYear(); year <= last.getYear(); year++) {
            LocalDate sunday = RedDays.easterSunday(year);
            if (!sunday.minusDays(3).isBefore(first) && !sunday.plusDays(1).isAfter(last)) {
                periods.add(new Period(sunday.minusDays(3), sunday.plusDays(1), EASTER));
            }
        }
        return periods;
    }

    /**
     * The grunnturnus's plan repeated from the year's first Monday (its week 1 on the year's week 1), less the days
     * the employee is away. Its own shifts are pinned; a substitute's are not (the pool fills what the pattern
     * lacks, and may be needed elsewhere in the year).
     */
    private static List<Assignment> rollOut(RosterDataset base, List<EmployeeSpec> employees, LocalDate start,
                                            int weeks) {
        int baseDays = base.weeks() * 7;
        Map<Integer, List<Assignment>> byBaseDay = new HashMap<>();
        for (Assignment a : base.assignments()) {
            int day = (int) Math.floorMod(ChronoUnit.DAYS.between(base.startDate(), a.date()), (long) baseDays);
            byBaseDay.computeIfAbsent(day, k -> new ArrayList<>()).add(a);
        }
        Map<String, EmployeeSpec> byId = new HashMap<>();
        employees.forEach(e -> byId.put(e.id(), e));
        List<Assignment> plan = new ArrayList<>();
        for (int day = 0; day < weeks * 7; day++) {
            LocalDate date = start.plusDays(day);
            for (Assignment a : byBaseDay.getOrDefault(day % baseDays, List.of())) {
                EmployeeSpec e = byId.get(a.employee());
                if (e != null && !away(e, date)) {
                    plan.add(new Assignment(a.employee(), date, a.shift(), a.ward(), e.substitute() ? null : true));
                }
            }
        }
        return plan;
    }

    private static boolean away(EmployeeSpec e, LocalDate date) {
        for (Period p : e.unavailable()) {
            if (!date.isBefore(p.from()) && !date.isAfter(p.last())) {
                return true;
            }
        }
        return false;
    }
}
