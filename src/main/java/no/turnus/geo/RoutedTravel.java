package no.turnus.geo;

import java.util.List;
import java.util.function.IntFunction;

import com.graphhopper.routing.querygraph.QueryGraph;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.EdgeExplorer;
import com.graphhopper.util.EdgeIterator;

import no.turnus.problem.Problems;

/**
 * A travel matrix routed on a {@link RoadNetwork}: the locations are snapped to their nearest roads (virtual
 * nodes of a query graph), then one Dijkstra search from each location runs until every location is settled:
 * n searches, not n² routes. The searches share their arrays (reset by a round stamp, not refilled) and an
 * indexed heap, so that a matrix allocates nothing per search.
 */
final class RoutedTravel {

    private final Weighting weighting;
    private final EdgeExplorer explorer;
    private final double[] weight;
    private final long[] millis;
    private final double[] meters;
    /** The search that last reached a node; a node of another round counts as unreached. */
    private final int[] round;
    private final boolean[] settled;
    private final boolean[] target;
    private final int targets;
    private final NodeHeap heap;
    private int current;

    private RoutedTravel(QueryGraph graph, Weighting weighting, int[] targetNodes) {
        this.weighting = weighting;
        this.explorer = graph.createEdgeExplorer(edge -> true);
        int nodes = graph.getNodes();
        weight = new double[nodes];
        millis = new long[nodes];
        meters = new double[nodes];
        round = new int[nodes];
        settled = new boolean[nodes];
        target = new boolean[nodes];
        int distinct = 0;
        for (int node : targetNodes) {
            distinct += target[node] ? 0 : 1;
            target[node] = true;
        }
        targets = distinct;
        heap = new NodeHeap(nodes, weight);
    }

    /**
     * @param where the JSON path of a location by its index, for problems
     * @return the matrix, or null when a location is off the roads or cut off from another (see problems)
     */
    static TravelMatrix compute(RoadNetwork network, List<Location> locations, IntFunction<String> where,
                                Problems problems) {
        List<Snap> snaps = network.snap(locations, where, problems);
        if (!problems.isEmpty()) {
            return null;
        }
        QueryGraph graph = QueryGraph.create(network.graph(), snaps);
        int n = locations.size();
        int[] node = new int[n];
        for (int i = 0; i < n; i++) {
            node[i] = snaps.get(i).getClosestNode();
        }
        RoutedTravel search = new RoutedTravel(graph, network.weighting(), node);
        int[] seconds = new int[n * n];
        int[] meters = new int[n * n];
        for (int i = 0; i < n; i++) {
            search.from(node[i]);
            for (int j = 0; j < n; j++) {
                int to = node[j];
                if (!search.reached(to)) {
                    problems.add(where.apply(j), "cannot be reached by road or ferry from " + where.apply(i)
                            + " in the OpenStreetMap extract");
                    return null;
                }
                seconds[i * n + j] = (int) Math.round(search.millis[to] / 1000.0);
                meters[i * n + j] = (int) Math.round(search.meters[to]);
            }
        }
        return new ArrayTravelMatrix(n, seconds, meters);
    }

    private boolean reached(int node) {
        return round[node] == current && settled[node];
    }

    /** Quickest paths from one node, until every location's node is settled. */
    private void from(int source) {
        current++;
        heap.clear();
        reach(source, 0, 0, 0);
        heap.push(source);
        int remaining = targets;
        while (!heap.isEmpty() && remaining > 0) {
            int node = heap.pop();
            settled[node] = true;
            remaining -= target[node] ? 1 : 0;
            EdgeIterator edge = explorer.setBaseNode(node);
            while (edge.next()) {
                int next = edge.getAdjNode();
                boolean seen = round[next] == current;
                if (seen && settled[next]) {
                    continue;
                }
                double w = weighting.calcEdgeWeight(edge, false);
                if (Double.isInfinite(w) || seen && weight[node] + w >= weight[next]) {
                    continue;
                }
                reach(next, weight[node] + w, millis[node] + weighting.calcEdgeMillis(edge, false),
                        meters[node] + edge.getDistance());
                if (seen) {
                    heap.decrease(next);
                } else {
                    heap.push(next);
                }
            }
        }
    }

    private void reach(int node, double w, long ms, double m) {
        round[node] = current;
        settled[node] = false;
        weight[node] = w;
        millis[node] = ms;
        meters[node] = m;
    }
}
