package no.turnus.homecare.domain;

import no.turnus.geo.TravelMatrix;

/** Travel minutes by mode over one dataset's matrix; read by the shadow variables on every move. */
public final class Travel {

    private final TravelMatrix matrix;

    public Travel(TravelMatrix matrix) {
        this.matrix = matrix;
    }

    public TravelMatrix matrix() {
        return matrix;
    }

    public int minutes(TravelMode mode, int from, int to) {
        if (mode == TravelMode.CAR) {
            return matrix.minutes(from, to);
        }
        return (int) Math.ceil(matrix.meters(from, to) / (mode.kmh() / 3.6) / 60);
    }
}
