import { daysInMonth, isoDay, pad2, pad4 } from './calendar';

// Internal model shared by both parsers and the formatter: every value is a span from a
// start point to an end point (the same point for a single date). Qualifiers live on the
// points because EDTF qualifies each end of an interval separately.

export type PointUnit = 'day' | 'month' | 'year' | 'decade';

export interface DatePoint {
  /** For a decade, its first year (2010 for the 2010s). */
  year: number;
  /** 1-12; absent for year and decade points. */
  month?: number;
  /** 1-31; only with a month. */
  day?: number;
  /** The year stands for its whole decade (`201X`). */
  decade?: boolean;
  approximate: boolean;
  uncertain: boolean;
}

export interface DateSpan {
  start: DatePoint;
  end: DatePoint;
}

export interface Qualifiers {
  approximate: boolean;
  uncertain: boolean;
}

export const UNQUALIFIED: Qualifiers = { approximate: false, uncertain: false };

export function point(year: number, month?: number, day?: number, qualifiers = UNQUALIFIED): DatePoint {
  const p: DatePoint = { year, ...qualifiers };
  if (month !== undefined) p.month = month;
  if (day !== undefined) p.day = day;
  return p;
}

export function decadePoint(firstYear: number): DatePoint {
  return { year: firstYear, decade: true, ...UNQUALIFIED };
}

export function singleSpan(p: DatePoint): DateSpan {
  return { start: p, end: p };
}

/** A span of whole months, e.g. a quarter; `endMonth` may exceed 12 to run into the next year. */
export function monthSpan(
  year: number,
  startMonth: number,
  endMonth: number,
  qualifiers = UNQUALIFIED,
): DateSpan {
  const endYear = year + Math.floor((endMonth - 1) / 12);
  const end = ((endMonth - 1) % 12) + 1;
  return {
    start: point(year, startMonth, undefined, qualifiers),
    end: point(endYear, end, undefined, qualifiers),
  };
}

export function pointUnit(p: DatePoint): PointUnit {
  if (p.decade) return 'decade';
  if (p.month === undefined) return 'year';
  return p.day === undefined ? 'month' : 'day';
}

/** First day the point can mean. */
export function pointLo(p: DatePoint): string {
  return isoDay(p.year, p.month ?? 1, p.day ?? 1);
}

/** Last day the point can mean (month lengths and leap years included). */
export function pointHi(p: DatePoint): string {
  if (p.decade) return isoDay(p.year + 9, 12, 31);
  const month = p.month ?? 12;
  return isoDay(p.year, month, p.day ?? daysInMonth(p.year, month));
}

export function qualifierSuffix(q: Qualifiers): string {
  if (q.approximate && q.uncertain) return '%';
  if (q.approximate) return '~';
  return q.uncertain ? '?' : '';
}

export function pointToEdtf(p: DatePoint): string {
  if (p.decade) return `${pad4(p.year).slice(0, 3)}X${qualifierSuffix(p)}`;
  let text = pad4(p.year);
  if (p.month !== undefined) text += `-${pad2(p.month)}`;
  if (p.day !== undefined) text += `-${pad2(p.day)}`;
  return text + qualifierSuffix(p);
}

export function samePoint(a: DatePoint, b: DatePoint): boolean {
  return (
    a.year === b.year &&
    a.month === b.month &&
    a.day === b.day &&
    Boolean(a.decade) === Boolean(b.decade) &&
    a.approximate === b.approximate &&
    a.uncertain === b.uncertain
  );
}

export function isSinglePoint(span: DateSpan): boolean {
  return samePoint(span.start, span.end);
}

/** A single date when both ends coincide (`2018/2018` means `2018`), else `start/end`. */
export function spanToEdtf(span: DateSpan): string {
  return isSinglePoint(span)
    ? pointToEdtf(span.start)
    : `${pointToEdtf(span.start)}/${pointToEdtf(span.end)}`;
}

/** Adds qualifiers (never removes them): "around late 2018" stays approximate. */
export function qualifySpan(span: DateSpan, q: Qualifiers): DateSpan {
  const add = (p: DatePoint): DatePoint => ({
    ...p,
    approximate: p.approximate || q.approximate,
    uncertain: p.uncertain || q.uncertain,
  });
  return { start: add(span.start), end: add(span.end) };
}
