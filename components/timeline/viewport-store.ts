import { sameWindow } from '@/lib/timeline/time';
import type { TimeWindow } from '@/lib/timeline/types';

/**
 * The live window while someone zooms or pans: changes at frame rate without re-rendering React.
 * The canvas and the overview subscribe; the committed window (URL) is written only when a
 * gesture ends.
 */
export class ViewportStore {
  private listeners = new Set<() => void>();
  constructor(private window: TimeWindow) {}

  get = (): TimeWindow => this.window;

  set(next: TimeWindow) {
    if (sameWindow(next, this.window)) return;
    this.window = next;
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}
