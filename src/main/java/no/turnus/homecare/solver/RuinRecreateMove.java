package no.turnus.homecare.solver;

import java.util.List;
import java.util.Map;

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
 * closes it to the recreate, so that the route's fixed cost is saved when its visits fit elsewhere. Timefold undoes
 * it from the changes it records.
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

    RuinRecreateMove(List<Visit> ruined, Map<Visit, List<CaregiverDay>> candidates,
                     Map<User, List<Visit>> visitsByUser, HomecareConstruction.Prices prices, CaregiverDay closed) {
        this(ruined, List.of(), candidates, visitsByUser, prices, closed);
    }

    RuinRecreateMove(List<Visit> ruined, List<List<Visit>> firsts, Map<Visit, List<CaregiverDay>> candidates,
                     Map<User, List<Visit>> visitsByUser, HomecareConstruction.Prices prices, CaregiverDay closed) {
        this.ruined = ruined;
        this.firsts = firsts;
        this.candidates = candidates;
        this.visitsByUser = visitsByUser;
        this.prices = prices;
        this.closed = closed;
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
        for (List<Visit> group : firsts) {
            HomecareConstruction.insert(director, group, candidates, visitsByUser, prices, closed, () -> false);
        }
        HomecareConstruction.insert(director, ruined, candidates, visitsByUser, prices, closed, () -> false);
    }

    @Override
    public String toString() {
        return (closed == null ? "ruin and recreate " : "empty " + closed + ": ruin and recreate ") + ruined;
    }
}
