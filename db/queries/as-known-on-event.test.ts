import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/domain/permissions';
import type { DatabaseHandle, Db } from '../client';
import { IDS } from '../seed/article';
import { ENGINE, openTestDatabase } from '../testing/test-db';
import { createRecord, deleteRecord, updateRecord } from '../write';
import { getEventAsKnownOn } from './as-known-on';
import { getEventDetail } from './events';

// The detail panel "as known on" a moment: the event's sources, quotes and links as they were
// recorded then, not now's. Moments come from the database's clock, to the microsecond.

let handle: DatabaseHandle;
const actor: Actor = { kind: 'system', label: 'test' };
const DEAL = IDS.event.attHuaweiDeal;
const CANCEL = IDS.event.attCancels;

function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

const US = sql.raw(`'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'`);

async function dbNow(db: Db): Promise<string> {
  const result = await db.execute(sql`select to_char(clock_timestamp() at time zone 'UTC', ${US}) as at`);
  return rowsOf<{ at: string }>(result)[0]!.at;
}

async function versionOf(db: Db, id: string): Promise<number> {
  const [row] = rowsOf<{ version: number }>(
    await db.execute(sql`select max(version)::int as version from revisions where entity_id = ${id}`),
  );
  return row!.version;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  handle = await openTestDatabase({ seed: true });
});
afterAll(async () => {
  await handle?.close();
});

describe(`an event as known on a moment (${ENGINE})`, () => {
  it('as known now, it has the current sources, quotes and links', async () => {
    const now = await getEventAsKnownOn(handle.db, DEAL, await dbNow(handle.db));
    const detail = (await getEventDetail(handle.db, DEAL))!;
    expect(now).toMatchObject({
      id: DEAL,
      title: detail.title,
      status: detail.status,
      date: detail.date,
      sources: detail.sources,
      links: detail.links,
    });
    expect(now!.links.map((l) => [l.type, l.direction, l.event.id])).toContainEqual([
      'cancels',
      'incoming',
      CANCEL,
    ]);
  });

  it('shows the sources and links recorded then, not those added or changed later', async () => {
    const before = (await getEventAsKnownOn(handle.db, DEAL, await dbNow(handle.db)))!;
    const moment = await dbNow(handle.db);
    await pause(5);

    // Later: a new source cited with a new quote, the old source renamed, a new link, the
    // cancellation link removed, the linked event retitled.
    const source = await createRecord(
      handle.db,
      'source',
      { outlet: 'Later Outlet', title: 'A later report', url: 'https://example.com/later' },
      actor,
    );
    await updateRecord(
      handle.db,
      'event',
      DEAL,
      await versionOf(handle.db, DEAL),
      {
        citations: [
          ...before.sources.map((c) => ({
            sourceId: c.sourceId,
            quote: c.quote,
            stance: c.stance,
            note: c.note,
          })),
          { sourceId: source.id, quote: 'A quote added later.' },
        ],
      },
      actor,
    );
    const oldSource = before.sources[0]!.sourceId;
    await updateRecord(
      handle.db,
      'source',
      oldSource,
      await versionOf(handle.db, oldSource),
      { title: 'Renamed later' },
      actor,
    );
    const link = await createRecord(
      handle.db,
      'event_link',
      { fromEventId: IDS.event.usPlannedEntry, toEventId: DEAL, type: 'responds_to', note: 'added later' },
      actor,
    );
    await deleteRecord(
      handle.db,
      'event_link',
      IDS.link.cancels,
      await versionOf(handle.db, IDS.link.cancels),
      actor,
    );
    await updateRecord(
      handle.db,
      'event',
      CANCEL,
      await versionOf(handle.db, CANCEL),
      { title: 'AT&T drops Huawei (retitled later)' },
      actor,
    );

    // Now: the later state.
    const now = (await getEventAsKnownOn(handle.db, DEAL, await dbNow(handle.db)))!;
    expect(now.sources.map((c) => c.sourceId)).toContain(source.id);
    expect(now.sources.find((c) => c.sourceId === oldSource)?.title).toBe('Renamed later');
    expect(now.links.map((l) => l.linkId)).toContain(link.id);
    expect(now.links.map((l) => l.linkId)).not.toContain(IDS.link.cancels);
    const current = (await getEventDetail(handle.db, DEAL))!;
    expect(now.sources).toEqual(current.sources);
    expect(now.links).toEqual(current.links);

    // Then: exactly the earlier state.
    const then = (await getEventAsKnownOn(handle.db, DEAL, moment))!;
    expect(then.sources).toEqual(before.sources);
    expect(then.links).toEqual(before.links);
    expect(then.sources.map((c) => c.sourceId)).not.toContain(source.id);
    expect(then.sources.map((c) => c.quote)).not.toContain('A quote added later.');
    expect(then.sources.find((c) => c.sourceId === oldSource)?.title).not.toBe('Renamed later');
    expect(then.links.map((l) => l.linkId)).not.toContain(link.id);
    const cancels = then.links.find((l) => l.linkId === IDS.link.cancels);
    expect(cancels?.event).toMatchObject({
      id: CANCEL,
      title: 'AT&T cancels its Huawei deal at the last minute',
    });
  });

  it('is null before the event was recorded, and for ids that are not UUIDs', async () => {
    const [first] = rowsOf<{ at: string }>(
      await handle.db.execute(
        sql`select to_char(min(created_at) at time zone 'UTC', ${US}) as at from revisions where entity_id = ${DEAL}`,
      ),
    );
    const earlier = new Date(Date.parse(first!.at) - 60_000).toISOString();
    expect(await getEventAsKnownOn(handle.db, DEAL, earlier)).toBeNull();
    expect(await getEventAsKnownOn(handle.db, 'not-a-uuid', await dbNow(handle.db))).toBeNull();
  });
});
