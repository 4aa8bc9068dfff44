import { utcDay, utcMonth, utcTicks, utcYear } from 'd3-time';
import { MONTH_ABBREVIATIONS } from '@/lib/dates/calendar';
import { DAY_MS } from './time';
import type { TimeWindow } from './types';

// Axis ticks from d3-time's utcTicks (what d3-scale's scaleUtc().ticks() calls, without the
// scale's interpolators and formatters in the bundle): they adapt from decades (200-year windows)
// to days (a week).
// Labels are written by hand in UTC so server, browser and exports agree.

export type TickUnit = 'decade' | 'year' | 'month' | 'day' | 'hour';

export interface AxisTick {
  t: number;
  label: string;
}

export interface AxisTicks {
  unit: TickUnit;
  /** Ticks with their labels (second line of the axis). */
  ticks: AxisTick[];
  /** Boundaries of the enclosing period (years for months, months for days), labelled on the first line. */
  context: AxisTick[];
}

function unitOf(step: number): TickUnit {
  if (step >= 3650 * DAY_MS * 0.97) return 'decade';
  if (step >= 365 * DAY_MS * 0.97) return 'year';
  if (step >= 28 * DAY_MS) return 'month';
  if (step >= DAY_MS) return 'day';
  return 'hour';
}

function label(t: number, unit: TickUnit): string {
  const d = new Date(t);
  switch (unit) {
    case 'decade':
    case 'year':
      return String(d.getUTCFullYear());
    case 'month':
      return MONTH_ABBREVIATIONS[d.getUTCMonth()]!;
    case 'day':
      return String(d.getUTCDate());
    case 'hour':
      return `${String(d.getUTCHours()).padStart(2, '0')}:00`;
  }
}

/** The period containing `start`, then every period starting inside the window. */
function boundaries(interval: typeof utcYear, start: Date, end: Date): Date[] {
  const first = interval.floor(start);
  const rest = interval.range(interval.ceil(start), end);
  return rest[0] && rest[0].getTime() === first.getTime() ? rest : [first, ...rest];
}

/** Ticks for a window drawn `width` pixels wide (about one label per 80 px). */
export function axisTicks(w: TimeWindow, width: number): AxisTicks {
  const dates = utcTicks(new Date(w.start), new Date(w.end), Math.max(2, Math.floor(width / 80)));
  const ts = dates.map((d) => d.getTime());
  const step = ts.length > 1 ? ts[1]! - ts[0]! : w.end - w.start;
  const unit = unitOf(step);
  const ticks = ts.map((t) => ({ t, label: label(t, unit) }));
  let context: AxisTick[] = [];
  const start = new Date(w.start);
  const end = new Date(w.end);
  if (unit === 'month') {
    context = boundaries(utcYear, start, end).map((d) => ({
      t: d.getTime(),
      label: String(d.getUTCFullYear()),
    }));
  } else if (unit === 'day' || unit === 'hour') {
    const interval = unit === 'day' ? utcMonth : utcDay;
    context = boundaries(interval, start, end).map((d) => ({
      t: d.getTime(),
      label:
        unit === 'day'
          ? `${MONTH_ABBREVIATIONS[d.getUTCMonth()]} ${d.getUTCFullYear()}`
          : `${d.getUTCDate()} ${MONTH_ABBREVIATIONS[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
    }));
  }
  return { unit, ticks, context };
}
