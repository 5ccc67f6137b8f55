package no.turnus.homecare.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import ai.timefold.solver.core.impl.phase.scope.AbstractStepScope;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import no.turnus.homecare.domain.CaregiverDay;
import no.turnus.homecare.domain.HomecarePlan;
import no.turnus.homecare.domain.Visit;

/**
 * A multi-start after the construction: {@code starts} short local searches, each from the same constructed plan
 * (a planning clone) with its own random stream, and the routes of the best of them written into the working plan
 * for the local search that follows. On small plans a run is long enough for several descents, and a descent's
 * basin shows early (Mankowska 100_1: the seeds lowest at 300 000 score calculations were the best at 1.75 M;
 * benchmarks/RESULTS.md).
 *
 * <p>Each start stops after a fixed number of score calculations, not a share of the run's limit, which a phase
 * command cannot read: the same number whatever stops the whole solve, so a seeded run is reproducible. Their
 * calculations are added to the working score director's count, so a solve limited by score calculations spends
 * them out of its own budget; a time-limited solve stops a start at its limit (the phase's termination is asked
 * after every step of a start). The start seeds are drawn from {@code seed}. Pinned visits stay in place: every start
 * keeps them (the clone has the same pinned counts) and only the unpinned tail of a route is rewritten.
 *
 * <p>Kept with the measurement harness, not in {@link HomecareSearch}: measured (benchmarks/RESULTS.md, "multi-start"), 4 starts of 200 000 put every
 * seed of Mankowska 100_1 in its good basin (median 1 332 → 1 289) but every seed of 50_1 in its bad one (1 005 →
 * 1 007; 3 starts of 400 000 the same): a start's score that early does not tell the basins of 50_1 apart.
 * {@code HomecareSearchComparison +starts:K:CALC} runs it.
 */
public final class HomecareStarts implements PhaseCommand<HomecarePlan> {

    private final SolverConfig search;
    private final int starts;
    private final long calculationsPerStart;
    private final long seed;

    /** {@code search}: the solver configuration of one start, whose local search phases are run from the plan. */
    public HomecareStarts(SolverConfig search, int starts, long calculationsPerStart, long seed) {
        this.search = search;
        this.starts = starts;
        this.calculationsPerStart = calculationsPerStart;
        this.seed = seed;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<HomecarePlan> director, BooleanSupplier isPhaseTerminated) {
        InnerScoreDirector<HomecarePlan, ?> inner = (InnerScoreDirector<HomecarePlan, ?>) director;
        SolverConfig config = new SolverConfig(search).withPhaseList(search.getPhaseConfigList().stream()
                .filter(LocalSearchPhaseConfig.class::isInstance)
                .map(p -> ((LocalSearchPhaseConfig) p).copyConfig().withTerminationConfig(
                        new TerminationConfig().withScoreCalculationCountLimit(calculationsPerStart)))
                .map(p -> (PhaseConfig) p).toList())
                .withTerminationConfig(null);
        Random seeds = new Random(seed);
        HomecarePlan best = null;
        for (int start = 0; start < starts && !isPhaseTerminated.getAsBoolean(); start++) {
            DefaultSolver<HomecarePlan> solver = (DefaultSolver<HomecarePlan>) SolverFactory.<HomecarePlan>create(
                    new SolverConfig(config).withRandomSeed(seeds.nextLong())).buildSolver();
            solver.addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
                @Override
                public void stepEnded(AbstractStepScope<HomecarePlan> step) {
                    if (isPhaseTerminated.getAsBoolean()) {
                        solver.terminateEarly(); // the whole solve's limit (a time-limited job's) has been reached
                    }
                }
            });
            HomecarePlan solved = solver.solve(inner.cloneWorkingSolution());
            for (long c = solver.getScoreCalculationCount(); c > 0; c--) {
                inner.incrementCalculationCount();
            }
            if (best == null || solved.getScore().compareTo(best.getScore()) > 0) {
                best = solved;
            }
        }
        if (best != null) {
            adopt(director, best);
        }
    }

    /** Writes the unpinned part of every route of {@code plan} (a clone of the working plan) into the working plan. */
    static void adopt(ScoreDirector<HomecarePlan> director, HomecarePlan plan) {
        List<CaregiverDay> changed = new ArrayList<>();
        for (CaregiverDay from : plan.getCaregiverDays()) {
            CaregiverDay day = director.lookUpWorkingObject(from);
            if (!sameVisits(day.getVisits(), from.getVisits())) {
                changed.add(from);
                for (int index = day.getVisits().size() - 1; index >= day.getPinnedCount(); index--) {
                    HomecareConstruction.remove(director, day, index);
                }
            }
        }
        for (CaregiverDay from : changed) {
            CaregiverDay day = director.lookUpWorkingObject(from);
            for (int index = day.getPinnedCount(); index < from.getVisits().size(); index++) {
                HomecareConstruction.insert(director, day, index, director.lookUpWorkingObject(from.getVisits().get(index)));
            }
        }
    }

    /** Whether the clone's route holds the same visits (by id) in the same order. */
    private static boolean sameVisits(List<Visit> working, List<Visit> clone) {
        if (working.size() != clone.size()) {
            return false;
        }
        for (int k = 0; k < working.size(); k++) {
            if (!working.get(k).getId().equals(clone.get(k).getId())) {
                return false;
            }
        }
        return true;
    }
}
