import { MONTH_ABBREVIATIONS } from '@/lib/dates/calendar';
import type { TimeWindow } from './types';

// Days and windows in UTC epoch milliseconds. Days are 'YYYY-MM-DD' strings everywhere else;
// the timeline turns them into numbers once and works on numbers.

export const DAY_MS = 86_400_000;

/** The widest and narrowest windows the timeline shows. */
export const WINDOW_LIMITS: TimeWindow = { start: Date.UTC(1900, 0, 1), end: Date.UTC(2200, 0, 1) };
export const MIN_SPAN_MS = 3 * DAY_MS;

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const BOUND_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** 'YYYY-MM-DD' → epoch ms at 00:00 UTC. NaN when malformed. */
export function dayToMs(day: string): number {
  const m = DAY_RE.exec(day);
  if (!m) return Number.NaN;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** Epoch ms → the UTC day containing it, 'YYYY-MM-DD'. */
export function msToDay(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

interface BoundParts {
  year: number;
  month: number | null;
  day: number | null;
}

function parseBound(value: string): BoundParts | null {
  const m = BOUND_RE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (year < 1900 || year > 2199) return null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && month !== null) {
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > last) return null;
  }
  return { year, month, day };
}

/** True for 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' naming a real year, month or day in 1900-2199. */
export function isWindowBound(value: string): boolean {
  return parseBound(value) !== null;
}

/** First instant of a window bound ('2017-01' → 2017-01-01T00:00Z). */
export function boundStart(value: string): number {
  const b = parseBound(value);
  if (!b) return Number.NaN;
  return Date.UTC(b.year, (b.month ?? 1) - 1, b.day ?? 1);
}

/** The instant just after a window bound, read inclusively ('2019-12' → 2020-01-01T00:00Z). */
export function boundEnd(value: string): number {
  const b = parseBound(value);
  if (!b) return Number.NaN;
  if (b.month === null) return Date.UTC(b.year + 1, 0, 1);
  if (b.day === null) return Date.UTC(b.year, b.month, 1);
  return Date.UTC(b.year, b.month - 1, b.day + 1);
}

/**
 * The window named by URL bounds (`from` inclusive start, `to` inclusive end). Null when
 * either is missing or invalid, or when `from` is after `to`: the caller then fits the data.
 */
export function windowFromBounds(
  from: string | null | undefined,
  to: string | null | undefined,
): TimeWindow | null {
  if (!from || !to) return null;
  const start = boundStart(from);
  const end = boundEnd(to);
  if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) return null;
  return { start, end };
}

/** Rounds both ends to whole UTC days, keeping at least one day. */
export function snapToDays(w: TimeWindow): TimeWindow {
  const start = Math.round(w.start / DAY_MS) * DAY_MS;
  const end = Math.max(start + DAY_MS, Math.round(w.end / DAY_MS) * DAY_MS);
  return { start, end };
}

/**
 * The URL bounds of a window, snapped to days: months when the window starts on the 1st or
 * ends on the last day of a month ('2017-01' … '2019-12'), days otherwise.
 */
export function boundsFromWindow(w: TimeWindow): { from: string; to: string } {
  const { start, end } = snapToDays(w);
  const first = new Date(start);
  const from =
    first.getUTCDate() === 1
      ? `${pad(first.getUTCFullYear(), 4)}-${pad(first.getUTCMonth() + 1)}`
      : msToDay(start);
  const after = new Date(end);
  const lastDay = msToDay(end - DAY_MS);
  const to = after.getUTCDate() === 1 ? lastDay.slice(0, 7) : lastDay;
  return { from, to };
}

/** Bounds in the canonical spelling ('2017-01-01' → '2017-01'), or null when they are not a window. */
export function canonicalBounds(from: string, to: string): { from: string; to: string } | null {
  const w = windowFromBounds(from, to);
  return w ? boundsFromWindow(w) : null;
}

function monthLabel(ms: number): string {
  const d = new Date(ms);
  return `${MONTH_ABBREVIATIONS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

function dayLabel(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCDate()} ${MONTH_ABBREVIATIONS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/**
 * A window in words, end inclusive: "Jan 2017 – Dec 2019" for month-aligned or long windows,
 * "4 Mar 2018 – 9 Mar 2018" otherwise. The same in every time zone (UTC).
 */
export function formatWindow(w: TimeWindow): string {
  const last = w.end - 1;
  const monthAligned =
    new Date(w.start).getUTCDate() === 1 &&
    new Date(w.end).getUTCDate() === 1 &&
    w.end - w.start >= 27 * DAY_MS;
  if (monthAligned || w.end - w.start >= 180 * DAY_MS) return `${monthLabel(w.start)} – ${monthLabel(last)}`;
  return `${dayLabel(w.start)} – ${dayLabel(last)}`;
}

/** Keeps a window within WINDOW_LIMITS and its span within [MIN_SPAN_MS, the limits' span]. */
export function clampWindow(w: TimeWindow, limits: TimeWindow = WINDOW_LIMITS): TimeWindow {
  const maxSpan = limits.end - limits.start;
  let span = Math.min(Math.max(w.end - w.start, MIN_SPAN_MS), maxSpan);
  if (!Number.isFinite(span)) span = maxSpan;
  let start = Number.isFinite(w.start) ? w.start : limits.start;
  if (w.end - w.start !== span) start = (w.start + w.end) / 2 - span / 2;
  start = Math.min(Math.max(start, limits.start), limits.end - span);
  return { start, end: start + span };
}

/** Zooms by `factor` (< 1 zooms in) keeping the instant `anchor` at the same screen position. */
export function zoomWindow(
  w: TimeWindow,
  factor: number,
  anchor: number = (w.start + w.end) / 2,
): TimeWindow {
  const span = w.end - w.start;
  const nextSpan = Math.min(Math.max(span * factor, MIN_SPAN_MS), WINDOW_LIMITS.end - WINDOW_LIMITS.start);
  const ratio = span > 0 ? (anchor - w.start) / span : 0.5;
  const start = anchor - ratio * nextSpan;
  return clampWindow({ start, end: start + nextSpan });
}

/** Moves a window by `delta` milliseconds. */
export function panWindow(w: TimeWindow, delta: number): TimeWindow {
  return clampWindow({ start: w.start + delta, end: w.end + delta });
}

/** The window showing [start, end) with `padding` of its span on each side (at least 90 days wide). */
export function fitWindow(extent: TimeWindow | null, padding = 0.05): TimeWindow {
  if (!extent) {
    const year = new Date().getUTCFullYear();
    return { start: Date.UTC(year - 5, 0, 1), end: Date.UTC(year + 1, 0, 1) };
  }
  const minSpan = 90 * DAY_MS;
  let { start, end } = extent;
  if (end - start < minSpan) {
    const mid = (start + end) / 2;
    start = mid - minSpan / 2;
    end = mid + minSpan / 2;
  }
  const pad = (end - start) * padding;
  return clampWindow({ start: start - pad, end: end + pad });
}

export function sameWindow(a: TimeWindow | null, b: TimeWindow | null): boolean {
  if (!a || !b) return a === b;
  return Math.abs(a.start - b.start) < 1 && Math.abs(a.end - b.end) < 1;
}

/**
 * The window a view shows: its bounds when both are given; one bound with the other end taken
 * from `fit` (the data's window); `fit` when neither is usable.
 */
export function resolveWindow(
  from: string | null | undefined,
  to: string | null | undefined,
  fit: TimeWindow,
): TimeWindow {
  const both = windowFromBounds(from, to);
  if (both) return both;
  const start = from ? boundStart(from) : Number.NaN;
  const end = to ? boundEnd(to) : Number.NaN;
  if (Number.isFinite(start) && !Number.isFinite(end))
    return clampWindow({ start, end: Math.max(fit.end, start + 90 * DAY_MS) });
  if (Number.isFinite(end) && !Number.isFinite(start))
    return clampWindow({ start: Math.min(fit.start, end - 90 * DAY_MS), end });
  return fit;
}
