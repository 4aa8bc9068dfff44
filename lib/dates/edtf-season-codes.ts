import { monthSpan, type DateSpan } from './date-span';

// EDTF level-2 "sub-year groupings" (YYYY-21 ... YYYY-41), converted to the month
// intervals we store. The edtf library maps 21-24 to calendar quarters, but the standard
// says 21-24 are spring/summer/autumn/winter; we follow the standard (northern hemisphere,
// like the rest of this module) and never emit these codes ourselves.

/** Code -> [first month, last month]; a last month above 12 runs into the next year. */
const SUB_YEAR_MONTHS: Record<number, readonly [number, number]> = {
  21: [3, 5], // spring (hemisphere not stated: read as northern)
  22: [6, 8],
  23: [9, 11],
  24: [12, 14], // winter: December to February
  25: [3, 5], // spring, northern hemisphere
  26: [6, 8],
  27: [9, 11],
  28: [12, 14],
  29: [9, 11], // spring, southern hemisphere
  30: [12, 14],
  31: [3, 5],
  32: [6, 8],
  33: [1, 3], // quarters
  34: [4, 6],
  35: [7, 9],
  36: [10, 12],
  37: [1, 4], // quadrimesters
  38: [5, 8],
  39: [9, 12],
  40: [1, 6], // semesters (halves)
  41: [7, 12],
};

export function subYearCodeToSpan(year: number, code: number): DateSpan | null {
  const months = SUB_YEAR_MONTHS[code];
  return months ? monthSpan(year, months[0], months[1]) : null;
}
