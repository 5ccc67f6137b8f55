package no.turnus.geo;

import java.util.Map;

/** Detour factors and speeds by area type: the defaults of {@link AreaType} with a dataset's overrides. */
public record RoadSettings(Map<AreaType, Double> detour, Map<AreaType, Double> speedKmh) {

    public static final RoadSettings DEFAULT = new RoadSettings(Map.of(), Map.of());

    public RoadSettings {
        detour = detour == null ? Map.of() : Map.copyOf(detour);
        speedKmh = speedKmh == null ? Map.of() : Map.copyOf(speedKmh);
    }

    double detourOf(AreaType area) {
        return detour.getOrDefault(area, area.defaultDetour());
    }

    double speedOf(AreaType area) {
        return speedKmh.getOrDefault(area, area.defaultSpeedKmh());
    }

    /** Per area type, indexed by ordinal, so that the matrix loop does no map look-ups. */
    double[] detours() {
        double[] values = new double[AreaType.values().length];
        for (AreaType area : AreaType.values()) {
            values[area.ordinal()] = detourOf(area);
        }
        return values;
    }

    double[] speeds() {
        double[] values = new double[AreaType.values().length];
        for (AreaType area : AreaType.values()) {
            values[area.ordinal()] = speedOf(area);
        }
        return values;
    }
}
