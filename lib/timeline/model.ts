import { DAY_MS, dayToMs } from './time';
import type { TimeWindow, TimelineData, TimelineItem } from './types';
import type { EventLinkType } from '@/lib/domain/vocabulary';

// The data in columns: numbers the layout and renderer read in tight loops, built once per
// data set. Item `i` of every column describes `items[i]`.

export interface ModelLink {
  from: number;
  to: number;
  type: EventLinkType;
}

export interface TimelineModel {
  items: TimelineItem[];
  /** First instant (ms) of each item's window. */
  start: Float64Array;
  /** Instant just after each item's window (hi + 1 day). */
  end: Float64Array;
  /** 1 when the item is a single exact day (drawn as a point). */
  point: Uint8Array;
  /** 1 when the start / end of the window is approximate or uncertain (drawn soft). */
  softStart: Uint8Array;
  softEnd: Uint8Array;
  /** Item indices in time order (start, end, id). */
  order: Int32Array;
  indexById: Map<string, number>;
  links: ModelLink[];
  /** Links touching each item (indices into `links`). */
  linksOf: Map<number, number[]>;
  /** [earliest start, latest end) of all items; null when empty. */
  extent: TimeWindow | null;
}

const FUZZY = /[~?%]/;

/** Which ends of an EDTF value are approximate or uncertain. */
export function softEnds(
  edtf: string,
  approximate: boolean,
  uncertain: boolean,
): { start: boolean; end: boolean } {
  const slash = edtf.indexOf('/');
  if (slash >= 0) {
    return { start: FUZZY.test(edtf.slice(0, slash)), end: FUZZY.test(edtf.slice(slash + 1)) };
  }
  const soft = approximate || uncertain || FUZZY.test(edtf);
  return { start: soft, end: soft };
}

export function isPointItem(item: TimelineItem): boolean {
  return item.date.lo === item.date.hi;
}

export function buildModel(data: Pick<TimelineData, 'items' | 'links'>): TimelineModel {
  const n = data.items.length;
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  const point = new Uint8Array(n);
  const softStart = new Uint8Array(n);
  const softEnd = new Uint8Array(n);
  const indexById = new Map<string, number>();
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const item = data.items[i]!;
    const lo = dayToMs(item.date.lo);
    const hi = dayToMs(item.date.hi);
    start[i] = lo;
    end[i] = Math.max(lo, hi) + DAY_MS;
    point[i] = isPointItem(item) ? 1 : 0;
    const soft = softEnds(item.date.edtf, item.date.approximate, item.date.uncertain);
    softStart[i] = soft.start ? 1 : 0;
    softEnd[i] = soft.end ? 1 : 0;
    indexById.set(item.id, i);
    if (lo < min) min = lo;
    if (end[i]! > max) max = end[i]!;
  }
  const order = Int32Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => compareItems(data.items, start, end, a, b));
  const links: ModelLink[] = [];
  const linksOf = new Map<number, number[]>();
  for (const link of data.links) {
    const from = indexById.get(link.fromId);
    const to = indexById.get(link.toId);
    if (from === undefined || to === undefined) continue;
    const k = links.push({ from, to, type: link.type }) - 1;
    for (const end of [from, to]) {
      const list = linksOf.get(end);
      if (list) list.push(k);
      else linksOf.set(end, [k]);
    }
  }
  return {
    items: data.items,
    start,
    end,
    point,
    softStart,
    softEnd,
    order,
    indexById,
    links,
    linksOf,
    extent: n > 0 ? { start: min, end: max } : null,
  };
}

/** The stable order of the event lists: (date_lo, date_hi, id). */
export function compareItems(
  items: TimelineItem[],
  start: Float64Array,
  end: Float64Array,
  a: number,
  b: number,
): number {
  return (
    start[a]! - start[b]! ||
    end[a]! - end[b]! ||
    (items[a]!.id < items[b]!.id ? -1 : items[a]!.id > items[b]!.id ? 1 : 0)
  );
}

/** [earliest lo, day after the latest hi) of some items, without building a model; null when empty. */
export function dataExtent(items: Pick<TimelineItem, 'date'>[]): TimeWindow | null {
  let lo: string | null = null;
  let hi: string | null = null;
  for (const item of items) {
    if (lo === null || item.date.lo < lo) lo = item.date.lo;
    if (hi === null || item.date.hi > hi) hi = item.date.hi;
  }
  return lo && hi ? { start: dayToMs(lo), end: dayToMs(hi) + DAY_MS } : null;
}
