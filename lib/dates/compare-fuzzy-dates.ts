import type { FuzzyDate } from './types';

// lo/hi are zero-padded 'YYYY-MM-DD', so plain string comparison is date order.

/** Sort order: earliest possible day first, then the narrower value first. */
export function compareFuzzyDates(a: FuzzyDate, b: FuzzyDate): number {
  if (a.lo !== b.lo) return a.lo < b.lo ? -1 : 1;
  if (a.hi !== b.hi) return a.hi < b.hi ? -1 : 1;
  return 0;
}

/**
 * Whether the value's window [lo, hi] shares at least one day with [from, to] (inclusive,
 * 'YYYY-MM-DD'). A missing or empty bound is open, so a fuzzy "late 2018" matches a
 * filter for November 2018.
 */
export function overlaps(value: FuzzyDate, from?: string, to?: string): boolean {
  if (from && value.hi < from) return false;
  if (to && value.lo > to) return false;
  return true;
}
