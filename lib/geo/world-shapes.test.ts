import { describe, expect, it } from 'vitest';
import { worldShapes } from './world-shapes';

describe('world shapes', () => {
  it('projects the world-atlas countries, Spain, the US, China and India among them', () => {
    const shapes = worldShapes();
    expect(shapes.length).toBeGreaterThan(170);
    for (const id of ['724', '840', '156', '356'])
      expect(shapes.find((s) => s.id === id)?.d).toMatch(/^M[\d.]+,[\d.]+/);
    expect(shapes.find((s) => s.id === '724')!.name).toBe('Spain');
  });

  it('leaves out Antarctica and keeps every id unique', () => {
    const shapes = worldShapes();
    expect(shapes.some((s) => s.id === '010')).toBe(false);
    expect(new Set(shapes.map((s) => s.id)).size).toBe(shapes.length);
  });
});
