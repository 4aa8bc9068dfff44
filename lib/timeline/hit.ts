import {
  METRICS,
  lowerBound,
  rowTop,
  visualEnd,
  visualStart,
  type SceneLayout,
  type TimelineScene,
} from './layout';
import { msPerPx, timeAt, xOf, type Viewport } from './viewport';

// Geometry of marks on the surface, and the reverse: which mark is under a point. Both are
// O(log n) per lane thanks to the per-row order of the layout (the spatial index).

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export type Hit =
  { kind: 'item'; index: number; lane: number } | { kind: 'cluster'; lane: number; cluster: number };

/** The box of cluster `c` of lane `lane` (in the lane's strip of counts). */
export function clusterBox(
  scene: TimelineScene,
  layout: SceneLayout,
  view: Viewport,
  lane: number,
  c: number,
): Box | null {
  const cluster = layout.lanes[lane]?.clusters[c];
  if (!cluster) return null;
  const x0 = xOf(view, cluster.start);
  const x1 = Math.max(xOf(view, cluster.end), x0 + METRICS.badgeMinPx);
  return {
    x: x0,
    y: rowTop(scene, lane, scene.laneRows[lane]!) + 2,
    w: x1 - x0,
    h: METRICS.clusterHeight - 4,
  };
}

/**
 * Where item `index` is drawn in lane `lane`: its mark, or the count it is folded into.
 * Null when it is not in that lane.
 */
export function itemBox(
  scene: TimelineScene,
  layout: SceneLayout,
  view: Viewport,
  lane: number,
  index: number,
): (Box & { folded: boolean }) | null {
  const place = layout.lanes[lane]?.placement.get(index);
  if (place === undefined) return null;
  if (place < 0) {
    const box = clusterBox(scene, layout, view, lane, -place - 1);
    return box ? { ...box, folded: true } : null;
  }
  const mpp = msPerPx(view);
  const x0 = xOf(view, visualStart(scene.model, index, mpp));
  const x1 = xOf(view, visualEnd(scene.model, index, mpp));
  return {
    x: x0,
    y: rowTop(scene, lane, place) + METRICS.markTop,
    w: x1 - x0,
    h: METRICS.markHeight,
    folded: false,
  };
}

/** The lane whose band contains y, or -1. */
export function laneAt(scene: TimelineScene, y: number): number {
  let lo = 0;
  let hi = scene.lanes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const top = scene.laneTop[mid]!;
    if (y < top) hi = mid - 1;
    else if (y >= top + scene.laneHeight[mid]!) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The event or count under (x, y), within `slop` px; a row's label area counts as its mark. */
export function hitTest(
  scene: TimelineScene,
  layout: SceneLayout,
  view: Viewport,
  x: number,
  y: number,
  slop = 4,
): Hit | null {
  if (x < view.plotLeft) return null;
  const lane = laneAt(scene, y);
  if (lane < 0) return null;
  const laneLayout = layout.lanes[lane]!;
  const rowY = y - scene.laneTop[lane]! - METRICS.lanePadTop;
  const row = Math.floor(rowY / METRICS.rowHeight);
  const mpp = msPerPx(view);
  const t = timeAt(view, x);
  const tol = slop * mpp;
  if (row >= 0 && row < scene.laneRows[lane]!) {
    const items = laneLayout.rowItems[row]!;
    const ends = laneLayout.rowEnds[row]!;
    let best: number | null = null;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (let j = Math.max(0, lowerBound(ends, t - tol) - 1); j < items.length; j++) {
      const i = items[j]!;
      const vs = visualStart(scene.model, i, mpp);
      if (vs > t + tol) break;
      const ve = visualEnd(scene.model, i, mpp);
      const distance = t < vs ? vs - t : t > ve ? t - ve : 0;
      if (distance <= tol && distance < bestDistance) {
        best = i;
        bestDistance = distance;
      }
    }
    return best === null ? null : { kind: 'item', index: best, lane };
  }
  if (row === scene.laneRows[lane] && scene.laneHasClusters[lane]) {
    const clusters = laneLayout.clusters;
    let lo = 0;
    let hi = clusters.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (clusters[mid]!.end < t - tol) lo = mid + 1;
      else hi = mid;
    }
    for (let c = lo; c < clusters.length && clusters[c]!.start <= t + tol; c++) {
      const box = clusterBox(scene, layout, view, lane, c)!;
      if (x >= box.x - slop && x <= box.x + box.w + slop) return { kind: 'cluster', lane, cluster: c };
    }
  }
  return null;
}
