package no.turnus.geo;

/**
 * A binary min-heap of graph nodes ordered by an outside weight array, with decrease-key: the node's place in
 * the heap is kept in an array, so a search pushes and reorders without allocating.
 */
final class NodeHeap {

    private final int[] nodes;
    private final int[] position;
    private final double[] weight;
    private int size;

    NodeHeap(int capacity, double[] weight) {
        this.nodes = new int[capacity];
        this.position = new int[capacity];
        this.weight = weight;
    }

    void clear() {
        size = 0;
    }

    boolean isEmpty() {
        return size == 0;
    }

    void push(int node) {
        nodes[size] = node;
        position[node] = size;
        up(size++);
    }

    /** After the node's weight went down. */
    void decrease(int node) {
        up(position[node]);
    }

    int pop() {
        int top = nodes[0];
        size--;
        if (size > 0) {
            place(nodes[size], 0);
            down(0);
        }
        return top;
    }

    private void up(int at) {
        int node = nodes[at];
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (weight[nodes[parent]] <= weight[node]) {
                break;
            }
            place(nodes[parent], at);
            at = parent;
        }
        place(node, at);
    }

    private void down(int at) {
        int node = nodes[at];
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && weight[nodes[child + 1]] < weight[nodes[child]]) {
                child++;
            }
            if (weight[nodes[child]] >= weight[node]) {
                break;
            }
            place(nodes[child], at);
            at = child;
        }
        place(node, at);
    }

    private void place(int node, int at) {
        nodes[at] = node;
        position[node] = at;
    }
}
