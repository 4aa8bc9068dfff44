import { and, eq, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/domain/permissions';
import { parseMetricCsv } from '@/lib/metrics/import';
import type { DatabaseHandle, Db } from '../client';
import { importMetrics } from '../import/import-metrics';
import { metrics, revisions, sources, users } from '../schema';
import { IDS } from '../seed/article';
import { ENGINE, openTestDatabase } from '../testing/test-db';
import { AuthorizationError, createRecord } from '../write';
import { listEvents } from './events';
import { iterateEvents, listPendingPlans } from './feeds';
import { listMetricEventMarkers, listMetrics, metricCoverage } from './metrics';

// Queries of the exports, feeds and metrics, on the seeded founding article (PGlite and PostgreSQL).

const editor: Actor = { kind: 'user', id: 'u-metrics-editor', name: 'Mia Metrics', role: 'editor' };
const contributor: Actor = {
  kind: 'user',
  id: 'u-metrics-contrib',
  name: 'Cal Contrib',
  role: 'contributor',
};
const system: Actor = { kind: 'system', label: 'test' };

let handle: DatabaseHandle;
let db: Db;

beforeAll(async () => {
  handle = await openTestDatabase({ seed: true });
  db = handle.db;
  await db.insert(users).values([
    { id: editor.id, name: editor.name, email: 'mia@example.test', role: 'editor' },
    { id: contributor.id, name: contributor.name, email: 'cal@example.test', role: 'contributor' },
  ]);
});

afterAll(async () => {
  await handle?.close();
});

function rows(csv: string) {
  const parsed = parseMetricCsv(csv);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.rows;
}

const HEADER = 'vendor,region,period,metric,value,source_url,source_outlet,source_title,quote\n';

describe(`exports and feeds (${ENGINE})`, () => {
  it('walks every matching event in pages, in the listing order', async () => {
    const pages: string[][] = [];
    for await (const page of iterateEvents(db, { vendor: ['huawei'] }, 2)) pages.push(page.map((e) => e.id));
    const all = pages.flat();
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.every((p) => p.length <= 2)).toBe(true);
    const listed = await listEvents(db, { vendor: ['huawei'], limit: 200 });
    expect(all).toEqual(listed.items.map((e) => e.id));
    expect(all).toContain(IDS.event.attHuaweiDeal);
    expect(new Set(all).size).toBe(all.length);
  });

  it('lists pending plans with their windows, leaving out plans with an outcome', async () => {
    const plans = await listPendingPlans(db, {});
    const ids = plans.map((p) => p.id);
    expect(ids).toContain(IDS.event.usPlannedEntry);
    // The AT&T deal is cancelled (and a cancelling event links to it).
    expect(ids).not.toContain(IDS.event.attHuaweiDeal);
    const xiaomi = plans.find((p) => p.id === IDS.event.usPlannedEntry)!;
    expect(xiaomi.date.lo).toBe('2018-12-01');
    expect(xiaomi.date.hi).toBe('2019-03-31');

    expect((await listPendingPlans(db, { vendor: ['xiaomi'] })).map((p) => p.id)).toContain(
      IDS.event.usPlannedEntry,
    );
    expect(await listPendingPlans(db, { vendor: ['huawei'] })).toEqual([]);
    // A region includes its members: North America holds the United States.
    expect((await listPendingPlans(db, { region: ['north-america'] })).map((p) => p.id)).toContain(
      IDS.event.usPlannedEntry,
    );
    expect(await listPendingPlans(db, { region: ['india'] })).toEqual([]);
  });

  it('drops a plan once an event that happened fulfils it', async () => {
    const plan = await createRecord(
      db,
      'event',
      {
        title: 'Feed test plan',
        type: 'planned_entry',
        status: 'announced',
        vendorId: IDS.org.xiaomi,
        regionId: IDS.region.india,
        date: '2031-05',
        citations: [{ sourceId: IDS.source.digitalcutlet }],
      },
      system,
    );
    expect((await listPendingPlans(db, { region: ['india'] })).map((p) => p.id)).toEqual([plan.id]);
    const outcome = await createRecord(
      db,
      'event',
      {
        title: 'Feed test entry',
        type: 'market_entry',
        status: 'happened',
        vendorId: IDS.org.xiaomi,
        regionId: IDS.region.india,
        date: '2031-06',
        citations: [{ sourceId: IDS.source.digitalcutlet }],
      },
      system,
    );
    await createRecord(
      db,
      'event_link',
      { fromEventId: outcome.id, toEventId: plan.id, type: 'fulfils' },
      system,
    );
    expect(await listPendingPlans(db, { region: ['india'] })).toEqual([]);
  });
});

describe(`metrics (${ENGINE})`, () => {
  it('the demo has no metrics', async () => {
    expect((await metricCoverage(db)).count).toBe(0);
    expect(await listMetrics(db, {})).toEqual([]);
  });

  it('refuses contributors', async () => {
    await expect(
      importMetrics(
        db,
        contributor,
        rows(
          `${HEADER}xiaomi,india,2018-Q1,market_share_pct,1,https://metrics.test/a,O,T,"Quoted: market_share_pct 2018-Q1"\n`,
        ),
      ),
    ).rejects.toBeInstanceOf(AuthorizationError);
  });

  it('writes nothing when one row is bad, and reports it', async () => {
    const before = await db.select({ n: sql<number>`count(*)::int` }).from(revisions);
    const outcome = await importMetrics(
      db,
      editor,
      rows(
        `${HEADER}xiaomi,india,2018-Q1,market_share_pct,10,https://metrics.test/a,Metrics Outlet,India Q1,"Quoted: market_share_pct 2018-Q1"\nxiaomi,india,2018-Q2,market_share_pct,ten,https://metrics.test/a,,,"Quoted: market_share_pct 2018-Q2"\n`,
      ),
    );
    expect(outcome).toEqual({ ok: false, errors: [expect.objectContaining({ row: 3, column: 'value' })] });
    const after = await db.select({ n: sql<number>`count(*)::int` }).from(revisions);
    expect(after[0]!.n).toBe(before[0]!.n);
    expect(await db.select().from(sources).where(eq(sources.url, 'https://metrics.test/a'))).toEqual([]);
  });

  it('imports a good file in one transaction, one revision each, and reads it back', async () => {
    const outcome = await importMetrics(
      db,
      editor,
      rows(
        `${HEADER}xiaomi,united-states,2018-Q3,market_share_pct,0.5,https://metrics.test/us,Metrics Outlet,US share,"Quoted: market_share_pct 2018-Q3"\nxiaomi,united-states,2018-Q4,market_share_pct,0.75,https://metrics.test/us,,,"Quoted: market_share_pct 2018-Q4"\nxiaomi,united-states,2019-Q1,market_share_pct,1.25,https://metrics.test/us,,,"Quoted: market_share_pct 2019-Q1"\nxiaomi,india,2018-Q4,shipments_units,9000000,https://metrics.test/us,,,"Quoted: shipments_units 2018-Q4"\n`,
      ),
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.result).toMatchObject({ created: 4, sourcesCreated: 1, dryRun: false });
    const metricRevisions = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(revisions)
      .where(and(eq(revisions.entityType, 'metric'), eq(revisions.actorId, editor.id)));
    expect(metricRevisions[0]!.n).toBe(4);

    const us = await listMetrics(db, {
      vendor: 'xiaomi',
      region: 'united-states',
      measure: 'market_share_pct',
    });
    expect(us.map((p) => [p.period, p.value])).toEqual([
      ['2018-Q3', 0.5],
      ['2018-Q4', 0.75],
      ['2019-Q1', 1.25],
    ]);
    expect(us[0]!.source).toMatchObject({ outlet: 'Metrics Outlet', url: 'https://metrics.test/us' });
    expect(us.map((p) => p.quote)).toEqual([
      'Quoted: market_share_pct 2018-Q3',
      'Quoted: market_share_pct 2018-Q4',
      'Quoted: market_share_pct 2019-Q1',
    ]);
    expect(
      (await listMetrics(db, { vendor: 'xiaomi', from: '2018-10-01', to: '2018-12-31' })).map(
        (p) => p.period,
      ),
    ).toEqual(['2018-Q4', '2018-Q4']);
    const coverage = await metricCoverage(db);
    expect(coverage.count).toBe(4);
    expect(coverage.vendors).toEqual([{ slug: 'xiaomi', name: 'Xiaomi', points: 4 }]);

    const markers = await listMetricEventMarkers(db, [{ vendorId: IDS.org.xiaomi, regionId: IDS.region.us }]);
    expect(markers.map((m) => m.id)).toEqual(
      expect.arrayContaining([IDS.event.usPlannedEntry, IDS.event.walmart]),
    );
    expect(markers.every((m) => m.vendorId === IDS.org.xiaomi && m.regionId === IDS.region.us)).toBe(true);
  });

  it('refuses a point already recorded, naming the row', async () => {
    const outcome = await importMetrics(
      db,
      editor,
      rows(
        `${HEADER}xiaomi,united-states,2018-Q4,market_share_pct,0.8,https://metrics.test/us,,,"Quoted: market_share_pct 2018-Q4"\n`,
      ),
    );
    expect(outcome).toEqual({ ok: false, errors: [expect.objectContaining({ row: 2, column: 'period' })] });
    const live = await db
      .select()
      .from(metrics)
      .where(
        and(eq(metrics.period, '2018-Q4'), eq(metrics.metric, 'market_share_pct'), isNull(metrics.deletedAt)),
      );
    expect(live.map((m) => Number(m.value))).toEqual([0.75]);
  });
});
