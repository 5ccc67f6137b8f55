package no.turnus.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import no.turnus.roster.domain.Roster;

/**
 * The search each kind of roster gets ({@link RosterSearch#config(Roster)}): Tabu on INRC's sprint and medium
 * instances, annealing from 1soft over the same moves on INRC's long ones, and annealing from 4soft with targeted
 * weekend moves and change moves at a lower weight on a large Norwegian roster.
 */
class RosterSearchTest {

    @ParameterizedTest
    @CsvSource({
            "inrc:sprint01, , false",
            "inrc:medium01, , false",
            "inrc:long01, 0hard/0medium/1soft, false",
            "roster-merged.json, 0hard/0medium/4soft, true"})
    void eachRosterGetsTheSearchMeasuredForItsKind(String name, String annealingStart, boolean weekendMoves) {
        Roster problem = name.startsWith("inrc:") ? RosterSolverTestData.inrc(name.substring("inrc:".length()))
                : RosterSolverTestData.sample(name);
        LocalSearchPhaseConfig search = (LocalSearchPhaseConfig) RosterSearch.config(problem).getPhaseConfigList().get(1);

        assertThat(search.getAcceptorConfig().getSimulatedAnnealingStartingTemperature()).isEqualTo(annealingStart);
        assertThat(search.getAcceptorConfig().getEntityTabuSize()).isEqualTo(annealingStart == null ? 7 : null);
        assertThat(search.getForagerConfig().getAcceptedCountLimit())
                .isEqualTo(annealingStart == null ? RosterSearch.acceptedPerStep(problem) : 1);
        assertThat(((UnionMoveSelectorConfig) search.getMoveSelectorConfig()).getMoveSelectorList())
                .as("targeted weekend moves among the neighbourhoods")
                .filteredOn(moves -> moves instanceof MoveIteratorFactoryConfig factory
                        && factory.getMoveIteratorFactoryClass() == WeekendMoveFactory.class)
                .hasSize(weekendMoves ? 1 : 0);
        assertThat(((UnionMoveSelectorConfig) search.getMoveSelectorConfig()).getMoveSelectorList())
                .as("change moves at a lower weight where the search anneals with weekend moves")
                .filteredOn(moves -> moves instanceof ChangeMoveSelectorConfig)
                .singleElement().extracting(MoveSelectorConfig::getFixedProbabilityWeight)
                .isEqualTo(weekendMoves ? RosterSearch.CHANGE_WEIGHT : null);
    }
}
