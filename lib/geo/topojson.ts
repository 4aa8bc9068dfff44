// A minimal TopoJSON → GeoJSON decoder (the part of topojson-client's `feature` the world map
// needs: quantized, delta-encoded arcs; Polygon and MultiPolygon geometries).

type Position = [number, number];

export interface Topology {
  type: 'Topology';
  transform?: { scale: [number, number]; translate: [number, number] };
  arcs: Position[][];
  objects: Record<string, { type: 'GeometryCollection'; geometries: TopoGeometry[] }>;
}

export type TopoGeometry =
  | { type: 'Polygon'; arcs: number[][]; id?: string; properties?: { name?: string } }
  | { type: 'MultiPolygon'; arcs: number[][][]; id?: string; properties?: { name?: string } }
  | { type: null | string; arcs?: unknown; id?: string; properties?: { name?: string } };

export interface CountryFeature {
  type: 'Feature';
  id: string | undefined;
  properties: { name: string };
  geometry:
    { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };
}

/** Absolute coordinates of every arc (undoing quantization and delta encoding). */
export function decodeArcs(topology: Topology): Position[][] {
  const t = topology.transform;
  return topology.arcs.map((arc) => {
    if (!t) return arc.map((p) => [p[0], p[1]] as Position);
    let x = 0;
    let y = 0;
    return arc.map((p) => {
      x += p[0];
      y += p[1];
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]] as Position;
    });
  });
}

function ring(indexes: number[], arcs: Position[][]): Position[] {
  const out: Position[] = [];
  for (const index of indexes) {
    const arc = index < 0 ? [...arcs[~index]!].reverse() : arcs[index]!;
    // Consecutive arcs share their joining point.
    for (let k = out.length ? 1 : 0; k < arc.length; k++) out.push(arc[k]!);
  }
  return out;
}

/** The Polygon and MultiPolygon features of one object of the topology. */
export function features(topology: Topology, object: string): CountryFeature[] {
  const arcs = decodeArcs(topology);
  const out: CountryFeature[] = [];
  for (const g of topology.objects[object]?.geometries ?? []) {
    const properties = { name: g.properties?.name ?? '' };
    if (g.type === 'Polygon') {
      out.push({
        type: 'Feature',
        id: g.id,
        properties,
        geometry: { type: 'Polygon', coordinates: (g.arcs as number[][]).map((r) => ring(r, arcs)) },
      });
    } else if (g.type === 'MultiPolygon') {
      out.push({
        type: 'Feature',
        id: g.id,
        properties,
        geometry: {
          type: 'MultiPolygon',
          coordinates: (g.arcs as number[][][]).map((p) => p.map((r) => ring(r, arcs))),
        },
      });
    }
  }
  return out;
}
