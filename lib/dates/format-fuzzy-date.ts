import { classifySpan } from './classify-span';
import type { DatePoint, DateSpan } from './date-span';
import { pointBaseLabel, type LabelStyle } from './format-point';
import { edtfToSpan } from './parse-edtf';
import type { FuzzyDate } from './types';

// Human labels. Long labels are written so that parseFuzzyDate reads them back to the same
// EDTF (tested), which is why qualifiers are spelled in words the parser knows: "around X",
// "X?" for one uncertain end, a trailing "(uncertain)" / "(approx.)" for the whole value.

function qualifierTail(span: DateSpan, style: LabelStyle, approximateImplied: boolean): string {
  const { start, end } = span;
  const notes: string[] = [];
  if (style === 'short' && !approximateImplied && start.approximate && end.approximate) notes.push('approx.');
  if (start.uncertain && end.uncertain) notes.push('uncertain');
  return notes.length ? ` (${notes.join(', ')})` : '';
}

/** One end of a generic interval (or a single date), with the qualifiers the tail leaves out. */
function endLabel(
  p: DatePoint,
  style: LabelStyle,
  uniformUncertain: boolean,
  uniformApproximate: boolean,
): string {
  let label = pointBaseLabel(p, style);
  if (p.approximate && (style === 'long' || !uniformApproximate))
    label = `${style === 'long' ? 'around' : 'c.'} ${label}`;
  if (p.uncertain && !uniformUncertain) label += '?';
  return label;
}

function spanLabel(span: DateSpan, style: LabelStyle): string {
  const shape = classifySpan(span);
  const { start, end } = span;
  switch (shape.kind) {
    case 'quarter':
      return `Q${shape.quarter} ${shape.year}${qualifierTail(span, style, false)}`;
    case 'half':
      return `H${shape.half} ${shape.year}${qualifierTail(span, style, false)}`;
    case 'season':
      return `${shape.season} ${shape.year}${qualifierTail(span, style, false)}`;
    case 'part-of-year':
      return `${shape.part} ${shape.year}${qualifierTail(span, style, true)}`;
    default: {
      const uniformUncertain = start.uncertain && end.uncertain;
      const uniformApproximate = start.approximate && end.approximate;
      const tail = qualifierTail(span, style, false);
      const first = endLabel(start, style, uniformUncertain, uniformApproximate);
      if (shape.kind === 'point') return first + tail;
      const joiner = style === 'long' ? ' to ' : ' – ';
      return first + joiner + endLabel(end, style, uniformUncertain, uniformApproximate) + tail;
    }
  }
}

/**
 * "11 November 2017", "Q4 2018", "late 2018", "around December 2018 to around March 2019".
 * A string argument is read as EDTF; text that is not valid EDTF is returned unchanged so a
 * bad stored value still shows up instead of disappearing.
 */
export function formatFuzzyDate(value: FuzzyDate | string, style: LabelStyle = 'long'): string {
  const edtf = typeof value === 'string' ? value : value.edtf;
  const span = edtfToSpan(edtf);
  return span.ok ? spanLabel(span.span, style) : edtf;
}
