package no.turnus.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.turnus.geo.TravelMatrix;
import no.turnus.homecare.HomecareDataset;
import no.turnus.homecare.HomecareDataset.LocationSpec;
import no.turnus.homecare.HomecareKind;
import no.turnus.problem.InvalidInputException;
import no.turnus.scenario.ScenarioSet.Place;

/**
 * Driving times between a home-care dataset's locations and extra places (candidate sites, services,
 * villages), from the very travel model the home-care plan uses (coordinates, roads and ferries of the
 * dataset): the places are added to a copy of the dataset as locations and the kind builds its matrix.
 */
final class TravelModel {

    private static final String PLACE = "place:";

    private final TravelMatrix matrix;
    private final Map<String, Integer> index = new HashMap<>();

    TravelModel(HomecareDataset dataset, List<Place> places, String path) {
        if (dataset.travelMatrix() != null) {
            throw new InvalidInputException(path, "needs travel from coordinates, but the home-care baseline has an "
                    + "imported travel matrix that does not include these places");
        }
        List<LocationSpec> locations = new ArrayList<>(dataset.locations());
        for (Place place : places) {
            locations.add(new LocationSpec(PLACE + place.id(), place.name(), place.latitude(), place.longitude(),
                    place.area()));
        }
        HomecareDataset extended = Edits.homecare(dataset, locations, dataset.teams(), dataset.caregivers(),
                dataset.users(), dataset.visits());
        var plan = new HomecareKind().toSolution(extended, Map.of());
        matrix = plan.getTravel().matrix();
        plan.getLocations().forEach(l -> index.put(l.id(), l.index()));
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
}
