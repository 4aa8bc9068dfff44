import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decide, type Actor, type WriteAction } from '@/lib/domain/permissions';
import { ENTITY_TYPES, EVENT_LINK_TYPES, type EntityType } from '@/lib/domain/vocabulary';
import { setUserRole, RoleChangeError } from '../auth/roles';
import type { DatabaseHandle, Db } from '../client';
import { importEvents } from '../import/import-events';
import { revisions, users } from '../schema';
import { IDS } from '../seed/article';
import { openTestDatabase } from '../testing/test-db';
import { ENTITIES } from './entities';
import {
  AuthorizationError,
  createRecord,
  deleteRecord,
  restoreRecord,
  revertRecord,
  updateRecord,
  type RecordImage,
} from './index';

// Authorization lives in the data layer: the write path refuses every role-denied mutation of
// every entity type when called directly, with no route, action or proxy in front, before it
// reads or writes anything. Valid inputs and real target records are used, so a missing check
// would show as a write, not as some other error. (The HTTP side: e2e/security/authz.spec.ts.)

const anonymous: Actor = { kind: 'anonymous' };
const contributor: Actor = {
  kind: 'user',
  id: 'authz-contributor',
  name: 'Authz Contributor',
  role: 'contributor',
};
const editor: Actor = { kind: 'user', id: 'authz-editor', name: 'Authz Editor', role: 'editor' };
const system: Actor = { kind: 'system', label: 'test' };

/** The expected table (lib/domain/permissions.ts, written out): who may do what. */
const MAY: Record<WriteAction, { anonymous: boolean; contributor: boolean }> = {
  create: { anonymous: false, contributor: true },
  update: { anonymous: false, contributor: true },
  delete: { anonymous: false, contributor: false },
  restore: { anonymous: false, contributor: false },
  revert: { anonymous: false, contributor: false },
};
/** Saved views are the exception: anyone may save one. */
const VIEW_CREATE_OPEN = true;

const EVENT_IDS = Object.values(IDS.event);

let handle: DatabaseHandle;
let db: Db;

function validInput(type: EntityType, n: number): Record<string, unknown> {
  const tag = `authz-${type.replace('_', '-')}-${n}`;
  switch (type) {
    case 'organization':
      return { slug: tag, name: `Org ${tag}`, kind: 'vendor' };
    case 'region':
      return { slug: tag, name: `Region ${tag}`, kind: 'country' };
    case 'person':
      return { slug: tag, name: `Person ${tag}` };
    case 'product':
      return { slug: tag, name: `Product ${tag}`, vendorId: IDS.org.xiaomi, category: 'smartphone' };
    case 'source':
      return { outlet: 'Outlet', title: `Source ${tag}` };
    case 'event':
      return {
        title: `Event ${tag}`,
        type: 'statement',
        status: 'happened',
        vendorId: IDS.org.xiaomi,
        date: '2018',
      };
    case 'event_link':
      // (from, to, type) is unique: a different pair each time.
      return {
        fromEventId: EVENT_IDS[n % EVENT_IDS.length],
        toEventId: EVENT_IDS[(n + 1) % EVENT_IDS.length],
        type: EVENT_LINK_TYPES[n % EVENT_LINK_TYPES.length],
        note: tag,
      };
    case 'metric':
      return {
        vendorId: IDS.org.xiaomi,
        regionId: IDS.region.india,
        period: `20${10 + n}-Q1`,
        metric: 'market_share_pct',
        value: 1,
        sourceId: IDS.source.verge,
        quote: `Passage ${tag}`,
      };
    case 'view':
      return { slug: `authzview${n}`, title: `View ${tag}`, state: {}, asKnownOn: null };
  }
}

/** A change that keeps the record valid. */
function validPatch(type: EntityType): Record<string, unknown> {
  switch (type) {
    case 'event':
    case 'source':
    case 'view':
      return { title: 'Changed title' };
    case 'event_link':
      return { note: 'changed' };
    case 'metric':
      return { value: 2 };
    default:
      return { name: 'Changed name' };
  }
}

async function revisionCount(): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(revisions);
  return row!.n;
}

async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

/** Live record at version 2 (so a revert has somewhere to go) and a deleted one, per type. */
const live = new Map<EntityType, RecordImage>();
const deleted = new Map<EntityType, RecordImage>();

beforeAll(async () => {
  handle = await openTestDatabase({ seed: true });
  db = handle.db;
  await db.insert(users).values([
    { id: contributor.id, name: contributor.name, email: 'authz-c@example.test', role: 'contributor' },
    { id: editor.id, name: editor.name, email: 'authz-e@example.test', role: 'editor' },
  ]);
  let n = 0;
  for (const type of ENTITY_TYPES) {
    const a = await createRecord(db, type, validInput(type, ++n), system);
    live.set(type, await updateRecord(db, type, a.id, 1, validPatch(type), system));
    const b = await createRecord(db, type, validInput(type, ++n), system);
    deleted.set(type, await deleteRecord(db, type, b.id, 1, system));
  }
});

afterAll(async () => {
  await handle?.close();
});

function attempt(type: EntityType, action: WriteAction, actor: Actor, n: number): Promise<unknown> {
  const target = action === 'restore' ? deleted.get(type)! : live.get(type)!;
  switch (action) {
    case 'create':
      return createRecord(db, type, validInput(type, 100 + n), actor);
    case 'update':
      return updateRecord(db, type, target.id, target.version, validPatch(type), actor);
    case 'delete':
      return deleteRecord(db, type, target.id, target.version, actor);
    case 'restore':
      return restoreRecord(db, type, target.id, target.version, actor);
    case 'revert':
      return revertRecord(db, type, target.id, 1, target.version, actor);
  }
}

describe('the write path refuses every role-denied mutation when called directly', () => {
  it('covers every entity type the engine knows', () => {
    expect(Object.keys(ENTITIES).sort()).toEqual([...ENTITY_TYPES].sort());
  });

  let n = 0;
  for (const type of ENTITY_TYPES) {
    for (const action of Object.keys(MAY) as WriteAction[]) {
      for (const [who, actor] of [
        ['anonymous', anonymous],
        ['contributor', contributor],
      ] as const) {
        const allowed = type === 'view' && action === 'create' ? VIEW_CREATE_OPEN : MAY[action][who];
        if (allowed) continue;
        it(`${who} may not ${action} a ${type}`, async () => {
          // The table and the rules agree (a change to one without the other fails here).
          expect(decide(actor, action, type).allowed).toBe(false);
          const before = await revisionCount();
          const target = action === 'restore' ? deleted.get(type)! : live.get(type)!;
          const error = await errorOf(attempt(type, action, actor, ++n));
          expect(error).toBeInstanceOf(AuthorizationError);
          expect((error as AuthorizationError).reason).toBe(
            who === 'anonymous' ? 'unauthenticated' : 'forbidden',
          );
          expect(await revisionCount()).toBe(before);
          const now = await ENTITIES[type].load(db, target.id);
          expect(now?.version).toBe(target.version);
          expect(Boolean(now?.deletedAt)).toBe(Boolean(target.deletedAt));
        });
      }
    }
  }

  it('an editor may do all of it (the refusals above are about roles, not the inputs)', async () => {
    const type: EntityType = 'source';
    const made = await createRecord(db, type, validInput(type, 900), editor);
    const changed = await updateRecord(db, type, made.id, 1, validPatch(type), editor);
    const reverted = await revertRecord(db, type, made.id, 1, changed.version, editor);
    const gone = await deleteRecord(db, type, made.id, reverted.version, editor);
    const back = await restoreRecord(db, type, made.id, gone.version, editor);
    expect(back.version).toBe(5);
  });

  it('import refuses anonymous callers and contributors before reading anything', async () => {
    const before = await revisionCount();
    const row = { title: 'Imported', type: 'statement', status: 'happened', vendor: 'xiaomi', date: '2018' };
    for (const [who, actor] of [
      ['unauthenticated', anonymous],
      ['forbidden', contributor],
    ] as const) {
      const error = await errorOf(importEvents(db, actor, [row as never]));
      expect(error).toBeInstanceOf(AuthorizationError);
      expect((error as AuthorizationError).reason).toBe(who);
    }
    expect(await revisionCount()).toBe(before);
  });

  it('only admins change roles, whatever the caller', async () => {
    for (const actor of [anonymous, contributor, editor]) {
      const error = await errorOf(setUserRole(db, actor, contributor.id, 'admin'));
      expect(error).toBeInstanceOf(RoleChangeError);
    }
    const [row] = await db.select({ role: users.role }).from(users).where(eq(users.id, contributor.id));
    expect(row?.role).toBe('contributor');
  });
});
