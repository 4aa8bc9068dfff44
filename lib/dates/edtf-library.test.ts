import edtf, { format, parse } from 'edtf';
import { describe, expect, it } from 'vitest';

// Pins behaviour of the `edtf` package (v4) that this module works around. If an upgrade
// changes any of it, this file says so before a subtle date bug ships.

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('edtf library pitfalls (measured)', () => {
  it('reads seasons 21-24 as calendar quarters (the standard says spring..winter)', () => {
    expect(parse('2018-21')).toMatchObject({ type: 'Season' });
    expect([iso(edtf('2018-21').min), iso(edtf('2018-21').max)]).toEqual(['2018-01-01', '2018-03-31']);
    expect([iso(edtf('2018-24').min), iso(edtf('2018-24').max)]).toEqual(['2018-10-01', '2018-12-31']);
  });

  it('reports a wrong max for ranged sets', () => {
    expect(iso(edtf('[2018-11..2019-03]').max)).toBe('2018-11-30');
  });

  it('has no quarter syntax', () => {
    expect(() => parse('2018-Q4')).toThrow();
  });

  it('accepts 29 February in any year, then rolls it over to 1 March', () => {
    expect(parse('2019-02-29')).toMatchObject({ values: [2019, 1, 29] });
    expect(edtf('2019-02-29').edtf).toBe('2019-03-01');
    expect(() => parse('2018-02-30')).toThrow();
  });

  it('parses reversed intervals; only edtf() refuses them', () => {
    expect(parse('2019/2018')).toMatchObject({ type: 'Interval' });
    expect(() => edtf('2019/2018')).toThrow(/invalid upper bound/);
  });

  it('has no qualified decade as 201X~, and cannot stack ?~ (use %)', () => {
    expect(() => parse('201X~')).toThrow();
    expect(parse('201~')).toMatchObject({ type: 'Decade', approximate: true });
    expect(() => parse('2018-12?~')).toThrow();
    expect(parse('2018-12%')).toMatchObject({ approximate: true, uncertain: true });
  });

  it('reports level-1 qualifiers as booleans and level-2 ones as YYYYMMDD bitmasks', () => {
    expect(parse('2018-05?')).toMatchObject({ uncertain: true });
    expect(parse('?2018-05')).toMatchObject({ uncertain: 15 }); // the year only
    expect(parse('201X')).toMatchObject({ values: [2010], unspecified: 8 });
  });

  it('uses zero-based months in parse values, and reads short numbers as centuries/decades', () => {
    expect(parse('2018-11')).toMatchObject({ values: [2018, 10] });
    expect(parse('19')).toMatchObject({ type: 'Century' });
    expect(parse('999')).toMatchObject({ type: 'Decade' });
  });

  it('format() needs an edtf() object, not a string, and prints decades as XXXX', () => {
    expect(() => format('2018-12~' as unknown as ReturnType<typeof edtf>)).toThrow(RangeError);
    expect(format(edtf('2018-12~'), 'en-GB')).toBe('ca. 12/2018');
    expect(format(edtf('201X'), 'en-GB')).toBe('XXXX');
  });
});
