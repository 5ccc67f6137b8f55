package no.turnus.homecare.solver;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import no.turnus.homecare.domain.CaregiverDay;
import no.turnus.homecare.domain.HomecarePlan;
import no.turnus.homecare.domain.Visit;

/**
 * Random {@link RuinRecreateMove}s: a planned visit and the planned visits nearest to it by travel (so that the
 * recreate can reorder a neighbourhood, and empty a route whose visits all lie near others). The nearest
 * visits of each visit are computed once per phase ({@link NearestVisits}). Sequenced pairs are never ruined
 * (the insertion leaves them to first fit); a double visit is ruined with both parts.
 */
public final class RuinRecreateMoves implements MoveIteratorFactory<HomecarePlan, RuinRecreateMove> {

    private static final int MIN_RUINED = 3;
    private static final int MAX_RUINED = 12;

    private List<Visit> visits;
    private NearestVisits nearest;
    private Map<Visit, List<CaregiverDay>> candidates;
    private HomecareConstruction.Prices prices;

    @Override
    public void phaseStarted(ScoreDirector<HomecarePlan> director) {
        HomecarePlan plan = director.getWorkingSolution();
        visits = plan.getVisits();
        nearest = new NearestVisits(plan, MAX_RUINED * 2);
        candidates = HomecareConstruction.candidates(plan);
        prices = new HomecareConstruction.Prices(plan.getConstraintWeightOverrides());
    }

    @Override
    public long getSize(ScoreDirector<HomecarePlan> director) {
        return visits.size();
    }

    @Override
    public Iterator<RuinRecreateMove> createOriginalMoveIterator(ScoreDirector<HomecarePlan> director) {
        throw new UnsupportedOperationException("ruin and recreate is only selected at random");
    }

    @Override
    public Iterator<RuinRecreateMove> createRandomMoveIterator(ScoreDirector<HomecarePlan> director, Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public RuinRecreateMove next() {
                int count = MIN_RUINED + random.nextInt(MAX_RUINED - MIN_RUINED + 1);
                int seed = random.nextInt(visits.size());
                List<Visit> ruined = new ArrayList<>(count + 1);
                add(visits.get(seed), ruined);
                int[] near = nearest.of(seed);
                for (int n = 0; n < near.length && ruined.size() < count; n++) {
                    add(visits.get(near[n]), ruined);
                }
                return new RuinRecreateMove(ruined, candidates, prices);
            }
        };
    }

    private static void add(Visit visit, List<Visit> ruined) {
        if (visit.getCaregiverDay() == null || visit.getPredecessor() != null || !visit.getFollowers().isEmpty()
                || ruined.contains(visit)) {
            return;
        }
        if (visit.isDouble()) {
            for (Visit part : visit.getConcurrentGroup()) {
                if (part.getCaregiverDay() == null) {
                    return;
                }
            }
            ruined.addAll(visit.getConcurrentGroup());
        } else {
            ruined.add(visit);
        }
    }
}
