package no.turnus.roster;

import no.turnus.roster.domain.Roster;
import no.turnus.roster.domain.Slot;
import no.turnus.roster.input.RosterDataset;
import no.turnus.roster.report.RosterReport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import no.turnus.kinds.StandardKinds;
import no.turnus.problem.BokmalExplanations;
import no.turnus.problem.InvalidInputException;
import no.turnus.roster.domain.Employee;
import no.turnus.roster.input.RosterDataset.Assignment;
import no.turnus.roster.rules.RosterRules;

/** The roster kind through the shared contract: round trip, report, export, weights, replanning. */
class RosterKindTest {

    private static final RosterKind KIND = RosterSamples.KIND;
    private static final SolutionManager<Roster, HardMediumSoftScore> MANAGER =
            SolutionManager.create(SolverFactory.<Roster>create(KIND.solverConfig()));
    private static Roster solved;
    private static RosterDataset solvedDataset;

    @BeforeAll
    static void solve() {
        RosterDataset input = RosterSamples.read("roster-small.json");
        solved = RosterSamples.solve(input, 25);
        solvedDataset = KIND.toDataset(input, solved);
    }

    @Test
    void isRegisteredAsAStandardKind() {
        assertThat(StandardKinds.all().get("roster")).isInstanceOf(RosterKind.class);
    }

    @Test
    void storedPlanScoresTheSameWhenReadBack() throws Exception {
        byte[] json = RosterSamples.READER.mapper().writeValueAsBytes(solvedDataset);
        RosterDataset reread = (RosterDataset) RosterSamples.READER.read(json).dataset();
        Roster again = KIND.toSolution(reread, Map.of());
        assertThat(MANAGER.update(again)).isEqualTo(solved.getScore());
        assertThat(reread.assignments()).hasSameSizeAs(solvedDataset.assignments());
    }

    @Test
    void reportIsCompleteAndSerialisable() throws Exception {
        RosterReport report = (RosterReport) KIND.report(solved, MANAGER);
        assertThat(report.assignments()).hasSize((int) solved.getSlots().stream().filter(s -> s.getEmployee() != null).count());
        assertThat(report.employees()).hasSize(solved.getEmployees().size());
        assertThat(report.analysis().score()).isEqualTo(solved.getScore().toString());
        RosterReport.Shift night = report.assignments().stream().filter(s -> s.shift().equals("N")).findFirst().orElseThrow();
        assertThat(night.end()).isEqualTo(night.date().plusDays(1).atTime(7, 45));
        String json = RosterSamples.READER.mapper().writeValueAsString(report);
        assertThat(json).contains("\"kpis\"", "\"brokenRules\"", "\"uncovered\"");
    }

    /** Rule labels and explanations in bokmål: a careless plan (each place to the next employee) breaks many rules. */
    @Test
    void brokenRulesAreExplainedInBokmal() {
        Roster careless = KIND.toSolution(RosterSamples.read("roster-small.json"), Map.of());
        List<Employee> staff = careless.getEmployees();
        for (int i = 0; i < careless.getSlots().size(); i++) {
            careless.getSlots().get(i).setEmployee(staff.get(i % staff.size()));
        }
        RosterReport report = (RosterReport) KIND.report(careless);
        assertThat(BokmalExplanations.assertInBokmal(report.analysis())).hasSizeGreaterThan(8);
        assertThat(report.analysis().summary("nb")).startsWith("Brutte regler:");
    }

    @Test
    void csvGridHasOneRowPerEmployeeAndOneColumnPerDate() {
        String csv = KIND.exports().get("csv").render(solved);
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(solved.getEmployees().size() + 1);
        assertThat(lines.get(0).split(",")).hasSize(4 + solved.getHorizon().days());
        Assignment first = solvedDataset.assignments().get(0);
        String row = lines.stream().filter(l -> l.startsWith(first.employee() + ",")).findFirst().orElseThrow();
        int column = 4 + (int) (first.date().toEpochDay() - solved.getHorizon().startDate().toEpochDay());
        assertThat(row.split(",", -1)[column]).isEqualTo(first.shift());
    }

    @Test
    void weightOverridesSwitchRulesOffAndUnknownNamesAreRejected() {
        Roster unweighted = KIND.toSolution(solvedDataset, Map.of(RosterRules.CONTRACT_HOURS.ruleName(), "0soft"));
        var analysis = MANAGER.analyze(unweighted);
        assertThat(analysis.getConstraintAnalysis(RosterRules.CONTRACT_HOURS.ruleName())).satisfiesAnyOf(
                rule -> assertThat(rule).isNull(), rule -> assertThat(rule.score().isZero()).isTrue());
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> KIND.toSolution(solvedDataset, Map.of("Coffee", "1soft")));
        assertThat(error.problems()).singleElement()
                .satisfies(p -> assertThat(p.path()).isEqualTo("weightOverrides.Coffee"));
    }

    @Test
    void sickLeaveReplanKeepsThePastAndMovesLittle() {
        LocalDate secondWeek = solvedDataset.startDate().plusDays(7);
        String sick = solvedDataset.assignments().stream().filter(a -> !a.date().isBefore(secondWeek))
                .map(Assignment::employee).findFirst().orElseThrow();
        var change = new RosterReplanning.Change(sick, secondWeek, null, "sykmeldt", null,
                solvedDataset.startDate(), secondWeek.minusDays(1), null);
        RosterReplanning replanning = (RosterReplanning) KIND.replanning().orElseThrow();
        RosterDataset replan = replanning.apply(solvedDataset, change);

        assertThat(replan.assignments()).noneMatch(a -> a.employee().equals(sick) && !a.date().isBefore(secondWeek));
        assertThat(replan.assignments()).filteredOn(a -> a.date().isBefore(secondWeek)).allMatch(Assignment::pinnedInPlace);
        assertThat(replan.reference()).hasSameSizeAs(solvedDataset.assignments());
        assertThat(KIND.validate(replan)).isEmpty();

        Roster resolved = RosterSamples.solve(replan, 25);
        assertThat(resolved.getScore().isFeasible()).isTrue();
        RosterDataset after = KIND.toDataset(replan, resolved);
        assertThat(after.assignments()).noneMatch(a -> a.employee().equals(sick) && !a.date().isBefore(secondWeek));
        RosterReplanning.Differences differences = replanning.differences(solvedDataset, after);
        assertThat(differences.changes()).isNotEmpty().allMatch(d -> !d.date().isBefore(secondWeek));
        assertThat(differences.changes()).anyMatch(d -> d.employee().equals(sick) && d.change().equals("removed"));
        assertThat(differences.unchanged()).isGreaterThan(differences.removed());
        // AML §10-3: told on the first sick day, the changes of the next 14 days are flagged per employee and date.
        assertThat(replan.replannedOn()).isEqualTo(secondWeek);
        List<RosterReport.ShortNotice> flagged = RosterReport.of(resolved, MANAGER).shortNotice();
        assertThat(flagged).isNotEmpty().allMatch(n -> !n.date().isBefore(secondWeek)
                && n.date().isBefore(secondWeek.plusDays(14)) && n.reference().contains("AML §10-3"));
        assertThat(flagged).anyMatch(n -> n.employee().equals(sick) && n.change().equals("removed"));
        assertThat(after.replannedOn()).isEqualTo(secondWeek);
    }

    @Test
    void replanningNamesTheFieldItCannotApply() {
        RosterReplanning replanning = (RosterReplanning) KIND.replanning().orElseThrow();
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class, () -> replanning.apply(
                solvedDataset, new RosterReplanning.Change("nobody", solvedDataset.startDate(), null, null, null,
                        null, null, null)));
        assertThat(error.problems()).singleElement().satisfies(p -> assertThat(p.path()).isEqualTo("$.employee"));
    }

    @Test
    void recommendationNeedsAnOpenSlot() {
        Slot taken = solved.getSlots().stream().filter(s -> s.getEmployee() != null).findFirst().orElseThrow();
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> KIND.recommend(solved, taken.getId(), MANAGER))).isNotNull();
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> KIND.recommend(solved, "no-such-slot", MANAGER))).isNotNull();
    }
}
