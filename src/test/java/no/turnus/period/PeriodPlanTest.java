package no.turnus.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import no.turnus.CommandLine;
import no.turnus.homecare.input.HomecareDataset;
import no.turnus.homecare.input.HomecareDataset.Route;
import no.turnus.homecare.input.HomecareDataset.TeamRoster;
import no.turnus.homecare.input.HomecareDataset.VisitSpec;
import no.turnus.homecare.input.HomecareGenerator;
import no.turnus.homecare.report.HomecareReport.UserContinuity;
import no.turnus.kinds.StandardKinds;
import no.turnus.problem.DatasetReader;
import no.turnus.problem.InputProblem;
import no.turnus.problem.SolveContext;
import no.turnus.problem.SolveRequest;
import no.turnus.problem.Solved;
import no.turnus.roster.input.RosterDataset.Assignment;

/**
 * Period plans: the Vestvågøy sample as the issue asks for it, a small generated one solved (team rosters, then 14
 * days of routes on their shifts) step-limited through the kind, and from the command line.
 */
class PeriodPlanTest {

    private static final Path SAMPLE = Path.of("data-samples/homecare-vestvagoy-period.json");
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private final PeriodKind kind = new PeriodKind();

    @TempDir
    Path directory;

    @Test
    void theVestvagoySampleIsTheMunicipalityWithItsTeamsOverFourteenDays() throws Exception {
        DatasetReader.Read<?> read = new DatasetReader(StandardKinds.all()).read(Files.readAllBytes(SAMPLE));
        assertThat(read.kind().name()).isEqualTo("period");
        HomecareDataset homecare = ((PeriodPlan) read.dataset()).homecare();
        assertThat(homecare.users()).hasSizeGreaterThanOrEqualTo(150);
        assertThat(homecare.visits().stream().map(VisitSpec::date).distinct()).hasSize(14);
        assertThat(homecare.teams()).extracting(HomecareDataset.TeamSpec::specialty)
                .contains("palliative", "dementia", "intensive");
        assertThat(homecare.teamRosters()).hasSize(homecare.teams().size());
        assertThat(homecare.locations()).extracting(HomecareDataset.LocationSpec::name)
                .contains("Hjemmetjenesten Leknes", "Hjemmetjenesten Stamsund");
        // The sample is what the seeded generator writes.
        PeriodPlan generated = PeriodSample.vestvagoy(homecare.users().size(), 14, 1, MONDAY);
        assertThat(HomecareGenerator.json(generated)).isEqualTo(Files.readString(SAMPLE));
    }

    @Test
    void usersHaveWeeklyVisitPatterns() {
        HomecareDataset homecare = PeriodSample.vestvagoy(60, 14, 1, MONDAY).homecare();
        assertThat(kind.validate(PeriodSample.vestvagoy(60, 14, 1, MONDAY))).isEmpty();
        // A weekly visit (shower, practical help, specialist follow-up) falls on the same weekday both weeks.
        Map<String, Set<DayOfWeek>> weekdays = new HashMap<>();
        Map<String, Long> counts = homecare.visits().stream()
                .collect(Collectors.groupingBy(v -> v.user() + "|" + v.durationMinutes() + "|" + v.windows(),
                        Collectors.counting()));
        homecare.visits().forEach(v -> weekdays.computeIfAbsent(v.user() + "|" + v.durationMinutes() + "|"
                + v.windows(), k -> new HashSet<>()).add(v.date().getDayOfWeek()));
        assertThat(counts).containsValue(14L).containsValue(2L);
        assertThat(weekdays.entrySet()).anySatisfy(e -> {
            assertThat(counts.get(e.getKey())).isEqualTo(2L);
            assertThat(e.getValue()).hasSize(1);
        });
        assertThat(homecare.users()).allSatisfy(u -> assertThat(u.secondaryContact()).isNotNull());
    }

    @Test
    void aPeriodPlanSolvesRostersThenRoutesOnTheirShifts() {
        PeriodPlan plan = PeriodSample.vestvagoy(40, 14, 1, MONDAY);
        assertThat(kind.validate(plan)).isEmpty();
        Solved<PeriodPlan> solved = kind.solve(kind.toSolution(plan, Map.of()),
                new SolveRequest(new TerminationConfig().withMoveCountLimit(5_000L), 1L, null), SolveContext.alone(null));
        PeriodPlan best = solved.best();
        assertThat(kind.validate(best)).isEmpty();
        // Every route is on a shift the caregiver's team roster gives: nobody off duty has visits.
        Map<String, Set<LocalDate>> onDuty = new HashMap<>();
        for (TeamRoster team : best.homecare().teamRosters()) {
            assertThat(team.roster().assignments()).isNotEmpty();
            for (Assignment a : team.roster().assignments()) {
                onDuty.computeIfAbsent(team.caregiver(a.employee()), k -> new HashSet<>()).add(a.date());
            }
        }
        List<Route> routes = best.homecare().routes();
        assertThat(routes).isNotEmpty();
        assertThat(routes).allSatisfy(r -> assertThat(onDuty.getOrDefault(r.caregiver(), Set.of())).contains(r.date()));

        PeriodReport report = kind.report(best);
        assertThat(report.teams()).hasSize(best.homecare().teamRosters().size())
                .allSatisfy(t -> assertThat(t.verdicts()).isNotNull());
        assertThat(report.homecare().continuity()).hasSize(40);
        assertThat(report.homecare().continuity()).filteredOn(c -> c.visits() > 0)
                .allSatisfy(c -> assertThat(c.maxDistinctCaregivers14Days()).isBetween(1, c.distinctCaregivers()));
        assertThat(report.homecare().continuity()).extracting(UserContinuity::visits).anySatisfy(
                visits -> assertThat(visits).isGreaterThan(14));
        assertThat(solved.feasible()).as("feasible: no hard rule broken in the routes nor in any roster")
                .isEqualTo(report.homecare().feasible() && report.teams().stream().allMatch(t -> t.verdicts().legal()));
        assertThat(kind.summary(solved, report)).contains("Legal:").contains("Continuity:");
        assertThat(kind.exports().get("csv").render(best)).startsWith("caregiver,team,date");
    }

    @Test
    void aPlanWithoutTeamRostersIsNoPeriodPlan() {
        PeriodPlan plan = PeriodSample.vestvagoy(10, 2, 1, MONDAY);
        HomecareDataset noRosters = plan.homecare().withPlan(List.of(), List.of());
        assertThat(kind.validate(new PeriodPlan("period", "x", noRosters))).extracting(InputProblem::path)
                .contains("$.homecare.teamRosters");
    }

    @Test
    void theCommandLineSolvesAPeriodPlan() throws Exception {
        Path file = directory.resolve("period.json");
        Files.writeString(file, HomecareGenerator.json(PeriodSample.vestvagoy(20, 7, 2, MONDAY)));
        Path result = directory.resolve("result.json");
        CommandLine cli = new CommandLine();
        int code = cli.run("solve", file.toString(), "--time", "1s", "--seed", "1", "--out", result.toString());
        assertThat(code).as(cli.errors()).isIn(0, 1);
        assertThat(cli.printed()).contains("Team rosters:").contains("Continuity:");
        JsonNode written = new ObjectMapper().readTree(result.toFile());
        assertThat(written.get("kind").asText()).isEqualTo("period");
        assertThat(written.at("/report/teams").size()).isPositive();
        assertThat(written.at("/report/teams/0/verdicts/legal").isBoolean()).isTrue();
        assertThat(written.at("/report/homecare/continuity").size()).isEqualTo(20);
    }
}
