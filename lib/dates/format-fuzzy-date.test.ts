import { describe, expect, it } from 'vitest';
import { formatFuzzyDate, parseEdtf, parseFuzzyDate } from './index';
import { mustParse, mustParseEdtf } from './test-helpers';

const LONG_LABELS: Array<[edtf: string, label: string]> = [
  ['2017-11-11', '11 November 2017'],
  ['2017-11', 'November 2017'],
  ['2018', '2018'],
  ['2018-10/2018-12', 'Q4 2018'],
  ['2018-01/2018-03', 'Q1 2018'],
  ['2018-07/2018-12', 'H2 2018'],
  ['2018-01/2018-06', 'H1 2018'],
  ['2018-10~/2018-12~', 'late 2018'],
  ['2019-01~/2019-03~', 'early 2019'],
  ['2018-05~/2018-08~', 'mid 2018'],
  ['2018-12~', 'around December 2018'],
  ['2018~', 'around 2018'],
  ['2017-11-11~', 'around 11 November 2017'],
  ['2018-12~/2019-03~', 'around December 2018 to around March 2019'],
  ['201X', 'the 2010s'],
  ['201X/202X', 'the 2010s to the 2020s'],
  ['2018?', '2018 (uncertain)'],
  ['2018-11?', 'November 2018 (uncertain)'],
  ['2018%', 'around 2018 (uncertain)'],
  ['2018-10?/2018-12?', 'Q4 2018 (uncertain)'],
  ['2018-10%/2018-12%', 'late 2018 (uncertain)'],
  ['2018-10~/2018-12?', 'around October 2018 to December 2018?'],
  ['2018-10%/2018-12~', 'around October 2018? to around December 2018'],
  ['2018-03/2019-06', 'March 2018 to June 2019'],
  ['2018/2019', '2018 to 2019'],
  ['2018-01/2018-12', 'January 2018 to December 2018'],
  ['2018-10-01/2018-12-31', '1 October 2018 to 31 December 2018'],
  ['2018-04~/2018-06~', 'around April 2018 to around June 2018'],
  ['2018-03/2018-05', 'spring 2018'],
  ['2018-06/2018-08', 'summer 2018'],
  ['2018-09/2018-11', 'autumn 2018'],
  ['2018-12/2019-02', 'winter 2018'],
  ['2018~/2020', 'around 2018 to 2020'],
];

const SHORT_LABELS: Array<[edtf: string, label: string]> = [
  ['2017-11-11', '11 Nov 2017'],
  ['2017-11', 'Nov 2017'],
  ['2018', '2018'],
  ['2018-10/2018-12', 'Q4 2018'],
  ['2018-07/2018-12', 'H2 2018'],
  ['2018-10~/2018-12~', 'late 2018'],
  ['2018-12~', 'Dec 2018 (approx.)'],
  ['2018-12~/2019-03~', 'Dec 2018 – Mar 2019 (approx.)'],
  ['2018-03/2019-06', 'Mar 2018 – Jun 2019'],
  ['201X', '2010s'],
  ['2018?', '2018 (uncertain)'],
  ['2018%', '2018 (approx., uncertain)'],
  ['2018-10~/2018-12?', 'c. Oct 2018 – Dec 2018?'],
  ['2018-09/2018-11', 'autumn 2018'],
];

describe('formatFuzzyDate', () => {
  it.each(LONG_LABELS)('labels %s as "%s"', (edtf, label) => {
    expect(formatFuzzyDate(edtf)).toBe(label);
    expect(formatFuzzyDate(mustParseEdtf(edtf), 'long')).toBe(label);
  });

  it.each(SHORT_LABELS)('labels %s as "%s" in short style', (edtf, label) => {
    expect(formatFuzzyDate(edtf, 'short')).toBe(label);
  });

  it('labels values from natural text', () => {
    expect(formatFuzzyDate(mustParse('by end 2018 or early 2019'))).toBe(
      'around December 2018 to around March 2019',
    );
    expect(formatFuzzyDate(mustParse('end of 2018'))).toBe('around December 2018');
    expect(formatFuzzyDate(mustParse('fall 2018'))).toBe('autumn 2018');
  });

  it('returns text that is not valid EDTF unchanged rather than hiding it', () => {
    expect(formatFuzzyDate('2018-Q4')).toBe('2018-Q4');
    expect(formatFuzzyDate('')).toBe('');
  });
});

describe('labels round-trip through parseFuzzyDate', () => {
  const natural = [
    '2017-11-11',
    '11 November 2017',
    'Nov 2017',
    '11/2017',
    '2018',
    'Q4 2018',
    '4Q 2018',
    'fourth quarter of 2018',
    'H2 2018',
    'first half of 2018',
    'late 2018',
    'early 2019',
    'mid-2018',
    'end of 2018',
    'year-end 2018',
    'beginning of 2019',
    'spring 2018',
    'summer 2018',
    'autumn 2018',
    'winter 2018',
    'circa 2018',
    'by end 2018 or early 2019',
    '2010s',
    '2018-12~/2019-03~',
    '2018?',
    '2018-11~',
    '201X',
    'March 2018 to June 2019',
    'Q4 2018 (uncertain)',
    'around 11 November 2017?',
  ];
  const edtfs = [...LONG_LABELS, ...SHORT_LABELS].map(([edtf]) => edtf);

  it.each([...natural, ...edtfs])('%s', (input) => {
    const value = mustParse(input);
    for (const style of ['long', 'short'] as const) {
      const label = formatFuzzyDate(value, style);
      const again = parseFuzzyDate(label);
      expect(again.ok ? again.value : again.error, `${style} label "${label}"`).toEqual(value);
    }
  });

  it('formats every stored form the same whether given a string or a value', () => {
    for (const edtf of edtfs) {
      const parsed = parseEdtf(edtf);
      expect(parsed.ok && formatFuzzyDate(parsed.value)).toBe(formatFuzzyDate(edtf));
    }
  });
});
