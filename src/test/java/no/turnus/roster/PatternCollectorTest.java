package no.turnus.roster;

import no.turnus.roster.domain.ContractRules;
import no.turnus.roster.domain.Employee;
import no.turnus.roster.domain.Slot;

import static no.turnus.roster.RosterFixture.D;
import static no.turnus.roster.RosterFixture.N;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import no.turnus.roster.input.RosterDataset.ContractSpec;
import no.turnus.roster.input.RosterDataset.InrcTerms;
import no.turnus.roster.input.RosterDataset.PatternSpec;
import no.turnus.roster.rules.PatternCollector;

/**
 * The pattern collector gives the same result whatever order shifts come and go in, also with two shifts on a day
 * (which the search passes through): an earlier version kept the type of a removed shift and corrupted the score.
 */
class PatternCollectorTest {

    private final RosterFixture two = new RosterFixture(2, false);
    private final Employee kari = two.withContract("kari", ContractRules.from(new ContractSpec("p", null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, Map.of(),
            new InrcTerms(null, null, null, null, null, null, List.of(new PatternSpec("0", 1, null,
                    List.of("N", "D")))), null, null, null, null, null, null, null)));

    @Test
    void removingOneOfTwoShiftsOnADayLeavesTheOther() {
        Slot nightDay0 = two.slot(kari, 0, N);
        Slot dayDay0 = two.slot(kari, 0, D);
        Slot dayDay1 = two.slot(kari, 1, D);
        var collector = PatternCollector.INSTANCE;

        PatternCollector.Grid grid = collector.supplier().get();
        Runnable removeDay = collector.accumulator().apply(grid, dayDay0);
        collector.accumulator().apply(grid, nightDay0);
        collector.accumulator().apply(grid, dayDay1);
        removeDay.run(); // the D of day 0 goes; the N stays: N then D matches
        PatternCollector.Matches incremental = collector.finisher().apply(grid);

        PatternCollector.Grid fresh = collector.supplier().get();
        collector.accumulator().apply(fresh, nightDay0);
        collector.accumulator().apply(fresh, dayDay1);
        assertThat(incremental).isEqualTo(collector.finisher().apply(fresh));
        assertThat(incremental.penalty()).isEqualTo(1);

        // Two shifts on day 0 read as the earliest (D at 07:30 before N at 21:45), in either order.
        PatternCollector.Grid both = collector.supplier().get();
        collector.accumulator().apply(both, nightDay0);
        collector.accumulator().apply(both, dayDay0);
        collector.accumulator().apply(both, dayDay1);
        assertThat(collector.finisher().apply(both).penalty()).isZero();
    }
}
