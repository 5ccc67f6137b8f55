package no.turnus.geo;

/** A travel matrix held as two flat {@code n × n} int arrays, row by origin. */
public final class ArrayTravelMatrix implements TravelMatrix {

    private final int size;
    private final int[] seconds;
    private final int[] meters;

    public ArrayTravelMatrix(int size, int[] seconds, int[] meters) {
        if (seconds.length != size * size || meters.length != size * size) {
            throw new IllegalArgumentException("matrix arrays must hold " + size + "×" + size + " cells");
        }
        this.size = size;
        this.seconds = seconds;
        this.meters = meters;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int seconds(int from, int to) {
        return seconds[from * size + to];
    }

    @Override
    public int meters(int from, int to) {
        return meters[from * size + to];
    }
}
