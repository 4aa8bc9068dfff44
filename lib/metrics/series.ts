import { lttb } from '@/lib/charts/lttb';
import type { MetricKind } from '@/lib/domain/vocabulary';

// From metric points and events to chart series: one series per vendor x region (for one
// measure), each downsampled when long, with the events of that pair placed on the line.
// Pure (server and browser).

export interface SeriesInputPoint {
  vendor: { id: string; slug: string; name: string };
  region: { id: string; slug: string; name: string };
  period: string;
  periodStart: string;
  measure: MetricKind;
  value: number;
}

export interface SeriesInputEvent {
  id: string;
  title: string;
  status: string;
  vendorId: string;
  regionId: string;
  lo: string;
  label: string;
}

export interface ChartPoint {
  /** Milliseconds since the epoch of the quarter's first day. */
  x: number;
  y: number;
  period: string;
}

export interface ChartMarker {
  id: string;
  title: string;
  status: string;
  label: string;
  x: number;
  /** On the line: interpolated between the neighbouring points. */
  y: number;
}

export interface ChartSeries {
  key: string;
  vendor: { slug: string; name: string };
  region: { slug: string; name: string };
  measure: MetricKind;
  points: ChartPoint[];
  /** How many points the series had before downsampling. */
  total: number;
  markers: ChartMarker[];
  domain: [number, number];
}

export const MAX_CHART_POINTS = 400;

export const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** The line's value at x: linear between neighbours, the end value outside the range. */
export function valueAt(points: readonly ChartPoint[], x: number): number {
  if (points.length === 0) return 0;
  if (x <= points[0]!.x) return points[0]!.y;
  const last = points.at(-1)!;
  if (x >= last.x) return last.y;
  let lo = 0;
  let hi = points.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (points[mid]!.x <= x) lo = mid;
    else hi = mid;
  }
  const a = points[lo]!;
  const b = points[hi]!;
  return a.y + ((b.y - a.y) * (x - a.x)) / (b.x - a.x || 1);
}

export function buildSeries(
  points: readonly SeriesInputPoint[],
  events: readonly SeriesInputEvent[],
  measure: MetricKind,
  maxPoints = MAX_CHART_POINTS,
): ChartSeries[] {
  const groups = new Map<string, { first: SeriesInputPoint; points: ChartPoint[] }>();
  for (const p of points) {
    if (p.measure !== measure) continue;
    const key = `${p.vendor.id}|${p.region.id}`;
    const group = groups.get(key) ?? { first: p, points: [] };
    group.points.push({ x: dayMs(p.periodStart), y: p.value, period: p.period });
    groups.set(key, group);
  }
  const eventsByPair = new Map<string, SeriesInputEvent[]>();
  for (const e of events) {
    const key = `${e.vendorId}|${e.regionId}`;
    eventsByPair.set(key, [...(eventsByPair.get(key) ?? []), e]);
  }
  return [...groups].map(([key, group]) => {
    const sorted = group.points.sort((a, b) => a.x - b.x);
    const markers = (eventsByPair.get(key) ?? []).map((e) => {
      const x = dayMs(e.lo);
      return { id: e.id, title: e.title, status: e.status, label: e.label, x, y: valueAt(sorted, x) };
    });
    const xs = [...sorted.map((p) => p.x), ...markers.map((m) => m.x)];
    return {
      key,
      vendor: { slug: group.first.vendor.slug, name: group.first.vendor.name },
      region: { slug: group.first.region.slug, name: group.first.region.name },
      measure,
      points: lttb(sorted, maxPoints),
      total: sorted.length,
      markers,
      domain: [Math.min(...xs), Math.max(...xs)] as [number, number],
    };
  });
}
