import { geoEqualEarth, geoPath } from 'd3-geo';
import countries110m from 'world-atlas/countries-110m.json';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

// The world map's country outlines, projected once per server process: world-atlas's
// countries-110m (Natural Earth, bundled from node_modules, no network) through d3-geo's Equal
// Earth projection into SVG path strings. The browser only colours them.

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

export interface CountryShape {
  /** ISO 3166-1 numeric ("724" Spain), or a name-based key for the few shapes without one. */
  id: string;
  name: string;
  d: string;
}

let cached: CountryShape[] | undefined;

export function worldShapes(): CountryShape[] {
  if (cached) return cached;
  // Antarctica (010) takes a fifth of the height and has no phone market.
  const topology = countries110m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const list = feature(topology, topology.objects.countries).features.filter((f) => f.id !== '010');
  const collection = { type: 'FeatureCollection' as const, features: list };
  const projection = geoEqualEarth().fitExtent(
    [
      [4, 4],
      [MAP_WIDTH - 4, MAP_HEIGHT - 4],
    ],
    collection,
  );
  const path = geoPath(projection).digits(0);
  cached = list
    .map((f) => ({
      id: f.id === undefined ? `x-${f.properties.name}` : String(f.id),
      name: f.properties.name,
      d: path(f) ?? '',
    }))
    .filter((s) => s.d !== '');
  return cached;
}
