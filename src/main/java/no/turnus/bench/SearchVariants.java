package no.turnus.bench;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.PillarSwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;

/**
 * Local-search variants of a kind's own solver configuration, for the Timefold benchmarker: the same
 * construction and moves, with Tabu search, Late Acceptance or Simulated Annealing, each with and without pillar
 * swaps (two people trade whole blocks of work, e.g. a weekend).
 */
public final class SearchVariants {

    /** A named configuration to benchmark. */
    public record Variant(String name, SolverConfig config) {
    }

    private SearchVariants() {
    }

    /**
     * @param base        the kind's configuration (construction heuristic, then one local search phase)
     * @param temperature the Simulated Annealing starting temperature as score text, e.g. {@code 0hard/0medium/10soft}
     */
    public static List<Variant> of(SolverConfig base, String temperature) {
        LocalSearchPhaseConfig own = localSearch(base);
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("Own configuration", base));
        variants.add(new Variant("Own configuration with pillar swaps", with(base, own.copyConfig()
                .withMoveSelectorConfig(withPillarSwaps(own.getMoveSelectorConfig())))));
        variants.add(new Variant("Tabu (entity 7) 100 accepted", with(base, own.copyConfig()
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuSize(7))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(100)))));
        for (boolean pillars : new boolean[]{false, true}) {
            MoveSelectorConfig<?> moves = pillars ? withPillarSwaps(own.getMoveSelectorConfig()) : own.getMoveSelectorConfig();
            String suffix = pillars ? " with pillar swaps" : "";
            variants.add(new Variant("Late Acceptance 400" + suffix, with(base, new LocalSearchPhaseConfig()
                    .withMoveSelectorConfig((MoveSelectorConfig<?>) moves.copyConfig())
                    .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(400))
                    .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1)))));
            variants.add(new Variant("Simulated Annealing (" + temperature.replace('/', ' ') + ")" + suffix, with(base, new LocalSearchPhaseConfig()
                    .withMoveSelectorConfig((MoveSelectorConfig<?>) moves.copyConfig())
                    .withAcceptorConfig(new LocalSearchAcceptorConfig().withSimulatedAnnealingStartingTemperature(temperature))
                    .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1)))));
        }
        return variants;
    }

    private static LocalSearchPhaseConfig localSearch(SolverConfig base) {
        return base.getPhaseConfigList().stream()
                .filter(LocalSearchPhaseConfig.class::isInstance)
                .map(LocalSearchPhaseConfig.class::cast)
                .reduce((first, second) -> second)
                .orElseThrow(() -> new IllegalArgumentException("the configuration has no local search phase"));
    }

    /** The base configuration with its (last) local search phase replaced. */
    @SuppressWarnings("rawtypes")
    private static SolverConfig with(SolverConfig base, LocalSearchPhaseConfig localSearch) {
        LocalSearchPhaseConfig own = localSearch(base);
        List<PhaseConfig> phases = new ArrayList<>();
        for (PhaseConfig phase : base.getPhaseConfigList()) {
            phases.add(phase == own ? localSearch : (PhaseConfig) phase.copyConfig());
        }
        return new SolverConfig(base).withPhaseList(phases);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static MoveSelectorConfig<?> withPillarSwaps(MoveSelectorConfig<?> moves) {
        List<MoveSelectorConfig> selectors = new ArrayList<>();
        if (moves instanceof UnionMoveSelectorConfig union) {
            union.getMoveSelectorList().forEach(selector -> selectors.add((MoveSelectorConfig) selector.copyConfig()));
        } else if (moves != null) {
            selectors.add((MoveSelectorConfig) moves.copyConfig());
        }
        selectors.add(new PillarSwapMoveSelectorConfig());
        return new UnionMoveSelectorConfig(selectors);
    }
}
