// The map under the routes on the home-care and scenario pages. Its background is Norway's coast, fjords,
// lakes and national borders, shipped with the service (map/norway.geojson, cut from OpenStreetMap data: see
// map/README.md), so that it works on a closed municipal network; a tile server, when one is configured, is
// drawn on top of it.
import { get } from './api.js';

/* global L */
// Sea is the map's own background colour (app.css #map); land and lakes are drawn over it.
const STYLE = {
  land: { fillColor: '#f3f0e8', fillOpacity: 1, color: '#8c9aa8', weight: 0.7 },
  lake: { fillColor: '#c6d8e8', fillOpacity: 1, color: '#8c9aa8', weight: 0.5 },
};

/**
 * A map of Norway in the element with this id, with the background drawn; {@code noTiles} is shown when there
 * is no tile server. Returns the map and an empty layer for the page's routes or bases.
 */
export async function plannerMap(id, noTiles) {
  const map = L.map(id, { keyboard: true }).setView([65, 14], 4);
  // Under the tiles (pane z-index 200) and the routes (400); one canvas, as the coast has some 100 000 points.
  map.createPane('background').style.zIndex = 150;
  const [config, background] = await Promise.all([get('/ui/config'), get('/map/norway.geojson')]);
  L.geoJSON(background, {
    pane: 'background',
    renderer: L.canvas({ pane: 'background' }),
    interactive: false,
    style: feature => STYLE[feature.properties.kind],
  }).addTo(map);
  map.attributionControl.addAttribution('© OpenStreetMap contributors (ODbL)');
  if (config.tileUrl) {
    L.tileLayer(config.tileUrl, { attribution: config.tileAttribution, maxZoom: 19 }).addTo(map);
  } else {
    noTiles.hidden = false;
  }
  return { map, layer: L.layerGroup().addTo(map) };
}
