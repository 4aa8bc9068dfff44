import { buildLanes, type Lane } from './lanes';
import { DAY_MS } from './time';
import type { TimelineModel } from './model';
import type { GroupBy } from './types';

// Layout: which row of its lane each event takes, and which events fold into a count ("12
// events") because the rows are full at this zoom. Pure and zoom-dependent only: panning never
// changes the layout, so it is computed once per zoom level (levels are 2^(1/4) apart) and cached.

export const METRICS = {
  axisHeight: 36,
  rowHeight: 32,
  markTop: 4,
  markHeight: 12,
  labelBaseline: 28,
  labelFontSize: 12,
  clusterHeight: 20,
  lanePadTop: 4,
  lanePadBottom: 6,
  pointRadius: 6,
  minBarPx: 6,
  gapPx: 4,
  clusterGapPx: 6,
  badgeMinPx: 26,
  /** A count covers at most this many pixels of events; beyond, the next count starts. */
  clusterMaxPx: 64,
  bottomPad: 2,
} as const;

export type Metrics = typeof METRICS;

/** Rows a lane may use, by how many lanes share the height. */
export function maxRowsFor(laneCount: number): number {
  if (laneCount <= 4) return 6;
  if (laneCount <= 10) return 4;
  return 3;
}

/** Zoom levels: milliseconds per pixel rounded up to a power of 2^(1/4) (coarser is conservative). */
export function quantizeMsPerPx(msPerPx: number): { level: number; msPerPx: number } {
  const level = Math.ceil(Math.log2(Math.max(msPerPx, 1)) * 4 - 1e-9);
  return { level, msPerPx: 2 ** (level / 4) };
}

/** The drawn extent [start, end] of an item in time, at `msPerPx` (points are fixed-size diamonds). */
export function visualStart(model: TimelineModel, i: number, msPerPx: number): number {
  if (model.point[i]) return model.start[i]! + DAY_MS / 2 - METRICS.pointRadius * msPerPx;
  return model.start[i]!;
}

export function visualEnd(model: TimelineModel, i: number, msPerPx: number): number {
  if (model.point[i]) return model.start[i]! + DAY_MS / 2 + METRICS.pointRadius * msPerPx;
  return Math.max(model.end[i]!, model.start[i]! + METRICS.minBarPx * msPerPx);
}

export interface LayoutCluster {
  start: number;
  end: number;
  /** Item indices folded into this count, in time order. */
  members: number[];
}

export interface LaneLayout {
  /** Per row: item indices, increasing in time and never overlapping at this level. */
  rowItems: Int32Array[];
  /** Per row: the end of each item's drawn extent at this level (increasing; for binary search). */
  rowEnds: Float64Array[];
  clusters: LayoutCluster[];
  /** Item → its row (>= 0), or -(cluster index + 1) when folded into a count. */
  placement: Map<number, number>;
}

/**
 * Greedy interval packing in time order: each event takes the first row where it fits with a
 * gap; when all `rows` are taken it joins a count, and neighbouring counts merge. O(n · rows).
 */
export function layoutLane(
  model: TimelineModel,
  entries: Int32Array,
  rows: number,
  msPerPx: number,
): LaneLayout {
  const gap = METRICS.gapPx * msPerPx;
  const clusterGap = METRICS.clusterGapPx * msPerPx;
  const badge = METRICS.badgeMinPx * msPerPx;
  const maxSpan = METRICS.clusterMaxPx * msPerPx;
  const radius = METRICS.pointRadius * msPerPx;
  const minBar = METRICS.minBarPx * msPerPx;
  const { start, end, point } = model;
  const n = entries.length;
  // Rows fill shared scratch arrays (row r at r·n), copied out at the end: no growing arrays,
  // and no worst-case-sized garbage per lane and zoom level.
  const rowEnd = new Float64Array(rows).fill(Number.NEGATIVE_INFINITY);
  const rowCount = new Int32Array(rows);
  if (scratchItems.length < rows * n) {
    scratchItems = new Int32Array(rows * n);
    scratchEnds = new Float64Array(rows * n);
  }
  const items = scratchItems;
  const ends = scratchEnds;
  const clusters: LayoutCluster[] = [];
  const placement = new Map<number, number>();
  let current: LayoutCluster | null = null;
  for (let k = 0; k < n; k++) {
    const i = entries[k]!;
    // visualStart / visualEnd inlined: this runs for every event of a lane in view.
    const s = start[i]!;
    let vs: number;
    let ve: number;
    if (point[i]) {
      vs = s + DAY_MS / 2 - radius;
      ve = s + DAY_MS / 2 + radius;
    } else {
      vs = s;
      ve = Math.max(end[i]!, s + minBar);
    }
    let placed = -1;
    for (let r = 0; r < rows; r++) {
      if (vs >= rowEnd[r]! + gap) {
        placed = r;
        break;
      }
    }
    if (placed >= 0) {
      rowEnd[placed] = ve;
      const at = placed * n + rowCount[placed]!++;
      items[at] = i;
      ends[at] = ve;
      placement.set(i, placed);
      continue;
    }
    if (current && vs <= current.end + clusterGap && vs <= current.start + maxSpan) {
      current.members.push(i);
      if (ve > current.end) current.end = ve;
    } else {
      current = { start: vs, end: Math.max(ve, vs + badge), members: [i] };
      clusters.push(current);
    }
    placement.set(i, -clusters.length);
  }
  // Counts never overlap: each ends before the next begins (long windows would reach over).
  for (let c = 0; c + 1 < clusters.length; c++) {
    const next = clusters[c + 1]!;
    clusters[c]!.end = Math.max(
      clusters[c]!.start + badge,
      Math.min(clusters[c]!.end, next.start - clusterGap),
    );
  }
  const rowItems: Int32Array[] = [];
  const rowEnds: Float64Array[] = [];
  for (let r = 0; r < rows; r++) {
    rowItems.push(items.slice(r * n, r * n + rowCount[r]!));
    rowEnds.push(ends.slice(r * n, r * n + rowCount[r]!));
  }
  return { rowItems, rowEnds, clusters, placement };
}

/** Scratch rows for layoutLane (grown as needed, never shrunk; layout is synchronous). */
let scratchItems = new Int32Array(0);
let scratchEnds = new Float64Array(0);

/** How many rows a lane needs when its whole time span is ~1000 px wide, capped at `max`. */
export function rowsNeeded(model: TimelineModel, entries: Int32Array, max: number): number {
  const count = entries.length;
  if (count <= 1) return 1;
  const { start, end, point } = model;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < count; k++) {
    const i = entries[k]!;
    if (start[i]! < lo) lo = start[i]!;
    if (end[i]! > hi) hi = end[i]!;
  }
  const msPerPx = Math.max(hi - lo, 30 * DAY_MS) / 1000;
  const gap = METRICS.gapPx * msPerPx;
  const radius = METRICS.pointRadius * msPerPx;
  const minBar = METRICS.minBarPx * msPerPx;
  // visualStart / visualEnd inlined: this runs for every event before the first frame.
  const ends = new Float64Array(max);
  let rows = 0;
  for (let k = 0; k < count; k++) {
    const i = entries[k]!;
    const s = start[i]!;
    let vs: number;
    let ve: number;
    if (point[i]) {
      vs = s + DAY_MS / 2 - radius;
      ve = s + DAY_MS / 2 + radius;
    } else {
      vs = s;
      ve = Math.max(end[i]!, s + minBar);
    }
    let r = 0;
    while (r < rows && vs < ends[r]! + gap) r++;
    if (r < rows) ends[r] = ve;
    else if (++rows === max)
      break; // every row is taken: the answer cannot grow
    else ends[rows - 1] = ve;
  }
  return Math.max(1, rows);
}

export interface SceneLayout {
  level: number;
  msPerPx: number;
  lanes: LaneLayout[];
}

export interface TimelineScene {
  model: TimelineModel;
  group: GroupBy;
  lanes: Lane[];
  /** Each item's first lane (an event with two counterparties sits in two lanes). */
  laneOf: Int32Array;
  /** Per lane: item rows, whether it has a strip of counts, its top (y, axis included) and height. */
  laneRows: number[];
  laneHasClusters: boolean[];
  laneTop: number[];
  laneHeight: number[];
  /** Total height: axis and every lane. */
  height: number;
  /** The layout at a zoom (milliseconds per pixel), cached by level. */
  layoutAt(msPerPx: number): SceneLayout;
}

/** Lanes, their rows and heights, and a per-zoom layout cache. Independent of the width. */
export function buildScene(model: TimelineModel, group: GroupBy): TimelineScene {
  const lanes = buildLanes(model, group);
  const max = maxRowsFor(lanes.length);
  const laneRows = lanes.map((lane) => rowsNeeded(model, lane.entries, max));
  const laneHasClusters = lanes.map((lane, k) => lane.entries.length > laneRows[k]!);
  const laneTop: number[] = [];
  const laneHeight: number[] = [];
  let y = METRICS.axisHeight;
  lanes.forEach((_, k) => {
    const h =
      METRICS.lanePadTop +
      laneRows[k]! * METRICS.rowHeight +
      (laneHasClusters[k] ? METRICS.clusterHeight : 0) +
      METRICS.lanePadBottom;
    laneTop.push(y);
    laneHeight.push(h);
    y += h;
  });
  const laneOf = new Int32Array(model.items.length).fill(-1);
  lanes.forEach((lane, k) => {
    for (const i of lane.entries) if (laneOf[i] === -1) laneOf[i] = k;
  });
  const cache = new Map<number, SceneLayout>();
  return {
    model,
    group,
    lanes,
    laneOf,
    laneRows,
    laneHasClusters,
    laneTop,
    laneHeight,
    height: y + METRICS.bottomPad,
    layoutAt(msPerPx: number) {
      const q = quantizeMsPerPx(msPerPx);
      let layout = cache.get(q.level);
      if (!layout) {
        if (cache.size >= 12) cache.delete(cache.keys().next().value!);
        layout = {
          level: q.level,
          msPerPx: q.msPerPx,
          lanes: lazyList(lanes.length, (k) => layoutLane(model, lanes[k]!.entries, laneRows[k]!, q.msPerPx)),
        };
        cache.set(q.level, layout);
      }
      return layout;
    },
  };
}

/**
 * An array of `length` values, each computed by `make(k)` when first read: a zoom level lays out
 * only the lanes a frame reads (those in view), the others when they scroll into it.
 */
export function lazyList<T>(length: number, make: (k: number) => T): T[] {
  const list = new Array<T>(length);
  for (let k = 0; k < length; k++) {
    Object.defineProperty(list, k, {
      configurable: true,
      enumerable: true,
      get() {
        const value = make(k);
        Object.defineProperty(list, k, { value, writable: false, configurable: false, enumerable: true });
        return value;
      },
    });
  }
  return list;
}

/** y of the top of row `row` in lane `lane` (the cluster strip is row = laneRows[lane]). */
export function rowTop(scene: TimelineScene, lane: number, row: number): number {
  return scene.laneTop[lane]! + METRICS.lanePadTop + row * METRICS.rowHeight;
}

/** First index whose value is >= `t` in an increasing array (binary search). */
export function lowerBound(values: ArrayLike<number>, t: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
