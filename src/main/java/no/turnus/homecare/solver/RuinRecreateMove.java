package no.turnus.homecare.solver;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;
import no.turnus.homecare.domain.CaregiverDay;
import no.turnus.homecare.domain.HomecarePlan;
import no.turnus.homecare.domain.User;
import no.turnus.homecare.domain.Visit;

/**
 * Takes some planned visits out of their routes (both parts of a double visit together) and puts them back with
 * {@link HomecareConstruction}'s insertion, which never waits in a circle and leaves out what fits nowhere (a
 * medium penalty, so the acceptor usually refuses such a move). A route-emptying move ruins a whole route and
 * closes it to the recreate, so that the route's fixed cost is saved when its visits fit elsewhere. With
 * {@link Blinks} the recreate passes over a place now and then. Timefold undoes it from the changes it records.
 */
final class RuinRecreateMove extends AbstractMove<HomecarePlan> {

    private final List<Visit> ruined;
    private final Map<Visit, List<CaregiverDay>> candidates;
    private final Map<User, List<Visit>> visitsByUser;
    private final HomecareConstruction.Prices prices;
    /** The route emptied and left empty; null when the recreate may use every route. */
    private final CaregiverDay closed;
    /** Groups of the ruined visits put back one group after the other before the rest: none, all by deadline. */
    private final List<List<Visit>> firsts;
    private final Blinks blinks;

    /**
     * Blinks of the recreate (Christiaens and Vanden Berghe's SISR): each place tried is passed over with this
     * probability, drawn from a generator of this seed made anew each time the move is done, so that doing it
     * again (Timefold does the chosen move once more as the step) puts the visits back the same way.
     */
    record Blinks(double rate, long seed) {

        /** No blinks: no number drawn. */
        static final Blinks NONE = new Blinks(0, 0);

        BooleanSupplier blink() {
            if (rate == 0) {
                return () -> false;
            }
            Random random = new Random(seed);
            return () -> random.nextDouble() < rate;
        }
    }

    RuinRecreateMove(List<Visit> ruined, Map<Visit, List<CaregiverDay>> candidates,
                     Map<User, List<Visit>> visitsByUser, HomecareConstruction.Prices prices, CaregiverDay closed,
                     Blinks blinks) {
        this(ruined, List.of(), candidates, visitsByUser, prices, closed, blinks);
    }

    RuinRecreateMove(List<Visit> ruined, List<List<Visit>> firsts, Map<Visit, List<CaregiverDay>> candidates,
                     Map<User, List<Visit>> visitsByUser, HomecareConstruction.Prices prices, CaregiverDay closed,
                     Blinks blinks) {
        this.ruined = ruined;
        this.firsts = firsts;
        this.candidates = candidates;
        this.visitsByUser = visitsByUser;
        this.prices = prices;
        this.closed = closed;
        this.blinks = blinks;
    }

    /** Every ruined visit still planned, after its route's pinned visits. */
    @Override
    public boolean isMoveDoable(ScoreDirector<HomecarePlan> director) {
        for (Visit visit : ruined) {
            CaregiverDay day = visit.getCaregiverDay();
            if (day == null || visit.getIndex() < day.getPinnedCount()) {
                return false;
            }
        }
        return true;
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<HomecarePlan> director) {
        for (Visit visit : ruined) {
            HomecareConstruction.remove(director, visit.getCaregiverDay(), visit.getIndex());
        }
        BooleanSupplier blink = blinks.blink();
        for (List<Visit> group : firsts) {
            HomecareConstruction.insert(director, group, candidates, visitsByUser, prices, closed, blink, () -> false);
        }
        HomecareConstruction.insert(director, ruined, candidates, visitsByUser, prices, closed, blink, () -> false);
    }

    @Override
    public String toString() {
        return (closed == null ? "ruin and recreate " : "empty " + closed + ": ruin and recreate ") + ruined;
    }
}
