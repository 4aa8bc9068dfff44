import { count, eq } from 'drizzle-orm';
import type { Actor } from '@/lib/domain/permissions';
import type { EntityType } from '@/lib/domain/vocabulary';
import type { Db, Tx } from '../client';
import { appMeta, events, organizations, regions } from '../schema';
import { createRecord, updateRecord } from '../write';
import { ENTITIES } from '../write/entities';
import { EVENTS, IDS, LINKS, ORGANIZATIONS, PEOPLE, PRODUCTS, REGIONS, SOURCES } from './article';

const SEED_ACTOR: Actor = { kind: 'system', label: 'seed' };
const SEEDED_KEY = 'demo_seeded_at';

async function ensure(db: Db, tx: Tx, type: EntityType, record: { id: string } & object): Promise<boolean> {
  const { id, ...input } = record;
  if (await ENTITIES[type].load(tx, id)) return false;
  await createRecord(db, type, input, SEED_ACTOR, { id, tx });
  return true;
}

/**
 * Writes the founding article's records through the write path (one revision each).
 * Idempotent: a record whose id exists is left alone, whatever its current state.
 */
export async function seedDemo(db: Db): Promise<{ created: number }> {
  return db.transaction((tx) => seedInTransaction(db, tx));
}

async function seedInTransaction(db: Db, tx: Tx): Promise<{ created: number }> {
  let created = 0;
  const add = async (type: EntityType, records: readonly ({ id: string } & object)[]) => {
    for (const record of records) if (await ensure(db, tx, type, record)) created++;
  };
  // Regions before organizations (carriers name their regions).
  await add('region', REGIONS);
  await add('organization', ORGANIZATIONS);
  await add('person', PEOPLE);
  await add('product', PRODUCTS);
  await add('source', SOURCES);
  const dealIsNew = !(await ENTITIES.event.load(tx, IDS.event.attHuaweiDeal));
  await add('event', EVENTS);
  await add('event_link', LINKS);
  if (dealIsNew) {
    // The deal was recorded as planned, then the cancellation was entered: its history says so,
    // and "as known on" a moment in between shows the deal as still planned.
    await updateRecord(db, 'event', IDS.event.attHuaweiDeal, 1, { status: 'cancelled' }, SEED_ACTOR, { tx });
  }
  return { created };
}

/** True when nothing has ever been written (no marker, no records). */
async function isEmpty(db: Db): Promise<boolean> {
  const [marker] = await db.select().from(appMeta).where(eq(appMeta.key, SEEDED_KEY)).limit(1);
  if (marker) return false;
  const [orgs] = await db.select({ n: count() }).from(organizations);
  const [regs] = await db.select({ n: count() }).from(regions);
  const [evts] = await db.select({ n: count() }).from(events);
  return (orgs?.n ?? 0) + (regs?.n ?? 0) + (evts?.n ?? 0) === 0;
}

/**
 * Seeds the demo data into an empty database, once. A database that was seeded before (or
 * holds anyone's records) is never seeded again, so user edits and deletes are never undone.
 */
export async function seedIfEmpty(db: Db): Promise<boolean> {
  if (!(await isEmpty(db))) return false;
  // One transaction: a start interrupted mid-seed leaves an empty database, seeded next time.
  await db.transaction(async (tx) => {
    await seedInTransaction(db, tx);
    await tx
      .insert(appMeta)
      .values({ key: SEEDED_KEY, value: new Date().toISOString() })
      .onConflictDoNothing();
  });
  return true;
}
