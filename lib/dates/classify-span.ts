import { isSinglePoint, pointUnit, type DatePoint, type DateSpan, type PointUnit } from './date-span';
import type { DatePrecision } from './types';
import {
  PART_OF_YEAR_MONTHS,
  PARTS_OF_YEAR,
  SEASON_NAMES,
  SEASON_START_MONTH,
  type PartOfYear,
  type SeasonName,
} from './year-parts';

// Recognises the named shapes a span can have. Shapes are read from how the ends are
// written (whole months), not from lo/hi, so that a label always parses back to the same
// EDTF: `2018-10-01/2018-12-31` is a generic window, `2018-10/2018-12` is Q4 2018.

export type SpanShape =
  | { kind: 'point'; unit: PointUnit }
  | { kind: 'quarter'; year: number; quarter: number }
  | { kind: 'half'; year: number; half: number }
  | { kind: 'season'; year: number; season: SeasonName }
  | { kind: 'whole-year'; year: number }
  | { kind: 'part-of-year'; year: number; part: PartOfYear }
  | { kind: 'window' };

interface MonthRange {
  year: number;
  startMonth: number;
  /** Counted from January of `year`, so 14 is February of the next year. */
  endMonth: number;
}

function monthRange(start: DatePoint, end: DatePoint): MonthRange | null {
  if (pointUnit(start) !== 'month' || pointUnit(end) !== 'month') return null;
  if (start.month === undefined || end.month === undefined) return null;
  const endMonth = end.month + (end.year - start.year) * 12;
  return { year: start.year, startMonth: start.month, endMonth };
}

function exactShape({ year, startMonth, endMonth }: MonthRange): SpanShape | null {
  const length = endMonth - startMonth + 1;
  if (length === 3 && startMonth % 3 === 1) return { kind: 'quarter', year, quarter: (startMonth + 2) / 3 };
  if (length === 6 && startMonth % 6 === 1) return { kind: 'half', year, half: (startMonth + 5) / 6 };
  if (length === 12 && startMonth === 1) return { kind: 'whole-year', year };
  const season = SEASON_NAMES.find((name) => SEASON_START_MONTH[name] === startMonth);
  if (length === 3 && season) return { kind: 'season', year, season };
  return null;
}

function partOfYearShape({ year, startMonth, endMonth }: MonthRange): SpanShape | null {
  const part = PARTS_OF_YEAR.find(
    (p) => PART_OF_YEAR_MONTHS[p][0] === startMonth && PART_OF_YEAR_MONTHS[p][1] === endMonth,
  );
  return part ? { kind: 'part-of-year', year, part } : null;
}

export function classifySpan(span: DateSpan): SpanShape {
  const { start, end } = span;
  if (isSinglePoint(span)) return { kind: 'point', unit: pointUnit(start) };
  const range = monthRange(start, end);
  // Named shapes need both ends qualified alike; otherwise the label could not say it.
  if (!range || start.uncertain !== end.uncertain || start.approximate !== end.approximate)
    return { kind: 'window' };
  if (!start.approximate) return exactShape(range) ?? { kind: 'window' };
  return partOfYearShape(range) ?? { kind: 'window' };
}

export function shapePrecision(shape: SpanShape): DatePrecision {
  switch (shape.kind) {
    case 'point':
      return shape.unit;
    case 'quarter':
    case 'half':
    case 'season':
      return shape.kind;
    case 'whole-year':
      return 'year';
    case 'part-of-year':
    case 'window':
      return 'window';
  }
}
