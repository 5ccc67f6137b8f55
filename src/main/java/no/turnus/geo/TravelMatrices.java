package no.turnus.geo;

import java.lang.ref.SoftReference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import no.turnus.problem.Problems;

/**
 * Travel matrices from coordinates: routed on the dataset's OpenStreetMap extract when its road settings name one
 * ({@link RoadNetwork} keeps those on disk), else straight-line ones, computed once per set of locations, ferries and road settings and handed out
 * again: a scenario set asks for the baseline's travel for every option whose places did not move, and again for
 * its coverage and layout questions. The last few are kept, softly, so that a large matrix gives way under
 * memory pressure instead of being pinned by the cache.
 */
public final class TravelMatrices {

    private static final int KEPT = 8;

    private record Key(List<Location> locations, List<FerryLink> ferries, RoadSettings roads) {
    }

    private static final Map<Key, SoftReference<TravelMatrix>> RECENT = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, SoftReference<TravelMatrix>> eldest) {
            return size() > KEPT;
        }
    };

    private TravelMatrices() {
    }

    /**
     * The travel the road settings choose: routed on their OSM extract, or {@link #byCoordinates}. A place off
     * the roads is a problem at {@code where.apply(index)} (the JSON path of the location), an extract that
     * cannot be read one at {@code $.roads.osm}; then null.
     */
    public static TravelMatrix of(List<Location> locations, List<FerryLink> ferries, RoadSettings roads,
                                  IntFunction<String> where, Problems problems) {
        if (!roads.routed()) {
            return byCoordinates(locations, ferries, roads);
        }
        try {
            return RoadNetworks.open(roads.osm()).matrix(locations, where, problems);
        } catch (IllegalArgumentException e) {
            problems.add("$.roads.osm", e.getMessage());
            return null;
        }
    }

    /** The matrix of {@link CoordinateTravel#compute}, from the cache when the same places were asked for. */
    public static TravelMatrix byCoordinates(List<Location> locations, List<FerryLink> ferries, RoadSettings roads) {
        Key key = new Key(List.copyOf(locations), List.copyOf(ferries), roads);
        synchronized (RECENT) {
            SoftReference<TravelMatrix> kept = RECENT.get(key);
            TravelMatrix matrix = kept == null ? null : kept.get();
            if (matrix != null) {
                return matrix;
            }
        }
        // Computed outside the lock: two callers may compute the same matrix once each, never block each other.
        TravelMatrix matrix = CoordinateTravel.compute(key.locations(), key.ferries(), roads);
        synchronized (RECENT) {
            RECENT.put(key, new SoftReference<>(matrix));
        }
        return matrix;
    }
}
