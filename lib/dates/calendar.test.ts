import { describe, expect, it } from 'vitest';
import { daysInMonth, isLeapYear, isoDay, monthName } from './calendar';

describe('calendar', () => {
  it('knows Gregorian leap years, including the century rules', () => {
    expect(isLeapYear(2020)).toBe(true);
    expect(isLeapYear(2019)).toBe(false);
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
    expect(isLeapYear(2100)).toBe(false);
  });

  it('gives month lengths', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2019, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2020, 2)).toBe(29);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
  });

  it('pads ISO days and names months', () => {
    expect(isoDay(2018, 3, 5)).toBe('2018-03-05');
    expect(monthName(11)).toBe('November');
    expect(monthName(9, 'short')).toBe('Sep');
    expect(monthName(13)).toBe('');
  });
});
