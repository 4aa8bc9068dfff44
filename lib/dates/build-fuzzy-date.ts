import { daysInMonth, MAX_YEAR, MIN_YEAR } from './calendar';
import { classifySpan, shapePrecision } from './classify-span';
import { pointHi, pointLo, spanToEdtf, type DatePoint, type DateSpan } from './date-span';
import { isValidEdtfSyntax } from './edtf-library';
import { pointBaseLabel } from './format-point';
import { messages } from './messages';
import type { DateParseResult } from './types';

// The single exit of both parsers: checks a span makes sense, then derives everything in
// FuzzyDate from it. lo/hi are computed here from the components, never by the library.

export function validatePoint(p: DatePoint): string | null {
  if (!Number.isInteger(p.year) || p.year < MIN_YEAR || p.year > MAX_YEAR) return messages.year(p.year);
  if (p.decade) {
    if (p.year % 10 !== 0) return messages.decadeDigit(`${p.year}s`);
    if (p.approximate || p.uncertain) return messages.qualifiedDecade();
    return null;
  }
  if (p.month === undefined) return null;
  if (!Number.isInteger(p.month) || p.month < 1 || p.month > 12) return messages.month(p.month);
  if (p.day === undefined) return null;
  const days = daysInMonth(p.year, p.month);
  if (!Number.isInteger(p.day) || p.day < 1 || p.day > days)
    return messages.day(p.year, p.month, p.day, days);
  return null;
}

/** Error message, or null when the span is usable. */
export function validateSpan(span: DateSpan): string | null {
  const problem = validatePoint(span.start) ?? validatePoint(span.end);
  if (problem) return problem;
  if (pointHi(span.end) < pointLo(span.start)) {
    return messages.reversed(pointBaseLabel(span.end, 'long'), pointBaseLabel(span.start, 'long'));
  }
  return null;
}

export function buildFuzzyDate(span: DateSpan): DateParseResult {
  const problem = validateSpan(span);
  if (problem) return { ok: false, error: problem };
  const edtf = spanToEdtf(span);
  // Belt and braces: whatever we emit must be EDTF the library (and other tools) accept.
  if (!isValidEdtfSyntax(edtf)) return { ok: false, error: messages.internal(edtf) };
  const { start, end } = span;
  return {
    ok: true,
    value: {
      edtf,
      lo: pointLo(start),
      hi: pointHi(end),
      precision: shapePrecision(classifySpan(span)),
      approximate: start.approximate || end.approximate,
      uncertain: start.uncertain || end.uncertain,
    },
  };
}
