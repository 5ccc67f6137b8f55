package no.turnus.geo;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Points {@link RoadNetworks} at the service's data directory ({@code turnus.data-dir}). */
@Component
class RoadDirectory {

    RoadDirectory(@Value("${turnus.data-dir:data}") Path dataDirectory) {
        RoadNetworks.useDataDirectory(dataDirectory);
    }
}
