package no.turnus.homecare.report;

import no.turnus.homecare.domain.CaregiverDay;
import no.turnus.homecare.domain.HomecarePlan;
import no.turnus.homecare.domain.Visit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import no.turnus.geo.Location;
import no.turnus.problem.Export;

/**
 * The routes for a map (RFC 7946 GeoJSON): one LineString per caregiver-day from start through the visits to
 * the end location (straight lines between stops, not the road), and one Point per visit stop.
 */
public final class HomecareGeoJsonExport implements Export<HomecarePlan> {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public String mediaType() {
        return "application/geo+json";
    }

    @Override
    public String extension() {
        return "geojson";
    }

    @Override
    public String render(HomecarePlan plan) {
        ObjectNode collection = MAPPER.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (CaregiverDay day : plan.getCaregiverDays()) {
            if (day.getVisits().isEmpty()) {
                continue;
            }
            ObjectNode route = features.addObject().put("type", "Feature");
            ArrayNode line = route.putObject("geometry").put("type", "LineString").putArray("coordinates");
            point(line.addArray(), plan.getLocations().get(day.getStartLocation()));
            int travel = 0;
            for (int i = 0; i < day.getVisits().size(); i++) {
                Visit v = day.getVisits().get(i);
                Location at = plan.getLocations().get(v.location());
                point(line.addArray(), at);
                travel += v.travelFromPrevious() + v.travelToEnd();
                ObjectNode stop = features.addObject().put("type", "Feature");
                point(stop.putObject("geometry").put("type", "Point").putArray("coordinates"), at);
                ObjectNode props = stop.putObject("properties").put("kind", "visit").put("visit", v.getVisitId())
                        .put("user", v.getUser().id()).put("caregiver", day.getCaregiver().id())
                        .put("date", day.getDate().toString()).put("seq", i + 1);
                if (v.getStartTime() != null) {
                    props.put("start", Visit.clock(v.getStartTime())).put("end", Visit.clock(v.getEndTime()));
                }
            }
            point(line.addArray(), plan.getLocations().get(day.getEndLocation()));
            route.putObject("properties").put("kind", "route").put("caregiver", day.getCaregiver().id())
                    .put("team", day.getCaregiver().team().id()).put("date", day.getDate().toString())
                    .put("visits", day.getVisits().size()).put("travelMinutes", travel);
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(collection);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void point(ArrayNode coordinates, Location location) {
        coordinates.add(location.longitude()).add(location.latitude());
    }
}
