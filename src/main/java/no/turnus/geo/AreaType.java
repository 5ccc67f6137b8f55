package no.turnus.geo;

/**
 * What the roads between two places are like. The defaults are rough Norwegian figures: road distance in
 * fjord terrain is about 1.2–2× the straight line (domain.md §4), and speeds are mean driving speeds with
 * parking and slow stretches included. A dataset can override both per area type.
 */
public enum AreaType {
    /** Town (tettsted): short trips, many crossings, parking. */
    URBAN(1.3, 35),
    /** Countryside along main roads (E6/E10). */
    RURAL(1.4, 60),
    /** Along fjords and through valleys: roads go round the fjord arms. */
    FJORD(1.8, 60);

    private final double defaultDetour;
    private final double defaultSpeedKmh;

    AreaType(double defaultDetour, double defaultSpeedKmh) {
        this.defaultDetour = defaultDetour;
        this.defaultSpeedKmh = defaultSpeedKmh;
    }

    public double defaultDetour() {
        return defaultDetour;
    }

    public double defaultSpeedKmh() {
        return defaultSpeedKmh;
    }
}
