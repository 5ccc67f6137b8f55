package no.turnus.io.solomon;

import java.util.List;

/**
 * A Solomon (1987) VRPTW instance: a fleet of identical vehicles and the nodes, node 0 being the depot. Distances
 * are Euclidean and travel time equals distance.
 */
public record SolomonInstance(String name, int vehicleCount, int capacity, List<Node> nodes) {

    public SolomonInstance {
        nodes = List.copyOf(nodes);
    }

    public record Node(int id, double x, double y, int demand, int readyTime, int dueDate, int serviceTime) {
    }

    public Node depot() {
        return nodes.get(0);
    }

    public int customerCount() {
        return nodes.size() - 1;
    }

    public double distance(int from, int to) {
        Node a = nodes.get(from);
        Node b = nodes.get(to);
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }
}
