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
  /** Item index by id (built on first use: the first frame does not need it). */
  readonly indexById: Map<string, number>;
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

/**
 * 'YYYY-MM-DD' → epoch ms at 00:00 UTC, by character codes (no regex, no allocation): the
 * model reads two days per event. NaN when malformed (like `dayToMs`).
 */
export function fastDayToMs(day: string): number {
  if (day.length !== 10 || day.charCodeAt(4) !== 45 || day.charCodeAt(7) !== 45) return Number.NaN;
  const y1 = day.charCodeAt(0) - 48;
  const y2 = day.charCodeAt(1) - 48;
  const y3 = day.charCodeAt(2) - 48;
  const y4 = day.charCodeAt(3) - 48;
  const m1 = day.charCodeAt(5) - 48;
  const m2 = day.charCodeAt(6) - 48;
  const d1 = day.charCodeAt(8) - 48;
  const d2 = day.charCodeAt(9) - 48;
  // One unsigned test for all eight digits: a non-digit is negative or above 9.
  if ((y1 | y2 | y3 | y4 | m1 | m2 | d1 | d2) >>> 0 > 9) {
    if (!isDigit(y1) || !isDigit(y2) || !isDigit(y3) || !isDigit(y4)) return Number.NaN;
    if (!isDigit(m1) || !isDigit(m2) || !isDigit(d1) || !isDigit(d2)) return Number.NaN;
  }
  const year = y1 * 1000 + y2 * 100 + y3 * 10 + y4;
  const month = m1 * 10 + m2;
  const dayOfMonth = d1 * 10 + d2;
  // Most days fall in a month the table already knows (1900-2199): one read, no arithmetic.
  const slot = (year - MONTH_TABLE_FROM) * 12 + month - 1;
  if (month >= 1 && month <= 12 && slot >= 0 && slot < MONTH_TABLE_SIZE) {
    let first = monthStarts[slot]!;
    if (first !== first) first = monthStarts[slot] = daysFromCivil(year, month, 1) * DAY_MS;
    return first + (dayOfMonth - 1) * DAY_MS;
  }
  return daysFromCivil(year, month, dayOfMonth) * DAY_MS;
}

const isDigit = (c: number) => c >= 0 && c <= 9;
const MONTH_TABLE_FROM = 1900;
const MONTH_TABLE_SIZE = 300 * 12;
/** First instant of each month from 1900 (NaN until first used). */
const monthStarts = new Float64Array(MONTH_TABLE_SIZE).fill(Number.NaN);

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil), the
 * arithmetic of Date.UTC without its call; months and days out of range roll over like it.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  // Roll months over first (Date.UTC(2019, 12, 1) is 2020-01-01).
  const m0 = month - 1;
  const y0 = year + Math.floor(m0 / 12);
  const m = m0 - Math.floor(m0 / 12) * 12 + 1;
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * Item indices in time order (start, end, id). Data usually arrives in that order already (the
 * API and the synthetic generator sort by date_lo, date_hi, id): one O(n) pass checks it, and
 * only otherwise is there a comparison sort.
 */
export function timeOrder(items: TimelineItem[], start: Float64Array, end: Float64Array): Int32Array {
  const n = items.length;
  const order = new Int32Array(n);
  let sorted = true;
  for (let i = 0; i < n; i++) {
    order[i] = i;
    if (sorted && i > 0 && compareItems(items, start, end, i - 1, i) > 0) sorted = false;
  }
  if (!sorted) order.sort((a, b) => compareItems(items, start, end, a, b));
  return order;
}

export function buildModel(data: Pick<TimelineData, 'items' | 'links'>): TimelineModel {
  const items = data.items;
  const n = items.length;
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  const point = new Uint8Array(n);
  const softStart = new Uint8Array(n);
  const softEnd = new Uint8Array(n);
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  // One pass: the columns, the extent, and whether the items are in time order already (the
  // API and the synthetic generator sort them), so that only unsorted data pays for a sort.
  let sorted = true;
  let previousLo = Number.NEGATIVE_INFINITY;
  let previousEnd = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const item = items[i]!;
    const date = item.date;
    const loText = date.lo;
    const hiText = date.hi;
    const lo = fastDayToMs(loText);
    const same = loText === hiText;
    const hi = same ? lo : fastDayToMs(hiText);
    const e = (hi > lo ? hi : lo) + DAY_MS;
    start[i] = lo;
    end[i] = e;
    if (same) point[i] = 1;
    if (date.approximate || date.uncertain || FUZZY.test(date.edtf)) {
      const soft = softEnds(date.edtf, date.approximate, date.uncertain);
      softStart[i] = soft.start ? 1 : 0;
      softEnd[i] = soft.end ? 1 : 0;
    }
    if (lo < min) min = lo;
    if (e > max) max = e;
    if (sorted && i > 0) {
      // compareItems(i - 1, i) > 0, inlined: the ids are compared only on ties (or NaN days).
      const c = previousLo - lo || previousEnd - e;
      if (c > 0 || (!c && items[i - 1]!.id > item.id)) sorted = false;
    }
    previousLo = lo;
    previousEnd = e;
  }
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (!sorted) order.sort((a, b) => compareItems(items, start, end, a, b));
  let indexById: Map<string, number> | undefined;
  // Links: only the ids they name are looked up (a small table, one pass over the items).
  const links: ModelLink[] = [];
  const linksOf = new Map<number, number[]>();
  if (data.links.length) {
    const linked = new Map<string, number>();
    // A cheap filter first (a bit per hash of an id's last characters): most items are not
    // linked, and this spares them the map lookup, which hashes the whole id.
    const maybe = new Uint8Array(ID_FILTER_SIZE);
    for (const link of data.links) {
      linked.set(link.fromId, -1);
      linked.set(link.toId, -1);
      maybe[idTail(link.fromId)] = 1;
      maybe[idTail(link.toId)] = 1;
    }
    let missing = linked.size;
    for (let i = 0; i < n && missing > 0; i++) {
      const id = items[i]!.id;
      if (maybe[idTail(id)] === 1 && linked.get(id) === -1) {
        linked.set(id, i);
        missing--;
      }
    }
    const addTo = (at: number, k: number) => {
      const list = linksOf.get(at);
      if (list) list.push(k);
      else linksOf.set(at, [k]);
    };
    for (const link of data.links) {
      const from = linked.get(link.fromId);
      const to = linked.get(link.toId);
      if (from === undefined || to === undefined || from < 0 || to < 0) continue;
      const k = links.push({ from, to, type: link.type }) - 1;
      addTo(from, k);
      addTo(to, k);
    }
  }
  return {
    items,
    start,
    end,
    point,
    softStart,
    softEnd,
    order,
    get indexById() {
      if (!indexById) {
        indexById = new Map<string, number>();
        for (let i = 0; i < n; i++) indexById.set(items[i]!.id, i);
      }
      return indexById;
    },
    links,
    linksOf,
    extent: n > 0 ? { start: min, end: max } : null,
  };
}

const ID_FILTER_SIZE = 1 << 16;

/** A 16-bit hash of the last four characters of an id (UUIDs vary most at their end). */
function idTail(id: string): number {
  const k = id.length;
  return (
    ((id.charCodeAt(k - 1) | 0) * 29791 +
      (id.charCodeAt(k - 2) | 0) * 961 +
      (id.charCodeAt(k - 3) | 0) * 31 +
      (id.charCodeAt(k - 4) | 0)) &
    (ID_FILTER_SIZE - 1)
  );
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
