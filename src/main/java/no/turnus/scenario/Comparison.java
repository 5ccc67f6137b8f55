package no.turnus.scenario;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import no.turnus.problem.Report;
import no.turnus.problem.ScoreReport;

import no.turnus.scenario.ScenarioSet.Scenario;
import no.turnus.scenario.ScenarioSet.UnitCosts;

/**
 * The evaluated scenario set: one row per option (the baseline first), each with its measures and their
 * difference to the baseline; the coverage answers; and the layouts the optimiser chose.
 *
 * @param timeLimit the time each dataset of each option was solved for (ISO duration)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Comparison(String name, String timeLimit, Long seed, UnitCosts costs, int baseCoverageMinutes,
                         List<Row> rows, List<CoverageResult> coverage, List<Layout> layouts) implements Report {

    /** The kind, written with the report so that a client tells the kinds' reports apart. */
    @Override
    @com.fasterxml.jackson.annotation.JsonProperty(value = "kind", access = com.fasterxml.jackson.annotation.JsonProperty.Access.READ_ONLY)
    public String kind() {
        return ScenarioSet.KIND;
    }

    public static final String BASELINE = "baseline";

    /**
     * {@code STOPPED}: left out because the evaluation was stopped before it started, or cut short by a stop while
     * it solved (then with the measures of the plans found until then).
     */
    public enum Status { QUEUED, SOLVING, DONE, FAILED, STOPPED }

    /** What is shown in place of a score: how many options are done, failed and stopped. */
    public String progress() {
        long done = rows.stream().filter(r -> r.status() == Status.DONE).count();
        long failed = rows.stream().filter(r -> r.status() == Status.FAILED).count();
        long stopped = rows.stream().filter(r -> r.status() == Status.STOPPED).count();
        return done + "/" + rows.size() + " options done" + (failed > 0 ? ", " + failed + " failed" : "")
                + (stopped > 0 ? ", " + stopped + " stopped" : "");
    }

    /** Whether every option was solved (none failed, none left): what is shown in place of feasibility. */
    public boolean complete() {
        return rows.stream().allMatch(r -> r.status() == Status.DONE);
    }

    /** No rules of its own: the progress in place of the score, and no broken rules. */
    @Override
    @JsonIgnore
    public ScoreReport analysis() {
        return new ScoreReport(progress(), complete(), List.of());
    }

    /**
     * @param measures   by {@link Measure#key()}; a measure that does not apply is left out
     * @param difference scenario minus baseline, by the same keys (empty for the baseline itself)
     * @param score      the score of each solved dataset, by kind ({@code homecare}, {@code roster})
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Row(String scenario, String description, Status status, Map<String, Double> measures,
                      Map<String, Double> difference, Map<String, String> score, String error) {

        Row with(Status newStatus) {
            return new Row(scenario, description, newStatus, measures, difference, score, error);
        }
    }

    /**
     * @param population        inhabitants of the places with a population (home-care users: one each; no place
     *                          with a population: one per place)
     * @param coveredPercent    share of that population within {@code minutes} of the nearest service, rounded
     *                          down: 100 only when every place with people counted is within
     * @param worstServed       the places farthest from any service, worst first
     * @param outside           every place beyond {@code minutes}, worst first
     * @param withoutPopulation places without a population, left out of the share (still listed when outside)
     * @param everyPlaceWithin  no place at all is beyond {@code minutes}
     */
    public record CoverageResult(String name, int minutes, long population, double coveredPercent,
                                 List<Served> worstServed, List<Served> outside, int withoutPopulation,
                                 boolean everyPlaceWithin) {
    }

    /** @param population inhabitants, or null when the place has no population given */
    public record Served(String place, Long population, String nearestService, int minutes) {
    }

    /**
     * A layout chosen by the optimiser and, for home-care bases, the scenario that puts it in place (evaluated as a
     * row named like it); null for a service chosen for populated places (legevakt).
     *
     * @param meanMinutes demand-weighted mean driving time between a base and what it serves
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Layout(String name, List<OpenBase> bases, double meanMinutes, Scenario scenario) {
    }

    /**
     * @param served the users (or populated places) this base serves
     * @param demand their visit minutes (or inhabitants)
     */
    public record OpenBase(String id, List<String> served, int demand) {
    }

    Row row(String scenario) {
        return rows.stream().filter(r -> r.scenario().equals(scenario)).findFirst().orElseThrow();
    }
}
