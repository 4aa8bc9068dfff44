import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventValuesFromRecord } from '@/lib/forms/event-form';
import type { DatabaseHandle } from '../client';
import { IDS } from '../seed/article';
import { ENGINE, openTestDatabase } from '../testing/test-db';
import { deleteRecord, updateRecord } from '../write';
import { getEventFormOptions, listOrganizationOptions } from './options';
import { getPersonProfile, getProductProfile, getSourceProfile, listProducts } from './profiles';
import {
  findIdBySlug,
  getEditableRecord,
  getRevisionImage,
  getRevisionStamp,
  listOutgoingLinks,
} from './records';

// The reads behind the record forms: picker options, editable images, revision stamps, and the
// product / person / source profiles the edit links lead to.

let handle: DatabaseHandle;
const tester = { kind: 'system', label: 'test' } as const;

beforeAll(async () => {
  handle = await openTestDatabase({ seed: true });
});
afterAll(async () => {
  await handle?.close();
});

describe(`form reads (${ENGINE})`, () => {
  it('offers live records only, with hints', async () => {
    const options = await getEventFormOptions(handle.db);
    expect(options.vendors.map((o) => o.label)).toEqual(['Huawei', 'Xiaomi', 'ZTE']);
    expect(options.organizations.find((o) => o.label === 'FBI')?.hint).toBe('Agency');
    expect(options.regions.find((o) => o.label === 'Spain')?.hint).toBe('Country · ES');
    expect(options.products.find((o) => o.label === 'Mi TV')?.hint).toBe('Xiaomi');
    expect(options.sources.find((o) => o.id === IDS.source.verge)?.label).toMatch(/^The Verge: /);
    expect(options.events.find((o) => o.id === IDS.event.madridStore)?.hint).toBe('November 2017 · Xiaomi');

    const carrier = await getEditableRecord(handle.db, 'organization', IDS.org.att);
    await deleteRecord(handle.db, 'organization', IDS.org.att, carrier!.image.version, tester);
    expect((await listOrganizationOptions(handle.db, ['carrier'])).map((o) => o.label)).toEqual([]);
    expect(await getEditableRecord(handle.db, 'organization', IDS.org.att)).toBeNull();
  });

  it('loads an editable image with who wrote its version, and earlier images', async () => {
    const before = await getEditableRecord(handle.db, 'event', IDS.event.madridStore);
    expect(before?.stamp?.actorLabel).toBe('seed');
    const values = eventValuesFromRecord(before!.image);
    expect(values.date).toBe('November 2017');

    await updateRecord(
      handle.db,
      'event',
      IDS.event.madridStore,
      before!.image.version,
      { summary: 'Edited in a test.' },
      tester,
    );
    const after = await getEditableRecord(handle.db, 'event', IDS.event.madridStore);
    expect(after?.image.version).toBe(before!.image.version + 1);
    expect(after?.stamp?.actorLabel).toBe('test');
    expect(
      (await getRevisionStamp(handle.db, 'event', IDS.event.madridStore, before!.image.version))?.actorLabel,
    ).toBe('seed');
    const old = await getRevisionImage(handle.db, 'event', IDS.event.madridStore, before!.image.version);
    expect(old?.summary).toBe(before!.image.summary);
    expect(await getRevisionImage(handle.db, 'event', IDS.event.madridStore, 999)).toBeNull();
    expect(await getEditableRecord(handle.db, 'event', 'not-a-uuid')).toBeNull();
  });

  it('finds records by slug and lists an event’s outgoing links', async () => {
    expect(await findIdBySlug(handle.db, 'region', 'western-europe')).toBe(IDS.region.westernEurope);
    expect(await findIdBySlug(handle.db, 'person', 'nobody')).toBeNull();
    const links = await listOutgoingLinks(handle.db, IDS.event.attCancels);
    expect(links).toEqual([
      { id: IDS.link.cancels, version: 1, type: 'cancels', toEventId: IDS.event.attHuaweiDeal, note: '' },
    ]);
    expect(await listOutgoingLinks(handle.db, IDS.event.attHuaweiDeal)).toEqual([]);
  });

  it('profiles products, people and sources with the events that involve or cite them', async () => {
    expect((await listProducts(handle.db)).find((p) => p.slug === 'mi-mix-2')?.eventCount).toBe(1);
    const mix = await getProductProfile(handle.db, 'mi-mix-2');
    expect(mix?.vendor?.slug).toBe('xiaomi');
    expect(mix?.events.map((e) => e.id)).toEqual([IDS.event.madridStore]);
    // Lei Jun is quoted (as a speaker) on the planned US entry.
    const lei = await getPersonProfile(handle.db, 'lei-jun');
    expect(lei?.events.map((e) => e.id)).toContain(IDS.event.usPlannedEntry);
    const verge = await getSourceProfile(handle.db, IDS.source.verge);
    expect(verge?.events.map((e) => e.id)).toContain(IDS.event.madridStore);
    expect(await getSourceProfile(handle.db, 'nope')).toBeNull();
  });
});
