package no.turnus.io.solomon;

import java.util.List;

/** A VRPTW solution: one route per used vehicle, each the customer numbers in visiting order (depot implied). */
public record SolomonSolution(List<List<Integer>> routes) {

    public SolomonSolution {
        routes = routes.stream().map(List::copyOf).toList();
    }
}
