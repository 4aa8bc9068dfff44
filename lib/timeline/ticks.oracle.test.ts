import { scaleUtc } from 'd3-scale';
import fc from 'fast-check';
import { utcTicks } from 'd3-time';
import { describe, expect, it } from 'vitest';

// The axis calls d3-time's utcTicks directly (d3-scale's time scale is ~10 KB more in the
// timeline's first load). d3-scale stays as the oracle: the same ticks for any window and count.
describe('utcTicks against scaleUtc().ticks()', () => {
  it('gives the same ticks from hours to centuries', () => {
    const YEAR = 365.25 * 86_400_000;
    fc.assert(
      fc.property(
        fc.integer({ min: -50 * YEAR, max: 80 * YEAR }),
        fc.double({ min: 3_600_000, max: 300 * YEAR, noNaN: true }),
        fc.integer({ min: 2, max: 40 }),
        (start, span, count) => {
          const a = new Date(start);
          const b = new Date(start + span);
          const expected = scaleUtc().domain([a, b]).ticks(count).map(Number);
          expect(utcTicks(a, b, count).map(Number)).toEqual(expected);
        },
      ),
      { numRuns: 2000, seed: 20261124 },
    );
  });
});
