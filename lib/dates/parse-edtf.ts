import { MAX_YEAR, MIN_YEAR } from './calendar';
import { buildFuzzyDate, validatePoint, validateSpan } from './build-fuzzy-date';
import { decadePoint, point, singleSpan, type DatePoint, type DateSpan } from './date-span';
import { parseWithLibrary, type EdtfParseNode } from './edtf-library';
import { subYearCodeToSpan } from './edtf-season-codes';
import { MAX_INPUT_LENGTH, messages } from './messages';
import type { DateParseResult } from './types';

// EDTF in, FuzzyDate out. The library decides what is valid syntax; we then rebuild the
// value from its components (canonical qualifier placement, our own lo/hi) and refuse the
// EDTF features this app does not model, each with a message saying what to write instead.

type SpanOutcome = { ok: true; span: DateSpan } | { ok: false; error: string };

/** YYYYMMDD bitmasks the library uses for level-2 qualifiers covering the whole date. */
const WHOLE_DATE_MASK = [15, 63, 255] as const;
/** Unspecified mask of `201X`: only the last year digit. */
const DECADE_DIGIT_MASK = 8;

function qualifierFlag(flag: boolean | number | undefined, precision: number): boolean | 'partial' {
  if (typeof flag !== 'number') return Boolean(flag);
  if (flag === 0) return false;
  return flag === WHOLE_DATE_MASK[precision - 1] ? true : 'partial';
}

function dateNodeToSpan(node: EdtfParseNode, text: string): SpanOutcome {
  const values = node.values.filter((v): v is number => typeof v === 'number');
  if (values.length !== node.values.length || values.length === 0)
    return { ok: false, error: messages.invalidEdtf(text) };
  if (values.length > 3) return { ok: false, error: messages.timeOfDay(text) };
  const [year = 0, monthIndex, day] = values;
  if (node.unspecified) {
    if (values.length === 1 && node.unspecified === DECADE_DIGIT_MASK)
      return { ok: true, span: singleSpan(decadePoint(year)) };
    return { ok: false, error: messages.unspecifiedDigits(text) };
  }
  const approximate = qualifierFlag(node.approximate, values.length);
  const uncertain = qualifierFlag(node.uncertain, values.length);
  if (approximate === 'partial' || uncertain === 'partial')
    return { ok: false, error: messages.partialQualifier(text) };
  const month = monthIndex === undefined ? undefined : monthIndex + 1;
  return { ok: true, span: singleSpan(point(year, month, day, { approximate, uncertain })) };
}

function nodeToSpan(node: EdtfParseNode, text: string): SpanOutcome {
  const [first, second] = node.values;
  switch (node.type ?? 'Date') {
    case 'Date':
      return dateNodeToSpan(node, text);
    case 'Season': {
      const span =
        typeof first === 'number' && typeof second === 'number' ? subYearCodeToSpan(first, second) : null;
      return span ? { ok: true, span } : { ok: false, error: messages.invalidEdtf(text) };
    }
    case 'Decade': {
      if (node.approximate || node.uncertain) return { ok: false, error: messages.qualifiedDecade() };
      if (typeof first !== 'number') return { ok: false, error: messages.invalidEdtf(text) };
      // Three digits: a misspelled year ("999") is far likelier than the 9990s.
      if (first * 10 < MIN_YEAR || first * 10 > MAX_YEAR) return { ok: false, error: messages.year(first) };
      // `201` is the level-2 spelling of the 2010s; we store it as `201X`.
      return { ok: true, span: singleSpan(decadePoint(first * 10)) };
    }
    case 'Century':
      return { ok: false, error: messages.century(text) };
    case 'Year':
      return { ok: false, error: messages.year(typeof first === 'number' ? first : NaN) };
    case 'Set':
    case 'List':
      return { ok: false, error: messages.setOrList(text) };
    case 'Interval': {
      if (!isNode(first) || !isNode(second)) return { ok: false, error: messages.openInterval(text) };
      const lower = nodeToSpan(first, text);
      if (!lower.ok) return lower;
      const upper = nodeToSpan(second, text);
      if (!upper.ok) return upper;
      return { ok: true, span: { start: lower.span.start, end: upper.span.end } };
    }
    default:
      return { ok: false, error: messages.invalidEdtf(text) };
  }
}

function isNode(value: EdtfParseNode['values'][number] | undefined): value is EdtfParseNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const NUMERIC_DATE = /^(-?\d+)(?:-(\d{2}))?(?:-(\d{2}))?[?~%]?$/;

/** Why the library refused `text`, in words: the parser's own errors are grammar dumps. */
function explainInvalid(text: string): string {
  for (const part of text.split('/')) {
    const m = NUMERIC_DATE.exec(part);
    if (m) {
      const p: DatePoint = point(
        Number(m[1]),
        m[2] ? Number(m[2]) : undefined,
        m[3] ? Number(m[3]) : undefined,
      );
      const problem = validatePoint(p);
      if (problem) return problem;
    }
    const quarter = /^(\d{4})-?Q(\d)$/i.exec(part);
    if (quarter) {
      const q = Number(quarter[2]);
      if (q < 1 || q > 4) return messages.quarter(q);
      const first = q * 3 - 2;
      return messages.quarterNotEdtf(
        part,
        `${quarter[1]}-${String(first).padStart(2, '0')}/${quarter[1]}-${String(first + 2).padStart(2, '0')}`,
      );
    }
    if (/^\d{3}X[?~%]$/.test(part)) return messages.qualifiedDecade();
  }
  return messages.invalidEdtf(text);
}

/** The validated span behind an EDTF string (shared by parseEdtf and the formatter). */
export function edtfToSpan(edtf: string): SpanOutcome {
  const text = typeof edtf === 'string' ? edtf.trim() : '';
  if (!text) return { ok: false, error: messages.required() };
  if (text.length > MAX_INPUT_LENGTH) return { ok: false, error: messages.tooLong(text.length) };
  const node = parseWithLibrary(text);
  if (!node) return { ok: false, error: explainInvalid(text) };
  const outcome = nodeToSpan(node, text);
  if (!outcome.ok) return outcome;
  const problem = validateSpan(outcome.span);
  return problem ? { ok: false, error: problem } : outcome;
}

/** Parses EDTF only (what the database stores); use it to re-derive lo/hi from a stored string. */
export function parseEdtf(edtf: string): DateParseResult {
  const outcome = edtfToSpan(edtf);
  return outcome.ok ? buildFuzzyDate(outcome.span) : outcome;
}
