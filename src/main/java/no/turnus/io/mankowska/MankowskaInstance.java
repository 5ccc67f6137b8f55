package no.turnus.io.mankowska;

/**
 * A home health care routing and scheduling instance of Mankowska, Meisel and Bierwirth (2014). Nodes are 0-based:
 * node 0 is the depot where routes start, node {@code nodeCount - 1} the depot where they end (same place), the
 * others are patients. Immutable: the arrays are copied in and read through index accessors.
 */
public final class MankowskaInstance {

    private final String name;
    private final int nodeCount;
    private final int caregiverCount;
    private final int serviceCount;
    private final boolean[][] requires;
    private final boolean[] doubleService;
    private final boolean[][] qualified;
    private final double[] x;
    private final double[] y;
    private final double[][] distance;
    private final double[][][] processing;
    private final double[] minGap;
    private final double[] maxGap;
    private final double[] earliest;
    private final double[] latest;

    @SuppressWarnings("java:S107") // one argument per keyword of the format
    MankowskaInstance(String name, int nodeCount, int caregiverCount, int serviceCount, boolean[][] requires,
                      boolean[] doubleService, boolean[][] qualified, double[] x, double[] y, double[][] distance,
                      double[][][] processing, double[] minGap, double[] maxGap, double[] earliest, double[] latest) {
        this.name = name;
        this.nodeCount = nodeCount;
        this.caregiverCount = caregiverCount;
        this.serviceCount = serviceCount;
        this.requires = deepCopy(requires);
        this.doubleService = doubleService.clone();
        this.qualified = deepCopy(qualified);
        this.x = x.clone();
        this.y = y.clone();
        this.distance = deepCopy(distance);
        this.processing = new double[processing.length][][];
        for (int i = 0; i < processing.length; i++) {
            this.processing[i] = deepCopy(processing[i]);
        }
        this.minGap = minGap.clone();
        this.maxGap = maxGap.clone();
        this.earliest = earliest.clone();
        this.latest = latest.clone();
    }

    private static boolean[][] deepCopy(boolean[][] a) {
        boolean[][] copy = new boolean[a.length][];
        for (int i = 0; i < a.length; i++) {
            copy[i] = a[i].clone();
        }
        return copy;
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] copy = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            copy[i] = a[i].clone();
        }
        return copy;
    }

    public String name() {
        return name;
    }

    /** Nodes including both depot copies. */
    public int nodeCount() {
        return nodeCount;
    }

    public int patientCount() {
        return nodeCount - 2;
    }

    public int startDepot() {
        return 0;
    }

    public int endDepot() {
        return nodeCount - 1;
    }

    public int caregiverCount() {
        return caregiverCount;
    }

    public int serviceCount() {
        return serviceCount;
    }

    public boolean requires(int node, int service) {
        return requires[node][service];
    }

    /** Whether the patient needs two services, simultaneous or in order within [minGap, maxGap]. */
    public boolean doubleService(int node) {
        return doubleService[node];
    }

    public boolean qualified(int caregiver, int service) {
        return qualified[caregiver][service];
    }

    public double x(int node) {
        return x[node];
    }

    public double y(int node) {
        return y[node];
    }

    /** Distance, which is also the travel time. */
    public double distance(int from, int to) {
        return distance[from][to];
    }

    public double processing(int node, int caregiver, int service) {
        return processing[node][caregiver][service];
    }

    public double minGap(int node) {
        return minGap[node];
    }

    public double maxGap(int node) {
        return maxGap[node];
    }

    /** Earliest start of service. */
    public double earliest(int node) {
        return earliest[node];
    }

    /** Latest start of service without tardiness. */
    public double latest(int node) {
        return latest[node];
    }
}
