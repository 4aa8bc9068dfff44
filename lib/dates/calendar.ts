// Plain Gregorian arithmetic. Done by hand (not with `Date`) so there is no time-zone or
// month-rollover surprise: `new Date(2019, 1, 29)` silently becomes 1 March.

export const MIN_YEAR = 1000;
export const MAX_YEAR = 2999;

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export const MONTH_ABBREVIATIONS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month; `month` is 1-12. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** `month` is 1-12; out-of-range values give an empty string rather than throwing. */
export function monthName(month: number, style: 'long' | 'short' = 'long'): string {
  const names = style === 'long' ? MONTH_NAMES : MONTH_ABBREVIATIONS;
  return names[month - 1] ?? '';
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Four-digit year, as EDTF and ISO 8601 require. */
export function pad4(n: number): string {
  return String(n).padStart(4, '0');
}

export function isoDay(year: number, month: number, day: number): string {
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}
