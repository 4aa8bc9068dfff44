import { describe, expect, it } from 'vitest';
import { parseViewState, serializeViewState, viewStateHref, viewStateToQuery } from './codec';
import { coerceViewState, DEFAULT_VIEW_STATE, type ViewState } from './schema';

const ID = '5eed0000-0000-4000-8000-000006000004';

describe('view state URL codec', () => {
  it('leaves every default out of the URL', () => {
    expect(serializeViewState(DEFAULT_VIEW_STATE)).toBe('');
    expect(viewStateHref({})).toBe('/timeline');
    expect(parseViewState('')).toEqual(DEFAULT_VIEW_STATE);
  });

  it('writes the compact, readable form of the brief', () => {
    const state: ViewState = {
      ...DEFAULT_VIEW_STATE,
      vendors: ['xiaomi', 'huawei'],
      from: '2017-01',
      to: '2019-12',
      event: ID,
      group: 'region',
    };
    expect(viewStateHref(state)).toBe(
      `/timeline?vendors=xiaomi,huawei&group=region&from=2017-01&to=2019-12&event=${ID}`,
    );
  });

  const states: Partial<ViewState>[] = [
    {},
    { vendors: ['xiaomi'] },
    { vendors: ['xiaomi', 'huawei'], regions: ['united-states', 'western-europe'] },
    { types: ['planned_entry', 'partnership_cancelled'], statuses: ['planned', 'cancelled', 'denied'] },
    { group: 'counterparty' },
    { group: 'type', mode: 'list' },
    { from: '2017-01', to: '2019-12' },
    { from: '2018-03-04', to: '2018-03-09' },
    { from: '2018-02', to: '2018-02-14' },
    { event: ID },
    { asOf: '2018-02-01T00:00:00.000Z' },
    { asOf: '2018-02-01T10:30:05.000Z' },
    { asOf: '2018-02-01T10:30:05.123Z' },
    {
      vendors: ['zte'],
      regions: ['china'],
      types: ['statement'],
      statuses: ['happened'],
      group: 'region',
      from: '2010-06-15',
      to: '2026-01',
      event: ID,
      asOf: '2020-01-01T00:00:00.000Z',
      mode: 'list',
    },
  ];

  it.each(states.map((s) => [serializeViewState(s), s] as const))('round-trips %s', (_query, partial) => {
    const state = { ...DEFAULT_VIEW_STATE, ...partial };
    const query = serializeViewState(state);
    expect(parseViewState(query)).toEqual(state);
    expect(serializeViewState(parseViewState(query))).toBe(query);
    // Through a saved view's JSON body as well.
    expect(parseViewState(viewStateToQuery(state))).toEqual(state);
    expect(coerceViewState(state)).toEqual(state);
  });

  it('reads Next searchParams objects, URLSearchParams, full URLs and repeated list parameters', () => {
    const expected = { ...DEFAULT_VIEW_STATE, vendors: ['xiaomi', 'huawei'], from: '2017-01', to: '2019-12' };
    expect(parseViewState({ vendors: 'xiaomi,huawei', from: '2017-01', to: '2019-12' })).toEqual(expected);
    expect(
      parseViewState({ vendors: ['xiaomi', 'huawei'], from: '2017-01', to: '2019-12', other: undefined }),
    ).toEqual(expected);
    expect(
      parseViewState(new URLSearchParams('vendors=xiaomi&vendors=huawei&from=2017-01&to=2019-12')),
    ).toEqual(expected);
    expect(parseViewState('http://localhost/timeline?vendors=xiaomi,huawei&from=2017-01&to=2019-12')).toEqual(
      expected,
    );
    expect(parseViewState('?vendors=xiaomi,huawei&from=2017-01&to=2019-12')).toEqual(expected);
  });

  it('spells window bounds canonically: years and first/last days become months', () => {
    expect(parseViewState('from=2017&to=2019')).toMatchObject({ from: '2017-01', to: '2019-12' });
    expect(parseViewState('from=2017-01-01&to=2019-12-31')).toMatchObject({ from: '2017-01', to: '2019-12' });
    expect(parseViewState('from=2016-02-01&to=2016-02-29')).toMatchObject({ from: '2016-02', to: '2016-02' });
    expect(parseViewState('from=2018-03-04&to=2018-03-09')).toMatchObject({
      from: '2018-03-04',
      to: '2018-03-09',
    });
  });

  it('drops invalid values without failing, keeping the valid ones', () => {
    const state = parseViewState(
      'vendors=xiaomi,Not%20A%20Slug,,huawei,xiaomi&types=planned_entry,bogus&statuses=nope&group=colour&from=2019-13&to=2019-02-30&event=42&asof=yesterday&mode=grid',
    );
    expect(state).toEqual({ ...DEFAULT_VIEW_STATE, vendors: ['xiaomi', 'huawei'], types: ['planned_entry'] });
  });

  it('drops a window whose start is after its end, and keeps a single valid bound', () => {
    expect(parseViewState('from=2019-12&to=2017-01')).toMatchObject({ from: null, to: null });
    expect(parseViewState('from=2019-12&to=bad')).toMatchObject({ from: '2019-12', to: null });
  });

  it('survives hostile input', () => {
    const long = Array.from({ length: 500 }, (_, k) => `v${k}`).join(',');
    expect(parseViewState(`vendors=${long}`).vendors).toHaveLength(50);
    expect(() => parseViewState('%E0%A4%A')).not.toThrow();
    expect(() => parseViewState('from=%00&to=%FF&event=%')).not.toThrow();
    expect(coerceViewState(null)).toEqual(DEFAULT_VIEW_STATE);
    expect(coerceViewState({ vendors: 'xiaomi,BAD', group: 7, from: '2019-12', to: '2017-01' })).toEqual({
      ...DEFAULT_VIEW_STATE,
      vendors: ['xiaomi'],
    });
  });

  it('normalises moments to UTC and accepts a day', () => {
    expect(parseViewState('asof=2018-02-01T12:00:00%2B02:00').asOf).toBe('2018-02-01T10:00:00.000Z');
    expect(parseViewState('asof=2018-02-01').asOf).toBe('2018-02-01T00:00:00.000Z');
    expect(serializeViewState({ asOf: '2018-02-01T00:00:00.000Z' })).toBe('asof=2018-02-01');
    expect(serializeViewState({ asOf: '2018-02-01T10:00:00.000Z' })).toBe('asof=2018-02-01T10:00:00Z');
  });
});
