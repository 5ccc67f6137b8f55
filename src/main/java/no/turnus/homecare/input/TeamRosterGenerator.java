package no.turnus.homecare.input;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.turnus.homecare.domain.Competence;
import no.turnus.homecare.input.HomecareDataset.CaregiverSpec;
import no.turnus.homecare.input.HomecareDataset.TeamRoster;
import no.turnus.homecare.input.HomecareDataset.TeamSpec;
import no.turnus.roster.domain.ShiftCategory;
import no.turnus.roster.input.RosterDataset;
import no.turnus.roster.input.RosterDataset.ContractSpec;
import no.turnus.roster.input.RosterDataset.Demand;
import no.turnus.roster.input.RosterDataset.EmployeeSpec;
import no.turnus.roster.input.RosterDataset.ShiftTypeSpec;
import no.turnus.roster.input.RosterDataset.Ward;

/**
 * The staff of a generated municipality's home-care teams and their rosters (grunnturnus): per team a 6-week cyclic
 * roster dataset with a day (07:00–15:00) and an evening shift (15:00–22:30), the people each needs on weekdays and at
 * weekends sized from the visits as a generated day's fixed shifts are
 * ({@link HomecareGenerator#staff(int, int, int[])}: visits take about 45 % of a shift and at most 75 % of the time
 * their windows leave in it, plus one), a nurse on every day shift, and
 * enough staff that each works at most every third weekend (the KS default) in part-time positions.
 */
final class TeamRosterGenerator {

    static final int WEEKS = 6;
    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    private static final List<DayOfWeek> WEEKEND = List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    /** Position sizes cycled through a team's staff (assumed: mostly part-time, as in municipal home care). */
    private static final double[] POSITIONS = {100, 80, 75, 60, 80, 50};
    /** Shifts of 7.5 paid hours an employee in an average position works per week, about. */
    private static final double SHIFTS_PER_WEEK = 3.3;

    private final LocalDate firstDate;
    /** Visit minutes per team, day of the plan and shift (0 day, 1 evening). */
    private final Map<String, int[][]> minutes;
    /** Per team and shift: the earliest window start and the latest window end plus the visit (minutes of the day). */
    private final Map<String, int[][]> windowSpans;
    /** People per team: weekday day, weekday evening, weekend day, weekend evening. */
    private final Map<String, int[]> people = new LinkedHashMap<>();

    TeamRosterGenerator(LocalDate firstDate, Map<String, int[][]> minutes, Map<String, int[][]> windowSpans) {
        this.firstDate = firstDate;
        this.minutes = minutes;
        this.windowSpans = windowSpans;
    }

    /** Each team's caregivers, without shifts: they come from the team's roster. */
    List<CaregiverSpec> staff(List<TeamSpec> teams) {
        List<CaregiverSpec> caregivers = new ArrayList<>();
        for (TeamSpec team : teams) {
            int[] need = new int[4];
            int[][] byDay = minutes.get(team.id());
            int[][] spans = windowSpans.get(team.id());
            for (int d = 0; d < byDay.length; d++) {
                int weekend = WEEKEND.contains(firstDate.plusDays(d).getDayOfWeek()) ? 2 : 0;
                for (int shift = 0; shift < 2; shift++) {
                    need[weekend + shift] = Math.max(need[weekend + shift],
                            HomecareGenerator.staff(byDay[d][shift], shift, spans[shift]));
                }
            }
            people.put(team.id(), need);
            int count = (int) Math.max(3 * (need[2] + need[3]), Math.ceil(7 * (need[0] + need[1]) / SHIFTS_PER_WEEK));
            for (int k = 0; k < count; k++) {
                Competence competence = team.specialty() != null || k % 3 == 0 ? Competence.NURSE
                        : Competence.HEALTH_WORKER;
                List<String> skills = competence == Competence.NURSE ? List.of("insulin", "medication", "wound")
                        : k % 2 == 1 ? List.of("insulin", "medication") : List.of("medication");
                caregivers.add(new CaregiverSpec(team.id() + "-" + (k + 1), null, team.id(), competence, skills, null,
                        null, null, null, null));
            }
        }
        return caregivers;
    }

    /** A roster to solve (no assignments yet) per team with staff. */
    List<TeamRoster> rosters(String name, List<TeamSpec> teams, List<CaregiverSpec> caregivers) {
        List<TeamRoster> rosters = new ArrayList<>();
        for (TeamSpec team : teams) {
            List<CaregiverSpec> staff = caregivers.stream().filter(c -> c.team().equals(team.id())).toList();
            if (!staff.isEmpty()) {
                rosters.add(new TeamRoster(team.id(), roster(name, team, staff), null, null));
            }
        }
        return rosters;
    }

    private RosterDataset roster(String name, TeamSpec team, List<CaregiverSpec> staff) {
        int[] need = people.get(team.id());
        long nurses = staff.stream().filter(c -> c.competence() == Competence.NURSE).count();
        // A nurse on every day shift, where the team has enough nurses for every third weekend.
        Map<String, Integer> nurse = nurses >= 3 ? Map.of("SYKEPLEIER", 1) : Map.of();
        List<Demand> demand = new ArrayList<>();
        demand(demand, team.id(), WEEKDAYS, "D", need[0], nurse);
        demand(demand, team.id(), WEEKDAYS, "A", need[1], Map.of());
        demand(demand, team.id(), WEEKEND, "D", need[2], nurse);
        demand(demand, team.id(), WEEKEND, "A", need[3], Map.of());
        List<EmployeeSpec> employees = new ArrayList<>();
        for (int k = 0; k < staff.size(); k++) {
            CaregiverSpec c = staff.get(k);
            employees.add(new EmployeeSpec(c.id(), null, c.competence() == Competence.NURSE ? "SYKEPLEIER"
                    : "HELSEFAGARBEIDER", List.of(), POSITIONS[k % POSITIONS.length], "ks", team.id(), List.of(),
                    null, List.of(), List.of(), List.of()));
        }
        ContractSpec ks = ContractSpec.withoutAgreement("ks");
        return new RosterDataset(RosterDataset.KIND, name + ": " + team.name(),
                firstDate.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), WEEKS, true,
                List.of(new Ward(team.id(), team.name())),
                List.of(new ShiftTypeSpec("D", "Dagvakt", HomecareGenerator.SHIFTS.get(0).start(),
                                HomecareGenerator.SHIFTS.get(0).end(), null, ShiftCategory.DAY),
                        new ShiftTypeSpec("A", "Aftenvakt", HomecareGenerator.SHIFTS.get(1).start(),
                                HomecareGenerator.SHIFTS.get(1).end(), null, ShiftCategory.EVENING)),
                demand, employees, List.of(ks), List.of(), List.of(), Map.of());
    }

    private static void demand(List<Demand> demand, String ward, List<DayOfWeek> days, String shift, int people,
                               Map<String, Integer> competences) {
        if (people > 0) {
            demand.add(new Demand(ward, null, days, shift, people, people, competences, Map.of()));
        }
    }
}
