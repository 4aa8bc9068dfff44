import { describe, expect, it } from 'vitest';
import { parseEdtf } from './index';
import { edtfRefusal, mustParseEdtf } from './test-helpers';

describe('parseEdtf', () => {
  it('re-derives lo/hi/precision from stored EDTF', () => {
    expect(mustParseEdtf('2017-11-11')).toEqual({
      edtf: '2017-11-11',
      lo: '2017-11-11',
      hi: '2017-11-11',
      precision: 'day',
      approximate: false,
      uncertain: false,
    });
    expect(mustParseEdtf('2018-12~/2019-03~')).toEqual({
      edtf: '2018-12~/2019-03~',
      lo: '2018-12-01',
      hi: '2019-03-31',
      precision: 'window',
      approximate: true,
      uncertain: false,
    });
    expect(mustParseEdtf('201X')).toMatchObject({ lo: '2010-01-01', hi: '2019-12-31', precision: 'decade' });
    expect(mustParseEdtf('2018-07/2018-12')).toMatchObject({ precision: 'half' });
    expect(mustParseEdtf('2018-03/2018-05')).toMatchObject({ precision: 'season' });
    expect(mustParseEdtf('2018-12/2019-02')).toMatchObject({ precision: 'season', hi: '2019-02-28' });
    expect(mustParseEdtf('2018-10?/2018-12?')).toMatchObject({
      precision: 'quarter',
      uncertain: true,
      approximate: false,
    });
  });

  it('classifies intervals by how their ends are written', () => {
    // Exactly one year, written as months: precision 'year' but kept as an interval.
    expect(mustParseEdtf('2018-01/2018-12')).toMatchObject({ edtf: '2018-01/2018-12', precision: 'year' });
    // Same days as Q4 2018, but written in days: a generic window.
    expect(mustParseEdtf('2018-10-01/2018-12-31')).toMatchObject({
      precision: 'window',
      lo: '2018-10-01',
      hi: '2018-12-31',
    });
    // Approximate quarter-shaped windows are windows, not quarters.
    expect(mustParseEdtf('2018-04~/2018-06~')).toMatchObject({ precision: 'window', approximate: true });
    // Ends qualified differently cannot be one named quarter.
    expect(mustParseEdtf('2018-10?/2018-12')).toMatchObject({ precision: 'window', uncertain: true });
    expect(mustParseEdtf('2018-06/2018')).toMatchObject({
      precision: 'window',
      lo: '2018-06-01',
      hi: '2018-12-31',
    });
  });

  it('canonicalises equivalent spellings', () => {
    expect(mustParseEdtf('?2018').edtf).toBe('2018?');
    expect(mustParseEdtf('%2018').edtf).toBe('2018%');
    expect(mustParseEdtf('2018-05?-?11').edtf).toBe('2018-05-11?'); // level-2 marks covering every part
    expect(edtfRefusal('~2018-05-11')).toMatch(/qualifies only part/); // `~` before the year: year only
    expect(mustParseEdtf('201').edtf).toBe('201X');
    expect(mustParseEdtf('2018/2018').edtf).toBe('2018');
    expect(mustParseEdtf(' 2018-11 ').edtf).toBe('2018-11');
  });

  it('reads EDTF sub-year codes by the standard, not as the library does', () => {
    // The library maps 21-24 to calendar quarters; the standard says seasons.
    expect(mustParseEdtf('2018-21')).toMatchObject({ edtf: '2018-03/2018-05', precision: 'season' });
    expect(mustParseEdtf('2018-24')).toMatchObject({ edtf: '2018-12/2019-02', hi: '2019-02-28' });
    expect(mustParseEdtf('2018-29')).toMatchObject({ edtf: '2018-09/2018-11' }); // southern spring
    expect(mustParseEdtf('2018-36')).toMatchObject({ edtf: '2018-10/2018-12', precision: 'quarter' });
    expect(mustParseEdtf('2018-40')).toMatchObject({ edtf: '2018-01/2018-06', precision: 'half' });
    expect(mustParseEdtf('2018-38')).toMatchObject({ edtf: '2018-05/2018-08', precision: 'window' });
  });

  it('refuses what the calendar does not have, even where the library accepts it', () => {
    expect(edtfRefusal('2019-02-29')).toMatch(/February 2019 has 28 days/);
    expect(edtfRefusal('2018-02-30')).toMatch(/February 2018 has 28 days/);
    expect(edtfRefusal('2018-13')).toMatch(/Month 13 does not exist \(months are 01-12\)/);
    expect(edtfRefusal('2019/2018')).toMatch(/end \(2018\) is before the start \(2019\)/);
    expect(edtfRefusal('0999')).toMatch(/Year 999 is implausible/);
    expect(edtfRefusal('3000')).toMatch(/Year 3000 is implausible/);
    expect(edtfRefusal('-2018')).toMatch(/implausible/);
    expect(edtfRefusal('Y20180')).toMatch(/Year 20180 is implausible/);
  });

  it('refuses unsupported EDTF features, saying what to write instead', () => {
    expect(edtfRefusal('2018-Q4')).toBe(
      '"2018-Q4" is not EDTF; a quarter is written as an interval of months, e.g. 2018-10/2018-12.',
    );
    expect(edtfRefusal('[2018-11..2019-03]')).toMatch(/set or list.*2018-11\/2019-03/);
    expect(edtfRefusal('{2018,2019}')).toMatch(/set or list/);
    expect(edtfRefusal('2018/..')).toMatch(/open or unknown end/);
    expect(edtfRefusal('../2018')).toMatch(/open or unknown end/);
    expect(edtfRefusal('2018/')).toMatch(/open or unknown end/);
    expect(edtfRefusal('19')).toMatch(/Centuries/);
    expect(edtfRefusal('2018-XX')).toMatch(/unspecified digits/);
    expect(edtfRefusal('20XX')).toMatch(/unspecified digits/);
    expect(edtfRefusal('201X-11')).toMatch(/unspecified digits/);
    expect(edtfRefusal('2018?-02')).toMatch(/qualifies only part of the date/);
    expect(edtfRefusal('2018-?12')).toMatch(/qualifies only part of the date/);
    expect(edtfRefusal('201X~')).toMatch(/cannot mark a decade/);
    expect(edtfRefusal('201~')).toMatch(/cannot mark a decade/);
    expect(edtfRefusal('2018-10-01T10:00:00')).toMatch(/time of day/);
  });

  it('refuses natural text and junk', () => {
    expect(edtfRefusal('late 2018')).toMatch(/"late 2018" is not valid EDTF/);
    expect(edtfRefusal('2018-1')).toMatch(/not valid EDTF/);
    expect(edtfRefusal('')).toMatch(/date is required/);
    expect(edtfRefusal('2'.repeat(101))).toMatch(/too long/);
    expect(parseEdtf(null as unknown as string)).toMatchObject({ ok: false });
  });
});
