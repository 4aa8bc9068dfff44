import type { TimelineModel } from './model';
import type { TimeWindow } from './types';

/** Events per bin across `extent` (an event counts in every bin its window overlaps). O(n + bins). */
export function densityBins(model: TimelineModel, extent: TimeWindow, bins: number): Float64Array {
  const counts = new Float64Array(bins + 1);
  const span = extent.end - extent.start;
  if (span <= 0 || bins <= 0) return counts.subarray(0, Math.max(0, bins));
  const n = model.items.length;
  for (let i = 0; i < n; i++) {
    const a = Math.floor(((model.start[i]! - extent.start) / span) * bins);
    const b = Math.floor(((model.end[i]! - 1 - extent.start) / span) * bins);
    if (b < 0 || a >= bins) continue;
    counts[Math.max(0, a)]! += 1;
    counts[Math.min(bins, b + 1)]! -= 1;
  }
  // Difference array → counts.
  for (let k = 1; k <= bins; k++) counts[k]! += counts[k - 1]!;
  return counts.subarray(0, bins);
}
