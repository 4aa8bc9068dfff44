import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE } from '@/lib/view-state/schema';
import type { DatabaseHandle } from '../client';
import { IDS } from '../seed/article';
import { ENGINE, openTestDatabase } from '../testing/test-db';
import { getTimelineData } from './timeline';

let handle: DatabaseHandle;
const none = { vendors: [], regions: [], types: [], statuses: [] } satisfies Pick<
  typeof DEFAULT_VIEW_STATE,
  'vendors' | 'regions' | 'types' | 'statuses'
>;

beforeAll(async () => {
  handle = await openTestDatabase({ seed: true });
});
afterAll(async () => {
  await handle?.close();
});

describe(`timeline reads (${ENGINE})`, () => {
  it('returns compact items with counterparties, source counts and the links between them', async () => {
    const data = await getTimelineData(handle.db, { ...none, vendors: ['xiaomi', 'huawei'] });
    expect(data.truncated).toBe(false);
    expect(data.items).toHaveLength(9);
    const plan = data.items.find((i) => i.id === IDS.event.usPlannedEntry)!;
    expect(plan).toMatchObject({
      title: 'Xiaomi plans to enter the US market',
      status: 'planned',
      date: { edtf: '2018-12~/2019-03~', lo: '2018-12-01', hi: '2019-03-31' },
      vendor: { slug: 'xiaomi', name: 'Xiaomi' },
      region: { slug: 'united-states' },
      sourceCount: 2,
    });
    expect(plan.date.label).toMatch(/December 2018 to (around )?March 2019/);
    const cancel = data.items.find((i) => i.id === IDS.event.attCancels)!;
    expect(cancel.counterparties.map((c) => c.name)).toEqual(['AT&T']);
    expect(data.links).toContainEqual({
      fromId: IDS.event.attCancels,
      toId: IDS.event.attHuaweiDeal,
      type: 'cancels',
    });
    expect(data.links).toHaveLength(3);
  });

  it('keeps only links whose two ends are in the view, and truncates at the limit', async () => {
    const deals = await getTimelineData(handle.db, { ...none, types: ['partnership_cancelled'] });
    expect(deals.items).toHaveLength(1);
    expect(deals.links).toEqual([]);
    const two = await getTimelineData(handle.db, none, 2);
    expect(two.items).toHaveLength(2);
    expect(two.truncated).toBe(true);
    expect(two.limit).toBe(2);
  });

  it('filters by region (with members) and status', async () => {
    const europe = await getTimelineData(handle.db, { ...none, regions: ['western-europe'] });
    expect(europe.items.map((i) => i.title)).toEqual(['Xiaomi opens its first store in Madrid']);
    const cancelled = await getTimelineData(handle.db, { ...none, statuses: ['cancelled'] });
    expect(cancelled.items.map((i) => i.id)).toEqual([IDS.event.attHuaweiDeal]);
  });
});
