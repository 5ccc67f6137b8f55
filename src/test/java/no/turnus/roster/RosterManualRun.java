package no.turnus.roster;

import no.turnus.roster.domain.Roster;
import no.turnus.roster.input.RosterDataset;
import no.turnus.roster.report.RosterReport;

import java.time.Duration;

import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;

/** Manual check, not a unit test: {@code java ... RosterManualRun roster-merged.json 60}. */
public final class RosterManualRun {

    public static void main(String[] args) throws Exception {
        RosterDataset dataset = RosterSamples.read(args[0]);
        long start = System.nanoTime();
        Roster solved = RosterSamples.solve(dataset, Duration.ofSeconds(Long.parseLong(args[1])));
        var manager = SolutionManager.create(SolverFactory.<Roster>create(RosterSamples.KIND.solverConfig()));
        RosterReport report = RosterReport.of(solved, manager);
        System.out.printf("%s: %s after %.1f s, KPIs %s, %d uncovered%n", args[0], solved.getScore(),
                (System.nanoTime() - start) / 1e9, report.kpis(), report.uncovered().size());
        report.analysis().brokenRules().forEach(rule ->
                System.out.println("  " + rule.constraint() + " " + rule.score() + " x" + rule.matchCount()));
    }
}
