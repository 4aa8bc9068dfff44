import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/domain/permissions';
import type { DatabaseHandle, Db } from '../client';
import { getEventDetail, listEvents } from '../queries/events';
import { revisions, users } from '../schema';
import { IDS } from '../seed/article';
import { countRows, ENGINE, openTestDatabase } from '../testing/test-db';
import {
  AuthorizationError,
  ConflictError,
  createRecord,
  deleteRecord,
  restoreRecord,
  revertRecord,
  updateRecord,
  ValidationError,
  type RecordImage,
} from './index';

const contributor: Actor = { kind: 'user', id: 'u-contrib', name: 'Casey Contributor', role: 'contributor' };
const editor: Actor = { kind: 'user', id: 'u-editor', name: 'Eddie Editor', role: 'editor' };
const system: Actor = { kind: 'system', label: 'test' };

let handle: DatabaseHandle;
let db: Db;

async function revisionsOf(id: string) {
  return db.select().from(revisions).where(eq(revisions.entityId, id)).orderBy(revisions.version);
}

async function expectReject<T extends Error>(
  promise: Promise<unknown>,
  type: new (...args: never[]) => T,
): Promise<T> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(type);
  return error as T;
}

const newEvent = (overrides: Record<string, unknown> = {}) => ({
  title: 'Xiaomi enters the UK',
  type: 'market_entry',
  status: 'happened',
  vendorId: IDS.org.xiaomi,
  regionId: IDS.region.spain,
  date: 'November 2018',
  citations: [{ sourceId: IDS.source.verge, quote: 'A quote' }],
  ...overrides,
});

beforeAll(async () => {
  handle = await openTestDatabase({ seed: true });
  db = handle.db;
  // Users referenced by revisions.actor_id must exist.
  await db.insert(users).values([
    { id: 'u-contrib', name: 'Casey Contributor', email: 'c@example.test', role: 'contributor' },
    { id: 'u-editor', name: 'Eddie Editor', email: 'e@example.test', role: 'editor' },
  ]);
});

afterAll(async () => {
  await handle?.close();
});

describe(`write path (${ENGINE})`, () => {
  it('creates a record with exactly one revision holding the full after-image', async () => {
    const created = await createRecord(db, 'event', newEvent(), contributor);
    expect(created.version).toBe(1);
    expect(created.date).toBe('2018-11');
    const revs = await revisionsOf(created.id);
    expect(revs).toHaveLength(1);
    expect(revs[0]).toMatchObject({
      version: 1,
      action: 'create',
      actorId: 'u-contrib',
      actorLabel: 'Casey Contributor',
    });
    expect(revs[0]!.data).toEqual(created);
    const detail = await getEventDetail(db, created.id);
    expect(detail?.date).toMatchObject({ lo: '2018-11-01', hi: '2018-11-30', precision: 'month' });
  });

  it('updates with the version read, and refuses a stale version with the current record', async () => {
    const created = await createRecord(db, 'event', newEvent({ title: 'Stale test' }), contributor);
    const updated = await updateRecord(db, 'event', created.id, 1, { status: 'cancelled' }, contributor);
    expect(updated.version).toBe(2);
    expect(updated.status).toBe('cancelled');
    expect(updated.title).toBe('Stale test');

    const conflict = await expectReject(
      updateRecord(db, 'event', created.id, 1, { title: 'Overwrite attempt' }, contributor),
      ConflictError,
    );
    expect(conflict.current.version).toBe(2);
    expect(conflict.current.status).toBe('cancelled');
    expect(conflict.expectedVersion).toBe(1);
    const after = await getEventDetail(db, created.id);
    expect(after?.title).toBe('Stale test');
    expect(await revisionsOf(created.id)).toHaveLength(2);
  });

  it('lets exactly one of two concurrent updates from the same version win', async () => {
    const created = await createRecord(db, 'event', newEvent({ title: 'Race' }), contributor);
    const results = await Promise.allSettled([
      updateRecord(db, 'event', created.id, 1, { title: 'Race A' }, contributor),
      updateRecord(db, 'event', created.id, 1, { title: 'Race B' }, editor),
    ]);
    const fulfilled = results.filter((r) => r.status === 'fulfilled');
    const rejected = results.filter((r) => r.status === 'rejected');
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect((rejected[0] as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    const revs = await revisionsOf(created.id);
    expect(revs.map((r) => r.version)).toEqual([1, 2]);
    const winner = (fulfilled[0] as PromiseFulfilledResult<RecordImage>).value.title;
    expect((await getEventDetail(db, created.id))?.title).toBe(winner);
  });

  it('refuses invalid input with field messages and writes nothing', async () => {
    const before = await countRows(handle, 'revisions');
    const error = await expectReject(
      createRecord(db, 'event', newEvent({ title: '', date: '2018-13' }), contributor),
      ValidationError,
    );
    expect(error.fieldErrors.title?.[0]).toMatch(/required/i);
    expect(error.fieldErrors.date?.[0]).toMatch(/13/);
    expect(await countRows(handle, 'revisions')).toBe(before);
  });

  it('refuses a javascript: source URL on the url field', async () => {
    const error = await expectReject(
      createRecord(db, 'source', { url: 'javascript:alert(1)', outlet: 'X', title: 'Y' }, contributor),
      ValidationError,
    );
    expect(Object.keys(error.fieldErrors)).toEqual(['url']);
  });

  it('checks references: a vendor id must name a live vendor', async () => {
    const error = await expectReject(
      createRecord(db, 'event', newEvent({ vendorId: IDS.org.att }), contributor),
      ValidationError,
    );
    expect(error.fieldErrors.vendorId?.[0]).toMatch(/carrier, not a vendor/);
  });

  it('reports a taken slug on the slug field', async () => {
    const error = await expectReject(
      createRecord(db, 'organization', { slug: 'xiaomi', name: 'Another', kind: 'vendor' }, contributor),
      ValidationError,
    );
    expect(error.fieldErrors.slug).toBeDefined();
  });

  it('deletes softly: hidden from reads, restorable, each step one revision', async () => {
    const created = await createRecord(db, 'event', newEvent({ title: 'Soft delete me' }), contributor);
    await expectReject(deleteRecord(db, 'event', created.id, 1, contributor), AuthorizationError);
    const deleted = await deleteRecord(db, 'event', created.id, 1, editor);
    expect(deleted.deletedAt).not.toBeNull();
    expect(await getEventDetail(db, created.id)).toBeNull();
    const listed = await listEvents(db, { q: 'Soft delete me', limit: 10 });
    expect(listed.items).toHaveLength(0);
    // The row is still there.
    const restored = await restoreRecord(db, 'event', created.id, 2, editor);
    expect(restored.deletedAt).toBeNull();
    expect((await listEvents(db, { q: 'Soft delete me', limit: 10 })).items).toHaveLength(1);
    const revs = await revisionsOf(created.id);
    expect(revs.map((r) => r.action)).toEqual(['create', 'delete', 'restore']);
  });

  it('refuses anonymous writes and lets only editors delete', async () => {
    const anonymous = await expectReject(
      createRecord(db, 'event', newEvent(), { kind: 'anonymous' }),
      AuthorizationError,
    );
    expect(anonymous.reason).toBe('unauthenticated');
    const created = await createRecord(db, 'event', newEvent({ title: 'Role test' }), contributor);
    const forbidden = await expectReject(
      deleteRecord(db, 'event', created.id, 1, contributor),
      AuthorizationError,
    );
    expect(forbidden.reason).toBe('forbidden');
    expect((await revisionsOf(created.id)).length).toBe(1);
  });

  it('reverts to an earlier version as a new revision', async () => {
    const created = await createRecord(db, 'event', newEvent({ title: 'Original title' }), contributor);
    await updateRecord(db, 'event', created.id, 1, { title: 'Changed title', date: 'Q4 2018' }, contributor);
    const reverted = await revertRecord(db, 'event', created.id, 1, 2, editor);
    expect(reverted).toMatchObject({ version: 3, title: 'Original title', date: '2018-11' });
    const revs = await revisionsOf(created.id);
    expect(revs.map((r) => r.action)).toEqual(['create', 'update', 'revert']);
    await expectReject(revertRecord(db, 'event', created.id, 1, 3, contributor), AuthorizationError);
  });

  it('keeps one revision per version for every record, seed included', async () => {
    const rows = await db
      .select({ type: revisions.entityType, id: revisions.entityId, version: revisions.version })
      .from(revisions);
    const byRecord = new Map<string, number[]>();
    for (const r of rows)
      byRecord.set(`${r.type}:${r.id}`, [...(byRecord.get(`${r.type}:${r.id}`) ?? []), r.version]);
    for (const versions of byRecord.values()) {
      versions.sort((a, b) => a - b);
      expect(versions).toEqual(versions.map((_, i) => i + 1));
    }
    const deal = await db
      .select()
      .from(revisions)
      .where(and(eq(revisions.entityType, 'event'), eq(revisions.entityId, IDS.event.attHuaweiDeal)))
      .orderBy(revisions.version);
    expect(deal.map((r) => (r.data as { status: string }).status)).toEqual(['planned', 'cancelled']);
  });

  it('writes nothing when one write of a shared transaction fails (all or nothing)', async () => {
    const before = await countRows(handle, 'events');
    await expect(
      db.transaction(async (tx) => {
        await createRecord(db, 'event', newEvent({ title: 'Batch 1' }), system, { tx });
        await createRecord(db, 'event', newEvent({ title: 'Batch 2', date: 'someday' }), system, { tx });
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await countRows(handle, 'events')).toBe(before);
  });
});
