import { EVENT_STATUS_LABELS } from '@/lib/domain/labels';
import type { EventStatus } from '@/lib/domain/vocabulary';
import { softEnds } from './model';
import type { TimelineItem } from './types';

// How an event is drawn, as data: the renderer follows it, and the accessible layer states it
// ("window, soft edges, dashed outline"), so what the eye sees is also what a test or a screen
// reader can read.

export type MarkShape = 'point' | 'window';
export type MarkOutline = 'solid' | 'dashed' | 'dotted';

export interface MarkStyle {
  shape: MarkShape;
  outline: MarkOutline;
  /** Cancelled: a line through the mark. */
  struck: boolean;
  /** Denied: a cross on the mark. */
  crossed: boolean;
  /** Approximate or uncertain ends fade out. */
  softStart: boolean;
  softEnd: boolean;
}

export const OUTLINE_BY_STATUS: Record<EventStatus, MarkOutline> = {
  rumoured: 'dotted',
  planned: 'dashed',
  announced: 'dashed',
  postponed: 'dashed',
  happened: 'solid',
  cancelled: 'solid',
  denied: 'solid',
};

export const DASH_BY_OUTLINE: Record<MarkOutline, readonly number[]> = {
  solid: [],
  dashed: [5, 3],
  dotted: [1.5, 2.5],
};

export function markStyle(item: Pick<TimelineItem, 'status' | 'date'>): MarkStyle {
  const soft = softEnds(item.date.edtf, item.date.approximate, item.date.uncertain);
  const point = item.date.lo === item.date.hi;
  return {
    shape: point ? 'point' : 'window',
    outline: OUTLINE_BY_STATUS[item.status],
    struck: item.status === 'cancelled',
    crossed: item.status === 'denied',
    softStart: !point && soft.start,
    softEnd: !point && soft.end,
  };
}

/** "window with soft edges, dashed outline (planned)" — how the mark looks, in words. */
export function describeMark(item: Pick<TimelineItem, 'status' | 'date'>): string {
  const style = markStyle(item);
  const parts: string[] = [];
  if (style.shape === 'point') parts.push('point (an exact day)');
  else if (style.softStart && style.softEnd) parts.push('window with soft edges (approximate ends)');
  else if (style.softStart) parts.push('window with a soft start (approximate)');
  else if (style.softEnd) parts.push('window with a soft end (approximate)');
  else parts.push('window');
  parts.push(`${style.outline} outline`);
  if (style.struck) parts.push('struck through');
  if (style.crossed) parts.push('crossed out');
  return `${parts.join(', ')} (${EVENT_STATUS_LABELS[item.status].toLowerCase()})`;
}

/** Space-separated style tokens for a data attribute: "window soft-start soft-end dashed". */
export function markTokens(item: Pick<TimelineItem, 'status' | 'date'>): string {
  const s = markStyle(item);
  return [
    s.shape,
    s.softStart ? 'soft-start' : null,
    s.softEnd ? 'soft-end' : null,
    s.outline,
    s.struck ? 'struck-through' : null,
    s.crossed ? 'crossed' : null,
  ]
    .filter(Boolean)
    .join(' ');
}
