package no.turnus.io.inrc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import no.turnus.roster.domain.Roster;
import no.turnus.roster.input.RosterDataset;
import no.turnus.roster.RosterKind;

/**
 * The INRC-2010 conformance solutions scored by the roster engine: the instance and solution are mapped onto a
 * roster dataset and plan, and the roster constraints must give the expected objective (soft score, negated) and
 * the expected hard count (hard plus medium: overstaffing, double shifts, uncovered places).
 */
class InrcRosterMappingTest {

    static final RosterKind KIND = new RosterKind();
    /** Scores with the INRC-2010 rule set the mapped datasets name. */
    static final SolutionManager<Roster, HardMediumSoftScore> MANAGER = SolutionManager.create(SolverFactory.create(
            KIND.solverConfig().withConstraintProviderClass(InrcRosterConstraints.class)));

    static Stream<Arguments> conformanceCases() throws IOException {
        return InrcConformanceTest.conformanceCases();
    }

    static HardMediumSoftScore score(RosterDataset dataset) {
        assertThat(KIND.validate(dataset)).as("mapped dataset is valid").isEmpty();
        Roster roster = KIND.toSolution(dataset, Map.of());
        return MANAGER.update(roster);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conformanceCases")
    void rosterEngineReproducesTheExpectedPenalty(String name, InrcConformanceTest.Case c) throws IOException {
        InrcInstance instance = InrcXmlReader.read(InrcConformanceTest.instanceFile(c.test()));
        InrcSolution solution = InrcSolutionXml.read(InrcConformanceTest.solutionFile(c));
        RosterDataset dataset = InrcRosterMapping.dataset(instance, solution);
        HardMediumSoftScore score = score(dataset);
        Roster roster = KIND.toSolution(dataset, Map.of());
        assertThat(-score.softScore())
                .as("roster soft score; INRC by rule %s; roster %s",
                        InrcEvaluator.evaluate(instance, solution).penaltyByRule(), MANAGER.explain(roster).getSummary())
                .isEqualTo(c.soft());
        assertThat(-score.hardScore() - score.mediumScore()).as("hard + medium").isEqualTo(c.hard());
    }
}
