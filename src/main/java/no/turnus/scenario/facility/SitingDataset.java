package no.turnus.scenario.facility;

import java.util.List;

import no.turnus.problem.Dataset;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A site-selection problem (lokalisering av baser) as read from JSON: candidate sites with capacity and opening
 * cost, demand points with the cost of serving them from each site, and an optional cap on open sites. A demand
 * point's {@code site} is the plan: which site serves all of its demand (null when unplanned). Quantities and
 * costs are decimals in input units; fields are boxed so that a missing value is reported, not read as zero.
 *
 * @param maxOpenSites at most this many sites may be open; null for no limit
 */
public record SitingDataset(String kind, String name, List<Site> sites, List<Demand> demandPoints,
                            Integer maxOpenSites) implements Dataset {

    public static final String KIND = "siting";

    public SitingDataset {
        sites = sites == null ? List.of() : sites;
        demandPoints = demandPoints == null ? List.of() : demandPoints;
    }

    /** A candidate site (base, legevakt). */
    public record Site(String id, @Schema(minimum = "0", maximum = "1e9") Double capacity,
                       @Schema(minimum = "0", maximum = "1e9") Double fixedCost) {
    }

    /**
     * A place with demand.
     *
     * @param allocationCosts cost of serving all of this demand from each site, in the order of {@code sites}
     * @param site            the id of the site that serves it, or null
     */
    @Schema(name = "SitingDemand")
    public record Demand(String id, @Schema(minimum = "0", maximum = "1e9") Double demand, List<Double> allocationCosts,
                         String site) {
    }
}
