package no.turnus.geo;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How travel is worked out from coordinates: detour factors and speeds by area type (the defaults of
 * {@link AreaType} with a dataset's overrides) for the straight-line model, or, with {@code osm}, real roads: the
 * name of an OpenStreetMap extract the municipality placed in the service's road directory
 * ({@link RoadNetworks}), routed by GraphHopper.
 */
public record RoadSettings(Map<AreaType, Double> detour, Map<AreaType, Double> speedKmh,
                           @Schema(maxLength = 100, example = "narvik.osm.pbf", description = "File name of an "
                                   + "OpenStreetMap extract in the service's osm/ directory: travel routed on it")
                           String osm) {

    public static final RoadSettings DEFAULT = new RoadSettings(Map.of(), Map.of(), null);

    public RoadSettings {
        detour = detour == null ? Map.of() : Map.copyOf(detour);
        speedKmh = speedKmh == null ? Map.of() : Map.copyOf(speedKmh);
    }

    /** Whether travel is routed on an OSM extract rather than estimated from the straight line. */
    public boolean routed() {
        return osm != null;
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
