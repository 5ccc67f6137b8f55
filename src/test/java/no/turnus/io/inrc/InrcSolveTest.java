package no.turnus.io.inrc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import no.turnus.StepLimitedSolve;
import no.turnus.problem.BokmalExplanations;
import no.turnus.roster.domain.Roster;
import no.turnus.roster.input.RosterDataset;
import no.turnus.roster.RosterKind;
import no.turnus.BenchInstances;

/**
 * sprint01 solved by the roster solver: the plan's roster score is the INRC objective of its exported XML. The solves
 * are seeded and step-limited (the same plan on any machine); how close they get to the best known value is the
 * benchmark gate's question ({@code bench ci}), not this test's.
 */
class InrcSolveTest {

    /** Incremental scores checked against full recalculation after every move (sprint04 once hit a corruption). */
    @Test
    void incrementalScoreMatchesFullRecalculation() {
        InrcInstance instance = InrcXmlReader.read(BenchInstances.of("inrc2010/sprint04.xml"));
        RosterKind kind = new RosterKind();
        Roster problem = kind.toSolution(InrcRosterMapping.dataset(instance), Map.of());
        Roster solved = SolverFactory.<Roster>create(StepLimitedSolve.config(kind.solverConfig(problem)
                        .withEnvironmentMode(ai.timefold.solver.core.config.solver.EnvironmentMode.FULL_ASSERT), 2, 1L))
                .buildSolver().solve(problem);
        // The first fit already covers every slot without a hard breach, and the best plan is never worse.
        assertThat(solved.getScore().hardScore()).isZero();
    }

    @Test
    void solvedSprintScoresTheSameInTheRosterEngineAndTheEvaluator(@TempDir Path dir) throws Exception {
        InrcInstance instance = InrcXmlReader.read(BenchInstances.of("inrc2010/sprint01.xml"));
        RosterKind kind = new RosterKind();
        RosterDataset dataset = InrcRosterMapping.dataset(instance);
        assertThat(kind.validate(dataset)).isEmpty();
        Roster solved = StepLimitedSolve.solve(kind, kind.toSolution(dataset, Map.of()), 50, 1L).best();
        HardMediumSoftScore score = solved.getScore();
        assertThat(score.hardScore()).isZero();
        assertThat(score.mediumScore()).as("every cover met").isZero();
        // The INRC-2010 rule set explains its breaches in bokmål too.
        assertThat(BokmalExplanations.assertInBokmal(kind.report(solved).analysis())).isNotEmpty();

        InrcSolution solution = InrcRosterMapping.solution(instance, kind.toDataset(dataset, solved));
        Path xml = dir.resolve("sprint01-solution.xml");
        InrcSolutionXml.write(solution, xml);
        InrcSolution reread = InrcSolutionXml.read(xml);
        InrcEvaluation evaluation = InrcEvaluator.evaluate(instance, reread);
        assertThat(evaluation.hardViolations()).isZero();
        assertThat(evaluation.softPenalty()).isEqualTo(-score.softScore()).isEqualTo(reread.softConstraintsPenalty());
        // Never below the best known 56, and the local search improved on the construction alone (First Fit, 83).
        var construction = kind.solverConfig(kind.toSolution(dataset, Map.of()));
        construction.setPhaseConfigList(construction.getPhaseConfigList().subList(0, 1));
        Roster firstFit = SolverFactory.<Roster>create(construction).buildSolver()
                .solve(kind.toSolution(dataset, Map.of()));
        assertThat(evaluation.softPenalty()).isGreaterThanOrEqualTo(56).isLessThan(-firstFit.getScore().softScore());
        assertThat(Files.readString(xml)).contains("<SoftConstraintsPenalty>" + evaluation.softPenalty());
    }
}
