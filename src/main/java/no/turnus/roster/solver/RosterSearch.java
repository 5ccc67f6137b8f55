package no.turnus.roster.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import no.turnus.roster.domain.Roster;
import no.turnus.roster.domain.Slot;
import no.turnus.roster.rules.RosterRuleSet;

/**
 * The roster search: the greedy construction, then Tabu search (entity tabu 7, 1 000 accepted moves a step) over
 * change and swap moves of single places and block moves of runs of days (the kind uses {@link Moves#BLOCKS}; the
 * other choices are there to measure each neighbourhood on its own). Measurements and the reasons for each choice
 * are in docs/roster.md.
 */
public final class RosterSearch {

    private RosterSearch() {
    }

    /** The configuration for a roster scored by the given rule set. */
    public static SolverConfig config(RosterRuleSet rules, Moves moves) {
        return new SolverConfig()
                .withSolutionClass(Roster.class)
                .withEntityClasses(Slot.class)
                .withConstraintProviderClass(rules.provider())
                .withPhases(construction(), tabu(moves));
    }

    /**
     * For Timefold's assignment recommendations ({@code RosterKind.recommend}), which place one employee by a
     * construction heuristic and need it as the only and first phase: the search itself starts with the greedy
     * construction, a custom phase.
     */
    public static SolverConfig recommendation(RosterRuleSet rules) {
        return config(rules, Moves.PLACES).withPhases(
                new ConstructionHeuristicPhaseConfig().withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT));
    }

    public static CustomPhaseConfig construction() {
        return new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(GreedyConstruction.class));
    }

    /** Which neighbourhoods the local search draws from, besides changing and swapping single places. */
    public enum Moves {
        /** Single places only. */
        PLACES(null),
        /** Plus block swaps and block transfers. */
        BLOCKS("any"),
        /** Plus block swaps where both work in the block. */
        BLOCK_SWAPS("swap"),
        /** Plus handing a block to someone free then. */
        BLOCK_TRANSFERS("transfer");

        private final String blockMode;

        Moves(String blockMode) {
            this.blockMode = blockMode;
        }
    }

    public static LocalSearchPhaseConfig tabu(Moves moves) {
        List<MoveSelectorConfig> selectors = new ArrayList<>(List.of(new ChangeMoveSelectorConfig(),
                new SwapMoveSelectorConfig()));
        if (moves.blockMode != null) {
            selectors.add(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(BlockMoveFactory.class)
                    .withMoveIteratorFactoryCustomProperties(Map.of("mode", moves.blockMode)));
        }
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig(selectors))
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuSize(7))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1000));
    }
}
