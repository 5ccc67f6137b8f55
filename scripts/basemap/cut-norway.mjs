// Cuts the offline background map of Norway (docs/ui.md) from two OpenStreetMap-derived GeoJSON packages on npm:
// land (coast, fjords, national borders) and lakes, clipped to Norway and its neighbours, simplified and with
// small islands and ponds left out, so that the pages load it at once. Run by cut-norway.sh.
//
//   node cut-norway.mjs LAND.geo.json LAKES.geo.json OUT.geojson
import { readFileSync, writeFileSync } from 'node:fs';

const [landFile, lakesFile, outFile] = process.argv.slice(2);
// Norway with Svalbard left out (the municipalities' mainland and islands), and the neighbours around it.
const BOX = { west: 3.5, south: 57.7, east: 31.6, north: 71.4 };
const COUNTRIES = new Set(['NOR', 'SWE', 'FIN', 'RUS', 'DNK']);
// Detail by what the planner looks at: Norway's coast keeps fjords and sounds a few hundred metres wide and the
// islands people live on (holmer and skjær go); the neighbours and lakes are there for orientation only.
const NORWAY = { toleranceM: 220, minKm2: 0.5 };
const NEIGHBOUR = { toleranceM: 900, minKm2: 25 };
const LAKE = { toleranceM: 300, minKm2: 15 };
const M_PER_DEG = 111_320;

const inBox = ring => ring.some(([x, y]) => x >= BOX.west && x <= BOX.east && y >= BOX.south && y <= BOX.north);

// Sutherland–Hodgman against each side of the box (convex), enough for filled background shapes.
function clip(ring) {
  const sides = [
    [p => p[0] >= BOX.west, (a, b) => cut(a, b, 0, BOX.west)],
    [p => p[0] <= BOX.east, (a, b) => cut(a, b, 0, BOX.east)],
    [p => p[1] >= BOX.south, (a, b) => cut(a, b, 1, BOX.south)],
    [p => p[1] <= BOX.north, (a, b) => cut(a, b, 1, BOX.north)]];
  let points = ring;
  for (const [inside, at] of sides) {
    const out = [];
    for (let i = 0; i < points.length; i++) {
      const a = points[i];
      const b = points[(i + 1) % points.length];
      if (inside(b)) {
        if (!inside(a)) out.push(at(a, b));
        out.push(b);
      } else if (inside(a)) {
        out.push(at(a, b));
      }
    }
    points = out;
    if (!points.length) return points;
  }
  return points;
}

function cut(a, b, axis, value) {
  const t = (value - a[axis]) / (b[axis] - a[axis]);
  return axis === 0 ? [value, a[1] + t * (b[1] - a[1])] : [a[0] + t * (b[0] - a[0]), value];
}

// Douglas–Peucker in metres (longitude shrunk by the latitude), iterative.
function simplify(ring, toleranceM) {
  if (ring.length < 4) return ring;
  const keep = new Uint8Array(ring.length);
  keep[0] = keep[ring.length - 1] = 1;
  const stack = [[0, ring.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop();
    let worst = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = distance(ring[i], ring[first], ring[last]);
      if (d > worst) { worst = d; index = i; }
    }
    if (worst > toleranceM) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return ring.filter((_, i) => keep[i]);
}

function distance(p, a, b) {
  const k = Math.cos(p[1] * Math.PI / 180) * M_PER_DEG;
  const [px, py, ax, ay, bx, by] = [p[0] * k, p[1] * M_PER_DEG, a[0] * k, a[1] * M_PER_DEG, b[0] * k, b[1] * M_PER_DEG];
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length)) : 0;
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

function areaKm2(ring) {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i];
    const [x2, y2] = ring[(i + 1) % ring.length];
    sum += x1 * y2 - x2 * y1;
  }
  const k = Math.cos(ring[0][1] * Math.PI / 180);
  return Math.abs(sum / 2) * k * M_PER_DEG * M_PER_DEG / 1e6;
}

const round = ring => ring.map(([x, y]) => [Math.round(x * 1e4) / 1e4, Math.round(y * 1e4) / 1e4]);

/** The polygons of a geometry, cut down; holes follow their outer ring's fate. */
function polygons(geometry, { toleranceM, minKm2 }) {
  const list = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept = [];
  for (const polygon of list) {
    if (!inBox(polygon[0]) || areaKm2(polygon[0]) < minKm2) continue;
    const rings = [];
    for (const ring of polygon) {
      const open = clip(ring.slice(0, -1));
      if (open.length < 3 || areaKm2(open) < minKm2) continue;
      const simple = simplify([...open, open[0]], toleranceM);
      if (simple.length >= 4) rings.push(round(simple));
    }
    if (rings.length) kept.push(rings);
  }
  return kept;
}

const land = JSON.parse(readFileSync(landFile, 'utf8'));
const features = [];
for (const f of land.features) {
  if (!COUNTRIES.has(f.properties.A3)) continue;
  const coordinates = polygons(f.geometry, f.properties.A3 === 'NOR' ? NORWAY : NEIGHBOUR);
  if (coordinates.length) {
    features.push({ type: 'Feature', properties: { kind: 'land', country: f.properties.A3 },
      geometry: { type: 'MultiPolygon', coordinates } });
  }
}
const lakes = JSON.parse(readFileSync(lakesFile, 'utf8'));
const lakePolygons = lakes.geometries.flatMap(g => polygons(g, LAKE));
features.push({ type: 'Feature', properties: { kind: 'lake' },
  geometry: { type: 'MultiPolygon', coordinates: lakePolygons } });

writeFileSync(outFile, JSON.stringify({ type: 'FeatureCollection', features }));
const points = features.reduce((n, f) => n + f.geometry.coordinates.flat(2).length, 0);
console.log(`${outFile}: ${features.length} features, ${points} points`);
