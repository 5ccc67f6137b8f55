package no.turnus.io.orlib;

import java.util.List;

/**
 * An OR-Library capacitated warehouse location instance (Beasley 1988, files {@code cap*}): facilities with a
 * capacity and a fixed opening cost, customers with a demand and, per facility, the cost of allocating all of that
 * customer's demand there. Costs are decimals in the files.
 */
public record CapInstance(String name, List<Facility> facilities, List<Customer> customers) {

    public CapInstance {
        facilities = List.copyOf(facilities);
        customers = List.copyOf(customers);
    }

    public record Facility(int index, double capacity, double fixedCost) {
    }

    /** {@code allocationCosts.get(f)}: cost of serving all the demand from facility f. */
    public record Customer(int index, double demand, List<Double> allocationCosts) {
        public Customer {
            allocationCosts = List.copyOf(allocationCosts);
        }
    }
}
