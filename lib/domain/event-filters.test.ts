import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, parseEventFilters } from './event-filters';

const parse = (query: string) => parseEventFilters(new URLSearchParams(query));

describe('event filters from a query string', () => {
  it('reads lists given comma-separated or repeated', () => {
    const result = parse('vendor=xiaomi,huawei&vendor=zte&type=planned_entry&limit=10');
    expect(result).toEqual({
      ok: true,
      filters: { vendor: ['xiaomi', 'huawei', 'zte'], type: ['planned_entry'], limit: 10 },
    });
  });

  it('defaults the limit to 50', () => {
    expect(parse('')).toEqual({ ok: true, filters: { limit: 50 } });
  });

  it.each([
    ['limit=abc', 'limit'],
    ['limit=0', 'limit'],
    ['limit=201', 'limit'],
    ['limit=1.5', 'limit'],
    ['from=bad', 'from'],
    ['from=2019-02-29', 'from'],
    ['to=2018-13-01', 'to'],
    ['from=2019-01-01&to=2018-01-01', 'from'],
    ['type=party', 'type'],
    ['status=maybe', 'status'],
    ['vendor=Not A Slug', 'vendor'],
    ['cursor=%%%', 'cursor'],
    ['colour=red', 'colour'],
    ['limit=1&limit=2', 'limit'],
  ])('refuses %s naming %s', (query, parameter) => {
    const result = parse(query);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.parameter).toBe(parameter);
      expect(result.message.length).toBeGreaterThan(5);
    }
  });

  it('round-trips a cursor and refuses tampered ones', () => {
    const key = { lo: '2018-12-01', hi: '2019-03-31', id: '5eed0000-0000-4000-8000-000006000004' };
    expect(decodeCursor(encodeCursor(key))).toEqual(key);
    expect(decodeCursor('bm90LWEtY3Vyc29y')).toBeNull();
    expect(decodeCursor(btoa('["x","y","z"]'))).toBeNull();
  });
});
