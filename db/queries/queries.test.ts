import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client';
import { IDS } from '../seed/article';
import { ENGINE, openTestDatabase } from '../testing/test-db';
import { createRecord } from '../write';
import { getEventDetail, InvalidCursorError, listEvents } from './events';
import { getOrganizationProfile, listOrganizationOptions, listOrganizations } from './organizations';
import { getOverview } from './overview';
import { getRegionProfile, listRegionOptions, listRegions } from './regions';

let handle: DatabaseHandle;
const titles = (items: { title: string }[]) => items.map((i) => i.title);

beforeAll(async () => {
  handle = await openTestDatabase({ seed: true });
});
afterAll(async () => {
  await handle?.close();
});

describe(`reads (${ENGINE})`, () => {
  it('filters by vendor and returns sources', async () => {
    const page = await listEvents(handle.db, { vendor: ['xiaomi'], limit: 50 });
    expect(page.items.length).toBe(5);
    expect(page.items.every((e) => e.vendor?.slug === 'xiaomi')).toBe(true);
    const madrid = page.items.find((e) => e.title.includes('Madrid'));
    expect(madrid?.sources.map((s) => s.outlet)).toContain('The Verge');
  });

  it("keeps a citation's own note apart from its source's note", async () => {
    const plan = await getEventDetail(handle.db, IDS.event.usPlannedEntry);
    const wsj = plan?.sources.find((c) => c.sourceId === IDS.source.wsj);
    expect(wsj?.sourceNote).toMatch(/Known through Digitalcutlet/);
    expect(wsj?.note).toBe('');
  });

  it('finds events in member regions through a grouping (Western Europe → Spain → Madrid)', async () => {
    expect(titles((await listEvents(handle.db, { region: ['western-europe'], limit: 50 })).items)).toEqual([
      'Xiaomi opens its first store in Madrid',
    ]);
    expect((await listEvents(handle.db, { region: ['asia'], limit: 50 })).items).toHaveLength(2);
  });

  it('matches a date range that overlaps a fuzzy window', async () => {
    const in2019 = titles(
      (await listEvents(handle.db, { from: '2019-01-01', to: '2019-12-31', limit: 50 })).items,
    );
    expect(in2019).toEqual(['Xiaomi plans to enter the US market']);
    const edge = titles(
      (await listEvents(handle.db, { from: '2019-03-31', to: '2019-03-31', limit: 50 })).items,
    );
    expect(edge).toEqual(['Xiaomi plans to enter the US market']);
    expect((await listEvents(handle.db, { from: '2019-04-01', limit: 50 })).items).toHaveLength(0);
  });

  it('filters by type, status and text, escaping LIKE wildcards', async () => {
    expect(
      titles((await listEvents(handle.db, { type: ['partnership_cancelled'], limit: 50 })).items),
    ).toEqual(['AT&T cancels its Huawei deal at the last minute']);
    expect((await listEvents(handle.db, { status: ['planned'], limit: 50 })).items).toHaveLength(1);
    expect((await listEvents(handle.db, { q: 'walmart', limit: 50 })).items).toHaveLength(1);
    expect((await listEvents(handle.db, { q: '%', limit: 50 })).items).toHaveLength(0);
  });

  it('pages with a cursor in a stable order, without duplicates or gaps', async () => {
    for (let i = 0; i < 7; i++) {
      await createRecord(
        handle.db,
        'event',
        { title: `Same-day event ${i}`, type: 'statement', status: 'happened', date: '2017-11' },
        { kind: 'system', label: 'test' },
      );
    }
    const all = (await listEvents(handle.db, { limit: 200 })).items.map((e) => e.id);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listEvents(handle.db, { limit: 3, cursor });
      seen.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(all);
    expect(new Set(seen).size).toBe(all.length);
    await expect(listEvents(handle.db, { limit: 3, cursor: 'bm90LWEtY3Vyc29y' })).rejects.toBeInstanceOf(
      InvalidCursorError,
    );
  });

  it("builds Xiaomi's profile: presence, partners, products, people", async () => {
    const xiaomi = await getOrganizationProfile(handle.db, 'xiaomi', 'vendor');
    expect(xiaomi).not.toBeNull();
    const presence = Object.fromEntries(xiaomi!.presence.map((p) => [p.region.slug, p.state]));
    expect(presence).toMatchObject({
      india: 'established',
      china: 'established',
      madrid: 'entered',
      'united-states': 'planned',
    });
    expect(xiaomi!.partners.map((p) => p.name)).toContain('Walmart');
    expect(xiaomi!.products.map((p) => p.name)).toContain('Mi Mix 2');
    expect(xiaomi!.people.map((p) => p.name)).toEqual(['Lei Jun']);
    expect(await getOrganizationProfile(handle.db, 'xiaomi', 'carrier')).toBeNull();
    const att = await getOrganizationProfile(handle.db, 'att', 'carrier');
    expect(att!.events.map((e) => e.title)).toContain('AT&T cancels its Huawei deal at the last minute');
    const vendors = await listOrganizations(handle.db, 'vendor');
    expect(vendors.map((o) => [o.slug, o.eventCount])).toEqual([
      ['huawei', 4],
      ['xiaomi', 5],
      ['zte', 1],
    ]);
    expect((await listOrganizations(handle.db, 'agency')).map((o) => o.eventCount)).toEqual([1, 1, 1]);
  });

  it('lists filter options as the full lists do, without the counts', async () => {
    for (const kind of ['vendor', 'carrier', 'agency'] as const)
      expect(await listOrganizationOptions(handle.db, kind)).toEqual(
        (await listOrganizations(handle.db, kind)).map(({ slug, name }) => ({ slug, name })),
      );
    expect(await listRegionOptions(handle.db)).toEqual(
      (await listRegions(handle.db)).map(({ slug, name, kind }) => ({ slug, name, kind })),
    );
  });

  it('builds a region profile with member events and carriers', async () => {
    const spain = await getRegionProfile(handle.db, 'spain');
    expect(spain?.parents.map((p) => p.slug).sort()).toEqual(['europe', 'european-union', 'western-europe']);
    expect(spain?.members.map((m) => m.slug)).toEqual(['madrid']);
    expect(spain?.events).toHaveLength(1);
    const regions = await listRegions(handle.db);
    expect(regions.find((r) => r.slug === 'united-states')?.eventCount).toBe(7);
    expect(regions.find((r) => r.slug === 'spain')?.eventCount).toBe(0);
    const us = await getRegionProfile(handle.db, 'united-states');
    expect(us?.carriers.map((c) => c.slug)).toEqual(['att']);
    expect(us?.retailers.map((c) => c.slug)).toEqual(['walmart']);
    expect(us?.note).toMatch(/carriers/);
    expect(await getRegionProfile(handle.db, 'atlantis')).toBeNull();
  });

  it('summarises the overview', async () => {
    const overview = await getOverview(handle.db);
    expect(overview.counts).toMatchObject({ vendors: 3, sources: 3, plansPending: 1 });
    expect(overview.upcoming.map((e) => e.id)).toEqual([IDS.event.usPlannedEntry]);
    expect(overview.recentChanges.length).toBeGreaterThan(0);
  });
});
