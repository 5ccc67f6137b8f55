package no.turnus.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

import no.turnus.homecare.input.HomecareDataset;
import no.turnus.homecare.HomecareKind;
import no.turnus.homecare.report.HomecareReport;
import no.turnus.problem.Dataset;
import no.turnus.problem.ProblemKind;
import no.turnus.problem.Problems;
import no.turnus.problem.SolveContext;
import no.turnus.problem.SolveControl;
import no.turnus.problem.SolveRequest;
import no.turnus.roster.input.RosterDataset;
import no.turnus.roster.RosterKind;
import no.turnus.roster.report.RosterReport;
import no.turnus.scenario.Comparison.CoverageResult;
import no.turnus.scenario.Comparison.Layout;
import no.turnus.scenario.Comparison.Row;
import no.turnus.scenario.Comparison.Status;
import no.turnus.scenario.Options.Option;

/**
 * Evaluates a (valid) scenario set: optimises the requested layouts, then solves the baseline and every
 * option through the home-care and roster kinds, each dataset with the same limits and seed, the options as
 * parts of the solve on its solver threads, and compares them. Progress is reported after every change of an
 * option's status, so a caller (command line, job) can show per-scenario status.
 */
public final class ScenarioEvaluator {

    private final HomecareKind homecare = new HomecareKind();
    private final RosterKind roster = new RosterKind();

    /**
     * @param context  its control stops the solves running and leaves the options not yet started out (STOPPED)
     * @param progress told of every change of an option's status, or null
     */
    public Comparison evaluate(ScenarioSet set, SolveRequest request, SolveContext<?> context,
                               Consumer<Comparison> progress) {
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
            Layout layout = LayoutOptimiser.optimise(set.optimise().get(i), baseHomecare, request.seed(), path);
            layouts.add(layout);
            if (layout.scenario() != null) {
                Option option = Options.apply(layout.scenario(), set.baseline(), path, problems);
                problems.throwIfAny();
                options.add(option);
            }
        }
        Tracker tracker = new Tracker(set, request, coverage, layouts, options, progress);
        Map<Dataset, CompletableFuture<Solved<?>>> solved = new ConcurrentHashMap<>();
        context.runAll(options.stream().<Runnable>map(option -> () -> tracker.solve(option, context.control(),
                o -> measure(o, set, request, context, solved))).toList());
        return tracker.finished();
    }

    /**
     * Solves the option's datasets and measures them. A dataset no change touched (the roster, when a scenario
     * only moves home-care bases) is solved once and its result shared: the options then differ only where they
     * differ, not by the noise of two time-limited solves of the same problem.
     */
    private Measured measure(Option option, ScenarioSet set, SolveRequest request, SolveContext<?> context,
                             Map<Dataset, CompletableFuture<Solved<?>>> solved) {
        Measures measures = new Measures();
        Map<String, String> scores = new LinkedHashMap<>();
        HomecareDataset h = option.datasets().homecare();
        if (h != null) {
            Solved<HomecareReport> result = once(homecare, h, plan -> homecare.report(plan, homecare.solutionManager(plan)), request, context, solved);
            scores.put(homecare.name(), result.score());
            measures.homecare(result.report(), h, Coverage.ofBases(h, set.coverageMinutes()).coveredPercent());
        }
        RosterDataset r = option.datasets().roster();
        RosterReport rosterReport = null;
        if (r != null) {
            Solved<RosterReport> result = once(roster, r, plan -> roster.report(plan, roster.solutionManager(plan)), request, context, solved);
            scores.put(roster.name(), result.score());
            rosterReport = result.report();
            measures.roster(rosterReport, r);
        }
        if (option.datasets().facilities() != null) {
            measures.facilities(option.datasets(), set.baseline(), rosterReport);
        }
        return new Measured(measures.finish(set.costs()), scores);
    }

    /**
     * The kind's report and score of the dataset, solved by the first option that needs it.
     *
     * @param report the kind's report of a solved plan, in its own type
     */
    @SuppressWarnings("unchecked") // a dataset is only ever solved by its own kind, which reports in one type
    private static <D extends Dataset, S, R> Solved<R> once(ProblemKind<D, S> kind, D dataset, Function<S, R> report,
                                                           SolveRequest request, SolveContext<?> context,
                                                           Map<Dataset, CompletableFuture<Solved<?>>> solved) {
        CompletableFuture<Solved<?>> mine = new CompletableFuture<>();
        CompletableFuture<Solved<?>> earlier = solved.putIfAbsent(dataset, mine);
        if (earlier != null) {
            return (Solved<R>) earlier.join();
        }
        try {
            var result = kind.solve(kind.toSolution(dataset, Map.of()), request.part(kind.name()), context.part(null));
            Solved<R> done = new Solved<>(report.apply(result.best()), result.scoreText());
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

    /** The rows as they change; every change is published as a snapshot of the whole comparison. */
    private static final class Tracker {
        private final ScenarioSet set;
        private final SolveRequest request;
        private final List<CoverageResult> coverage;
        private final List<Layout> layouts;
        private final List<Row> rows = new ArrayList<>();
        private final Consumer<Comparison> progress;

        Tracker(ScenarioSet set, SolveRequest request, List<CoverageResult> coverage, List<Layout> layouts,
                List<Option> options, Consumer<Comparison> progress) {
            this.set = set;
            this.request = request;
            this.coverage = coverage;
            this.layouts = layouts;
            this.progress = progress;
            options.forEach(o -> rows.add(new Row(o.name(), o.description(), Status.QUEUED, null, null, null, null)));
            publish();
        }

        /** A stop while the option solves cuts its solves short: it is STOPPED, with the measures found so far. */
        void solve(Option option, SolveControl control, Function<Option, Measured> measurer) {
            if (control.stopped()) {
                update(row(option.name()).with(Status.STOPPED));
                return;
            }
            update(row(option.name()).with(Status.SOLVING));
            try {
                Measured solved = measurer.apply(option);
                update(new Row(option.name(), option.description(), control.stopped() ? Status.STOPPED : Status.DONE,
                        solved.measures(), null, solved.scores(), null));
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
            return new Comparison(set.name(), request.describeLimit(), request.seed(), set.costs(), set.coverageMinutes(),
                    List.copyOf(rows), List.copyOf(coverage), List.copyOf(layouts));
        }
    }
}
