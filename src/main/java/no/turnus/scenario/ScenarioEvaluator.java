package no.turnus.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import no.turnus.homecare.HomecareDataset;
import no.turnus.homecare.HomecareKind;
import no.turnus.homecare.HomecareReport;
import no.turnus.problem.Dataset;
import no.turnus.problem.ProblemKind;
import no.turnus.problem.Problems;
import no.turnus.problem.Solving;
import no.turnus.roster.RosterDataset;
import no.turnus.roster.RosterKind;
import no.turnus.roster.RosterReport;
import no.turnus.scenario.Comparison.CoverageResult;
import no.turnus.scenario.Comparison.Layout;
import no.turnus.scenario.Comparison.Row;
import no.turnus.scenario.Comparison.Status;
import no.turnus.scenario.Options.Option;

/**
 * Evaluates a (valid) scenario set: optimises the requested layouts, then solves the baseline and every
 * option through the home-care and roster kinds, each dataset with the same time limit and seed, up to
 * {@code parallel} options at a time, and compares them. Progress is reported after every change of an
 * option's status, so a caller (command line, job) can show per-scenario status.
 */
public final class ScenarioEvaluator {

    private final HomecareKind homecare = new HomecareKind();
    private final RosterKind roster = new RosterKind();

    /**
     * @param progress told of every change of an option's status, or null
     * @param stop     asked before each option starts; true leaves the options not yet started out (STOPPED)
     */
    public Comparison evaluate(ScenarioSet set, Duration limit, Long seed, int parallel, Consumer<Comparison> progress,
                               BooleanSupplier stop) {
        Problems problems = new Problems();
        List<Option> options = new ArrayList<>(Options.of(set, problems));
        problems.throwIfAny();
        HomecareDataset baseHomecare = options.get(0).datasets().homecare();
        List<CoverageResult> coverage = new ArrayList<>();
        for (int i = 0; i < set.coverage().size(); i++) {
            coverage.add(Coverage.of(set.coverage().get(i), baseHomecare, Problems.at("$", "coverage", i)));
        }
        List<Layout> layouts = new ArrayList<>();
        for (int i = 0; i < set.optimise().size(); i++) {
            String path = Problems.at("$", "optimise", i);
            Layout layout = LayoutOptimiser.optimise(set.optimise().get(i), baseHomecare, seed, path);
            layouts.add(layout);
            if (layout.scenario() != null) {
                Option option = Options.apply(layout.scenario(), set.baseline(), path, problems);
                problems.throwIfAny();
                options.add(option);
            }
        }
        Tracker tracker = new Tracker(set, limit, seed, coverage, layouts, options, progress);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(parallel, options.size())), task -> {
            Thread thread = new Thread(task, "turnus-scenario");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            Map<Dataset, CompletableFuture<Solved<?>>> solved = new ConcurrentHashMap<>();
            for (Option option : options) {
                running.add(pool.submit(() -> tracker.solve(option, stop, (o, s, l, r) -> measure(o, s, l, r, solved))));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Scenario evaluation was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Scenario evaluation failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return tracker.finished();
    }

    /**
     * Solves the option's datasets and measures them. A dataset no change touched (the roster, when a scenario
     * only moves home-care bases) is solved once and its result shared: the options then differ only where they
     * differ, not by the noise of two time-limited solves of the same problem.
     */
    private Measured measure(Option option, ScenarioSet set, Duration limit, Long seed,
                             Map<Dataset, CompletableFuture<Solved<?>>> solved) {
        Measures measures = new Measures();
        Map<String, String> scores = new LinkedHashMap<>();
        HomecareDataset h = option.datasets().homecare();
        if (h != null) {
            Solved<?> result = once(homecare, h, limit, seed, solved);
            scores.put(homecare.name(), result.score());
            measures.homecare((HomecareReport) result.report(), h,
                    Coverage.ofBases(h, set.coverageMinutes()).coveredPercent());
        }
        RosterDataset r = option.datasets().roster();
        if (r != null) {
            Solved<?> result = once(roster, r, limit, seed, solved);
            scores.put(roster.name(), result.score());
            measures.roster((RosterReport) result.report(), r);
        }
        return new Measured(measures.finish(set.costs()), scores);
    }

    /** The kind's report and score of the dataset, solved by the first option that needs it. */
    private static <D extends Dataset, S> Solved<?> once(ProblemKind<D, S> kind, D dataset, Duration limit, Long seed,
                                                        Map<Dataset, CompletableFuture<Solved<?>>> solved) {
        CompletableFuture<Solved<?>> mine = new CompletableFuture<>();
        CompletableFuture<Solved<?>> earlier = solved.putIfAbsent(dataset, mine);
        if (earlier != null) {
            return earlier.join();
        }
        try {
            var result = Solving.solve(kind, kind.toSolution(dataset, Map.of()), limit, seed, null);
            Solved<?> done = new Solved<>(kind.report(result.best(), result.solutionManager()),
                    result.score().toString());
            mine.complete(done);
            return done;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** A kind's report of a solved dataset, and its score. */
    private record Solved<R>(R report, String score) {
    }

    /** The columns of one option and the score of each of its solved datasets. */
    record Measured(Map<String, Double> measures, Map<String, String> scores) {
    }

    interface Measurer {
        Measured measure(Option option, ScenarioSet set, Duration limit, Long seed);
    }

    /** The rows as they change; every change is published as a snapshot of the whole comparison. */
    private static final class Tracker {
        private final ScenarioSet set;
        private final Duration limit;
        private final Long seed;
        private final List<CoverageResult> coverage;
        private final List<Layout> layouts;
        private final List<Row> rows = new ArrayList<>();
        private final Consumer<Comparison> progress;

        Tracker(ScenarioSet set, Duration limit, Long seed, List<CoverageResult> coverage, List<Layout> layouts,
                List<Option> options, Consumer<Comparison> progress) {
            this.set = set;
            this.limit = limit;
            this.seed = seed;
            this.coverage = coverage;
            this.layouts = layouts;
            this.progress = progress;
            options.forEach(o -> rows.add(new Row(o.name(), o.description(), Status.QUEUED, null, null, null, null)));
            publish();
        }

        void solve(Option option, BooleanSupplier stop, Measurer measurer) {
            if (stop != null && stop.getAsBoolean()) {
                update(row(option.name()).with(Status.STOPPED));
                return;
            }
            update(row(option.name()).with(Status.SOLVING));
            try {
                Measured solved = measurer.measure(option, set, limit, seed);
                update(new Row(option.name(), option.description(), Status.DONE, solved.measures(), null,
                        solved.scores(), null));
            } catch (RuntimeException e) {
                update(new Row(option.name(), option.description(), Status.FAILED, null, null, null,
                        e.getClass().getSimpleName() + ": " + e.getMessage()));
            }
        }

        synchronized Comparison finished() {
            Map<String, Double> base = rows.get(0).measures();
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                if (i > 0 && base != null && r.measures() != null) {
                    rows.set(i, new Row(r.scenario(), r.description(), r.status(), r.measures(),
                            Measures.difference(r.measures(), base), r.score(), r.error()));
                }
            }
            return snapshot();
        }

        private synchronized Row row(String name) {
            return rows.stream().filter(r -> r.scenario().equals(name)).findFirst().orElseThrow();
        }

        private synchronized void update(Row row) {
            rows.replaceAll(r -> r.scenario().equals(row.scenario()) ? row : r);
            publish();
        }

        private synchronized void publish() {
            if (progress != null) {
                progress.accept(snapshot());
            }
        }

        private Comparison snapshot() {
            return new Comparison(set.name(), limit.toString(), seed, set.costs(), set.coverageMinutes(),
                    List.copyOf(rows), List.copyOf(coverage), List.copyOf(layouts));
        }
    }
}
