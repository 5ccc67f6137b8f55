package no.turnus.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

import ai.timefold.solver.core.api.score.Score;

import no.turnus.io.BenchmarkFormat;
import no.turnus.io.FormatSniffer;
import no.turnus.io.InstanceFormat;
import no.turnus.io.InstanceFormats;
import no.turnus.problem.Dataset;
import no.turnus.problem.DatasetReader;
import no.turnus.problem.InvalidInputException;
import no.turnus.problem.ProblemKind;
import no.turnus.problem.ProblemKinds;
import no.turnus.problem.SolveContext;
import no.turnus.problem.SolveRequest;
import no.turnus.problem.Solved;

/**
 * Runs the instances of a suite one after another in this JVM: each is solved by its kind's engine (a published
 * instance through its {@link InstanceFormat}), measured, scored by the benchmark's own objective, compared with
 * the best-known value and judged by the {@link RegressionGate}. A failure in one instance becomes its row; the
 * run goes on.
 */
public final class BenchRunner {

    private final ProblemKinds kinds;
    private final DatasetReader reader;
    private final InstanceFormats formats;
    private final BestKnown bestKnown;
    private final Path repository;
    private final Path dataRoot;
    private final PrintStream progress;

    /**
     * @param repository where suite files without {@value Suites#DATA_PREFIX} are resolved (the clone)
     * @param dataRoot   where the published instances are ({@code benchmarks/instances} of the repository by default)
     */
    public BenchRunner(ProblemKinds kinds, InstanceFormats formats, BestKnown bestKnown, Path repository,
                       Path dataRoot, PrintStream progress) {
        this.kinds = kinds;
        this.reader = new DatasetReader(kinds);
        this.formats = formats;
        this.bestKnown = bestKnown;
        this.repository = repository;
        this.dataRoot = dataRoot;
        this.progress = progress;
    }

    /** Where an entry's file is (not for a generated day: it has none). */
    public Path resolve(Suites.Entry entry) {
        return entry.file().startsWith(Suites.DATA_PREFIX)
                ? dataRoot.resolve(entry.file().substring(Suites.DATA_PREFIX.length()))
                : repository.resolve(entry.file());
    }

    /** @param timeOverride replaces the suite's time limit when not null */
    public BenchRow run(Suites.Planned planned, Duration timeOverride) {
        Suites.Entry entry = planned.entry();
        Duration time = timeOverride != null ? timeOverride : Duration.ofSeconds(planned.seconds());
        int seconds = (int) Math.max(1, time.toSeconds());
        Path file = entry.generate() == null ? resolve(entry) : null;
        if (file != null && !Files.isRegularFile(file)) {
            return BenchRow.failed(entry.name(), seconds, "no such file: " + file);
        }
        try {
            BenchRow row;
            if (file == null) {
                // A generated day is read from its JSON tree as its file would be: the same checks, the same plan.
                row = solveOwn(entry.name(), reader.read(reader.mapper().valueToTree(entry.generate().dataset())),
                        time);
            } else if (FormatSniffer.sniff(file) == BenchmarkFormat.TURNUS_JSON) {
                row = solveOwn(entry.name(), reader.read(Files.readAllBytes(file)), time);
            } else {
                row = solvePublished(entry.name(), formats.load(file, kinds), time);
            }
            return row.judged(RegressionGate.check(entry, row));
        } catch (InstanceFormats.UnsupportedFormatException e) {
            return BenchRow.notSupported(entry.name(), seconds, e.getMessage());
        } catch (InvalidInputException e) {
            return BenchRow.failed(entry.name(), seconds, "invalid input: " + e.problems());
        } catch (IOException | RuntimeException e) {
            // The whole trace goes to the log (CI keeps it); the table gets each cause's first line.
            e.printStackTrace(progress);
            return BenchRow.failed(entry.name(), seconds, "failed: " + causes(e));
        }
    }

    private static String causes(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
            text.append(text.isEmpty() ? "" : " <- ").append(cause.getClass().getSimpleName()).append(": ").append(message);
        }
        return text.toString();
    }

    private <D extends Dataset> BenchRow solveOwn(String name, DatasetReader.Read<D> read, Duration time) {
        return solve(name, read.kind(), read.dataset(), null, time);
    }

    private <I, D extends Dataset> BenchRow solvePublished(String name, InstanceFormats.Loaded<I, D> loaded,
                                                           Duration time) {
        return solve(name, loaded.kind(), loaded.dataset(), loaded, time);
    }

    private <D extends Dataset, S> BenchRow solve(String name, ProblemKind<D, S> kind, D dataset,
                                                  InstanceFormats.Loaded<?, D> published, Duration time) {
        progress.printf(Locale.ROOT, "%s: solving %s '%s' for %ds%n", name, kind.name(), dataset.name(), time.toSeconds());
        long[] firstFeasible = {-1};
        System.gc(); // start each run from a collected heap, so the peak is this run's
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        Solved<S> outcome = kind.solve(kind.toSolution(dataset, Map.of()), SolveRequest.of(time, null),
                SolveContext.alone(best -> {
                    if (firstFeasible[0] < 0 && best.feasible() && best.score() != null && onlySoftBroken(best.score())) {
                        firstFeasible[0] = best.millisSpent();
                    }
                }));
        long peakHeap = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        boolean feasible = outcome.feasible();
        Double value = null;
        Double engineValue = null;
        String summary = null;
        BestKnown.Value best = null;
        Double gap = null;
        if (published != null) {
            InstanceFormat.Objective objective = published.objective(kind.toDataset(dataset, outcome.best()));
            value = objective.value();
            feasible &= objective.feasible();
            summary = objective.summary();
            OptionalDouble engine = published.format().engineObjective(outcome.score());
            engineValue = engine.isPresent() ? engine.getAsDouble() : null;
            best = bestKnown.of(published.name()).or(() -> bestKnown.of(name)).orElse(null);
            if (best != null && best.value() != 0) {
                gap = 100 * (value - best.value()) / Math.abs(best.value());
            }
        }
        int unplanned = kind.report(outcome.best()).unplannedRequired();
        return new BenchRow(name, kind.name(), (int) Math.max(1, time.toSeconds()), BenchRow.Status.OK, value,
                engineValue, best == null ? null : best.value(), best == null ? null : best.note(), gap, feasible,
                unplanned, outcome.scoreText(), firstFeasible[0], outcome.scoreCalculationSpeed(),
                outcome.moveEvaluationSpeed(), peakHeap, summary, List.of());
    }

    /**
     * Whether every score level but the last (soft) is zero: no hard rule broken and nothing left unplanned (the
     * medium level of every kind here). Hard feasibility alone would count the empty starting plan, which breaks
     * no hard rule because nothing is planned.
     */
    static boolean onlySoftBroken(Score<?> score) {
        Number[] levels = score.toLevelNumbers();
        for (int i = 0; i < levels.length - 1; i++) {
            if (levels[i].doubleValue() != 0) {
                return false;
            }
        }
        return true;
    }
}
