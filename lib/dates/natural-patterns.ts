import { decadePoint, monthSpan, point, singleSpan, type DateSpan } from './date-span';
import { messages } from './messages';
import {
  halfMonths,
  PART_OF_YEAR_MONTHS,
  quarterMonths,
  SEASON_START_MONTH,
  type PartOfYear,
  type SeasonName,
} from './year-parts';

// The English forms of ONE date (no ranges, no qualifiers; parse-natural-text strips those
// first). Input is already normalised: lower case, single spaces, no commas, no "the".
// A pattern returns a span, or an error when it recognised the form but the numbers are
// wrong ("Q5 2018"); unmatched text falls through to the next pattern.

export type CoreOutcome = { ok: true; span: DateSpan } | { ok: false; error: string };

const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d+)';
const SEP = '[ /-]?';
const ORDINAL = '(first|second|third|fourth|last|\\d+(?:st|nd|rd|th)?)';

const MONTH_PREFIXES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
};

function monthNumber(word: string): number {
  return MONTH_PREFIXES.indexOf(word.slice(0, 3)) + 1;
}

/** "last quarter" is Q4, "last half" H2; other ordinals by table or digits ("5th" -> 5). */
function ordinal(word: string, last: number): number {
  if (word === 'last') return last;
  return ORDINALS[word] ?? Number.parseInt(word, 10);
}

const ok = (span: DateSpan): CoreOutcome => ({ ok: true, span });
const fail = (error: string): CoreOutcome => ({ ok: false, error });

function quarter(q: number, year: number): CoreOutcome {
  if (!Number.isInteger(q) || q < 1 || q > 4) return fail(messages.quarter(q));
  const [first, last] = quarterMonths(q);
  return ok(monthSpan(year, first, last));
}

function half(h: number, year: number): CoreOutcome {
  if (!Number.isInteger(h) || h < 1 || h > 2) return fail(messages.half(h));
  const [first, last] = halfMonths(h);
  return ok(monthSpan(year, first, last));
}

function season(name: SeasonName, year: number): CoreOutcome {
  const first = SEASON_START_MONTH[name];
  return ok(monthSpan(year, first, first + 2));
}

const approx = { approximate: true, uncertain: false };

type Handler = (m: RegExpExecArray, text: string) => CoreOutcome;

// `m[n]!` is safe: each handler reads only groups its own regex always captures.
const PATTERNS: Array<[RegExp, Handler]> = [
  // ISO-like numbers
  [/^(\d{4})-(\d{1,2})-(\d{1,2})$/, (m) => ok(singleSpan(point(+m[1]!, +m[2]!, +m[3]!)))],
  [/^(\d{4})-(\d{1,2})$/, (m) => ok(singleSpan(point(+m[1]!, +m[2]!)))],
  [/^(\d{1,2})[/.-](\d{4})$/, (m) => ok(singleSpan(point(+m[2]!, +m[1]!)))],
  [
    /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/,
    (m, text) =>
      fail(messages.ambiguousNumeric(text, `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`)),
  ],
  [/^(\d+)$/, (m) => ok(singleSpan(point(+m[1]!)))],
  // Decades: 2010s, 2010's, 201x (EDTF, lower-cased)
  [/^(\d+)'?s$/, (m) => ok(singleSpan(decadePoint(+m[1]!)))],
  [/^(\d{3})x$/, (m) => ok(singleSpan(decadePoint(+m[1]! * 10)))],
  [/^\d{0,2}x+$/, (_m, text) => fail(messages.unspecifiedDigits(text))],
  // Months and days with names
  [
    new RegExp(`^(?:${DAY} (?:of )?)?${MONTH}(?: of)? ${YEAR}$`),
    (m) => ok(singleSpan(point(+m[3]!, monthNumber(m[2]!), m[1] ? +m[1] : undefined))),
  ],
  [new RegExp(`^${MONTH} ${DAY} ${YEAR}$`), (m) => ok(singleSpan(point(+m[3]!, monthNumber(m[1]!), +m[2]!)))],
  // Quarters: Q4 2018, 4Q 2018, 2018-Q4, fourth quarter of 2018
  [new RegExp(`^(\\d)q${SEP}${YEAR}$`), (m) => quarter(+m[1]!, +m[2]!)],
  [new RegExp(`^(\\d{4})${SEP}q(\\d+)$`), (m) => quarter(+m[2]!, +m[1]!)],
  [new RegExp(`^q(\\d+)${SEP}(?:of )?${YEAR}$`), (m) => quarter(+m[1]!, +m[2]!)],
  [new RegExp(`^${ORDINAL} quarter(?: of)? ${YEAR}$`), (m) => quarter(ordinal(m[1]!, 4), +m[2]!)],
  // Halves: H2 2018, 2H 2018, 2018-H2, second half of 2018
  [new RegExp(`^(\\d)h${SEP}${YEAR}$`), (m) => half(+m[1]!, +m[2]!)],
  [new RegExp(`^(\\d{4})${SEP}h(\\d+)$`), (m) => half(+m[2]!, +m[1]!)],
  [new RegExp(`^h(\\d+)${SEP}(?:of )?${YEAR}$`), (m) => half(+m[1]!, +m[2]!)],
  [new RegExp(`^${ORDINAL} half(?: of)? ${YEAR}$`), (m) => half(ordinal(m[1]!, 2), +m[2]!)],
  // early / mid / late YEAR: approximate month windows
  [
    new RegExp(`^(early|mid|middle|late)(?:-| | of | in )?${YEAR}$`),
    (m) => {
      const part: PartOfYear = m[1] === 'middle' ? 'mid' : (m[1] as PartOfYear);
      const [first, last] = PART_OF_YEAR_MONTHS[part];
      return ok(monthSpan(+m[2]!, first, last, approx));
    },
  ],
  // end / beginning of YEAR: the (approximate) last or first month
  [
    new RegExp(`^(?:end|year-end|year end|close)(?: of)?(?: year)?[ -]?${YEAR}$`),
    (m) => ok(singleSpan(point(+m[1]!, 12, undefined, approx))),
  ],
  [
    new RegExp(`^(?:beginning|start)(?: of)?(?: year)?[ -]?${YEAR}$`),
    (m) => ok(singleSpan(point(+m[1]!, 1, undefined, approx))),
  ],
  // Seasons (northern hemisphere); "winter 2018/19" is the same as "winter 2018"
  [
    /^winter(?: of)? (\d{4})[/-](\d{2}|\d{4})$/,
    (m, text) => {
      const year = +m[1]!;
      const next = m[2]!.length === 2 ? (year + 1) % 100 : year + 1;
      return +m[2]! === next ? season('winter', year) : fail(messages.winterYears(text));
    },
  ],
  [
    new RegExp(`^(spring|summer|autumn|fall|winter)(?: of)? ${YEAR}$`),
    (m) => season(m[1] === 'fall' ? 'autumn' : (m[1] as SeasonName), +m[2]!),
  ],
];

/** A span, an error for a recognised but impossible date, or null when nothing matched. */
export function matchCorePattern(text: string): CoreOutcome | null {
  for (const [regex, handle] of PATTERNS) {
    const m = regex.exec(text);
    if (m) return handle(m, text);
  }
  return null;
}
