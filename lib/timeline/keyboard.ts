import type { TimelineScene } from './layout';
import type { TimeWindow } from './types';

// Keyboard navigation between events: ← → in time order within a lane (continuing into the next
// or previous lane at its ends), ↑ ↓ to the nearest event in time in the lane above or below,
// Home / End to the first and last event of all. Pure: a cursor in, a cursor out.

export interface Cursor {
  lane: number;
  /** Position in the lane's entries (time order). */
  pos: number;
}

export type NavAction = 'next' | 'prev' | 'up' | 'down' | 'first' | 'last';

export function cursorItem(scene: TimelineScene, cursor: Cursor | null): number | null {
  if (!cursor) return null;
  const value = scene.lanes[cursor.lane]?.entries[cursor.pos];
  return value === undefined ? null : value;
}

/** The cursor on item `index` (in `lane` when given and it is there, else its first lane). */
export function cursorFor(scene: TimelineScene, index: number, lane?: number): Cursor | null {
  const lanes = lane !== undefined && lane >= 0 ? [lane, scene.laneOf[index]!] : [scene.laneOf[index]!];
  for (const k of lanes) {
    const entries = scene.lanes[k]?.entries;
    if (!entries) continue;
    const pos = entries.indexOf(index);
    if (pos >= 0) return { lane: k, pos };
  }
  return null;
}

/** Where focus lands first: the earliest event overlapping the window (top lane first on ties). */
export function initialCursor(scene: TimelineScene, window: TimeWindow | null): Cursor | null {
  const { model } = scene;
  if (model.order.length === 0) return null;
  if (window) {
    for (const i of model.order) {
      if (model.end[i]! > window.start && model.start[i]! < window.end) return cursorFor(scene, i);
    }
  }
  return cursorFor(scene, model.order[0]!);
}

function nearestInLane(scene: TimelineScene, lane: number, t: number): number {
  const { model } = scene;
  const entries = scene.lanes[lane]!.entries;
  let best = 0;
  let bestDistance = Number.POSITIVE_INFINITY;
  // Entries are in start order: binary search, then compare neighbours by midpoint.
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (model.start[entries[mid]!]! < t) lo = mid + 1;
    else hi = mid;
  }
  for (let k = Math.max(0, lo - 3); k < Math.min(entries.length, lo + 3); k++) {
    const i = entries[k]!;
    const d = Math.abs((model.start[i]! + model.end[i]!) / 2 - t);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}

export function moveCursor(
  scene: TimelineScene,
  cursor: Cursor | null,
  action: NavAction,
  window: TimeWindow | null = null,
): Cursor | null {
  const { model, lanes } = scene;
  if (lanes.length === 0) return null;
  if (action === 'first') return cursorFor(scene, model.order[0]!);
  if (action === 'last') return cursorFor(scene, model.order[model.order.length - 1]!);
  if (!cursor || !lanes[cursor.lane]) return initialCursor(scene, window);
  const entries = lanes[cursor.lane]!.entries;
  switch (action) {
    case 'next':
      if (cursor.pos + 1 < entries.length) return { lane: cursor.lane, pos: cursor.pos + 1 };
      return cursor.lane + 1 < lanes.length ? { lane: cursor.lane + 1, pos: 0 } : cursor;
    case 'prev':
      if (cursor.pos > 0) return { lane: cursor.lane, pos: cursor.pos - 1 };
      return cursor.lane > 0
        ? { lane: cursor.lane - 1, pos: lanes[cursor.lane - 1]!.entries.length - 1 }
        : cursor;
    case 'up':
    case 'down': {
      const target = cursor.lane + (action === 'up' ? -1 : 1);
      if (target < 0 || target >= lanes.length) return cursor;
      const i = entries[cursor.pos]!;
      return { lane: target, pos: nearestInLane(scene, target, (model.start[i]! + model.end[i]!) / 2) };
    }
  }
}
