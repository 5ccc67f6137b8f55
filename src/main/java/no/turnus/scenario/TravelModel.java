package no.turnus.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.turnus.geo.Location;
import no.turnus.geo.RoadSettings;
import no.turnus.geo.TravelMatrices;
import no.turnus.geo.TravelMatrix;
import no.turnus.homecare.input.HomecareDataset;
import no.turnus.homecare.input.HomecareDataset.LocationSpec;
import no.turnus.problem.InvalidInputException;
import no.turnus.problem.Problems;
import no.turnus.scenario.ScenarioSet.Place;

/**
 * Driving times between a home-care dataset's locations and extra places (candidate sites, services,
 * villages), from the very travel model the home-care plan uses (coordinates, roads and ferries of the
 * dataset: routed on its OpenStreetMap extract, or from the straight line), built by {@code geo} once for the
 * dataset and its places.
 */
final class TravelModel {

    private static final String PLACE = "place:";

    private final TravelMatrix matrix;
    private final Map<String, Integer> index = new HashMap<>();

    /**
     * @param dataset the home-care dataset whose locations, roads and ferries to use, or null: the places alone,
     *                from coordinates with the default roads and no ferries
     */
    TravelModel(HomecareDataset dataset, List<Place> places, String path) {
        if (dataset != null && dataset.travelMatrix() != null) {
            throw new InvalidInputException(path, "needs travel from coordinates, but the home-care baseline has an "
                    + "imported travel matrix that does not include these places");
        }
        List<LocationSpec> own = dataset == null ? List.of() : dataset.locations();
        List<Location> locations = new ArrayList<>();
        own.forEach(l -> locations.add(l.toLocation(locations.size())));
        for (Place place : places) {
            locations.add(new LocationSpec(PLACE + place.id(), place.name(), place.latitude(), place.longitude(),
                    place.area()).toLocation(locations.size()));
        }
        locations.forEach(l -> index.put(l.id(), l.index()));
        Problems problems = new Problems();
        matrix = TravelMatrices.of(locations, dataset == null ? List.of() : dataset.ferries(),
                dataset == null ? RoadSettings.DEFAULT : dataset.roads(), i -> i < own.size()
                        ? Problems.at("$.baseline.homecare", "locations", i)
                        : path + " place '" + places.get(i - own.size()).id() + "'",
                problems);
        problems.throwIfAny();
    }

    /** Index of a location of the dataset. */
    int location(String id) {
        return index.get(id);
    }

    /** Index of one of the extra places. */
    int place(Place place) {
        return index.get(PLACE + place.id());
    }

    int minutes(int from, int to) {
        return matrix.minutes(from, to);
    }

    double km(int from, int to) {
        return matrix.meters(from, to) / 1000.0;
    }
}
