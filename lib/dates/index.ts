// Fuzzy dates: natural English or EDTF in, canonical EDTF with a [lo, hi] day window out.
// Pure code (Intl/Date at most), safe on the server and in the browser.

export type { DateParseResult, DatePrecision, FuzzyDate } from './types';
export { parseFuzzyDate } from './parse-fuzzy-date';
export { parseEdtf } from './parse-edtf';
export { formatFuzzyDate } from './format-fuzzy-date';
export { compareFuzzyDates, overlaps } from './compare-fuzzy-dates';
