package no.turnus.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import no.turnus.problem.InputProblem;
import no.turnus.roster.domain.Roster;
import no.turnus.roster.input.RosterDataset;
import no.turnus.roster.input.RosterDataset.Assignment;
import no.turnus.roster.input.RosterDataset.EmployeeSpec;
import no.turnus.roster.input.RosterDataset.HorizonSpec;
import no.turnus.roster.report.RosterReport;
import no.turnus.roster.year.YearRoster;

/**
 * The year roster (årsturnus) of data-samples/roster-year-2027.json: a 6-week grunnturnus of one ward rolled out over
 * 2027 with ferie, Christmas and Easter, then solved briefly (seeded, step-limited) for the places the holidays empty.
 */
class YearRosterTest {

    private static final RosterDataset BASE = RosterSamples.read("roster-year-2027.json");
    private static final RosterDataset YEAR = YearRoster.expand(BASE);

    private static EmployeeSpec employee(RosterDataset dataset, String id) {
        return dataset.employees().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<RosterDataset.Period> away(String id, String reason) {
        return employee(YEAR, id).unavailable().stream().filter(p -> reason.equals(p.reason())).toList();
    }

    @Test
    void theGrunnturnusIsRolledOutOverTheYearAndPinnedExceptWhereSomeoneIsAway() {
        assertThat(YEAR.startDate()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(YEAR.weeks()).isEqualTo(52);
        assertThat(YEAR.cyclicRoster()).isFalse();
        assertThat(YEAR.yearRoster()).isFalse();
        // Week 7 of the year repeats week 1 of the grunnturnus for everyone not away in it.
        Set<String> base = BASE.assignments().stream().filter(a -> a.date().isBefore(BASE.startDate().plusDays(7)))
                .map(a -> a.employee() + a.date().getDayOfWeek() + a.shift()).collect(Collectors.toSet());
        Set<String> week7 = YEAR.assignments().stream().filter(a -> !a.date().isBefore(LocalDate.of(2027, 2, 15))
                        && a.date().isBefore(LocalDate.of(2027, 2, 22)))
                .map(a -> a.employee() + a.date().getDayOfWeek() + a.shift()).collect(Collectors.toSet());
        Set<String> awayInWeek7 = YEAR.employees().stream().filter(e -> e.unavailable().stream()
                .anyMatch(p -> !p.from().isAfter(LocalDate.of(2027, 2, 21)) && !p.last().isBefore(LocalDate.of(2027, 2, 15))))
                .map(EmployeeSpec::id).collect(Collectors.toSet());
        assertThat(week7).isEqualTo(base.stream().filter(s -> awayInWeek7.stream().noneMatch(s::startsWith))
                .collect(Collectors.toSet()));
        assertThat(YEAR.assignments()).allMatch(a -> a.pinnedInPlace() || employee(YEAR, a.employee()).substitute());
        // Nobody is planned on a day of ferie, Christmas or Easter off.
        for (Assignment a : YEAR.assignments()) {
            assertThat(employee(YEAR, a.employee()).unavailable()).as(a.toString())
                    .noneMatch(p -> !a.date().isBefore(p.from()) && !a.date().isAfter(p.last()));
        }
    }

    @Test
    void christmasAndEasterRotateFromLastYear() {
        // S1 had Christmas off in 2026 and works it; S2 worked it and has it off. Easter the other way round.
        assertThat(away("S1", "jul")).isEmpty();
        assertThat(away("S2", "jul")).extracting(RosterDataset.Period::from, RosterDataset.Period::last)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 12, 24), LocalDate.of(2027, 12, 26)));
        assertThat(away("S1", "påske")).extracting(RosterDataset.Period::from, RosterDataset.Period::last)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 3, 25), LocalDate.of(2027, 3, 29)));
        assertThat(away("S2", "påske")).isEmpty();
    }

    @Test
    void ferieHonoursWishesAndTheExtraWeekOverSixty() {
        // S2 wished 5-25 July: granted first. S1, born 1965, is 62 in 2027: six weeks instead of five.
        assertThat(away("S2", "ferie")).extracting(RosterDataset.Period::from)
                .contains(LocalDate.of(2027, 7, 5), LocalDate.of(2027, 7, 12), LocalDate.of(2027, 7, 19));
        assertThat(away("S1", "ferie")).hasSize(6);
        assertThat(away("S4", "ferie")).hasSize(5);
        assertThat(away("V1", "ferie")).isEmpty(); // the substitute pool has no position, so no ferie to place
    }

    private static List<String> problemsWith(Integer weeks) {
        HorizonSpec bad = new HorizonSpec("month", LocalDate.of(2027, 1, 5), weeks, 40, 1L,
                List.of(new RosterDataset.YearStaff("X9", null, List.of(new RosterDataset.Period(
                        LocalDate.of(2029, 1, 1), null, null)), null, null, null)));
        RosterDataset dataset = new RosterDataset(BASE.kind(), BASE.name(), BASE.startDate(), BASE.weeks(), false,
                BASE.wards(), BASE.shiftTypes(), BASE.demand(), BASE.employees(), BASE.contracts(), List.of(),
                List.of(), Map.of(), null, bad, null);
        return new RosterKind().validate(dataset).stream().map(InputProblem::path).toList();
    }

    @Test
    void aBadYearHorizonIsRefusedNamingTheField() {
        assertThat(problemsWith(52)).contains("$.horizon.type", "$.horizon.start", "$.horizon.holidayDays", "$.cyclic",
                "$.assignments", "$.horizon.staff[0].employee", "$.horizon.staff[0].holidayWishes[0].from");
        // Without a sound length the year's dates are unknown, so the wishes are not judged against them.
        assertThat(problemsWith(60)).contains("$.horizon.weeks").doesNotContain("$.horizon.staff[0].holidayWishes[0].from");
        assertThat(new RosterKind().validate(BASE)).isEmpty();
    }

    @Test
    void theYearSolvesLegallyAndNamesThePlacesTheHolidaysLeaveEmpty() {
        Roster solved = RosterSamples.solve(BASE, 0); // the greedy construction fills what the holidays empty
        RosterReport report = RosterReport.of(solved, SolutionManager.create(
                SolverFactory.create(RosterSamples.KIND.solverConfig())));
        // The year's red days: 52 Sundays and the holidays on other days from 4 January 2027 to 2 January 2028:
        // skjærtorsdag, langfredag, 2. påskedag, 1 May (a Saturday), Kristi himmelfart, 17 May (also 2. pinsedag),
        // 1. juledag (a Saturday; 2. juledag is a Sunday) and 1 January 2028.
        assertThat(solved.getHorizon().redDays()).hasSize(52 + 8);
        RosterReport.Verdicts verdicts = report.verdicts();
        assertThat(verdicts.legal()).as(report.score()).isTrue();
        assertThat(verdicts.gap().stream().mapToInt(RosterReport.Gap::places).sum()).isEqualTo(report.uncovered().size());
        assertThat(verdicts.substituteHours()).isPositive();
        // F-codes: every ferie day is FE (25, S1 30), and each week without ferie has its weekly day off F1.
        Map<String, RosterReport.EmployeeSummary> byId = report.employees().stream()
                .collect(Collectors.toMap(RosterReport.EmployeeSummary::id, e -> e));
        // Ferie is not owed: S4's 80 % is 0.8 × (35.5 h × 52 weeks − 25 days × 7.1 h).
        assertThat(byId.get("S4").targetHours()).isCloseTo(0.8 * (35.5 * 52 - 25 * 7.1), org.assertj.core.data.Offset.offset(0.05));
        for (RosterReport.EmployeeSummary e : report.employees()) {
            if (!e.substitute()) { // S1 and H1 are 60 or older in 2027
                assertThat(e.dayOffCodes()).as(e.id()).containsEntry("FE", Set.of("S1", "H1").contains(e.id()) ? 30 : 25);
            }
        }
        assertThat(byId.get("S4").dayOffCodes().get("F1")).isBetween(40, 52);
        assertThat(byId.get("V1").dayOffCodes()).isEmpty();
        // toDataset gives the year itself, which reads and validates as a plain roster
        RosterDataset written = RosterSamples.KIND.toDataset(BASE, solved);
        assertThat(written.weeks()).isEqualTo(52);
        assertThat(RosterSamples.KIND.validate(written)).isEmpty();
    }
}
