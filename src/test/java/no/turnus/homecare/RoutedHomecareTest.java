package no.turnus.homecare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import no.turnus.geo.FjordExtract;
import no.turnus.homecare.domain.HomecarePlan;
import no.turnus.homecare.input.HomecareBuilder;
import no.turnus.homecare.input.HomecareDataset;
import no.turnus.kinds.StandardKinds;
import no.turnus.problem.DatasetReader;
import no.turnus.problem.InputProblem;
import no.turnus.problem.InvalidInputException;

/** The small home-care sample moved onto the test fjord ({@link FjordSample}), routed on its roads. */
class RoutedHomecareTest {

    private static final DatasetReader READER = new DatasetReader(StandardKinds.all());

    @RegisterExtension
    static final FjordExtract EXTRACT = new FjordExtract();


    private static ObjectNode onTheFjord() {
        return FjordSample.tree(READER.mapper());
    }

    private static List<String> problems(JsonNode tree) {
        try {
            READER.read(tree);
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(InputProblem::toString).toList();
        }
    }

    @Test
    void aPlanOnTheFjordCrossesByFerry() throws IOException {
        HomecareDataset dataset = (HomecareDataset) READER.read(onTheFjord()).dataset();
        HomecarePlan plan = HomecareBuilder.build(dataset, java.util.Map.of());
        // base-narvik (west town) to home-u0002 (index 4, east shore 4.4 km south of B): by the ferry about 25 min,
        // round the fjord's head (40 km) over half an hour.
        int minutes = plan.getTravel().matrix().minutes(0, 4);
        assertThat(minutes).isBetween(15, 30);
        assertThat(plan.getTravel().matrix().meters(0, 4)).isLessThan(15_000);
    }

    @Test
    void anExtractTheServiceDoesNotHaveIsNamedAtItsField() throws IOException {
        ObjectNode tree = onTheFjord();
        ((ObjectNode) tree.get("roads")).put("osm", "narvik.osm.pbf");
        assertThat(problems(tree)).singleElement().asString().startsWith("$.roads.osm: names no OpenStreetMap extract");
        ((ObjectNode) tree.get("roads")).put("osm", "../../etc/passwd");
        assertThat(problems(tree)).singleElement().asString().startsWith("$.roads.osm: must be the file name");
    }

    @Test
    void aHomeFarFromTheRoadsIsNamedAtItsLocation() throws IOException {
        ObjectNode tree = onTheFjord();
        ((ObjectNode) tree.at("/locations/5")).put("latitude", 68.3).put("longitude", 16.6);
        assertThat(problems(tree)).singleElement().asString()
                .startsWith("$.locations[5]: is ").contains("from the nearest drivable road");
    }

    @Test
    void declaredFerriesAndImportedMatricesAreOtherTravelModels() throws IOException {
        ObjectNode tree = onTheFjord();
        ObjectNode ferry = tree.putArray("ferries").addObject();
        ferry.put("id", "f").put("latitudeA", 68.4).put("longitudeA", 17.01).put("latitudeB", 68.4)
                .put("longitudeB", 17.1).put("crossingMinutes", 10);
        tree.putObject("travelMatrix").put("csv", "from,to,seconds,meters\n");
        assertThat(problems(tree)).containsExactlyInAnyOrder(
                "$.roads.osm: give either an OpenStreetMap extract or a travelMatrix",
                "$.ferries: are for travel from the straight line; with roads.osm the extract's ferries "
                        + "(route=ferry) are used");
    }
}
