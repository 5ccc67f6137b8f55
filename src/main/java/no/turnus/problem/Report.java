package no.turnus.problem;

/**
 * What users read about a solution of a kind (plan, KPIs, broken rules): serialised by Jackson as it is. It
 * carries the score analysis, so the analysis is stored and served from the report instead of computed twice.
 */
public interface Report {

    /** The score analysis of the solution the report describes. */
    ScoreReport analysis();

    /**
     * Required work the plan leaves undone, which a planner must see whatever the score says (a roster's empty
     * required places, a home-care day's unplanned mandatory visits); 0 for kinds without such work.
     */
    default int unplannedRequired() {
        return 0;
    }

    /** The kind of the solution, written as {@code kind} so that clients tell the kinds' reports apart. */
    String kind();
}
