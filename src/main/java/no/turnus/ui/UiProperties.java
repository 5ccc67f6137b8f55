package no.turnus.ui;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the web UI.
 *
 * @param tileUrl         the map tile server for the home-care and scenario maps, as a Leaflet URL template
 *                        (e.g. {@code https://tiles.example.kommune.no/{z}/{x}/{y}.png}); empty (the default) shows
 *                        the routes without a background map, which works on a closed network
 * @param tileAttribution the attribution the tile server requires, shown on the map
 */
@ConfigurationProperties("turnus.ui")
public record UiProperties(String tileUrl, String tileAttribution) {

    public UiProperties {
        tileUrl = tileUrl == null ? "" : tileUrl.trim();
        tileAttribution = tileAttribution == null ? "" : tileAttribution;
    }
}
