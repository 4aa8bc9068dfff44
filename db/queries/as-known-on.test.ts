import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/domain/permissions';
import type { ViewFilters } from '@/lib/view-state/schema';
import type { DatabaseHandle, Db } from '../client';
import { IDS } from '../seed/article';
import { ENGINE, openTestDatabase } from '../testing/test-db';
import { createRecord, deleteRecord, updateRecord } from '../write';
import { getTimelineDataAsKnownOn } from './as-known-on';
import { getTimelineData } from './timeline';

// "As known on" rebuilds the timeline from revisions. Moments are read from the database's own
// clock, to the microsecond (the seed writes several revisions within one millisecond).

let handle: DatabaseHandle;
const none: ViewFilters = { vendors: [], regions: [], types: [], statuses: [] };
const actor: Actor = { kind: 'system', label: 'test' };
const DEAL = IDS.event.attHuaweiDeal;
const CANCEL = IDS.event.attCancels;

function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

const US = sql.raw(`'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'`);

/** The database's clock now, as an ISO string with microseconds. */
async function dbNow(db: Db): Promise<string> {
  const result = await db.execute(sql`select to_char(clock_timestamp() at time zone 'UTC', ${US}) as at`);
  return rowsOf<{ at: string }>(result)[0]!.at;
}

/** When a record's revision `version` was written, with microseconds. */
async function revisionAt(db: Db, entityId: string, version: number): Promise<string> {
  const result = await db.execute(
    sql`select to_char(created_at at time zone 'UTC', ${US}) as at from revisions
        where entity_id = ${entityId} and version = ${version}`,
  );
  return rowsOf<{ at: string }>(result)[0]!.at;
}

async function pause(ms: number) {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

beforeAll(async () => {
  handle = await openTestDatabase({ seed: true });
});
afterAll(async () => {
  await handle?.close();
});

describe(`as known on (${ENGINE})`, () => {
  it('as known now, it is the current timeline, whatever the filters', async () => {
    const now = await dbNow(handle.db);
    for (const filters of [
      none,
      { ...none, vendors: ['xiaomi', 'huawei'] },
      { ...none, regions: ['western-europe'] },
      { ...none, statuses: ['planned', 'cancelled'] as ViewFilters['statuses'] },
      { ...none, types: ['partnership_cancelled'] as ViewFilters['types'] },
    ]) {
      expect(await getTimelineDataAsKnownOn(handle.db, filters, now)).toEqual(
        await getTimelineData(handle.db, filters),
      );
    }
  });

  it('just after the deal was recorded, it is planned and its cancellation does not exist yet', async () => {
    const v1 = await revisionAt(handle.db, DEAL, 1);
    const v2 = await revisionAt(handle.db, DEAL, 2);
    expect(v1 < v2).toBe(true);
    const then = await getTimelineDataAsKnownOn(handle.db, { ...none, vendors: ['huawei'] }, v1);
    expect(then.items.find((i) => i.id === DEAL)?.status).toBe('planned');
    expect(then.items.map((i) => i.id)).not.toContain(CANCEL);
    expect(then.links).toEqual([]);

    const later = await getTimelineDataAsKnownOn(handle.db, { ...none, vendors: ['huawei'] }, v2);
    expect(later.items.find((i) => i.id === DEAL)?.status).toBe('cancelled');
    expect(later.items.map((i) => i.id)).toContain(CANCEL);
    expect(later.links).toContainEqual({ fromId: CANCEL, toId: DEAL, type: 'cancels' });

    // Before anything was recorded there is nothing.
    const before = new Date(Date.parse(v1) - 60_000);
    expect((await getTimelineDataAsKnownOn(handle.db, none, before)).items).toEqual([]);
    // The status filter reads the status as it was then.
    const planned = await getTimelineDataAsKnownOn(handle.db, { ...none, statuses: ['planned'] }, v1);
    expect(planned.items.map((i) => i.id)).toContain(DEAL);
  });

  it('edits, deletions and new records after a moment do not show as known on it', async () => {
    const plan = IDS.event.usPlannedEntry;
    const current = (await getTimelineData(handle.db, none)).items.find((i) => i.id === plan)!;
    const moment = await dbNow(handle.db);
    await pause(5);

    const [revision] = rowsOf<{ version: number }>(
      await handle.db.execute(
        sql`select max(version)::int as version from revisions where entity_id = ${plan}`,
      ),
    );
    await updateRecord(
      handle.db,
      'event',
      plan,
      revision!.version,
      { title: 'Xiaomi delays its US entry', status: 'postponed', date: '2019-06~' },
      actor,
    );
    await deleteRecord(handle.db, 'event', IDS.event.madridStore, 1, actor);
    const xiaomi = (await getTimelineData(handle.db, { ...none, vendors: ['xiaomi'] })).items[0]!.vendor!;
    const created = await createRecord(
      handle.db,
      'event',
      {
        title: 'Xiaomi opens a second store',
        type: 'store_opening',
        status: 'happened',
        vendorId: xiaomi.id,
        date: '2018-05',
      },
      actor,
    );

    const now = await getTimelineData(handle.db, none);
    const nowPlan = now.items.find((i) => i.id === plan)!;
    expect(nowPlan).toMatchObject({ title: 'Xiaomi delays its US entry', status: 'postponed' });
    expect(now.items.map((i) => i.id)).not.toContain(IDS.event.madridStore);
    expect(now.items.map((i) => i.id)).toContain(created.id);
    expect(await getTimelineDataAsKnownOn(handle.db, none, await dbNow(handle.db))).toEqual(now);

    const then = await getTimelineDataAsKnownOn(handle.db, none, moment);
    expect(then.items.find((i) => i.id === plan)).toEqual(current);
    expect(then.items.map((i) => i.id)).toContain(IDS.event.madridStore);
    expect(then.items.map((i) => i.id)).not.toContain(created.id);
    // The vendor filter and the order (date_lo, date_hi, id) work on the old state too.
    const thenXiaomi = await getTimelineDataAsKnownOn(handle.db, { ...none, vendors: ['xiaomi'] }, moment);
    expect(thenXiaomi.items.map((i) => i.id)).toContain(plan);
    const los = then.items.map((i) => i.date.lo);
    expect([...los].sort()).toEqual(los);
  });

  it('truncates at the limit like the live read', async () => {
    const now = await dbNow(handle.db);
    const two = await getTimelineDataAsKnownOn(handle.db, none, now, 2);
    expect(two.items).toHaveLength(2);
    expect(two.truncated).toBe(true);
    expect(two).toEqual(await getTimelineData(handle.db, none, 2));
  });
});
