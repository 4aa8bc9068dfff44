import { describe, expect, it } from 'vitest';
import { compareFuzzyDates, overlaps } from './index';
import { mustParse } from './test-helpers';

describe('compareFuzzyDates', () => {
  it('sorts by lo, then by hi (ties keep their order: Array.sort is stable)', () => {
    const texts = [
      '2019',
      'late 2018',
      'Q4 2018',
      '2018-10-01',
      '2018',
      'December 2018',
      '2018-12~/2019-03~',
      '201X',
    ];
    const sorted = texts
      .map(mustParse)
      .sort(compareFuzzyDates)
      .map((v) => v.edtf);
    expect(sorted).toEqual([
      '201X',
      '2018',
      '2018-10-01',
      '2018-10~/2018-12~',
      '2018-10/2018-12',
      '2018-12',
      '2018-12~/2019-03~',
      '2019',
    ]);
  });

  it('returns 0 only for equal windows, and is antisymmetric', () => {
    const q4 = mustParse('Q4 2018');
    const late = mustParse('late 2018');
    const year = mustParse('2018');
    expect(compareFuzzyDates(q4, late)).toBe(0);
    expect(compareFuzzyDates(year, q4)).toBe(-1);
    expect(compareFuzzyDates(q4, year)).toBe(1);
    expect(compareFuzzyDates(mustParse('2018-01'), year)).toBe(-1); // same lo, narrower first
  });
});

describe('overlaps', () => {
  const q4 = mustParse('Q4 2018'); // 2018-10-01 .. 2018-12-31

  it('is inclusive at both boundaries', () => {
    expect(overlaps(q4, '2018-12-31')).toBe(true);
    expect(overlaps(q4, '2019-01-01')).toBe(false);
    expect(overlaps(q4, undefined, '2018-10-01')).toBe(true);
    expect(overlaps(q4, undefined, '2018-09-30')).toBe(false);
    expect(overlaps(q4, '2018-12-31', '2019-06-30')).toBe(true);
    expect(overlaps(q4, '2018-01-01', '2018-10-01')).toBe(true);
    expect(overlaps(q4, '2018-01-01', '2018-09-30')).toBe(false);
  });

  it('treats a missing or empty bound as open', () => {
    expect(overlaps(q4)).toBe(true);
    expect(overlaps(q4, '', '')).toBe(true);
    expect(overlaps(q4, '2000-01-01')).toBe(true);
    expect(overlaps(q4, undefined, '2999-12-31')).toBe(true);
  });

  it('matches a filter inside the window and a window inside the filter', () => {
    expect(overlaps(q4, '2018-11-05', '2018-11-05')).toBe(true);
    expect(overlaps(mustParse('2018-11-05'), '2018-01-01', '2018-12-31')).toBe(true);
    expect(overlaps(mustParse('2018-11-05'), '2018-11-06', '2018-12-31')).toBe(false);
  });

  it('uses leap-day ends', () => {
    const feb = mustParse('2020-02');
    expect(overlaps(feb, '2020-02-29')).toBe(true);
    expect(overlaps(feb, '2020-03-01')).toBe(false);
  });

  it('never matches an inverted filter', () => {
    expect(overlaps(q4, '2019-01-01', '2018-01-01')).toBe(false);
  });
});
