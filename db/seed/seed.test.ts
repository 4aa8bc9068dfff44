import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client';
import { getEventDetail } from '../queries/events';
import { countRows, ENGINE, openTestDatabase } from '../testing/test-db';
import { deleteRecord } from '../write';
import { IDS } from './article';
import { seedDemo, seedIfEmpty } from './index';

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

describe(`seed (${ENGINE})`, () => {
  it('seeds an empty database once, and never again', async () => {
    expect(await seedIfEmpty(handle.db)).toBe(true);
    const events = await countRows(handle, 'events');
    const revisions = await countRows(handle, 'revisions');
    expect(events).toBe(10);
    expect(await seedIfEmpty(handle.db)).toBe(false);
    expect(await countRows(handle, 'events')).toBe(events);
    expect(await countRows(handle, 'revisions')).toBe(revisions);
  });

  it('is idempotent when run explicitly', async () => {
    const before = await countRows(handle, 'revisions');
    expect(await seedDemo(handle.db)).toEqual({ created: 0 });
    expect(await countRows(handle, 'revisions')).toBe(before);
  });

  it('holds the article: the planned US entry with its window, quote, speaker and outlets', async () => {
    const plan = await getEventDetail(handle.db, IDS.event.usPlannedEntry);
    expect(plan).toMatchObject({
      type: 'planned_entry',
      status: 'planned',
      vendor: { slug: 'xiaomi' },
      region: { slug: 'united-states' },
      date: { edtf: '2018-12~/2019-03~', lo: '2018-12-01', hi: '2019-03-31', approximate: true },
    });
    const wsj = plan!.sources.find((s) => s.outlet === 'The Wall Street Journal');
    expect(wsj?.quote).toContain('We plan to start entering the market by end 2018, or by early 2019');
    expect(wsj?.speaker?.name).toBe('Lei Jun');
    expect(plan!.sources.map((s) => s.outlet).sort()).toEqual(['Digitalcutlet', 'The Wall Street Journal']);
  });

  it('links the cancellation to the deal it cancels and the statements to the cancellation', async () => {
    const cancellation = await getEventDetail(handle.db, IDS.event.attCancels);
    expect(cancellation?.counterparties.map((o) => o.name)).toEqual(['AT&T']);
    expect(cancellation?.actors.map((o) => o.name).sort()).toEqual(['CIA', 'FBI', 'NSA']);
    const links = cancellation!.links.map((l) => [l.type, l.direction, l.event.title]);
    expect(links).toContainEqual([
      'cancels',
      'outgoing',
      'Huawei and AT&T deal to sell Huawei phones in the US',
    ]);
    expect(links).toContainEqual(['responds_to', 'incoming', 'Huawei denies the security allegations']);
    expect(links).toContainEqual([
      'responds_to',
      'incoming',
      'Richard Yu criticises US carriers at CES 2018',
    ]);
    const deal = await getEventDetail(handle.db, IDS.event.attHuaweiDeal);
    expect(deal?.status).toBe('cancelled');
    expect(deal?.history.map((h) => h.version)).toEqual([2, 1]);
  });

  it('cites a source for every seeded event, with http(s) URLs only', async () => {
    for (const id of Object.values(IDS.event)) {
      const event = await getEventDetail(handle.db, id);
      expect(event, id).not.toBeNull();
      expect(event!.sources.length, event!.title).toBeGreaterThan(0);
      for (const s of event!.sources) if (s.url) expect(s.url).toMatch(/^https?:\/\//);
    }
  });

  it('does not bring back a seeded record a user deleted', async () => {
    await deleteRecord(handle.db, 'event', IDS.event.zteCarriers, 1, { kind: 'system', label: 'test' });
    expect(await seedIfEmpty(handle.db)).toBe(false);
    expect(await getEventDetail(handle.db, IDS.event.zteCarriers)).toBeNull();
  });
});
