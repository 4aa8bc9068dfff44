// Public shapes of the fuzzy-date module. Other code (schemas, DB mapping, UI) depends on
// these exact names, so change them only together with every caller.

export type DatePrecision = 'day' | 'month' | 'quarter' | 'half' | 'season' | 'year' | 'decade' | 'window';

export interface FuzzyDate {
  /** Canonical EDTF: a single date (`2017-11-11`, `2017-11`, `2018`, `2018~`, `201X`) or an interval (`2018-10/2018-12`). */
  edtf: string;
  /** 'YYYY-MM-DD', earliest day the value can mean (inclusive). */
  lo: string;
  /** 'YYYY-MM-DD', latest day the value can mean (inclusive). */
  hi: string;
  /** 'window' = an interval that is not exactly one quarter/half/season/year. */
  precision: DatePrecision;
  /** Any `~` (or `%`). */
  approximate: boolean;
  /** Any `?` (or `%`). */
  uncertain: boolean;
}

export type DateParseResult = { ok: true; value: FuzzyDate } | { ok: false; error: string };
