import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidEdtfSyntax } from './edtf-library';
import { formatFuzzyDate, parseEdtf, parseFuzzyDate, type DateParseResult } from './index';
import { MAX_INPUT_LENGTH } from './messages';

// Property-based fuzzing of the date parser (fast-check, fixed seed so CI runs are repeatable).
// Whatever the input, the parser returns a result: it never throws, a refusal is a non-empty
// message (its own typed error), and whatever it accepts round-trips: the stored EDTF parses
// back to the same value, and so does the label shown to readers.

const SEED = 20_261_124;
const RUNS = 3000;

const MONTHS = [
  'January',
  'Feb',
  'march',
  'Q1',
  'Q4',
  'H2',
  'spring',
  'winter',
  'late',
  'early',
  'mid',
  'end',
];
const PIECES = [
  ...MONTHS,
  'by',
  'or',
  'to',
  '-',
  '/',
  '~',
  '?',
  '%',
  'X',
  's',
  '..',
  ' ',
  '0',
  '00',
  '2018',
  '1999',
  '201X',
  '99',
  '13',
  '31',
  '29',
  '<script>',
  '\u0000',
  '\u202e',
  '🦄',
  'null',
];

/** Text that looks like dates often enough to reach deep into the parser. */
const dateLike = fc
  .tuple(
    fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.integer({ min: -10, max: 10_000 }).map(String)), {
      maxLength: 8,
    }),
    fc.constantFrom(' ', '', '-', '/'),
  )
  .map(([parts, separator]) => parts.join(separator));

const anyText = fc.oneof(
  fc.string({ maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: fc.constantFrom(...'0123456789-/~?%X.[]{},:+YSZT '.split('')), maxLength: 40 }),
  dateLike,
);

function checkResult(input: string, result: DateParseResult) {
  expect(typeof result.ok).toBe('boolean');
  if (!result.ok) {
    expect(typeof result.error).toBe('string');
    expect(result.error.length).toBeGreaterThan(0);
    return;
  }
  const value = result.value;
  expect(value.lo <= value.hi, input).toBe(true);
  expect(isValidEdtfSyntax(value.edtf), input).toBe(true);
  // Round trips: the stored EDTF, and the label readers see.
  const again = parseEdtf(value.edtf);
  expect(again.ok && again.value, `${input} -> ${value.edtf}`).toEqual(value);
  const label = formatFuzzyDate(value);
  const fromLabel = parseFuzzyDate(label);
  expect(fromLabel.ok ? fromLabel.value : fromLabel.error, `${input} -> "${label}"`).toEqual(value);
}

describe('date parser fuzz', () => {
  it('parseFuzzyDate never throws, refuses with a message, and round-trips what it accepts', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        checkResult(input, parseFuzzyDate(input));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('parseEdtf never throws either', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        checkResult(input, parseEdtf(input));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('non-strings and huge inputs are refused, not thrown', () => {
    for (const input of [undefined, null, 42, {}, [], Symbol.iterator] as unknown[]) {
      expect(parseFuzzyDate(input as string).ok).toBe(false);
    }
    const huge = parseFuzzyDate('2018 '.repeat(200_000));
    expect(huge.ok).toBe(false);
    expect(!huge.ok && huge.error).toMatch(new RegExp(`at most ${MAX_INPUT_LENGTH}`));
  });

  it('every real day, month, quarter and year in range round-trips', () => {
    const day = fc.date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2099-12-31T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(day, fc.constantFrom('day', 'month', 'year', 'quarter'), (date, kind) => {
        const iso = date.toISOString().slice(0, 10);
        const text =
          kind === 'day'
            ? iso
            : kind === 'month'
              ? iso.slice(0, 7)
              : kind === 'year'
                ? iso.slice(0, 4)
                : `Q${Math.floor(date.getUTCMonth() / 3) + 1} ${iso.slice(0, 4)}`;
        const result = parseFuzzyDate(text);
        expect(result.ok, text).toBe(true);
        checkResult(text, result);
        if (result.ok) expect(result.value.lo <= iso && iso <= result.value.hi, text).toBe(true);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});
