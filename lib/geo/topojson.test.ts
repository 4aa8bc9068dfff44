import { describe, expect, it } from 'vitest';
import countries110m from 'world-atlas/countries-110m.json';
import { decodeArcs, features, type Topology } from './topojson';
import { worldShapes } from './world-shapes';

describe('TopoJSON decoding', () => {
  const topo: Topology = {
    type: 'Topology',
    transform: { scale: [1, 2], translate: [10, 20] },
    arcs: [
      [
        [0, 0],
        [1, 0],
        [0, 1],
      ],
      [
        [1, 1],
        [-1, -1],
      ],
    ],
    objects: {
      shapes: {
        type: 'GeometryCollection',
        geometries: [{ type: 'Polygon', arcs: [[0, 1]], id: '1', properties: { name: 'A' } }],
      },
    },
  };

  it('undoes quantization and delta encoding', () => {
    expect(decodeArcs(topo)[0]).toEqual([
      [10, 20],
      [11, 20],
      [11, 22],
    ]);
  });

  it('joins arcs into rings, sharing their joining point, and reverses negative arcs', () => {
    expect(features(topo, 'shapes')[0]!.geometry.coordinates).toEqual([
      [
        [10, 20],
        [11, 20],
        [11, 22],
        [10, 20],
      ],
    ]);
    const reversed = features(
      {
        ...topo,
        objects: { s: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[~0]] }] } },
      },
      's',
    );
    expect(reversed[0]!.geometry.coordinates[0]).toEqual([
      [11, 22],
      [11, 20],
      [10, 20],
    ]);
  });

  it('projects the world-atlas countries, Spain, the US, China and India among them', () => {
    expect(features(countries110m as unknown as Topology, 'countries')).toHaveLength(177);
    const shapes = worldShapes();
    for (const id of ['724', '840', '156', '356'])
      expect(shapes.find((s) => s.id === id)?.d).toMatch(/^M[\d.]+,[\d.]+/);
    expect(shapes.find((s) => s.id === '724')!.name).toBe('Spain');
  });
});
