import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, type DashboardFilters, type PresenceMatrix } from '@/lib/dashboard/types';
import { presenceStateOf } from '@/lib/domain/presence';
import { EVENT_STATUSES, EVENT_TYPES } from '@/lib/domain/vocabulary';
import type { DatabaseHandle } from '../client';
import { IDS } from '../seed/article';
import { ENGINE, openTestDatabase } from '../testing/test-db';
import { createRecord, deleteRecord } from '../write';
import { getDashboard, getRegionRollup, rowsOf } from './dashboard';
import { rankCase, STATE_OF_RANK } from './dashboard-sql';

const TODAY = '2026-11-24';
const f = (partial: Partial<DashboardFilters> = {}): DashboardFilters => ({ ...EMPTY_FILTERS, ...partial });
const cell = (m: PresenceMatrix, vendor: string, region: string) =>
  m.cells.find((c) => c.vendor === vendor && c.region === region)?.state ?? 'absent';
const system = { kind: 'system', label: 'test' } as const;

describe(`dashboard on the seed (${ENGINE})`, () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase({ seed: true });
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('derives the presence matrix: Xiaomi entered Spain (Madrid), established in India and China, planned in the US', async () => {
    const { matrix } = await getDashboard(handle.db, f(), { today: TODAY });
    expect(matrix!.vendors.map((v) => v.slug)).toEqual(['huawei', 'xiaomi', 'zte']);
    expect(matrix!.regions.map((r) => r.slug).sort()).toEqual(['china', 'india', 'spain', 'united-states']);
    expect(cell(matrix!, 'xiaomi', 'spain')).toBe('entered');
    expect(cell(matrix!, 'xiaomi', 'india')).toBe('established');
    expect(cell(matrix!, 'xiaomi', 'china')).toBe('established');
    expect(cell(matrix!, 'xiaomi', 'united-states')).toBe('planned');
    // The AT&T deal was cancelled (and its cancellation recorded): Huawei's US cell says so.
    expect(cell(matrix!, 'huawei', 'united-states')).toBe('cancelled');
    expect(cell(matrix!, 'zte', 'united-states')).toBe('entered');
    expect(cell(matrix!, 'huawei', 'spain')).toBe('absent');
    // Counts are all the cell's events (the link lists them): Huawei has 4 in the US.
    expect(matrix!.cells.find((c) => c.vendor === 'huawei' && c.region === 'united-states')!.events).toBe(4);
    expect(matrix!.regions.find((r) => r.slug === 'spain')!.isoNumeric).toBe('724');
  });

  it('counts the headline figures, with the US plan overdue', async () => {
    const { headline } = await getDashboard(handle.db, f(), { today: TODAY, panels: ['headline'] });
    expect(headline).toEqual({ vendors: 3, regions: 4, events: 10, plansPending: 1, plansOverdue: 1 });
    // Before its window ended, the plan was pending but not overdue.
    const early = await getDashboard(handle.db, f(), {
      today: '2018-06-01',
      panels: ['headline', 'upcoming', 'overdue'],
    });
    expect(early.headline).toMatchObject({ plansPending: 1, plansOverdue: 0 });
    expect(early.upcoming!.map((e) => e.id)).toEqual([IDS.event.usPlannedEntry]);
    expect(early.overdue).toEqual([]);
  });

  it('lists overdue plans with their windows in words; the cancelled AT&T deal is not a plan', async () => {
    const data = await getDashboard(handle.db, f(), { today: TODAY, panels: ['upcoming', 'overdue'] });
    expect(data.upcoming).toEqual([]);
    expect(data.overdue!.map((e) => e.id)).toEqual([IDS.event.usPlannedEntry]);
    expect(data.overdue![0]!.date.label).toMatch(/2018.*2019/);
  });

  it('counts events per quarter and type, filling empty quarters', async () => {
    const { quarters } = await getDashboard(handle.db, f(), { today: TODAY, panels: ['quarters'] });
    expect(quarters!.map((q) => q.quarter)).toEqual(['2017-Q4', '2018-Q1', '2018-Q2', '2018-Q3', '2018-Q4']);
    expect(quarters![0]).toEqual({ quarter: '2017-Q4', total: 1, counts: { store_opening: 1 } });
    expect(quarters![1]!.total).toBe(8);
    expect(quarters![1]!.counts).toMatchObject({ presence: 2, statement: 2, carrier_partnership: 2 });
    expect(quarters![2]!.total).toBe(0);
    expect(quarters![4]!.counts).toEqual({ planned_entry: 1 });
    expect(quarters!.reduce((n, q) => n + q.total, 0)).toBe(10);
  });

  it('counts entries by region, rolled up to the country', async () => {
    const { regions } = await getDashboard(handle.db, f(), { today: TODAY, panels: ['regions'] });
    const bySlug = Object.fromEntries(regions!.map((r) => [r.region.slug, r.counts]));
    expect(bySlug.spain).toMatchObject({ entered: 1 });
    expect(bySlug.india).toMatchObject({ established: 1 });
    expect(bySlug['united-states']).toMatchObject({ entered: 1, planned: 1, cancelled: 2 });
  });

  it('applies the filters to every panel', async () => {
    const data = await getDashboard(handle.db, f({ vendor: ['huawei'] }), { today: TODAY });
    expect(data.headline).toMatchObject({ vendors: 1, events: 4, plansPending: 0, plansOverdue: 0 });
    expect(data.matrix!.vendors.map((v) => v.slug)).toEqual(['huawei']);
    expect(data.matrix!.regions.map((r) => r.slug)).toEqual(['united-states']);
    expect(data.overdue).toEqual([]);
    expect(data.changes!.every((c) => c.entityType === 'event')).toBe(true);
    expect(data.changes!.map((c) => c.label)).toContain(
      'Huawei and AT&T deal to sell Huawei phones in the US',
    );

    const west = await getDashboard(handle.db, f({ region: ['western-europe'] }), { today: TODAY });
    expect(west.headline).toMatchObject({ events: 1, vendors: 1 });
    expect(west.matrix!.regions.map((r) => r.slug)).toEqual(['spain']);

    const period = await getDashboard(handle.db, f({ from: '2019-01-01', to: '2019-12-31' }), {
      today: TODAY,
    });
    expect(period.headline).toMatchObject({ events: 1, plansOverdue: 1 });
    expect(period.quarters!.map((q) => q.quarter)).toEqual(['2018-Q4']);

    const types = await getDashboard(handle.db, f({ type: ['statement'], status: ['happened'] }), {
      today: TODAY,
    });
    expect(types.headline!.events).toBe(2);
    expect(types.matrix!.cells).toEqual([]);
  });

  it('rolls up Western Europe, Europe, Asia and the World per vendor', async () => {
    const west = await getRegionRollup(handle.db, 'western-europe');
    expect(west!.members.map((m) => m.slug)).toEqual(['spain']);
    expect(west!.vendors).toHaveLength(1);
    expect(west!.vendors[0]).toMatchObject({
      vendor: { slug: 'xiaomi' },
      firstEntry: { eventId: IDS.event.madridStore, dateLo: '2017-11-01', member: { slug: 'spain' } },
      membersEntered: 1,
      membersTotal: 1,
      share: 1,
    });
    const world = await getRegionRollup(handle.db, 'world');
    const byVendor = Object.fromEntries(world!.vendors.map((v) => [v.vendor.slug, v]));
    expect(Object.keys(byVendor).sort()).toEqual(['xiaomi', 'zte']);
    expect(byVendor.xiaomi).toMatchObject({
      membersEntered: 2,
      membersTotal: 3,
      firstEntry: { member: { slug: 'europe' } },
    });
    expect(byVendor.zte).toMatchObject({
      membersEntered: 1,
      membersTotal: 3,
      firstEntry: { member: { slug: 'north-america' } },
    });
    const spain = await getRegionRollup(handle.db, 'spain');
    expect(spain!.vendors.map((v) => [v.vendor.slug, v.firstEntry.member.slug, v.share])).toEqual([
      ['xiaomi', 'madrid', 1],
    ]);
    expect((await getRegionRollup(handle.db, 'india'))!.vendors).toEqual([]);
    expect(await getRegionRollup(handle.db, 'atlantis')).toBeNull();
  });

  it('computes the same presence state in SQL as presenceStateOf, for every type and status', async () => {
    const pairs = EVENT_TYPES.flatMap((type) => EVENT_STATUSES.map((status) => ({ type, status })));
    const values = sql.join(
      pairs.map((p) => sql`(${p.type}, ${p.status})`),
      sql`, `,
    );
    const rows = await rowsOf<{ type: string; status: string; rank: number | null }>(
      handle.db,
      sql`select type, status, ${rankCase} as rank from (values ${values}) as v(type, status)`,
    );
    expect(rows).toHaveLength(pairs.length);
    for (const row of rows) {
      const expected = presenceStateOf(row.type as never, row.status as never);
      expect([row.type, row.status, row.rank === null ? null : STATE_OF_RANK[row.rank]]).toEqual([
        row.type,
        row.status,
        expected,
      ]);
    }
  });
});

describe(`dashboard edge cases on constructed data (${ENGINE})`, () => {
  let handle: DatabaseHandle;
  const id = { region: {} as Record<string, string>, org: {} as Record<string, string> };
  const event = async (
    title: string,
    type: string,
    status: string,
    vendor: string,
    region: string,
    date: string,
  ) =>
    (
      await createRecord(
        handle.db,
        'event',
        { title, type, status, vendorId: id.org[vendor], regionId: id.region[region], date },
        system,
      )
    ).id as string;

  beforeAll(async () => {
    handle = await openTestDatabase();
    const region = async (slug: string, kind: string, parents: string[] = [], isoNumeric?: string) => {
      const r = await createRecord(
        handle.db,
        'region',
        {
          slug,
          name: slug.toUpperCase(),
          kind,
          parentIds: parents.map((p) => id.region[p]),
          ...(isoNumeric ? { isoNumeric } : {}),
        },
        system,
      );
      id.region[slug] = r.id as string;
    };
    await region('nordics', 'grouping');
    await region('norway', 'country', ['nordics'], '578');
    await region('sweden', 'country', ['nordics'], '752');
    await region('finland', 'country', ['nordics'], '246');
    await region('oslo', 'city', ['norway']);
    for (const slug of ['acme', 'bolt']) {
      const o = await createRecord(
        handle.db,
        'organization',
        { slug, name: slug.toUpperCase(), kind: 'vendor' },
        system,
      );
      id.org[slug] = o.id as string;
    }
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('has empty panels on an empty database', async () => {
    const data = await getDashboard(handle.db, f(), { today: TODAY });
    expect(data.headline).toEqual({ vendors: 0, regions: 0, events: 0, plansPending: 0, plansOverdue: 0 });
    expect(data.quarters).toEqual([]);
    expect(data.matrix!.cells).toEqual([]);
    expect(data.matrix!.vendors.map((v) => v.slug)).toEqual(['acme', 'bolt']);
  });

  it('keeps the strongest state: an exit outranks an entry, an entry a plan; overdue ends with a linked outcome', async () => {
    const plan = await event('Acme plans Norway', 'planned_entry', 'planned', 'acme', 'norway', '2020-01');
    let data = await getDashboard(handle.db, f(), { today: TODAY });
    expect(cell(data.matrix!, 'acme', 'norway')).toBe('planned');
    expect(data.headline).toMatchObject({ plansPending: 1, plansOverdue: 1 });

    // A statement responding to the plan is not an outcome.
    const statement = await event('Acme talks', 'statement', 'happened', 'acme', 'norway', '2020-02');
    await createRecord(
      handle.db,
      'event_link',
      { fromEventId: statement, toEventId: plan, type: 'responds_to' },
      system,
    );
    expect(
      (await getDashboard(handle.db, f(), { today: TODAY, panels: ['headline'] })).headline!.plansOverdue,
    ).toBe(1);

    // The entry in Oslo fulfils the plan: no longer pending, and Norway is entered.
    const entry = await event(
      'Acme opens in Oslo',
      'store_opening',
      'happened',
      'acme',
      'oslo',
      '2020-06-15',
    );
    await createRecord(
      handle.db,
      'event_link',
      { fromEventId: entry, toEventId: plan, type: 'fulfils' },
      system,
    );
    data = await getDashboard(handle.db, f(), { today: TODAY });
    expect(data.headline).toMatchObject({ plansPending: 0, plansOverdue: 0 });
    expect(cell(data.matrix!, 'acme', 'norway')).toBe('entered');
    expect(data.matrix!.regions.map((r) => r.slug)).toEqual(['norway']);

    await event('Acme leaves Norway', 'market_exit', 'happened', 'acme', 'norway', '2023');
    data = await getDashboard(handle.db, f(), { today: TODAY });
    expect(cell(data.matrix!, 'acme', 'norway')).toBe('exited');

    // A plan whose window has not ended is upcoming, not overdue; a deleted one is gone.
    const future = await event(
      'Bolt plans Sweden',
      'planned_entry',
      'announced',
      'bolt',
      'sweden',
      '2026-11/2027-06',
    );
    data = await getDashboard(handle.db, f(), { today: TODAY });
    expect(data.upcoming!.map((e) => e.id)).toEqual([future]);
    expect(data.headline).toMatchObject({ plansPending: 1, plansOverdue: 0 });
    await deleteRecord(handle.db, 'event', future, 1, system);
    data = await getDashboard(handle.db, f(), { today: TODAY });
    expect(data.upcoming).toEqual([]);
    expect(cell(data.matrix!, 'bolt', 'sweden')).toBe('absent');
  });

  it('rolls up a grouping: first entry per vendor, share of members entered', async () => {
    await event('Bolt enters Finland', 'market_entry', 'happened', 'bolt', 'finland', '2019-05');
    await event('Bolt enters Sweden', 'market_entry', 'happened', 'bolt', 'sweden', '2021');
    await event('Bolt plans Norway', 'planned_entry', 'planned', 'bolt', 'norway', '2030');
    const rollup = await getRegionRollup(handle.db, 'nordics');
    expect(rollup!.members.map((m) => m.slug)).toEqual(['finland', 'norway', 'sweden']);
    const byVendor = Object.fromEntries(rollup!.vendors.map((v) => [v.vendor.slug, v]));
    expect(rollup!.vendors.map((v) => v.vendor.slug)).toEqual(['bolt', 'acme']);
    expect(byVendor.bolt).toMatchObject({
      firstEntry: { member: { slug: 'finland' }, dateLo: '2019-05-01' },
      membersEntered: 2,
      membersTotal: 3,
    });
    expect(byVendor.bolt!.share).toBeCloseTo(2 / 3);
    // Acme's entry was in Oslo: it counts for Norway.
    expect(byVendor.acme).toMatchObject({ firstEntry: { member: { slug: 'norway' } }, membersEntered: 1 });
  });
});
