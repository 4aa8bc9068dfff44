import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/domain/permissions';
import type { DatabaseHandle, Db } from '../client';
import { listMetrics } from '../queries/metrics';
import { metrics, revisions } from '../schema';
import { IDS } from '../seed/article';
import { ENGINE, openTestDatabase } from '../testing/test-db';
import { createRecord, revertRecord, updateRecord, ValidationError } from '.';

// A metric carries the passage of its source that states the figure: required on write, kept
// in every revision's after-image, read back by the metrics query (PGlite and PostgreSQL).

const system: Actor = { kind: 'system', label: 'test' };

let handle: DatabaseHandle;
let db: Db;

beforeAll(async () => {
  handle = await openTestDatabase({ seed: true });
  db = handle.db;
});

afterAll(async () => {
  await handle?.close();
});

const base = {
  vendorId: IDS.org.xiaomi,
  regionId: IDS.region.india,
  metric: 'market_share_pct',
  value: 12.5,
  sourceId: IDS.source.verge,
};

async function refusal(promise: Promise<unknown>): Promise<ValidationError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

async function revisionData(id: string) {
  const rows = await db
    .select({ version: revisions.version, action: revisions.action, data: revisions.data })
    .from(revisions)
    .where(and(eq(revisions.entityType, 'metric'), eq(revisions.entityId, id)))
    .orderBy(asc(revisions.version));
  return rows.map((r) => ({
    version: r.version,
    action: r.action,
    quote: (r.data as { quote?: unknown }).quote,
  }));
}

describe(`metric quotes (${ENGINE})`, () => {
  it('refuses a metric without a quote, or with a blank or overlong one, writing nothing', async () => {
    for (const quote of [undefined, '', '   ', 'x'.repeat(5001)]) {
      const error = await refusal(createRecord(db, 'metric', { ...base, period: '2011-Q1', quote }, system));
      expect(Object.keys(error.fieldErrors)).toEqual(['quote']);
    }
    expect(await db.select().from(metrics).where(eq(metrics.period, '2011-Q1'))).toEqual([]);
  });

  it('stores the quote (trimmed), keeps it in the revisions and reads it back; revert restores it', async () => {
    const created = await createRecord(
      db,
      'metric',
      { ...base, period: '2012-Q1', quote: '  Xiaomi held 12.5% of the Indian market.  ' },
      system,
    );
    expect(created.quote).toBe('Xiaomi held 12.5% of the Indian market.');
    const [row] = await db.select().from(metrics).where(eq(metrics.id, created.id));
    expect(row!.quote).toBe('Xiaomi held 12.5% of the Indian market.');

    const updated = await updateRecord(
      db,
      'metric',
      created.id,
      1,
      { quote: 'A corrected passage.' },
      system,
    );
    expect(updated).toMatchObject({ version: 2, quote: 'A corrected passage.', value: 12.5 });
    await revertRecord(db, 'metric', created.id, 1, 2, system);

    expect(await revisionData(created.id)).toEqual([
      { version: 1, action: 'create', quote: 'Xiaomi held 12.5% of the Indian market.' },
      { version: 2, action: 'update', quote: 'A corrected passage.' },
      { version: 3, action: 'revert', quote: 'Xiaomi held 12.5% of the Indian market.' },
    ]);
    const [point] = await listMetrics(db, {
      vendor: 'xiaomi',
      region: 'india',
      from: '2012-01-01',
      to: '2012-01-01',
    });
    expect(point).toMatchObject({
      period: '2012-Q1',
      quote: 'Xiaomi held 12.5% of the Indian market.',
      version: 3,
    });
  });

  it('a value recorded before quotes reads with an empty quote, and needs one to be edited', async () => {
    const [legacy] = await db
      .insert(metrics)
      .values({ ...base, metric: 'market_share_pct', period: '2013-Q1', periodStart: '2013-01-01', value: 3 })
      .returning();
    expect(legacy!.quote).toBe('');
    const [point] = await listMetrics(db, {
      vendor: 'xiaomi',
      region: 'india',
      from: '2013-01-01',
      to: '2013-01-01',
    });
    expect(point!.quote).toBe('');

    const error = await refusal(updateRecord(db, 'metric', legacy!.id, 1, { value: 4 }, system));
    expect(Object.keys(error.fieldErrors)).toEqual(['quote']);
    const fixed = await updateRecord(db, 'metric', legacy!.id, 1, { value: 4, quote: 'Now quoted.' }, system);
    expect(fixed).toMatchObject({ value: 4, quote: 'Now quoted.', version: 2 });
  });
});
