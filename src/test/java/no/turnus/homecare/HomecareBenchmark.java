package no.turnus.homecare;

import no.turnus.homecare.domain.HomecarePlan;
import no.turnus.homecare.input.HomecareDataset;
import no.turnus.homecare.input.HomecareGenerator;
import no.turnus.homecare.report.HomecareReport;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;

/**
 * Manual benchmark, not a unit test. {@code HomecareBenchmark homecare-narvik.json 60} solves a sample;
 * {@code HomecareBenchmark generate:345 120} solves a generated Narvik instance with that many users (about
 * 2.9 visits each, seed 1). Prints the first plan with no hard rule broken and every mandatory visit planned,
 * the final score and KPIs, and peak and retained heap (the construction's end is in the solver log).
 */
public final class HomecareBenchmark {

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        HomecareDataset dataset = args[0].startsWith("generate:")
                ? HomecareGenerator.generate("generated", Integer.parseInt(args[0].substring(9)), 1, 1,
                LocalDate.of(2026, 3, 2))
                : HomecareSamples.read(args[0]);
        HomecareKind kind = HomecareSamples.KIND;
        HomecarePlan plan = kind.toSolution(dataset, Map.of());
        double built = (System.nanoTime() - t0) / 1e9;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        Solver<HomecarePlan> solver = SolverFactory.<HomecarePlan>create(kind.solverConfig(plan)
                .withTerminationSpentLimit(Duration.ofSeconds(Long.parseLong(args[1])))).buildSolver();
        long start = System.nanoTime();
        double[] mandatoryPlanned = {-1};
        solver.addEventListener(event -> {
            HardMediumSoftScore score = (HardMediumSoftScore) event.getNewBestScore();
            if (mandatoryPlanned[0] < 0 && score.hardScore() == 0 && event.getNewBestSolution().getVisits().stream()
                    .noneMatch(v -> v.isMandatory() && v.getCaregiverDay() == null)) {
                mandatoryPlanned[0] = (System.nanoTime() - start) / 1e9;
            }
        });
        HomecarePlan solved = solver.solve(plan);
        double spent = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        System.gc();
        long retained = memory.getHeapMemoryUsage().getUsed();
        HomecareReport report = HomecareReport.of(solved, HomecareSamples.MANAGER);
        System.out.printf("%s: %d visits, %d caregiver-days, built in %.1f s%n", args[0], dataset.visits().size(),
                solved.getCaregiverDays().size(), built);
        System.out.printf("score %s after %.1f s; first plan with 0 hard and every mandatory visit planned: %s%n",
                solved.getScore(), spent,
                mandatoryPlanned[0] < 0 ? "not reached" : String.format("%.1f s", mandatoryPlanned[0]));
        System.out.printf("heap: peak %d MB, retained after GC %d MB (max %d MB)%n", peak.get() >> 20,
                retained >> 20, memory.getHeapMemoryUsage().getMax() >> 20);
        System.out.println("KPIs " + report.kpis());
        report.analysis().brokenRules().forEach(rule ->
                System.out.println("  " + rule.constraint() + " " + rule.score() + " x" + rule.matchCount()));
    }
}
