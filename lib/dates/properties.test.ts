import { describe, expect, it } from 'vitest';
import { daysInMonth, isoDay, MONTH_ABBREVIATIONS, MONTH_NAMES } from './calendar';
import { isValidEdtfSyntax } from './edtf-library';
import { formatFuzzyDate, overlaps, parseEdtf, parseFuzzyDate, type FuzzyDate } from './index';
import { mustParse, refusal } from './test-helpers';

// Property-style loops over whole ranges of inputs: invariants every value must satisfy.

const YEARS = Array.from({ length: 2030 - 1999 + 1 }, (_, i) => 1999 + i);
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const pad = (n: number) => String(n).padStart(2, '0');

/** Next/previous calendar day, for boundary checks (UTC, so no DST surprises). */
function shiftDay(day: string, by: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + by);
  return d.toISOString().slice(0, 10);
}

/** Invariants of any parsed value. */
function checkInvariants(value: FuzzyDate, input: string) {
  expect(value.lo <= value.hi, input).toBe(true);
  expect(value.lo, input).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(value.hi, input).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(isValidEdtfSyntax(value.edtf), input).toBe(true);
  expect(value.approximate, input).toBe(/[~%]/.test(value.edtf));
  expect(value.uncertain, input).toBe(/[?%]/.test(value.edtf));
  // Stored EDTF re-derives exactly the same value.
  const stored = parseEdtf(value.edtf);
  expect(stored.ok && stored.value, input).toEqual(value);
  // The long label reads back to the same value.
  const label = formatFuzzyDate(value);
  const again = parseFuzzyDate(label);
  expect(again.ok ? again.value : again.error, `${input} -> "${label}"`).toEqual(value);
  // The window overlaps itself and nothing strictly outside it.
  expect(overlaps(value, value.lo, value.hi)).toBe(true);
  expect(overlaps(value, shiftDay(value.hi, 1))).toBe(false);
  expect(overlaps(value, undefined, shiftDay(value.lo, -1))).toBe(false);
}

describe('properties', () => {
  it('every month of 1999-2030 parses in every spelling, with lo <= hi and the right month end', () => {
    for (const year of YEARS) {
      for (const month of MONTHS) {
        const edtf = `${year}-${pad(month)}`;
        const spellings = [
          edtf,
          `${MONTH_NAMES[month - 1]} ${year}`,
          `${MONTH_ABBREVIATIONS[month - 1]} ${year}`,
          `${month}/${year}`,
        ];
        for (const text of spellings) {
          const value = mustParse(text);
          expect(value, text).toMatchObject({
            edtf,
            precision: 'month',
            lo: isoDay(year, month, 1),
            hi: isoDay(year, month, daysInMonth(year, month)),
          });
        }
        checkInvariants(mustParse(edtf), edtf);
        const around = mustParse(`around ${MONTH_NAMES[month - 1]} ${year}`);
        expect(around.edtf).toBe(`${edtf}~`);
        checkInvariants(around, `around ${edtf}`);
      }
    }
  });

  it('every day of 2019 and 2020 parses; the day after each month end is refused', () => {
    for (const year of [2019, 2020]) {
      for (const month of MONTHS) {
        const days = daysInMonth(year, month);
        for (let day = 1; day <= days; day++) {
          const value = mustParse(isoDay(year, month, day));
          expect(value.lo).toBe(value.hi);
          expect(value.precision).toBe('day');
          expect(mustParse(`${day} ${MONTH_NAMES[month - 1]} ${year}`).edtf).toBe(value.edtf);
        }
        expect(refusal(isoDay(year, month, days + 1))).toContain(
          `${MONTH_NAMES[month - 1]} ${year} has ${days} days`,
        );
      }
    }
  });

  it('every quarter, half, season and part of a year of 1999-2030 is consistent', () => {
    for (const year of YEARS) {
      for (const q of [1, 2, 3, 4]) {
        const value = mustParse(`Q${q} ${year}`);
        expect(value).toMatchObject({ precision: 'quarter', lo: isoDay(year, q * 3 - 2, 1) });
        expect(mustParse(`${year}-Q${q}`)).toEqual(value);
        checkInvariants(value, `Q${q} ${year}`);
      }
      for (const h of [1, 2]) {
        const value = mustParse(`H${h} ${year}`);
        expect(value).toMatchObject({
          precision: 'half',
          lo: isoDay(year, h * 6 - 5, 1),
          hi: isoDay(year, h * 6, h === 1 ? 30 : 31),
        });
        checkInvariants(value, `H${h} ${year}`);
      }
      for (const season of ['spring', 'summer', 'autumn', 'winter']) {
        const value = mustParse(`${season} ${year}`);
        expect(value.precision).toBe('season');
        checkInvariants(value, `${season} ${year}`);
      }
      for (const part of ['early', 'mid', 'late']) {
        const value = mustParse(`${part} ${year}`);
        expect(value).toMatchObject({ precision: 'window', approximate: true, uncertain: false });
        checkInvariants(value, `${part} ${year}`);
      }
      checkInvariants(mustParse(String(year)), String(year));
      checkInvariants(mustParse(`end of ${year}`), `end of ${year}`);
      checkInvariants(mustParse(`${year}?`), `${year}?`);
    }
  });

  it('ranges between any two months run from the first start to the last end, or are refused', () => {
    // Deterministic pseudo-random pairs (LCG), so a failure is reproducible.
    let seed = 42;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 300; i++) {
      const [y1, m1, y2, m2] = [2010 + next(15), 1 + next(12), 2010 + next(15), 1 + next(12)];
      const start = `${MONTH_NAMES[m1 - 1]} ${y1}`;
      const end = `${MONTH_ABBREVIATIONS[m2 - 1]} ${y2}`;
      const text = `${next(2) ? 'around ' : ''}${start} ${['to', 'or', '-', '–'][next(4)]} ${end}`;
      if (y2 * 12 + m2 < y1 * 12 + m1) {
        expect(refusal(text), text).toMatch(/is before the start/);
        continue;
      }
      const value = mustParse(text);
      expect(value.lo, text).toBe(isoDay(y1, m1, 1));
      expect(value.hi, text).toBe(isoDay(y2, m2, daysInMonth(y2, m2)));
      checkInvariants(value, text);
    }
  });

  it('every decade from the 1000s to the 2990s parses', () => {
    for (let decade = 1000; decade <= 2990; decade += 10) {
      const value = mustParse(`${decade}s`);
      expect(value).toMatchObject({
        edtf: `${String(decade).slice(0, 3)}X`,
        lo: `${decade}-01-01`,
        hi: `${decade + 9}-12-31`,
      });
    }
    checkInvariants(mustParse('2010s'), '2010s');
  });
});
