package no.turnus.homecare;

import no.turnus.homecare.domain.HomecarePlan;
import no.turnus.homecare.input.HomecareDataset;
import no.turnus.homecare.report.HomecareReport;

import java.time.Duration;

/** Manual check, not a unit test: {@code java ... HomecareManualRun homecare-narvik.json 60}. */
public final class HomecareManualRun {

    public static void main(String[] args) throws Exception {
        HomecareDataset dataset = args[0].endsWith(".json") && !args[0].contains("/")
                ? HomecareSamples.read(args[0])
                : HomecareSamples.parse(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(args[0])));
        long start = System.nanoTime();
        HomecarePlan solved = HomecareSamples.solve(dataset, Duration.ofSeconds(Long.parseLong(args[1])));
        HomecareReport report = HomecareReport.of(solved, HomecareSamples.MANAGER);
        System.out.printf("%s: %s after %.1f s%nKPIs %s%n%d unplanned%n", args[0], solved.getScore(),
                (System.nanoTime() - start) / 1e9, report.kpis(), report.unplanned().size());
        report.analysis().brokenRules().forEach(rule ->
                System.out.println("  " + rule.constraint() + " " + rule.score() + " x" + rule.matchCount()));
        report.unplanned().stream().limit(10).forEach(u -> System.out.println("  unplanned " + u));
    }
}
