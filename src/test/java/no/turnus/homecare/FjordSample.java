package no.turnus.homecare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import no.turnus.geo.FjordExtract;

/**
 * data-samples/homecare-small.json moved onto the test fjord (geo.FjordExtract) and routed on its roads: the
 * bases on the west shore by town A, homes on both shores.
 */
public final class FjordSample {

    private FjordSample() {
    }

    public static ObjectNode tree(ObjectMapper mapper) {
        try {
            ObjectNode tree = (ObjectNode) mapper.readTree(Files.readAllBytes(Path.of("data-samples", "homecare-small.json")));
            tree.remove("ferries");
            tree.putObject("roads").put("osm", FjordExtract.NAME);
            ArrayNode locations = (ArrayNode) tree.get("locations");
            for (int i = 0; i < locations.size(); i++) {
                boolean east = i >= 3 && i % 2 == 0;
                // Along the shore roads (lon 17.0 west, 17.11 east), from the towns southwards.
                ((ObjectNode) locations.get(i)).put("latitude", 68.40 - 0.01 * i).put("longitude", east ? 17.11 : 17.0);
            }
            return tree;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
