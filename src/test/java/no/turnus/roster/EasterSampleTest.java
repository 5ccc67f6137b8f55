package no.turnus.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import no.turnus.roster.domain.Roster;
import no.turnus.roster.input.RosterDataset;
import no.turnus.roster.report.RosterReport;

/**
 * The Norwegian sample over Easter 2027: red days, three-shift staff on KS weighted hours (33.6 h), part-timers who
 * want more and a substitute pool. Solved for real, step-limited with a seed, so the same roster on any machine.
 */
class EasterSampleTest {

    private static final RosterDataset EASTER = RosterSamples.read("roster-easter.json");

    @Test
    void easterIsLegalCoveredAndWithinPositionsWithSubstitutesAndTheirCost() {
        // 200 steps of 100 accepted moves: the 20 000 it had with 1 000 a step (RosterSearch.ACCEPTED_PER_STEP).
        Roster solved = RosterSamples.solve(EASTER, 200);
        RosterReport report = RosterReport.of(solved, SolutionManager.create(
                SolverFactory.create(RosterSamples.KIND.solverConfig())));
        // Skjærtorsdag, langfredag, påskedag, 2. påskedag and the Sunday after: five red days.
        assertThat(solved.getHorizon().redDays()).extracting(day -> EASTER.startDate().plusDays(day))
                .containsExactly(LocalDate.of(2027, 3, 25), LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 28),
                        LocalDate.of(2027, 3, 29), LocalDate.of(2027, 4, 4));
        RosterReport.Verdicts verdicts = report.verdicts();
        assertThat(verdicts.legal()).as(report.score()).isTrue();
        // Either every place is filled, or the report says exactly which are not and what they need.
        assertThat(verdicts.gap().stream().mapToInt(RosterReport.Gap::places).sum()).isEqualTo(report.uncovered().size());
        assertThat(verdicts.covered()).as(report.score() + " " + report.uncovered()).isTrue();
        assertThat(verdicts.withinPositions()).as(verdicts.abovePosition().toString()).isTrue();
        assertThat(RosterSolveTest.independentCheck(EASTER, report)).isEmpty();

        Map<String, RosterReport.EmployeeSummary> byId = new java.util.HashMap<>();
        report.employees().forEach(e -> byId.put(e.id(), e));
        // A full-time nurse on nights and Easter days counts the whole weighting: a 33.6 h week.
        RosterReport.EmployeeSummary ingrid = byId.get("S1");
        assertThat(ingrid.weeklyNorm()).isEqualTo(33.6);
        assertThat(ingrid.hoursToWork()).isEqualTo(67.2);
        // The pool works what staff cannot, at its hourly cost; staff are within position and what they want.
        double poolHours = report.employees().stream().filter(RosterReport.EmployeeSummary::substitute)
                .mapToDouble(RosterReport.EmployeeSummary::hours).sum();
        assertThat(verdicts.substituteHours()).isEqualTo(poolHours).isPositive();
        assertThat(verdicts.substituteCost()).isEqualTo(report.employees().stream()
                .mapToDouble(RosterReport.EmployeeSummary::cost).sum());
        for (RosterReport.EmployeeSummary e : report.employees()) {
            if (e.substitute()) {
                assertThat(e.positionPercent()).isZero();
            } else {
                assertThat(e.weeklyNorm()).as(e.id()).isBetween(33.6, 35.5);
                assertThat(e.overtimeHours()).as(e.id()).isZero();
            }
        }
        // Wanted extra hours show as merarbeid, e.g. Ola Nes (50 % + 25 % wanted).
        assertThat(byId.get("H4").merarbeidHours()).isLessThanOrEqualTo(0.25 * 71);
    }
}
