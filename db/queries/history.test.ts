import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/domain/permissions';
import { diffRecords } from '@/lib/domain/diff';
import { parseChangeFilters, type ChangeFilters } from '@/lib/history/change-filters';
import { collectReferences } from '@/lib/history/references';
import type { DatabaseHandle, Db } from '../client';
import { revisions, users } from '../schema';
import { IDS } from '../seed/article';
import { ENGINE, openTestDatabase } from '../testing/test-db';
import { createRecord, deleteRecord, revertRecord, updateRecord } from '../write';
import { countChanges, describeRecords, getRecordHistory, listChangeActors, listChanges } from './history';

const editor: Actor = { kind: 'user', id: 'u-hist-editor', name: 'Hana Historian', role: 'editor' };

let handle: DatabaseHandle;
let db: Db;
let eventId = '';

function filters(query: string): ChangeFilters {
  const parsed = parseChangeFilters(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.filters;
}

beforeAll(async () => {
  handle = await openTestDatabase({ seed: true });
  db = handle.db;
  await db
    .insert(users)
    .values({ id: editor.id, name: editor.name, email: 'hana@example.test', role: 'editor' });
  const created = await createRecord(
    db,
    'event',
    {
      title: 'History test event',
      type: 'statement',
      status: 'planned',
      vendorId: IDS.org.xiaomi,
      date: '2018',
      counterpartyIds: [IDS.org.att],
      citations: [{ sourceId: IDS.source.verge, quote: 'first' }],
    },
    editor,
  );
  eventId = created.id;
  const v2 = await updateRecord(
    db,
    'event',
    eventId,
    1,
    { status: 'cancelled', counterpartyIds: [IDS.org.att, IDS.org.walmart] },
    editor,
  );
  const v3 = await revertRecord(db, 'event', eventId, 1, v2.version, editor);
  await deleteRecord(db, 'event', eventId, v3.version, editor);
  // A revision of another kind (a user's role change holds an e-mail): never listed.
  await db.insert(revisions).values({
    entityType: 'user',
    entityId: '00000000-0000-4000-8000-0000000000aa',
    version: 1,
    action: 'update',
    actorLabel: 'admin:create',
    data: { email: 'secret@example.test' },
  });
});

afterAll(async () => {
  await handle?.close();
});

describe(`history reads (${ENGINE})`, () => {
  it('lists the newest changes first, with the record as it is now', async () => {
    const page = await listChanges(db, filters('limit=4'));
    expect(page.items.map((e) => [e.entityId, e.version, e.action])).toEqual([
      [eventId, 4, 'delete'],
      [eventId, 3, 'revert'],
      [eventId, 2, 'update'],
      [eventId, 1, 'create'],
    ]);
    expect(page.items[0]).toMatchObject({
      actorId: editor.id,
      actorLabel: editor.name,
      label: 'History test event',
    });
    expect(page.items[0]!.record).toMatchObject({
      type: 'event',
      label: 'History test event',
      deleted: true,
    });
    expect(page.nextCursor).toBe(String(page.items[3]!.revisionId));
  });

  it('pages with a keyset cursor, without overlap or gaps', async () => {
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page = await listChanges(db, filters(`limit=7${cursor ? `&cursor=${cursor}` : ''}`));
      seen.push(...page.items.map((e) => e.revisionId));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.length).toBe(await countChanges(db));
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort((a, b) => b - a)).toEqual(seen);
  });

  it('never lists revisions of users', async () => {
    const all = await listChanges(db, filters('limit=200'));
    expect(all.items.some((e) => (e.entityType as string) === 'user')).toBe(false);
    expect((await listChangeActors(db)).map((a) => a.label)).not.toContain('admin:create');
  });

  it('filters by type, action, actor and day', async () => {
    const reverts = await listChanges(db, filters('action=revert'));
    expect(reverts.items.map((e) => e.entityId)).toEqual([eventId]);
    const byEditor = await listChanges(db, filters(`actor=${editor.id}`));
    expect(byEditor.items).toHaveLength(4);
    const bySeed = await listChanges(db, filters('actor=seed&type=region&limit=200'));
    expect(bySeed.items.length).toBeGreaterThan(5);
    expect(bySeed.items.every((e) => e.entityType === 'region' && e.actorLabel === 'seed')).toBe(true);
    const today = new Date().toISOString().slice(0, 10);
    expect((await listChanges(db, filters(`from=${today}&to=${today}&action=delete`))).items).toHaveLength(1);
    expect((await listChanges(db, filters('to=2000-01-01'))).items).toHaveLength(0);
    const links = await listChanges(db, filters('type=event-link&limit=200'));
    expect(links.items.every((e) => e.entityType === 'event_link')).toBe(true);
  });

  it('refuses unknown filters by name', () => {
    expect(parseChangeFilters(new URLSearchParams('kind=event'))).toMatchObject({
      ok: false,
      parameter: 'kind',
    });
    expect(parseChangeFilters(new URLSearchParams('type=user'))).toMatchObject({
      ok: false,
      parameter: 'type',
    });
    expect(parseChangeFilters(new URLSearchParams('from=2019-02-30'))).toMatchObject({
      ok: false,
      parameter: 'from',
    });
    expect(parseChangeFilters(new URLSearchParams('cursor=abc'))).toMatchObject({
      ok: false,
      parameter: 'cursor',
    });
  });

  it('lists actors, most recent first', async () => {
    const actors = await listChangeActors(db);
    expect(actors[0]).toEqual({ value: editor.id, label: editor.name });
    expect(actors).toContainEqual({ value: 'seed', label: 'seed' });
  });

  it('gives a record’s versions with after-images, deleted records included, and names for their ids', async () => {
    const history = await getRecordHistory(db, 'event', eventId);
    expect(history?.versions.map((v) => [v.version, v.action])).toEqual([
      [1, 'create'],
      [2, 'update'],
      [3, 'revert'],
      [4, 'delete'],
    ]);
    expect(history?.current).toMatchObject({ version: 4, deletedAt: expect.any(String) });
    const [v1, v2] = history!.versions;
    const changes = diffRecords(v1!.data, v2!.data);
    expect(changes.map((c) => c.field)).toEqual(['status', 'counterpartyIds']);

    const refs = await describeRecords(db, collectReferences(history!.versions.map((v) => v.data)).values());
    expect(refs.get(`organization:${IDS.org.walmart}`)).toMatchObject({
      label: 'Walmart',
      slug: 'walmart',
      kind: 'retailer',
      deleted: false,
    });
    expect(refs.get(`organization:${IDS.org.xiaomi}`)?.label).toBe('Xiaomi');
    expect(refs.get(`source:${IDS.source.verge}`)?.label).toMatch(/^The Verge: /);

    expect(await getRecordHistory(db, 'event', 'not-a-uuid')).toBeUndefined();
    expect(await getRecordHistory(db, 'event', '00000000-0000-4000-8000-0000000000ff')).toBeUndefined();
  });
});
