// Largest-Triangle-Three-Buckets downsampling (Steinarsson, 2013): keeps the visual shape of a
// line (its peaks and troughs) with far fewer points, so a long series stays fast to draw.
// Pure; the input must be sorted by x.

export interface XY {
  x: number;
  y: number;
}

/**
 * At most `threshold` points of `data`, always including the first and the last. Series no
 * longer than the threshold (or a threshold below 3) come back unchanged (a copy).
 */
export function lttb<T extends XY>(data: readonly T[], threshold: number): T[] {
  const n = data.length;
  if (threshold >= n || threshold < 3) return [...data];
  const sampled: T[] = [data[0]!];
  // The points between the first and the last are split into threshold - 2 buckets.
  const every = (n - 2) / (threshold - 2);
  let a = 0;
  for (let i = 0; i < threshold - 2; i++) {
    // The average of the next bucket is the third corner of the triangle.
    const nextStart = Math.floor((i + 1) * every) + 1;
    const nextEnd = Math.min(Math.floor((i + 2) * every) + 1, n);
    let avgX = 0;
    let avgY = 0;
    for (let j = nextStart; j < nextEnd; j++) {
      avgX += data[j]!.x;
      avgY += data[j]!.y;
    }
    const count = nextEnd - nextStart || 1;
    avgX /= count;
    avgY /= count;

    const start = Math.floor(i * every) + 1;
    const end = Math.floor((i + 1) * every) + 1;
    const pa = data[a]!;
    let maxArea = -1;
    let chosen = start;
    for (let j = start; j < end; j++) {
      const p = data[j]!;
      const area = Math.abs((pa.x - avgX) * (p.y - pa.y) - (pa.x - p.x) * (avgY - pa.y));
      if (area > maxArea) {
        maxArea = area;
        chosen = j;
      }
    }
    sampled.push(data[chosen]!);
    a = chosen;
  }
  sampled.push(data[n - 1]!);
  return sampled;
}
