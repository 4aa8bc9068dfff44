import { describe, expect, it } from 'vitest';
import { parseEventFilters } from '@/lib/domain/event-filters';
import { eventsQueryOfTimeline } from './view-query';

const none = { vendors: [], regions: [], types: [], statuses: [], from: null, to: null };

describe('timeline state → events export query', () => {
  it('maps lists and window bounds to the listing filters', () => {
    const query = eventsQueryOfTimeline({
      ...none,
      vendors: ['xiaomi', 'huawei'],
      statuses: ['planned'],
      from: '2017-01',
      to: '2019-12',
    });
    expect(query).toBe('?vendor=xiaomi,huawei&status=planned&from=2017-01-01&to=2019-12-31');
    const parsed = parseEventFilters(new URLSearchParams(query.slice(1)));
    expect(parsed).toMatchObject({
      ok: true,
      filters: { vendor: ['xiaomi', 'huawei'], status: ['planned'], from: '2017-01-01', to: '2019-12-31' },
    });
  });

  it('handles years, days and no filter', () => {
    expect(eventsQueryOfTimeline(none)).toBe('');
    expect(eventsQueryOfTimeline({ ...none, from: '2018', to: '2018-02-28' })).toBe(
      '?from=2018-01-01&to=2018-02-28',
    );
    expect(eventsQueryOfTimeline({ ...none, to: '2020-02' })).toBe('?to=2020-02-29');
  });
});
