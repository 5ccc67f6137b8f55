package no.turnus.roster.solver;

import java.util.Iterator;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import no.turnus.roster.domain.Roster;

/**
 * What the block and weekend move factories share: the {@link BlockForm} a job's {@code mode} property chooses, the
 * {@link DayTable} each keeps up to the plan from step to step of a phase (dropped when the phase ends: the next may
 * start from a plan a problem change altered in place), and moves drawn at random only.
 */
abstract class DayTableMoves implements MoveIteratorFactory<Roster, BlockSwapMove> {

    /** Draws before a step gives up looking for a move worth offering and offers one that is not doable. */
    static final int DRAWS = 50;

    BlockForm form = BlockForm.ANY;

    final DayTable table = new DayTable();

    public void setMode(String mode) {
        this.form = BlockForm.of(mode);
    }

    @Override
    public void phaseEnded(ScoreDirector<Roster> scoreDirector) {
        table.clear();
    }

    @Override
    public Iterator<BlockSwapMove> createOriginalMoveIterator(ScoreDirector<Roster> scoreDirector) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " draws its moves at random only");
    }
}
