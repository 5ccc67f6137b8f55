package no.turnus.io.mankowska;

import java.util.List;

/** One route per caregiver (index = caregiver), each the (patient, service) visits in order; depots implied. */
public record MankowskaSolution(List<List<Visit>> routes) {

    public MankowskaSolution {
        routes = routes.stream().map(List::copyOf).toList();
    }

    public record Visit(int node, int service) {
    }
}
