import { describe, expect, it } from 'vitest';
import { describeView, formatMoment } from './describe';
import { newViewSlug, parseSavedViewBody, storedViewState } from './saved-view';
import { coerceViewState } from './schema';

const PLAN_ID = '5eed0000-0000-4000-8000-000006000004';

describe('saved view bodies', () => {
  it('reads the query of a /timeline URL as a JSON object, with title and pin', () => {
    const parsed = parseSavedViewBody({
      vendors: 'xiaomi,huawei',
      types: ['planned_entry'],
      from: '2017-01',
      to: '2019-12',
      event: PLAN_ID,
      group: 'region',
      title: '  Two vendors ',
      pin: true,
    });
    expect(parsed).toEqual({
      ok: true,
      value: {
        state: expect.objectContaining({
          vendors: ['xiaomi', 'huawei'],
          types: ['planned_entry'],
          from: '2017-01',
          to: '2019-12',
          event: PLAN_ID,
          group: 'region',
          asOf: null,
        }),
        title: 'Two vendors',
        pin: true,
      },
    });
    expect(parseSavedViewBody({})).toMatchObject({ ok: true, value: { title: null, pin: false } });
    expect(parseSavedViewBody({ asof: '2018-03-01' })).toMatchObject({
      ok: true,
      value: { state: { asOf: '2018-03-01T00:00:00.000Z' } },
    });
  });

  it('names the first bad field', () => {
    const field = (body: Record<string, unknown>) => {
      const r = parseSavedViewBody(body);
      return r.ok ? null : r.field;
    };
    expect(field({ vendors: 'xiaomi,NOT!' })).toBe('vendors');
    expect(field({ statuses: ['planned', 'maybe'] })).toBe('statuses');
    expect(field({ vendors: 42 })).toBe('vendors');
    expect(field({ from: '2019-13' })).toBe('from');
    expect(field({ from: '2019-06', to: '2018-01' })).toBe('from');
    expect(field({ group: 'colour' })).toBe('group');
    expect(field({ event: 'nope' })).toBe('event');
    expect(field({ asof: 'yesterday' })).toBe('asof');
    expect(field({ asOf: '2018-01-01' })).toBe('asOf');
    expect(field({ colour: 'red' })).toBe('colour');
    expect(field({ title: 7 })).toBe('title');
    expect(field({ title: 'x'.repeat(201) })).toBe('title');
    expect(field({ pin: 'yes' })).toBe('pin');
  });

  it('stores the state as the URL writes it, and reads it back', () => {
    const state = coerceViewState({
      vendors: ['xiaomi'],
      from: '2017-01',
      to: '2019-12',
      asOf: '2018-03-01T00:00:00.000Z',
    });
    const stored = storedViewState(state);
    expect(stored).toEqual({ vendors: 'xiaomi', from: '2017-01', to: '2019-12', asof: '2018-03-01' });
  });

  it('makes 10-character base62 slugs', () => {
    const slugs = new Set(Array.from({ length: 200 }, () => newViewSlug()));
    expect(slugs.size).toBe(200);
    for (const slug of slugs) expect(slug).toMatch(/^[0-9A-Za-z]{10}$/);
  });
});

describe('a view in words', () => {
  it('titles and describes a view from its own data', () => {
    const state = coerceViewState({
      vendors: ['xiaomi', 'huawei'],
      from: '2017-01',
      to: '2019-12',
      statuses: ['planned'],
    });
    const vendor = (slug: string, name: string) => ({ id: slug, slug, name });
    const item = (id: string, v: ReturnType<typeof vendor>) =>
      ({
        id,
        vendor: v,
        region: null,
        type: 'planned_entry',
        counterparties: [],
        date: { lo: '2018-12-01', hi: '2019-03-31' },
      }) as never;
    const words = describeView(state, {
      items: [item('a', vendor('xiaomi', 'Xiaomi')), item('b', vendor('huawei', 'Huawei'))],
    });
    expect(words.title).toBe('Xiaomi and Huawei, Jan 2017 – Dec 2019');
    expect(words.description).toMatch(
      /^2 events in 2 lanes \(by vendor\), Jan 2017 – Dec 2019\. Statuses: planned\./,
    );
    expect(words.asOf).toBeNull();
  });

  it('says moments in UTC', () => {
    expect(formatMoment('2018-03-01T00:00:00.000Z')).toBe('1 March 2018');
    expect(formatMoment('2018-03-01T14:05:00.000Z')).toBe('1 March 2018, 14:05 UTC');
  });
});
