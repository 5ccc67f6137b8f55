package no.turnus.homecare.input;

import static no.turnus.problem.Problems.at;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.turnus.homecare.input.HomecareDataset.CaregiverSpec;
import no.turnus.homecare.input.HomecareDataset.Pause;
import no.turnus.homecare.input.HomecareDataset.RouteShift;
import no.turnus.homecare.input.HomecareDataset.Shift;
import no.turnus.homecare.input.HomecareDataset.TeamRoster;
import no.turnus.problem.InputProblem;
import no.turnus.problem.Problems;
import no.turnus.roster.RosterKind;
import no.turnus.roster.input.RosterDataset;
import no.turnus.roster.input.RosterDataset.Assignment;
import no.turnus.roster.input.RosterDataset.EmployeeSpec;
import no.turnus.roster.input.RosterDataset.ShiftTypeSpec;

/**
 * Caregivers' shifts from their team's roster: a roster dataset of the roster kind (same engine and rules as an
 * institution's), whose assignments on the plan's dates become the shifts of the caregivers its employees are. An
 * employee off duty that day has no shift, so no visits.
 */
public final class TeamRosters {

    private static final RosterKind ROSTERS = new RosterKind();

    private TeamRosters() {
    }

    /** The dataset with the shifts of every caregiver of a team roster taken from its assignments. */
    public static HomecareDataset withRosterShifts(HomecareDataset d) {
        if (d.teamRosters().isEmpty()) {
            return d;
        }
        Map<String, List<Shift>> shifts = shifts(d);
        return d.withCaregivers(d.caregivers().stream()
                .map(c -> shifts.containsKey(c.id()) ? c.withShifts(shifts.get(c.id())) : c).toList());
    }

    /** The shifts of each caregiver of a team roster over the dates of the plan's visits, by caregiver id. */
    static Map<String, List<Shift>> shifts(HomecareDataset d) {
        Map<String, List<Shift>> byCaregiver = new LinkedHashMap<>();
        List<LocalDate> dates = planDates(d);
        for (TeamRoster team : d.teamRosters()) {
            RosterDataset roster = team.roster();
            Map<String, ShiftTypeSpec> types = new HashMap<>();
            roster.shiftTypes().forEach(t -> types.put(t.code(), t));
            Map<String, Assignment> worked = new HashMap<>();
            roster.assignments().forEach(a -> worked.putIfAbsent(a.employee() + "|" + a.date(), a));
            for (EmployeeSpec employee : roster.employees()) {
                List<Shift> shifts = new ArrayList<>();
                for (LocalDate date : dates) {
                    LocalDate rosterDate = rosterDate(roster, date);
                    Assignment a = rosterDate == null ? null : worked.get(employee.id() + "|" + rosterDate);
                    RouteShift times = a == null ? null : routeShift(team, types.get(a.shift()));
                    if (times != null) {
                        shifts.add(new Shift(date, times.start(), times.end(), null,
                                times.end().isAfter(times.start()) ? null : date.plusDays(1), times.pause()));
                    }
                }
                byCaregiver.put(team.caregiver(employee.id()), shifts);
            }
        }
        return byCaregiver;
    }

    /**
     * From the first visit's date to the last's; none for a span longer than a plan may be (validation names it), so
     * that the work stays bounded by the plan's days.
     */
    private static List<LocalDate> planDates(HomecareDataset d) {
        LocalDate first = null;
        LocalDate last = null;
        for (HomecareDataset.VisitSpec v : d.visits()) {
            if (v != null && v.date() != null) {
                first = first == null || v.date().isBefore(first) ? v.date() : first;
                last = last == null || v.date().isAfter(last) ? v.date() : last;
            }
        }
        List<LocalDate> dates = new ArrayList<>();
        if (first == null || ChronoUnit.DAYS.between(first, last) >= HomecareValidator.MAX_DAYS) {
            return dates;
        }
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            dates.add(date);
        }
        return dates;
    }

    /** The roster's date for a plan date: itself within the horizon, else its place in the cycle; null outside. */
    static LocalDate rosterDate(RosterDataset roster, LocalDate date) {
        int length = roster.weeks() * 7;
        long offset = ChronoUnit.DAYS.between(roster.startDate(), date);
        if (offset >= 0 && offset < length) {
            return date;
        }
        return roster.cyclicRoster() ? roster.startDate().plusDays(Math.floorMod(offset, length)) : null;
    }

    /**
     * The route times of a shift type: as the team roster maps it, else its own (null: it gives no route). The pause
     * is the mapping's, else the length the roster's shift type declares (AML §10-9), else the law's default.
     */
    private static RouteShift routeShift(TeamRoster team, ShiftTypeSpec type) {
        Pause declared = type.pauseMinutes() == null ? null : new Pause(type.pauseMinutes(), null, null);
        if (team.shifts() == null) {
            return new RouteShift(type.start(), type.end(), declared);
        }
        RouteShift mapped = team.shifts().get(type.code());
        return mapped == null ? null : new RouteShift(mapped.start() == null ? type.start() : mapped.start(),
                mapped.end() == null ? type.end() : mapped.end(), mapped.pause() == null ? declared : mapped.pause());
    }

    /**
     * Every problem with the team rosters, by JSON path: the team, the roster as the roster kind validates it (its
     * paths under {@code roster}), employees that are no caregiver of the team, caregivers with shifts of their own
     * or in two rosters, shift types unknown to the roster.
     */
    static void check(HomecareDataset d, Problems p) {
        Set<String> teams = new HashSet<>();
        d.teams().forEach(t -> teams.add(t.id()));
        Map<String, Integer> caregiverIndex = new HashMap<>();
        for (int c = 0; c < d.caregivers().size(); c++) {
            caregiverIndex.putIfAbsent(d.caregivers().get(c).id(), c);
        }
        Set<String> rosteredTeams = new HashSet<>();
        Map<String, String> rostered = new HashMap<>();
        for (int i = 0; i < d.teamRosters().size(); i++) {
            TeamRoster team = d.teamRosters().get(i);
            String path = at("$", "teamRosters", i);
            if (!p.check(team != null, path, "must not be null")) {
                continue;
            }
            if (p.require(at(path, "team"), team.team()) && p.known(at(path, "team"), team.team(), teams, "team")) {
                p.check(rosteredTeams.add(team.team()), at(path, "team"), "team " + team.team()
                        + " has a roster already");
            }
            if (!p.require(at(path, "roster"), team.roster())) {
                continue;
            }
            List<InputProblem> rosterProblems = ROSTERS.validate(team.roster());
            rosterProblems.forEach(problem -> p.add(path + ".roster" + problem.path().substring(1), problem.message()));
            if (!rosterProblems.isEmpty()) {
                continue;
            }
            RosterDataset roster = team.roster();
            Set<String> employees = new HashSet<>();
            roster.employees().forEach(e -> employees.add(e.id()));
            team.caregivers().forEach((employee, caregiver) -> {
                String mapPath = at(path, "caregivers") + "." + employee;
                p.known(mapPath, employee, employees, "roster employee");
                p.known(mapPath, caregiver, caregiverIndex.keySet(), "caregiver");
            });
            Set<String> codes = new HashSet<>();
            roster.shiftTypes().forEach(t -> codes.add(t.code()));
            if (team.shifts() != null) {
                team.shifts().forEach((code, times) -> {
                    String shiftPath = at(path, "shifts") + "." + code;
                    if (p.known(shiftPath, code, codes, "shift type of the roster") && times != null
                            && times.pause() != null) {
                        ShiftTypeSpec type = roster.shiftTypes().stream().filter(t -> t.code().equals(code))
                                .findFirst().orElseThrow();
                        LocalDateTime start = LocalDate.EPOCH.atTime(times.start() == null ? type.start() : times.start());
                        LocalDateTime end = LocalDate.EPOCH.atTime(times.end() == null ? type.end() : times.end());
                        HomecareValidator.pause(times.pause(), start, end.isAfter(start) ? end : end.plusDays(1),
                                at(shiftPath, "pause"), true, p);
                    }
                });
            }
            for (int e = 0; e < roster.employees().size(); e++) {
                String caregiver = team.caregiver(roster.employees().get(e).id());
                String employeePath = at(path + ".roster", "employees", e);
                Integer c = caregiverIndex.get(caregiver);
                if (!p.check(c != null, employeePath, "is no caregiver: add caregiver '" + caregiver + "' to team "
                        + team.team() + " or map the employee in " + at(path, "caregivers"))) {
                    continue;
                }
                CaregiverSpec spec = d.caregivers().get(c);
                String caregiverPath = at("$", "caregivers", c);
                p.check(team.team() == null || team.team().equals(spec.team()), at(caregiverPath, "team"),
                        "is " + spec.team() + ", but the caregiver works in the roster of team " + team.team());
                p.check(spec.shifts().isEmpty(), at(caregiverPath, "shifts"), "must be left out: the caregiver takes "
                        + "the shifts from the roster of team " + team.team() + " (" + path + ")");
                String other = rostered.putIfAbsent(caregiver, path);
                p.check(other == null, employeePath, "caregiver " + caregiver + " is in the roster at " + other
                        + " too");
            }
        }
    }
}
