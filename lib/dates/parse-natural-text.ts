import { validateSpan } from './build-fuzzy-date';
import { qualifySpan, type DateSpan, type Qualifiers } from './date-span';
import { messages } from './messages';
import { matchCorePattern } from './natural-patterns';

// English date text -> span. Layers, outermost first: normalisation, a trailing
// "(approx.)"/"(uncertain)" for the whole value, ranges ("X to Y", "between X and Y",
// "X/Y"), then per end: "by"/"around"/"possibly" prefixes, `~ ? %` suffixes, one date.

/**
 * `recognized` is true when the text had a date's shape but was refused for its content
 * (month 13, end before start); those errors beat "could not read" when choosing a message.
 */
export type NaturalOutcome = { ok: true; span: DateSpan } | { ok: false; error: string; recognized: boolean };

const unreadable = (text: string): NaturalOutcome => ({
  ok: false,
  error: messages.unreadable(text),
  recognized: false,
});

export function normalizeDateText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2012-\u2015]/g, ' - ') // figure/en/em dashes are range separators
    .replace(/,/g, ' ')
    .replace(/\bthe\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*\.+$/, ''); // "late 2018." (but keep "approx." inside brackets)
}

// Words that only say when a target is (`by`, `in`) carry no meaning for the window.
const NEUTRAL_PREFIX = /^(?:by|in|on|during|sometime|some time|year|expected|planned|targeted|targeting)\s+/;
const APPROXIMATE_PREFIX =
  /^(?:(?:circa|around|about|approximately|roughly|approx|ca|c)\s+|(?:approx\.|ca\.|c\.|~)\s*)/;
const UNCERTAIN_PREFIX = /^(?:(?:possibly|perhaps|maybe|probably)\s+|\?\s*)/;
const SYMBOL_SUFFIX = /\s*([?~%])$/;
const BRACKET_SUFFIX = /\s*\(([^()]*)\)$/;

const APPROXIMATE_WORDS = new Set([
  'approx',
  'approx.',
  'approximate',
  'approximately',
  'circa',
  'c.',
  'ca.',
  'estimated',
  'est.',
  '~',
]);
const UNCERTAIN_WORDS = new Set(['uncertain', 'unconfirmed', 'unsure', 'possibly', 'maybe', '?']);

/** Qualifiers in a trailing bracket like "(approx., uncertain)"; null if it says something else. */
function bracketQualifiers(inside: string): Qualifiers | null {
  const q = { approximate: false, uncertain: false };
  for (const word of inside.split(/[\s,]+/).filter(Boolean)) {
    if (APPROXIMATE_WORDS.has(word)) q.approximate = true;
    else if (UNCERTAIN_WORDS.has(word)) q.uncertain = true;
    else return null;
  }
  return q;
}

/** Peels qualifier prefixes and suffixes off one end of a range, in any order. */
function stripQualifiers(text: string): { core: string; qualifiers: Qualifiers } {
  const q = { approximate: false, uncertain: false };
  let core = text.trim();
  const cutPrefix = (re: RegExp): boolean => {
    const m = re.exec(core);
    if (m) core = core.slice(m[0].length).trim();
    return m !== null;
  };
  for (;;) {
    const symbol = SYMBOL_SUFFIX.exec(core);
    const bracket = BRACKET_SUFFIX.exec(core);
    const bracketed = bracket ? bracketQualifiers(bracket[1] ?? '') : null;
    if (symbol) {
      if (symbol[1] !== '?') q.approximate = true; // `~` or `%`
      if (symbol[1] !== '~') q.uncertain = true; // `?` or `%`
      core = core.slice(0, symbol.index).trim();
    } else if (bracket && bracketed) {
      q.approximate ||= bracketed.approximate;
      q.uncertain ||= bracketed.uncertain;
      core = core.slice(0, bracket.index).trim();
    } else if (cutPrefix(NEUTRAL_PREFIX)) {
      // a target date ("by end 2018") means the same window as the date itself
    } else if (cutPrefix(APPROXIMATE_PREFIX)) {
      q.approximate = true;
    } else if (cutPrefix(UNCERTAIN_PREFIX)) {
      q.uncertain = true;
    } else {
      return { core, qualifiers: q };
    }
  }
}

/** One end of a range (or a whole single value). */
function parseOneDate(text: string): NaturalOutcome {
  const { core, qualifiers } = stripQualifiers(text);
  const matched = matchCorePattern(core);
  if (!matched) return unreadable(text);
  if (!matched.ok) return { ok: false, error: matched.error, recognized: true };
  const span = qualifySpan(matched.span, qualifiers);
  const problem = validateSpan(span);
  return problem ? { ok: false, error: problem, recognized: true } : { ok: true, span };
}

/** From the start of the first part to the end of the second, each end keeping its qualifiers. */
function joinRange(first: NaturalOutcome, second: NaturalOutcome): NaturalOutcome {
  if (!first.ok) return first;
  if (!second.ok) return second;
  const span = { start: first.span.start, end: second.span.end };
  const problem = validateSpan(span);
  return problem ? { ok: false, error: problem, recognized: true } : { ok: true, span };
}

// Where a range may be cut, most explicit first. An unspaced hyphen comes last so that
// "2017-11-11" is only split when it cannot be read whole (as in "2018-2019").
const RANGE_SEPARATORS = [/\s+(?:to|until|till|through|thru|or|-)\s+/g, /\s*\/\s*/g, /-/g];

function parseRange(text: string, mustSplit: boolean): NaturalOutcome {
  const whole = mustSplit ? unreadable(text) : parseOneDate(text);
  if (whole.ok || whole.recognized) return whole;
  let firstProblem: NaturalOutcome | null = null;
  for (const separator of RANGE_SEPARATORS) {
    for (const m of text.matchAll(separator)) {
      const left = text.slice(0, m.index).trim();
      const right = text.slice(m.index + m[0].length).trim();
      if (!left || !right) continue;
      const first = parseOneDate(left);
      const second = parseOneDate(right);
      const joined = joinRange(first, second);
      if (joined.ok) return joined;
      const bothRead = (first.ok || first.recognized) && (second.ok || second.recognized);
      if (bothRead && !firstProblem) firstProblem = joined;
    }
  }
  return firstProblem ?? whole;
}

/** Natural English (or EDTF-like) date text -> span; `text` is the user's text, trimmed. */
export function parseNaturalText(text: string): NaturalOutcome {
  let normalized = normalizeDateText(text);
  // A trailing bracket qualifies the whole value ("Dec 2018 – Mar 2019 (approx.)").
  let overall: Qualifiers = { approximate: false, uncertain: false };
  const bracket = BRACKET_SUFFIX.exec(normalized);
  const bracketed = bracket ? bracketQualifiers(bracket[1] ?? '') : null;
  if (bracket && bracketed) {
    overall = bracketed;
    normalized = normalized.slice(0, bracket.index).trim();
  }
  const between = /^between (.+?) and (.+)$/.exec(normalized);
  const from = /^from (.+)$/.exec(normalized);
  let outcome: NaturalOutcome;
  if (between) outcome = joinRange(parseOneDate(between[1] ?? ''), parseOneDate(between[2] ?? ''));
  else if (from) outcome = parseRange(from[1] ?? '', true);
  else outcome = parseRange(normalized, false);
  if (!outcome.ok) return outcome.recognized ? outcome : unreadable(text);
  const span = qualifySpan(outcome.span, overall);
  const problem = validateSpan(span);
  return problem ? { ok: false, error: problem, recognized: true } : { ok: true, span };
}
