package no.turnus.problem;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import ai.timefold.solver.core.api.score.Score;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import ai.timefold.solver.core.impl.solver.scope.SolverScope;

/** How a kind is solved unless it says otherwise ({@link ProblemKind#solve}): one Timefold solver run. */
final class TimefoldSolve {

    /** One solution manager per kind class, for scores and analyses (search settings do not matter there). */
    private static final Map<List<Class<?>>, SolutionManager<?, ?>> MANAGERS = new ConcurrentHashMap<>();

    private TimefoldSolve() {
    }

    static <S> Solved<S> solve(ProblemKind<?, S> kind, S problem, SolveRequest request, SolveContext<S> context) {
        SolverConfig config = new SolverConfig(kind.solverConfig(problem)).withTerminationConfig(request.termination());
        if (request.seed() != null) {
            config.setRandomSeed(request.seed());
        }
        SolverFactory<S> factory = SolverFactory.create(config);
        Solver<S> solver = factory.buildSolver();
        solver.addEventListener(event -> {
            Score<?> score = event.getNewBestScore();
            context.best(new Best<>(event.getNewBestSolution(), score, score.toString(),
                    event.isNewBestSolutionInitialized() && score.isFeasible(), event.getTimeMillisSpent()));
        });
        SolveControl control = context.control();
        DefaultSolver<S> measured = (DefaultSolver<S>) solver;
        if (request.id() != null) {
            measured.setMonitorTagMap(Map.of("solver.id", request.id()));
        }
        measured.addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
            @Override
            public void solvingStarted(SolverScope<S> solverScope) {
                if (control.stopped()) {
                    solver.terminateEarly();
                }
            }
        });
        control.attach(solver);
        S best;
        try {
            best = solver.solve(problem);
        } finally {
            control.detach(solver);
        }
        Score<?> score = SolutionManager.create(factory).update(best);
        return new Solved<>(best, score, score.toString(), score.isFeasible(), measured.getTimeMillisSpent() / 1000.0,
                measured.getMoveEvaluationSpeed(), measured.getScoreCalculationSpeed());
    }

    @SuppressWarnings("unchecked")
    static <S> SolutionManager<S, ?> solutionManager(ProblemKind<?, S> kind, S solution) {
        // One per rule set: a kind may score its problems with different constraint providers (INRC-2010 rosters).
        SolverConfig config = kind.solverConfig(solution);
        Class<?> rules = config.getScoreDirectorFactoryConfig().getConstraintProviderClass();
        return (SolutionManager<S, ?>) MANAGERS.computeIfAbsent(List.of(kind.getClass(), rules == null ? kind.getClass() : rules),
                key -> SolutionManager.create(SolverFactory.create(config)));
    }
}
