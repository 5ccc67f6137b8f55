package no.turnus.homecare;

import static no.turnus.homecare.HomecareFixture.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import no.turnus.geo.AreaType;
import no.turnus.homecare.domain.CaregiverDay;
import no.turnus.homecare.domain.Competence;
import no.turnus.homecare.domain.HomecarePlan;
import no.turnus.homecare.domain.Visit;
import no.turnus.homecare.input.HomecareDataset;
import no.turnus.homecare.input.HomecareDataset.CaregiverSpec;
import no.turnus.homecare.input.HomecareDataset.LocationSpec;
import no.turnus.homecare.input.HomecareDataset.Pause;
import no.turnus.homecare.input.HomecareDataset.RouteShift;
import no.turnus.homecare.input.HomecareDataset.Shift;
import no.turnus.homecare.input.HomecareDataset.TeamRoster;
import no.turnus.homecare.input.HomecareDataset.TeamSpec;
import no.turnus.homecare.input.HomecareDataset.UserSpec;
import no.turnus.homecare.input.HomecareDataset.VisitSpec;
import no.turnus.homecare.input.HomecareDataset.Window;
import no.turnus.homecare.input.HomecareValidator;
import no.turnus.homecare.report.HomecareReport;
import no.turnus.problem.InputProblem;
import no.turnus.problem.SolveContext;
import no.turnus.problem.SolveRequest;
import no.turnus.roster.domain.ShiftCategory;
import no.turnus.roster.input.RosterDataset;
import no.turnus.roster.input.RosterDataset.Assignment;
import no.turnus.roster.input.RosterDataset.ContractSpec;
import no.turnus.roster.input.RosterDataset.Demand;
import no.turnus.roster.input.RosterDataset.EmployeeSpec;
import no.turnus.roster.input.RosterDataset.ShiftTypeSpec;
import no.turnus.roster.input.RosterDataset.Ward;

/**
 * A team's roster gives its caregivers' shifts: who is off duty in the roster has no route that day, so no visits;
 * a cyclic roster repeats over the plan; the link is checked with JSON paths.
 */
class TeamRostersTest {

    private static final LocalDate TUESDAY = MONDAY.plusDays(1);
    private static final LocalDate WEDNESDAY = MONDAY.plusDays(2);
    private final HomecareKind kind = new HomecareKind();

    /** Anne works the day shift on Monday, Bo on Tuesday; nobody on Wednesday. */
    private static RosterDataset roster(boolean cyclic, List<Assignment> assignments) {
        return new RosterDataset("roster", "Team Leknes", MONDAY, 1, cyclic, List.of(new Ward("leknes", "Leknes")),
                List.of(new ShiftTypeSpec("D", "Dagvakt", LocalTime.of(7, 0), LocalTime.of(15, 0), null,
                        ShiftCategory.DAY)),
                List.of(new Demand("leknes", null, List.of(), "D", 0, 1, Map.of(), Map.of())),
                List.of(employee("anne"), employee("bo")),
                List.of(ContractSpec.withoutAgreement("ks")),
                assignments, List.of(), Map.of());
    }

    private static List<Assignment> anneMondayBoTuesday() {
        return List.of(new Assignment("anne", MONDAY, "D", "leknes", null),
                new Assignment("bo", TUESDAY, "D", "leknes", null));
    }

    private static EmployeeSpec employee(String id) {
        return new EmployeeSpec(id, null, "SYKEPLEIER", List.of(), 100.0, "ks", "leknes", List.of(), null, List.of(),
                List.of(), List.of());
    }

    private static CaregiverSpec caregiver(String id, List<Shift> shifts) {
        return new CaregiverSpec(id, null, "leknes", Competence.NURSE, List.of(), null, null, null, shifts, null);
    }

    /** A visit to the same user each day, Monday to Wednesday, 08:00–12:00. */
    private static HomecareDataset dataset(List<CaregiverSpec> caregivers, List<TeamRoster> rosters) {
        List<VisitSpec> visits = List.of(MONDAY, TUESDAY, WEDNESDAY).stream()
                .map(date -> new VisitSpec("v-" + date.getDayOfMonth(), "u1", date,
                        List.of(new Window(LocalTime.of(8, 0), LocalTime.of(12, 0), null, null)), 30, null, null, null,
                        null, null, null, null, null, null, null))
                .toList();
        return new HomecareDataset("homecare", "Leknes", List.of(
                new LocationSpec("base", "Leknes", 68.1475, 13.6115, AreaType.URBAN),
                new LocationSpec("home", null, 68.1181, 13.5533, AreaType.URBAN)),
                null, null, null, List.of(new TeamSpec("leknes", null, "Leknes", null, "base")), caregivers,
                List.of(new UserSpec("u1", null, "home", "Leknes", "anne", null, null, "bo")), visits,
                null, null, null, rosters);
    }

    private static HomecareDataset linked(RosterDataset roster) {
        return dataset(List.of(caregiver("anne", List.of()), caregiver("bo", List.of())),
                List.of(new TeamRoster("leknes", roster, null, null)));
    }

    @Test
    void aCaregiverOffDutyInTheRosterGetsNoVisits() {
        HomecareDataset dataset = linked(roster(false, anneMondayBoTuesday()));
        assertThat(kind.validate(dataset)).isEmpty();
        HomecarePlan problem = kind.toSolution(dataset, Map.of());
        assertThat(problem.getCaregiverDays()).extracting(CaregiverDay::getId)
                .containsExactly("anne@" + MONDAY, "bo@" + TUESDAY);
        CaregiverDay anneMonday = problem.getCaregiverDays().get(0);
        assertThat(problem.getDays().dateTime(anneMonday.getShiftStart())).isEqualTo(MONDAY.atTime(7, 0));

        HomecarePlan solved = kind.solve(problem, new SolveRequest(new TerminationConfig().withMoveCountLimit(2_000L),
                1L, null), SolveContext.alone(null)).best();
        for (Visit visit : solved.getVisits()) {
            LocalDate date = solved.getDays().date(visit.getDayIndex());
            if (date.equals(WEDNESDAY)) {
                assertThat(visit.getCaregiverDay()).as("nobody works on Wednesday").isNull();
            } else {
                assertThat(visit.caregiver().id()).isEqualTo(date.equals(MONDAY) ? "anne" : "bo");
            }
        }
        HomecareReport report = (HomecareReport) kind.report(solved);
        assertThat(report.unplanned()).singleElement()
                .satisfies(u -> assertThat(u.reason()).isEqualTo("nobody works on " + WEDNESDAY));
        // The user meets both over the plan: the primary contact on Monday, the secondary on Tuesday.
        assertThat(report.continuity()).singleElement().satisfies(c -> {
            assertThat(c.distinctCaregivers()).isEqualTo(2);
            assertThat(c.primaryContactSharePercent()).isEqualTo(50.0);
            assertThat(c.secondaryContactSharePercent()).isEqualTo(50.0);
        });
        // The solved dataset keeps the roster link, not copied shifts.
        HomecareDataset written = kind.toDataset(dataset, solved);
        assertThat(written.caregivers()).allSatisfy(c -> assertThat(c.shifts()).isEmpty());
        assertThat(written.teamRosters()).hasSize(1);
        assertThat(written.routes()).hasSize(2);
        assertThat(kind.validate(written)).isEmpty();
    }

    @Test
    void aSickCallOnARosteredPlanKeepsTheRosterShiftsAsTheCaregiversOwn() {
        HomecareDataset dataset = linked(roster(false, anneMondayBoTuesday()));
        HomecarePlan solved = kind.solve(kind.toSolution(dataset, Map.of()), new SolveRequest(
                new TerminationConfig().withMoveCountLimit(2_000L), 1L, null), SolveContext.alone(null)).best();
        HomecareDataset replanned = new HomecareReplanning().apply(kind.toDataset(dataset, solved),
                new HomecareReplanning.Change("anne", MONDAY, LocalTime.of(10, 0), null));
        assertThat(replanned.teamRosters()).isEmpty();
        assertThat(replanned.caregivers()).filteredOn(c -> c.id().equals("bo")).singleElement()
                .satisfies(bo -> assertThat(bo.shifts()).extracting(Shift::date).containsExactly(TUESDAY));
        assertThat(kind.validate(replanned)).isEmpty();
    }

    @Test
    void aCyclicRosterRepeatsOverThePlanAndMappedShiftTypesGiveTheRouteTimes() {
        // A one-week cycle: the next Monday is Anne's again.
        RosterDataset roster = roster(true, anneMondayBoTuesday());
        HomecareDataset nextWeek = dataset(List.of(caregiver("anne", List.of()), caregiver("bo", List.of())),
                List.of(new TeamRoster("leknes", roster, null,
                        Map.of("D", new RouteShift(LocalTime.of(7, 30), null, new Pause(30, LocalTime.of(11, 0),
                                LocalTime.of(12, 0)))))));
        HomecareDataset shifted = new HomecareDataset(nextWeek.kind(), nextWeek.name(), nextWeek.locations(), null,
                null, null, nextWeek.teams(), nextWeek.caregivers(), nextWeek.users(), nextWeek.visits().stream()
                .map(v -> new VisitSpec(v.id(), v.user(), v.date().plusWeeks(1), v.windows(), v.durationMinutes(),
                        null, null, null, null, null, null, null, null, null, null)).toList(),
                null, null, null, nextWeek.teamRosters());
        assertThat(kind.validate(shifted)).isEmpty();
        HomecarePlan plan = kind.toSolution(shifted, Map.of());
        assertThat(plan.getCaregiverDays()).extracting(CaregiverDay::getId)
                .containsExactly("anne@" + MONDAY.plusWeeks(1), "bo@" + TUESDAY.plusWeeks(1));
        CaregiverDay anne = plan.getCaregiverDays().get(0);
        assertThat(plan.getDays().dateTime(anne.getShiftStart())).isEqualTo(MONDAY.plusWeeks(1).atTime(7, 30));
        assertThat(plan.getDays().dateTime(anne.getShiftEnd())).isEqualTo(MONDAY.plusWeeks(1).atTime(15, 0));
        assertThat(anne.getPause().minutes()).isEqualTo(30);
        assertThat(plan.getDays().dateTime(anne.getPause().from())).isEqualTo(MONDAY.plusWeeks(1).atTime(11, 0));
    }

    @Test
    void theRosterShiftTypesDeclaredPauseIsTheRoutesPause() {
        RosterDataset roster = roster(false, anneMondayBoTuesday());
        ShiftTypeSpec day = roster.shiftTypes().get(0);
        RosterDataset withPause = new RosterDataset(roster.kind(), roster.name(), roster.startDate(), roster.weeks(),
                roster.cyclic(), roster.wards(), List.of(new ShiftTypeSpec(day.code(), day.name(), day.start(),
                day.end(), null, day.category(), 45, false)), roster.demand(), roster.employees(), roster.contracts(),
                roster.assignments(), roster.reference(), roster.constraintWeights());
        HomecarePlan declared = kind.toSolution(linked(withPause), Map.of());
        HomecarePlan byDefault = kind.toSolution(linked(roster), Map.of());

        assertThat(declared.getCaregiverDays()).allSatisfy(d -> assertThat(d.getPause().minutes()).isEqualTo(45));
        assertThat(byDefault.getCaregiverDays()).allSatisfy(d -> assertThat(d.getPause().minutes()).isEqualTo(30));
    }

    @Test
    void theLinkIsCheckedWithJsonPaths() {
        RosterDataset roster = roster(false, anneMondayBoTuesday());
        // Anne has shifts of her own, Bo is no caregiver, the shift map names an unknown type.
        HomecareDataset bad = dataset(List.of(caregiver("anne", List.of(new Shift(MONDAY, LocalTime.of(7, 0),
                        LocalTime.of(15, 0), null, null)))),
                List.of(new TeamRoster("leknes", roster, null, Map.of("N", new RouteShift(null, null, null)))));
        assertThat(HomecareValidator.validate(bad)).extracting(InputProblem::path).containsExactlyInAnyOrder(
                "$.caregivers[0].shifts", "$.teamRosters[0].roster.employees[1]", "$.teamRosters[0].shifts.N");
        // The roster is validated by the roster kind, its paths under the team roster's.
        RosterDataset noWeeks = new RosterDataset("roster", "Team Leknes", MONDAY, null, false, roster.wards(),
                roster.shiftTypes(), roster.demand(), roster.employees(), roster.contracts(), List.of(), List.of(),
                Map.of());
        assertThat(HomecareValidator.validate(linked(noWeeks))).extracting(InputProblem::path)
                .contains("$.teamRosters[0].roster.weeks");
    }

    @Test
    void aDeclaredMealPauseBelowTheLawIsRefused() {
        HomecareDataset shortPause = dataset(List.of(caregiver("anne", List.of(new Shift(MONDAY, LocalTime.of(7, 0),
                LocalTime.of(15, 0), null, null, new Pause(15, null, null)))), caregiver("bo", List.of())), List.of());
        assertThat(HomecareValidator.validate(shortPause)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.caregivers[0].shifts[0].pause.minutes");
            assertThat(p.message()).contains("AML §10-9").contains("at least 30 min");
        });
        HomecareDataset lateWindow = dataset(List.of(caregiver("anne", List.of(new Shift(MONDAY, LocalTime.of(7, 0),
                LocalTime.of(15, 0), null, null, new Pause(30, LocalTime.of(11, 0), LocalTime.of(14, 45))))),
                caregiver("bo", List.of())), List.of());
        assertThat(HomecareValidator.validate(lateWindow)).extracting(InputProblem::path)
                .containsExactly("$.caregivers[0].shifts[0].pause.to");
    }
}
