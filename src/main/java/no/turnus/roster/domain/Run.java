package no.turnus.roster.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.ToIntFunction;

import ai.timefold.solver.core.api.score.stream.common.Sequence;
import ai.timefold.solver.core.api.score.stream.common.SequenceChain;

/**
 * A run of consecutive working (or free) days or weekends of one employee, found from the consecutive
 * sequences Timefold keeps incrementally. In a cyclic roster the run at the end joins the run at the start.
 *
 * @param first  index of the first day (or week) of the run
 * @param length number of days (or weeks)
 * @param open   the run touches the edge of a non-cyclic horizon, so it may continue outside it: a minimum
 *               length cannot be judged
 */
public record Run(int first, int length, boolean open) {

    /** Runs of items (working days, weekends) in a period of {@code size} indices. */
    public static <T> List<Run> worked(SequenceChain<T, Integer> chain, ToIntFunction<T> index, int size,
                                       boolean cyclic) {
        List<Run> runs = new ArrayList<>();
        Collection<Sequence<T, Integer>> sequences = chain.getConsecutiveSequences();
        if (sequences.isEmpty()) {
            return runs;
        }
        int firstStart = index.applyAsInt(chain.getFirstSequence().getFirstItem());
        int lastEnd = index.applyAsInt(chain.getLastSequence().getLastItem());
        boolean wraps = cyclic && sequences.size() > 1 && firstStart == 0 && lastEnd == size - 1;
        for (Sequence<T, Integer> sequence : sequences) {
            int start = index.applyAsInt(sequence.getFirstItem());
            int end = index.applyAsInt(sequence.getLastItem());
            int length = end - start + 1;
            if (wraps && sequence.isFirst()) {
                continue; // counted with the last run
            }
            if (wraps && sequence.isLast()) {
                length += index.applyAsInt(chain.getFirstSequence().getLastItem()) + 1;
            }
            runs.add(new Run(start, length, !cyclic && (start == 0 || end == size - 1)));
        }
        return runs;
    }

    /**
     * Runs of free indices around the worked ones ({@code chain} null: nothing worked). In a non-cyclic period the
     * free runs at its edges are {@code open}; in a cyclic one the run after the last worked index wraps round.
     */
    public static <T> List<Run> free(SequenceChain<T, Integer> chain, ToIntFunction<T> index, int size,
                                     boolean cyclic) {
        List<Run> runs = new ArrayList<>();
        if (chain == null || chain.getConsecutiveSequences().isEmpty()) {
            runs.add(new Run(0, size, !cyclic));
            return runs;
        }
        int firstStart = index.applyAsInt(chain.getFirstSequence().getFirstItem());
        if (!cyclic && firstStart > 0) {
            runs.add(new Run(0, firstStart, true));
        }
        int previousEnd = -1;
        for (Sequence<T, Integer> sequence : chain.getConsecutiveSequences()) {
            int start = index.applyAsInt(sequence.getFirstItem());
            if (previousEnd >= 0 && start - previousEnd > 1) {
                runs.add(new Run(previousEnd + 1, start - previousEnd - 1, false));
            }
            previousEnd = index.applyAsInt(sequence.getLastItem());
        }
        if (cyclic) {
            int wrapLength = size - 1 - previousEnd + firstStart;
            if (wrapLength > 0) {
                runs.add(new Run((previousEnd + 1) % size, wrapLength, false));
            }
        } else if (previousEnd < size - 1) {
            runs.add(new Run(previousEnd + 1, size - 1 - previousEnd, true));
        }
        return runs;
    }
}
