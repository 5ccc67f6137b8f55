package no.turnus.io.orlib;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import no.turnus.io.TextTokens;
import no.turnus.problem.InvalidInputException;

/**
 * Reads the OR-Library {@code cap} format: {@code m n}; m lines {@code capacity fixed_cost}; then per customer its
 * demand followed by m allocation costs. Read as a token stream because the cost lists wrap over several lines.
 */
public final class CapReader {

    private CapReader() {
    }

    public static CapInstance read(Path path) {
        return read(path.getFileName().toString().replaceFirst("\\.txt$", ""), TextTokens.of(path));
    }

    public static CapInstance read(String name, TextTokens tokens) {
        int m = tokens.nextInt("facility count m");
        int n = tokens.nextInt("customer count n");
        if (m < 1 || n < 1) {
            throw new InvalidInputException(tokens.source(), "needs at least one facility and one customer (m=" + m
                    + ", n=" + n + ")");
        }
        List<CapInstance.Facility> facilities = new ArrayList<>();
        for (int f = 0; f < m; f++) {
            facilities.add(new CapInstance.Facility(f, tokens.nextDouble("capacity of facility " + (f + 1)),
                    tokens.nextDouble("fixed cost of facility " + (f + 1))));
        }
        List<CapInstance.Customer> customers = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            double demand = tokens.nextDouble("demand of customer " + (c + 1));
            List<Double> costs = new ArrayList<>(m);
            for (int f = 0; f < m; f++) {
                costs.add(tokens.nextDouble("cost of customer " + (c + 1) + " at facility " + (f + 1)));
            }
            customers.add(new CapInstance.Customer(c, demand, costs));
        }
        if (tokens.hasNext()) {
            throw new InvalidInputException(tokens.source(), "unexpected data after customer " + n + ": '"
                    + tokens.peek() + "'");
        }
        return new CapInstance(name, facilities, customers);
    }
}
