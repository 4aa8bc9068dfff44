import { describe, expect, it } from 'vitest';
import {
  boundsFromWindow,
  clampWindow,
  DAY_MS,
  fitWindow,
  formatWindow,
  MIN_SPAN_MS,
  panWindow,
  resolveWindow,
  snapToDays,
  windowFromBounds,
  zoomWindow,
} from './time';

const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);

describe('windows', () => {
  it('reads bounds inclusively: 2017-01 … 2019-12 is [2017-01-01, 2020-01-01)', () => {
    expect(windowFromBounds('2017-01', '2019-12')).toEqual({ start: utc(2017, 1), end: utc(2020, 1) });
    expect(windowFromBounds('2017', '2017')).toEqual({ start: utc(2017, 1), end: utc(2018, 1) });
    expect(windowFromBounds('2018-03-04', '2018-03-09')).toEqual({
      start: utc(2018, 3, 4),
      end: utc(2018, 3, 10),
    });
    expect(windowFromBounds('2019-12', '2017-01')).toBeNull();
    expect(windowFromBounds('2019-02-30', '2019-03')).toBeNull();
    expect(windowFromBounds(null, '2019-03')).toBeNull();
  });

  it('writes windows back as months when aligned, days otherwise', () => {
    expect(boundsFromWindow({ start: utc(2017, 1), end: utc(2020, 1) })).toEqual({
      from: '2017-01',
      to: '2019-12',
    });
    expect(boundsFromWindow({ start: utc(2018, 3, 4), end: utc(2018, 3, 10) })).toEqual({
      from: '2018-03-04',
      to: '2018-03-09',
    });
    expect(boundsFromWindow({ start: utc(2018, 3, 1), end: utc(2018, 3, 10) })).toEqual({
      from: '2018-03',
      to: '2018-03-09',
    });
    // Snapped to whole days first.
    expect(boundsFromWindow({ start: utc(2017, 1) + 3600_000, end: utc(2020, 1) - 3600_000 })).toEqual({
      from: '2017-01',
      to: '2019-12',
    });
  });

  it('round-trips every month-aligned window', () => {
    for (let y = 1990; y < 2030; y += 7) {
      for (let m = 1; m <= 12; m++) {
        const w = { start: utc(y, m), end: utc(y + 1, m) };
        const b = boundsFromWindow(w);
        expect(windowFromBounds(b.from, b.to)).toEqual(w);
      }
    }
  });

  it('words a window the same way in every time zone', () => {
    expect(formatWindow({ start: utc(2017, 1), end: utc(2020, 1) })).toBe('Jan 2017 – Dec 2019');
    expect(formatWindow({ start: utc(2018, 3, 4), end: utc(2018, 3, 10) })).toBe('4 Mar 2018 – 9 Mar 2018');
    expect(formatWindow({ start: utc(2018, 2), end: utc(2018, 3) })).toBe('Feb 2018 – Feb 2018');
  });

  it('zooms around an anchor and keeps it in place', () => {
    const w = { start: utc(2010, 1), end: utc(2020, 1) };
    const anchor = utc(2012, 1);
    const z = zoomWindow(w, 0.5, anchor);
    expect(z.end - z.start).toBeCloseTo((w.end - w.start) / 2, -3);
    expect((anchor - z.start) / (z.end - z.start)).toBeCloseTo((anchor - w.start) / (w.end - w.start), 9);
    expect(zoomWindow(w, 1e-9).end - zoomWindow(w, 1e-9).start).toBe(MIN_SPAN_MS);
  });

  it('pans and clamps within the limits', () => {
    const w = { start: utc(2010, 1), end: utc(2011, 1) };
    expect(panWindow(w, 10 * DAY_MS).start).toBe(w.start + 10 * DAY_MS);
    expect(panWindow(w, -1e15).start).toBe(utc(1900, 1));
    expect(clampWindow({ start: utc(2010, 1), end: utc(2010, 1) }).end - utc(2010, 1)).toBeGreaterThan(0);
  });

  it('fits data with padding and resolves partial windows', () => {
    const fit = fitWindow({ start: utc(2018, 1), end: utc(2019, 1) });
    expect(fit.start).toBeLessThan(utc(2018, 1));
    expect(fit.end).toBeGreaterThan(utc(2019, 1));
    expect(resolveWindow('2017-01', '2019-12', fit)).toEqual({ start: utc(2017, 1), end: utc(2020, 1) });
    expect(resolveWindow('2015-01', null, fit).start).toBe(utc(2015, 1));
    expect(resolveWindow(null, null, fit)).toBe(fit);
    expect(snapToDays({ start: utc(2018, 1) + 1000, end: utc(2018, 1) + 2000 })).toEqual({
      start: utc(2018, 1),
      end: utc(2018, 1, 2),
    });
  });
});
