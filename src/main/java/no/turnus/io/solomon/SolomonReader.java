package no.turnus.io.solomon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import no.turnus.io.TextTokens;
import no.turnus.io.solomon.SolomonInstance.Node;
import no.turnus.problem.InvalidInputException;

/** Reads the Solomon text format: name, VEHICLE NUMBER CAPACITY, CUSTOMER header, then 7 numbers per node. */
public final class SolomonReader {

    private SolomonReader() {
    }

    public static SolomonInstance read(Path path) {
        return read(TextTokens.of(path));
    }

    public static SolomonInstance read(TextTokens tokens) {
        String name = tokens.next("instance name");
        tokens.skipPast("CAPACITY");
        int vehicles = tokens.nextInt("vehicle number");
        int capacity = tokens.nextInt("vehicle capacity");
        tokens.skipPast("CUSTOMER");
        // The column header's words vary between files ("SERVICE TIME", "SERVICE   TIME"): skip to the first number.
        while (tokens.hasNext() && !tokens.peek().matches("-?\\d+(\\.\\d*)?")) {
            tokens.next("column header");
        }
        List<Node> nodes = new ArrayList<>();
        while (tokens.hasNext()) {
            String what = "node " + nodes.size();
            int id = tokens.nextInt(what + " number");
            if (id != nodes.size()) {
                throw new InvalidInputException(tokens.source(), "node numbers must run 0, 1, 2, ... (found " + id
                        + " at position " + nodes.size() + ")");
            }
            nodes.add(new Node(id, tokens.nextDouble(what + " x"), tokens.nextDouble(what + " y"),
                    tokens.nextInt(what + " demand"), tokens.nextInt(what + " ready time"),
                    tokens.nextInt(what + " due date"), tokens.nextInt(what + " service time")));
        }
        if (nodes.size() < 2) {
            throw new InvalidInputException(tokens.source(), "needs a depot and at least one customer");
        }
        return new SolomonInstance(name, vehicles, capacity, nodes);
    }
}
