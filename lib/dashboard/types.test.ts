import { describe, expect, it } from 'vitest';
import {
  dashboardFiltersOf,
  dashboardHref,
  dashboardSearchWith,
  parseDashboardSearch,
  parseDashboardState,
} from '@/lib/view-state/dashboard';
import { parseDashboardQuery } from './query';
import { cellEventsHref, EMPTY_FILTERS, filtersQuery } from './types';

describe('dashboard query string (API)', () => {
  it('reads lists, a period and panels; refuses unknown or invalid parameters by name', () => {
    const ok = parseDashboardQuery(
      new URLSearchParams('vendor=xiaomi,huawei&type=statement&from=2018-01-01&panels=matrix'),
    );
    expect(ok).toEqual({
      ok: true,
      query: {
        vendor: ['xiaomi', 'huawei'],
        region: [],
        type: ['statement'],
        status: [],
        from: '2018-01-01',
        to: null,
        panels: ['matrix'],
      },
    });
    expect(parseDashboardQuery(new URLSearchParams('colour=red'))).toMatchObject({
      ok: false,
      parameter: 'colour',
    });
    expect(parseDashboardQuery(new URLSearchParams('vendor=Not A Slug'))).toMatchObject({
      ok: false,
      parameter: 'vendor',
    });
    expect(parseDashboardQuery(new URLSearchParams('status=maybe'))).toMatchObject({
      ok: false,
      parameter: 'status',
    });
    expect(parseDashboardQuery(new URLSearchParams('from=2019-01-01&to=2018-01-01'))).toMatchObject({
      ok: false,
      parameter: 'from',
    });
    expect(parseDashboardQuery(new URLSearchParams('panels=pie'))).toMatchObject({
      ok: false,
      parameter: 'panels',
    });
    expect(parseDashboardQuery(new URLSearchParams('from=2019-02-30'))).toMatchObject({
      ok: false,
      parameter: 'from',
    });
  });

  it('writes filters canonically and links a cell to its events with the same filters', () => {
    expect(filtersQuery({ ...EMPTY_FILTERS, vendor: ['zte', 'huawei'], from: '2018-01-01' })).toBe(
      'vendor=huawei%2Czte&from=2018-01-01',
    );
    expect(cellEventsHref({ ...EMPTY_FILTERS, type: ['statement'] }, 'huawei', 'united-states')).toBe(
      '/events?vendor=huawei&region=united-states&type=statement',
    );
  });
});

describe('dashboard URL state (nuqs)', () => {
  it('keeps valid values, drops invalid ones, and a reversed period', () => {
    const state = parseDashboardState({
      vendor: 'xiaomi,BAD',
      type: ['statement', 'nope'],
      from: '2019-01-01',
      to: '2018-01-01',
      map: 'huawei',
    });
    expect(state).toMatchObject({ vendor: ['xiaomi'], type: ['statement'], map: 'huawei' });
    expect(dashboardFiltersOf(state)).toMatchObject({ from: null, to: null });
    expect(dashboardHref({ vendor: ['xiaomi'], map: 'huawei' })).toBe('/?vendor=xiaomi&map=huawei');
  });

  it('reads a query string as the server reads its searchParams (repeated lists joined)', () => {
    const search = '?vendor=xiaomi&vendor=huawei&type=statement,nope&from=2019-01-01&map=huawei&x=1';
    const input = {
      vendor: ['xiaomi', 'huawei'],
      type: 'statement,nope',
      from: '2019-01-01',
      map: 'huawei',
      x: '1',
    };
    expect(parseDashboardSearch(search)).toEqual(parseDashboardState(input));
    expect(parseDashboardSearch('')).toEqual(parseDashboardState({}));
  });

  it('writes a change into a query string, keeping other parameters and dropping defaults', () => {
    expect(dashboardSearchWith('', { vendor: ['huawei'] })).toBe('?vendor=huawei');
    expect(dashboardSearchWith('?vendor=xiaomi&utm=a', { map: 'huawei' })).toBe(
      '?vendor=xiaomi&utm=a&map=huawei',
    );
    expect(dashboardSearchWith('?vendor=xiaomi&map=huawei', { vendor: [], map: null })).toBe('');
    expect(dashboardSearchWith('?vendor=xiaomi', { from: '2019-01-01', to: null })).toBe(
      '?vendor=xiaomi&from=2019-01-01',
    );
  });
});
