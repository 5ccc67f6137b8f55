package no.turnus.scenario;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import no.turnus.geo.AreaType;
import no.turnus.homecare.input.HomecareDataset;
import no.turnus.problem.Dataset;
import no.turnus.roster.input.RosterDataset;

/**
 * A scenario set (kind {@code "scenario"}) as read from JSON: a baseline (a home-care and/or a roster dataset),
 * named scenarios that each change the baseline, layouts to optimise (the best k bases among candidate sites,
 * handed back as one more scenario), coverage questions and unit costs. {@code results} is the evaluated
 * comparison, written when the set has been solved.
 *
 * @param baseCoverageMinutes a user counts as near a base within this many minutes of driving (default 30)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScenarioSet(String kind, String name, Baseline baseline, List<Scenario> scenarios,
                          List<OptimiseSpec> optimise, List<CoverageSpec> coverage, UnitCosts costs,
                          Integer baseCoverageMinutes, Comparison results) implements Dataset {

    public static final String KIND = "scenario";
    static final int DEFAULT_BASE_COVERAGE_MINUTES = 30;

    public ScenarioSet {
        scenarios = scenarios == null ? List.of() : scenarios;
        optimise = optimise == null ? List.of() : optimise;
        coverage = coverage == null ? List.of() : coverage;
        costs = costs == null ? UnitCosts.DEFAULT : costs;
    }

    int coverageMinutes() {
        return baseCoverageMinutes == null ? DEFAULT_BASE_COVERAGE_MINUTES : baseCoverageMinutes;
    }

    ScenarioSet withResults(Comparison comparison) {
        return new ScenarioSet(kind, name, baseline, scenarios, optimise, coverage, costs, baseCoverageMinutes,
                comparison);
    }

    /**
     * What a scenario changes: the home-care plan, the roster, or both (at least one), and optionally the
     * institutions (sites, units and beds, staff homes) the roster's wards work in.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Baseline(HomecareDataset homecare, RosterDataset roster, Facilities facilities) {

        /** Datasets without institutions. */
        public Baseline(HomecareDataset homecare, RosterDataset roster) {
            this(homecare, roster, null);
        }
    }

    /** A named option: the baseline with these changes, applied in order. */
    public record Scenario(String name, String description, List<Change> changes) {
        public Scenario {
            changes = changes == null ? List.of() : changes;
        }
    }

    /**
     * Choose the best {@code bases} locations among {@code candidates}: for the baseline's home-care users
     * (weighted by visit minutes, capacities in visit minutes), evaluated as one more scenario; or, with
     * {@code places}, for a service to the population such as a legevakt (weighted by inhabitants), reported only.
     */
    public record OptimiseSpec(String name, Integer bases, List<Place> candidates, List<Place> places) {
        public OptimiseSpec {
            candidates = candidates == null ? List.of() : candidates;
            places = places == null ? List.of() : places;
        }
    }

    /**
     * Who is within {@code minutes} of driving of the nearest of {@code services} (legevakt, base): the share of
     * the population of {@code places} (or of the baseline's home-care users, one each, when none are given).
     */
    public record CoverageSpec(String name, Integer minutes, List<Place> services, List<Place> places) {
        public CoverageSpec {
            services = services == null ? List.of() : services;
            places = places == null ? List.of() : places;
        }
    }

    /**
     * A place on the map: a candidate site, a service location or a populated place.
     *
     * @param population      inhabitants (coverage places)
     * @param capacityMinutes visit minutes a base here can serve in the plan period (candidates; null: no limit)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Place(String id, String name, Double latitude, Double longitude, AreaType area, Integer population,
                        Integer capacityMinutes) {
    }

    /**
     * Unit costs for the comparison (NOK). Defaults: 450 NOK per hour of work — an assumption: a helsefagarbeider
     * or nurse with holiday pay, pension and employer's tax; 5.00 NOK per km — statens sats for
     * kjøregodtgjørelse 2025; 40 % overtime supplement — the minimum of AML §10-6 (11).
     */
    public record UnitCosts(Double nokPerHour, Double nokPerKm, Double overtimeSupplement) {
        public static final UnitCosts DEFAULT = new UnitCosts(null, null, null);

        public UnitCosts {
            nokPerHour = nokPerHour == null ? 450.0 : nokPerHour;
            nokPerKm = nokPerKm == null ? 5.0 : nokPerKm;
            overtimeSupplement = overtimeSupplement == null ? 0.4 : overtimeSupplement;
        }
    }
}
