import { describe, expect, it } from 'vitest';
import { parseFuzzyDate, type DatePrecision } from './index';
import { mustParse, refusal } from './test-helpers';

type Expected = [
  edtf: string,
  lo: string,
  hi: string,
  precision: DatePrecision,
  approximate: boolean,
  uncertain: boolean,
];

function expectParse(inputs: string[], [edtf, lo, hi, precision, approximate, uncertain]: Expected) {
  for (const input of inputs) {
    expect(mustParse(input), input).toEqual({ edtf, lo, hi, precision, approximate, uncertain });
  }
}

describe('parseFuzzyDate: natural text', () => {
  it('reads days', () => {
    expectParse(
      [
        '2017-11-11',
        '11 November 2017',
        'November 11, 2017',
        'Nov 11 2017',
        'November 11th, 2017',
        '11th of November 2017',
        'nov. 11 2017',
      ],
      ['2017-11-11', '2017-11-11', '2017-11-11', 'day', false, false],
    );
  });

  it('reads months', () => {
    expectParse(
      ['November 2017', 'Nov 2017', '2017-11', '11/2017', 'november of 2017', 'NOV 2017', 'Nov. 2017'],
      ['2017-11', '2017-11-01', '2017-11-30', 'month', false, false],
    );
    expectParse(
      ['Sept 2018', 'sep 2018', 'September 2018', '9/2018'],
      ['2018-09', '2018-09-01', '2018-09-30', 'month', false, false],
    );
  });

  it('reads years', () => {
    expectParse(['2018', 'in 2018', 'year 2018'], ['2018', '2018-01-01', '2018-12-31', 'year', false, false]);
  });

  it('reads quarters as month intervals', () => {
    expectParse(
      [
        'Q4 2018',
        '2018 Q4',
        '2018-Q4',
        '4Q 2018',
        'fourth quarter of 2018',
        '4th quarter 2018',
        'last quarter of 2018',
        'q4-2018',
        '2018q4',
      ],
      ['2018-10/2018-12', '2018-10-01', '2018-12-31', 'quarter', false, false],
    );
    expectParse(
      ['Q1 2019', 'first quarter of 2019'],
      ['2019-01/2019-03', '2019-01-01', '2019-03-31', 'quarter', false, false],
    );
    expectParse(['Q2 2019'], ['2019-04/2019-06', '2019-04-01', '2019-06-30', 'quarter', false, false]);
    expectParse(
      ['Q3 2019', 'third quarter of 2019'],
      ['2019-07/2019-09', '2019-07-01', '2019-09-30', 'quarter', false, false],
    );
  });

  it('reads halves as month intervals', () => {
    expectParse(
      ['H2 2018', '2H 2018', 'second half of 2018', '2018 H2', '2018-H2', 'last half of 2018'],
      ['2018-07/2018-12', '2018-07-01', '2018-12-31', 'half', false, false],
    );
    expectParse(
      ['H1 2018', 'first half of 2018', '1H 2018'],
      ['2018-01/2018-06', '2018-01-01', '2018-06-30', 'half', false, false],
    );
  });

  it('reads early / mid / late as approximate windows', () => {
    expectParse(['late 2018'], ['2018-10~/2018-12~', '2018-10-01', '2018-12-31', 'window', true, false]);
    expectParse(
      ['early 2019', 'early in 2019'],
      ['2019-01~/2019-03~', '2019-01-01', '2019-03-31', 'window', true, false],
    );
    expectParse(
      ['mid 2018', 'mid-2018', 'middle of 2018'],
      ['2018-05~/2018-08~', '2018-05-01', '2018-08-31', 'window', true, false],
    );
  });

  it('reads end / beginning of a year as an approximate month', () => {
    expectParse(
      [
        'end of 2018',
        'end 2018',
        'the end of 2018',
        'year-end 2018',
        'year end 2018',
        'end of year 2018',
        'by the end of 2018',
      ],
      ['2018-12~', '2018-12-01', '2018-12-31', 'month', true, false],
    );
    expectParse(
      ['beginning of 2019', 'start of 2019', 'start 2019'],
      ['2019-01~', '2019-01-01', '2019-01-31', 'month', true, false],
    );
  });

  it('reads northern-hemisphere seasons', () => {
    expectParse(['spring 2018'], ['2018-03/2018-05', '2018-03-01', '2018-05-31', 'season', false, false]);
    expectParse(['summer 2018'], ['2018-06/2018-08', '2018-06-01', '2018-08-31', 'season', false, false]);
    expectParse(
      ['autumn 2018', 'fall 2018'],
      ['2018-09/2018-11', '2018-09-01', '2018-11-30', 'season', false, false],
    );
    expectParse(
      ['winter 2018', 'winter 2018/19', 'winter 2018-2019'],
      ['2018-12/2019-02', '2018-12-01', '2019-02-28', 'season', false, false],
    );
    // Winter running into a leap year ends on 29 February.
    expectParse(['winter 2019'], ['2019-12/2020-02', '2019-12-01', '2020-02-29', 'season', false, false]);
  });

  it('drops "by" and turns circa-words into approximate', () => {
    expectParse(['by 2018'], ['2018', '2018-01-01', '2018-12-31', 'year', false, false]);
    expectParse(
      [
        'circa 2018',
        'around 2018',
        'about 2018',
        'c. 2018',
        'c 2018',
        'ca. 2018',
        'approximately 2018',
        '~2018',
        'roughly 2018',
      ],
      ['2018~', '2018-01-01', '2018-12-31', 'year', true, false],
    );
    expectParse(['by Q4 2018'], ['2018-10/2018-12', '2018-10-01', '2018-12-31', 'quarter', false, false]);
    expectParse(
      ['around November 2018', 'by around Nov 2018'],
      ['2018-11~', '2018-11-01', '2018-11-30', 'month', true, false],
    );
  });

  it('reads uncertainty words and marks', () => {
    expectParse(
      ['2018?', 'possibly 2018', 'maybe 2018', '2018 (uncertain)'],
      ['2018?', '2018-01-01', '2018-12-31', 'year', false, true],
    );
    expectParse(
      ['Q4 2018 (uncertain)'],
      ['2018-10?/2018-12?', '2018-10-01', '2018-12-31', 'quarter', false, true],
    );
    expectParse(
      ['around 2018 (uncertain)', 'about 2018?'],
      ['2018%', '2018-01-01', '2018-12-31', 'year', true, true],
    );
  });

  it('reads ranges, keeping each end’s qualifiers', () => {
    const window: Expected = ['2018-12~/2019-03~', '2018-12-01', '2019-03-31', 'window', true, false];
    expectParse(
      [
        'by end 2018 or early 2019',
        'end 2018 to early 2019',
        'end of 2018 - early 2019',
        'end of 2018 – early 2019',
        'end of 2018—early 2019',
        'from end 2018 to early 2019',
        'between end 2018 and early 2019',
        'end 2018/early 2019',
        'around December 2018 to around March 2019',
        'Dec 2018 – Mar 2019 (approx.)',
      ],
      window,
    );
    expectParse(
      ['2018 to 2019', '2018 - 2019', '2018–2019', '2018-2019', 'from 2018 until 2019'],
      ['2018/2019', '2018-01-01', '2019-12-31', 'window', false, false],
    );
    expectParse(
      ['Q4 2018 or Q1 2019'],
      ['2018-10/2019-03', '2018-10-01', '2019-03-31', 'window', false, false],
    );
    expectParse(
      ['late 2018 / early 2019'],
      ['2018-10~/2019-03~', '2018-10-01', '2019-03-31', 'window', true, false],
    );
    expectParse(['circa 2018 to 2020'], ['2018~/2020', '2018-01-01', '2020-12-31', 'window', true, false]);
    expectParse(
      ['March 2018 to June 2019'],
      ['2018-03/2019-06', '2018-03-01', '2019-06-30', 'window', false, false],
    );
    expectParse(
      ['2017-11-11 - 2017-12-24'],
      ['2017-11-11/2017-12-24', '2017-11-11', '2017-12-24', 'window', false, false],
    );
  });

  it('collapses a range whose ends coincide', () => {
    expectParse(['2018 to 2018'], ['2018', '2018-01-01', '2018-12-31', 'year', false, false]);
    expectParse(
      ['Q4 2018 to Q4 2018'],
      ['2018-10/2018-12', '2018-10-01', '2018-12-31', 'quarter', false, false],
    );
  });

  it('reads decades', () => {
    expectParse(
      ['2010s', "2010's", 'the 2010s', '201x'],
      ['201X', '2010-01-01', '2019-12-31', 'decade', false, false],
    );
    expectParse(
      ['the 2010s to the 2020s'],
      ['201X/202X', '2010-01-01', '2029-12-31', 'window', false, false],
    );
  });

  it('accepts raw EDTF as is', () => {
    expectParse(
      ['2018-12~/2019-03~'],
      ['2018-12~/2019-03~', '2018-12-01', '2019-03-31', 'window', true, false],
    );
    expectParse(['2018?'], ['2018?', '2018-01-01', '2018-12-31', 'year', false, true]);
    expectParse(['2018-11~'], ['2018-11~', '2018-11-01', '2018-11-30', 'month', true, false]);
    expectParse(
      ['2018-10/2018-12'],
      ['2018-10/2018-12', '2018-10-01', '2018-12-31', 'quarter', false, false],
    );
    expectParse(['201X'], ['201X', '2010-01-01', '2019-12-31', 'decade', false, false]);
    expectParse(['2018%'], ['2018%', '2018-01-01', '2018-12-31', 'year', true, true]);
    expectParse(['2017-11-11~'], ['2017-11-11~', '2017-11-11', '2017-11-11', 'day', true, false]);
  });

  it('tolerates case, extra spaces, commas, "the" and trailing dots', () => {
    expectParse(
      ['  LATE   2018  ', 'Late 2018.', 'late, 2018', 'the late 2018...'],
      ['2018-10~/2018-12~', '2018-10-01', '2018-12-31', 'window', true, false],
    );
    expectParse(
      ['  november   11 ,  2017 '],
      ['2017-11-11', '2017-11-11', '2017-11-11', 'day', false, false],
    );
    expectParse([' By  The End Of 2018. '], ['2018-12~', '2018-12-01', '2018-12-31', 'month', true, false]);
  });

  it('computes month ends and leap days', () => {
    expect(mustParse('2020-02').hi).toBe('2020-02-29');
    expect(mustParse('2019-02').hi).toBe('2019-02-28');
    expect(mustParse('2000-02').hi).toBe('2000-02-29');
    expect(mustParse('1900-02').hi).toBe('1900-02-28');
    expect(mustParse('February 2024').hi).toBe('2024-02-29');
    expect(mustParse('2020-02-29').lo).toBe('2020-02-29');
    expect(mustParse('April 2018').hi).toBe('2018-04-30');
    expect(mustParse('H1 2020').hi).toBe('2020-06-30');
  });

  it('accepts the year bounds 1000 and 2999', () => {
    expect(mustParse('1000').lo).toBe('1000-01-01');
    expect(mustParse('2999').hi).toBe('2999-12-31');
  });
});

describe('parseFuzzyDate: refusals name the problem', () => {
  it('refuses month 13', () => {
    for (const text of ['2018-13', '13/2018']) {
      const error = refusal(text);
      expect(error).toMatch(/month 13 does not exist/i);
      expect(error).toContain('01-12');
    }
  });

  it('refuses days that the month does not have', () => {
    expect(refusal('2018-02-30')).toBe('February 2018 has 28 days, so there is no day 30.');
    expect(refusal('30 February 2018')).toMatch(/February 2018 has 28 days/);
    expect(refusal('2019-02-29')).toMatch(/February 2019 has 28 days/);
    expect(refusal('2018-04-31')).toMatch(/April 2018 has 30 days/);
    expect(refusal('2018-01-00')).toMatch(/Day 0 does not exist/);
  });

  it('says when it cannot read the text at all, with examples', () => {
    const error = refusal('someday');
    expect(error).toContain('Could not read "someday" as a date');
    for (const example of ['"2018-11"', '"Q4 2018"', '"late 2018"', '"by end 2018 or early 2019"']) {
      expect(error).toContain(example);
    }
    expect(refusal('next year-ish')).toContain('Could not read "next year-ish"');
    expect(refusal('2018 to someday')).toContain('Could not read "2018 to someday"');
  });

  it('refuses a range that ends before it starts', () => {
    expect(refusal('2019 to 2018')).toBe(
      'The end (2018) is before the start (2019); write the earlier date first.',
    );
    expect(refusal('between Q1 2019 and Q4 2018')).toMatch(
      /end \(December 2018\) is before the start \(January 2019\)/,
    );
    expect(refusal('2019/2018')).toMatch(/end \(2018\) is before the start \(2019\)/);
    expect(refusal('2018-06-15/2018-06-10')).toMatch(/is before the start/);
  });

  it('requires a date', () => {
    for (const text of ['', '   ', '\t\n']) expect(refusal(text)).toMatch(/a date is required/i);
    expect(parseFuzzyDate(undefined as unknown as string)).toMatchObject({ ok: false });
  });

  it('refuses quarters and halves that do not exist', () => {
    expect(refusal('Q5 2018')).toMatch(/quarter must be 1-4/);
    expect(refusal('Q0 2018')).toMatch(/Quarter 0 does not exist/);
    expect(refusal('2018-Q5')).toMatch(/quarter must be 1-4/);
    expect(refusal('5th quarter of 2018')).toMatch(/quarter must be 1-4/);
    expect(refusal('H3 2018')).toMatch(/half must be 1 or 2/);
  });

  it('refuses implausible years', () => {
    for (const [text, year] of [
      ['999', 999],
      ['0999', 999],
      ['3000', 3000],
      ['Q4 18', 18],
      ['November 3018', 3018],
      ['late 0900', 900],
    ] as const) {
      const error = refusal(text);
      expect(error, text).toContain(`Year ${year} is implausible`);
      expect(error).toContain('between 1000 and 2999');
    }
  });

  it('refuses text over 100 characters', () => {
    expect(refusal(`2018 ${'x'.repeat(96)}`)).toMatch(/too long \(101 characters; at most 100/);
    // Surrounding spaces do not count.
    expect(mustParse(`   ${'2018'}   `).edtf).toBe('2018');
  });

  it('refuses other impossible or unsupported values with specific messages', () => {
    expect(refusal('11/12/2017')).toMatch(/ambiguous.*YYYY-MM-DD/);
    expect(refusal('2015s')).toMatch(/not a decade: decades end in 0/);
    expect(refusal('around the 2010s')).toMatch(/cannot mark a decade/);
    expect(refusal('winter 2018/20')).toMatch(/consecutive years/);
    expect(refusal('20XX')).toMatch(/unspecified digits/);
    expect(refusal('2018-XX')).toMatch(/"2018-XX" has unspecified digits/);
    expect(refusal('{2018,2019}')).toMatch(/set or list/);
    expect(refusal('[2018-11..2019-03]')).toMatch(/set or list/);
    expect(refusal('2018/..')).toMatch(/open or unknown end/);
    expect(refusal('2018-02-30 to 2018-03-05')).toMatch(/February 2018 has 28 days/);
  });
});
