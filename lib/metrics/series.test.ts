import { describe, expect, it } from 'vitest';
import { buildSeries, dayMs, valueAt } from './series';
import { normalizeQuarter, quarterEndDay, quarterOfDay, quarterStartDay, nextQuarter } from './periods';

const xiaomi = { id: 'v1', slug: 'xiaomi', name: 'Xiaomi' };
const us = { id: 'r1', slug: 'united-states', name: 'United States' };
const india = { id: 'r2', slug: 'india', name: 'India' };

describe('quarters', () => {
  it('normalizes and bounds quarters', () => {
    expect(normalizeQuarter('Q4 2018')).toBe('2018-Q4');
    expect(normalizeQuarter('2018 q1')).toBe('2018-Q1');
    expect(normalizeQuarter('2018-13')).toBe('2018-13');
    expect(quarterStartDay('2018-Q4')).toBe('2018-10-01');
    expect(quarterEndDay('2020-Q1')).toBe('2020-03-31');
    expect(quarterEndDay('2019-Q2')).toBe('2019-06-30');
    expect(nextQuarter('2018-Q4')).toBe('2019-Q1');
    expect(quarterOfDay('2018-11-03')).toBe('2018-Q4');
  });
});

describe('series', () => {
  it('interpolates on the line and clamps outside it', () => {
    const points = [
      { x: 0, y: 10, period: 'a' },
      { x: 10, y: 20, period: 'b' },
    ];
    expect(valueAt(points, 5)).toBe(15);
    expect(valueAt(points, -5)).toBe(10);
    expect(valueAt(points, 50)).toBe(20);
    expect(valueAt([], 1)).toBe(0);
  });

  it('groups by vendor x region, sorts, places events and downsamples', () => {
    const points = [
      {
        vendor: xiaomi,
        region: us,
        period: '2018-Q2',
        periodStart: '2018-04-01',
        measure: 'market_share_pct' as const,
        value: 2,
      },
      {
        vendor: xiaomi,
        region: us,
        period: '2018-Q1',
        periodStart: '2018-01-01',
        measure: 'market_share_pct' as const,
        value: 1,
      },
      {
        vendor: xiaomi,
        region: india,
        period: '2018-Q1',
        periodStart: '2018-01-01',
        measure: 'market_share_pct' as const,
        value: 30,
      },
      {
        vendor: xiaomi,
        region: india,
        period: '2018-Q1',
        periodStart: '2018-01-01',
        measure: 'shipments_units' as const,
        value: 9,
      },
    ];
    const events = [
      {
        id: 'e1',
        title: 'Plan',
        status: 'planned',
        vendorId: 'v1',
        regionId: 'r1',
        lo: '2018-12-01',
        label: 'late 2018',
      },
    ];
    const series = buildSeries(points, events, 'market_share_pct');
    expect(series).toHaveLength(2);
    const usSeries = series.find((s) => s.region.slug === 'united-states')!;
    expect(usSeries.points.map((p) => p.period)).toEqual(['2018-Q1', '2018-Q2']);
    expect(usSeries.markers).toEqual([expect.objectContaining({ id: 'e1', x: dayMs('2018-12-01'), y: 2 })]);
    expect(usSeries.domain).toEqual([dayMs('2018-01-01'), dayMs('2018-12-01')]);
    expect(series.find((s) => s.region.slug === 'india')!.markers).toEqual([]);

    const long = Array.from({ length: 2000 }, (_, i) => ({
      vendor: xiaomi,
      region: us,
      period: `p${i}`,
      periodStart: new Date(Date.UTC(1900, i * 3, 1)).toISOString().slice(0, 10),
      measure: 'shipments_units' as const,
      value: i % 7,
    }));
    const [downsampled] = buildSeries(long, [], 'shipments_units', 100);
    expect(downsampled!.points).toHaveLength(100);
    expect(downsampled!.total).toBe(2000);
  });
});
