import { describe, expect, it } from 'vitest';
import { lttb } from './lttb';

const series = (n: number, f: (i: number) => number) =>
  Array.from({ length: n }, (_, i) => ({ x: i, y: f(i) }));

describe('lttb', () => {
  it('returns short series unchanged (as a copy)', () => {
    const data = series(10, (i) => i * i);
    const out = lttb(data, 20);
    expect(out).toEqual(data);
    expect(out).not.toBe(data);
    expect(lttb(data, 2)).toEqual(data);
    expect(lttb([], 5)).toEqual([]);
  });

  it('returns exactly `threshold` points and keeps the first and the last', () => {
    for (const [n, threshold] of [
      [1000, 100],
      [101, 3],
      [10_000, 500],
      [7, 6],
    ] as const) {
      const data = series(n, (i) => Math.sin(i / 7) * 10 + i / 100);
      const out = lttb(data, threshold);
      expect(out).toHaveLength(threshold);
      expect(out[0]).toBe(data[0]);
      expect(out.at(-1)).toBe(data.at(-1));
    }
  });

  it('keeps x in order and only returns input points', () => {
    const data = series(500, (i) => Math.cos(i / 3));
    const out = lttb(data, 50);
    const inputs = new Set(data);
    for (let i = 1; i < out.length; i++) expect(out[i]!.x).toBeGreaterThan(out[i - 1]!.x);
    for (const p of out) expect(inputs.has(p)).toBe(true);
  });

  it('picks the extremes: a lone spike and a lone dip survive', () => {
    const data = series(1000, () => 5);
    data[333] = { x: 333, y: 100 };
    data[777] = { x: 777, y: -100 };
    const out = lttb(data, 20);
    expect(out.some((p) => p.y === 100)).toBe(true);
    expect(out.some((p) => p.y === -100)).toBe(true);
  });

  it('keeps the maximum and minimum of a noisy series', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const data = series(2000, () => random() * 10);
    data[1500] = { x: 1500, y: 50 };
    data[400] = { x: 400, y: -40 };
    const out = lttb(data, 100);
    expect(Math.max(...out.map((p) => p.y))).toBe(50);
    expect(Math.min(...out.map((p) => p.y))).toBe(-40);
  });
});
