import 'server-only';
import { asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { formatFuzzyDate } from '@/lib/dates';
import type {
  DashboardData,
  DashboardFilters,
  DashboardPanel,
  Headline,
  MatrixCell,
  PresenceMatrix,
  QuarterRow,
  RegionEntryRow,
  RegionRollup,
} from '@/lib/dashboard/types';
import { DASHBOARD_PANELS } from '@/lib/dashboard/types';
import type { EventListItem, OrgRef, RegionRef, RevisionSummary } from '@/lib/domain/dto';
import type { EventType, OrganizationKind, RegionKind } from '@/lib/domain/vocabulary';
import type { Db } from '../client';
import { events, regionMembers, regions, revisions } from '../schema';
import {
  changesSql,
  headlineSql,
  matrixAxesSql,
  matrixSql,
  plansSql,
  quartersSql,
  regionEntriesSql,
  regionRollupSql,
  STATE_OF_RANK,
} from './dashboard-sql';
import { listEventsWhere } from './events';
import { toSummary } from './revisions';

// The dashboard's reads: each runs one statement from dashboard-sql.ts (plus the shared event
// hydration for the two short lists) and maps the aggregated rows to the DTOs of
// lib/dashboard/types.ts.

/** postgres-js returns rows as an array; PGlite returns { rows }. */
export async function rowsOf<T>(db: Db, query: SQL): Promise<T[]> {
  const result = await db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as T[];
}

/** Today in UTC as YYYY-MM-DD: the day plans become overdue against. */
export function utcToday(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export async function getHeadline(db: Db, filters: DashboardFilters, today: string): Promise<Headline> {
  const [row] = await rowsOf<{
    events: number;
    vendors: number;
    regions: number;
    plans_pending: number;
    plans_overdue: number;
  }>(db, headlineSql(filters, today));
  return {
    vendors: row!.vendors,
    regions: row!.regions,
    events: row!.events,
    plansPending: row!.plans_pending,
    plansOverdue: row!.plans_overdue,
  };
}

function quarterIndex(quarter: string): number {
  return Number(quarter.slice(0, 4)) * 4 + Number(quarter.slice(-1)) - 1;
}

function quarterName(index: number): string {
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** Events per quarter (of the start of their window) and type; quarters without events in between are filled with zeros. */
export async function getQuarters(db: Db, filters: DashboardFilters): Promise<QuarterRow[]> {
  const rows = await rowsOf<{ quarter: string; type: EventType; n: number }>(db, quartersSql(filters));
  if (rows.length === 0) return [];
  const byQuarter = new Map<number, QuarterRow>();
  for (const row of rows) {
    const k = quarterIndex(row.quarter);
    const entry = byQuarter.get(k) ?? { quarter: row.quarter, total: 0, counts: {} };
    entry.counts[row.type] = row.n;
    entry.total += row.n;
    byQuarter.set(k, entry);
  }
  const keys = [...byQuarter.keys()];
  const first = Math.min(...keys);
  const last = Math.max(...keys);
  const out: QuarterRow[] = [];
  for (let k = first; k <= last; k++)
    out.push(byQuarter.get(k) ?? { quarter: quarterName(k), total: 0, counts: {} });
  return out;
}

interface RegionRow {
  id: string;
  slug: string;
  name: string;
  kind: RegionKind;
  iso_code: string | null;
}

const regionRef = (r: RegionRow): RegionRef => ({
  id: r.id,
  slug: r.slug,
  name: r.name,
  kind: r.kind,
  isoCode: r.iso_code,
});

export async function getRegionEntries(db: Db, filters: DashboardFilters): Promise<RegionEntryRow[]> {
  const rows = await rowsOf<
    RegionRow & { exited: number; established: number; entered: number; planned: number; cancelled: number }
  >(db, regionEntriesSql(filters));
  return rows.map((r) => ({
    region: regionRef(r),
    counts: {
      established: r.established,
      entered: r.entered,
      planned: r.planned,
      cancelled: r.cancelled,
      exited: r.exited,
    },
  }));
}

export async function getPresenceMatrix(db: Db, filters: DashboardFilters): Promise<PresenceMatrix> {
  const axes = matrixAxesSql(filters);
  const [vendors, regionRows, cells] = await Promise.all([
    rowsOf<{ id: string; slug: string; name: string; kind: OrganizationKind }>(db, axes.vendors),
    rowsOf<RegionRow & { iso_numeric: string | null }>(db, axes.regions),
    rowsOf<{ vendor: string; region: string; rank: number | null; n: number }>(db, matrixSql(filters)),
  ]);
  const vendorSlugs = new Set(vendors.map((v) => v.slug));
  const regionSlugs = new Set(regionRows.map((r) => r.slug));
  return {
    vendors: vendors.map((v): OrgRef => ({ id: v.id, slug: v.slug, name: v.name, kind: v.kind })),
    regions: regionRows.map((r) => ({ ...regionRef(r), isoNumeric: r.iso_numeric })),
    cells: cells
      .filter((c) => vendorSlugs.has(c.vendor) && regionSlugs.has(c.region))
      .map((c): MatrixCell => ({
        vendor: c.vendor,
        region: c.region,
        state: c.rank ? STATE_OF_RANK[c.rank]! : 'absent',
        events: c.n,
      }))
      .sort((a, b) => a.vendor.localeCompare(b.vendor) || a.region.localeCompare(b.region)),
  };
}

async function eventsByIds(db: Db, ids: string[], order: 'asc' | 'desc'): Promise<EventListItem[]> {
  if (ids.length === 0) return [];
  const items = await listEventsWhere(db, inArray(events.id, ids), ids.length, order);
  const position = new Map(ids.map((id, i) => [id, i]));
  return items.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
}

/** Open plans whose window is still ahead or current, soonest first. */
export async function getUpcomingPlans(db: Db, filters: DashboardFilters, today: string, limit = 8) {
  const rows = await rowsOf<{ id: string }>(db, plansSql(filters, today, 'upcoming', limit));
  return eventsByIds(
    db,
    rows.map((r) => r.id),
    'asc',
  );
}

/** Open plans whose window has passed with no outcome linked, most recently due first. */
export async function getOverduePlans(db: Db, filters: DashboardFilters, today: string, limit = 8) {
  const rows = await rowsOf<{ id: string }>(db, plansSql(filters, today, 'overdue', limit));
  return eventsByIds(
    db,
    rows.map((r) => r.id),
    'desc',
  );
}

export async function getDashboardChanges(
  db: Db,
  filters: DashboardFilters,
  limit = 10,
): Promise<RevisionSummary[]> {
  const ids = (await rowsOf<{ id: number | string }>(db, changesSql(filters, limit))).map((r) =>
    Number(r.id),
  );
  if (ids.length === 0) return [];
  const rows = await db.select().from(revisions).where(inArray(revisions.id, ids));
  const position = new Map(ids.map((id, i) => [id, i]));
  return rows.sort((a, b) => position.get(Number(a.id))! - position.get(Number(b.id))!).map(toSummary);
}

/** The panels asked for (all by default), their queries run side by side. */
export async function getDashboard(
  db: Db,
  filters: DashboardFilters,
  options: { today?: string; panels?: readonly DashboardPanel[] } = {},
): Promise<DashboardData> {
  const today = options.today ?? utcToday();
  const panels = new Set(options.panels ?? DASHBOARD_PANELS);
  const maybe = <T>(panel: DashboardPanel, run: () => Promise<T>) =>
    panels.has(panel) ? run() : Promise.resolve(undefined);
  const [headline, quarters, regionEntries, matrix, upcoming, overdue, changes] = await Promise.all([
    maybe('headline', () => getHeadline(db, filters, today)),
    maybe('quarters', () => getQuarters(db, filters)),
    maybe('regions', () => getRegionEntries(db, filters)),
    maybe('matrix', () => getPresenceMatrix(db, filters)),
    maybe('upcoming', () => getUpcomingPlans(db, filters, today)),
    maybe('overdue', () => getOverduePlans(db, filters, today)),
    maybe('changes', () => getDashboardChanges(db, filters)),
  ]);
  const data: DashboardData = { today };
  if (headline) data.headline = headline;
  if (quarters) data.quarters = quarters;
  if (regionEntries) data.regions = regionEntries;
  if (matrix) data.matrix = matrix;
  if (upcoming) data.upcoming = upcoming;
  if (overdue) data.overdue = overdue;
  if (changes) data.changes = changes;
  return data;
}

/** Roll-up of a region with members; null when the region does not exist. */
export async function getRegionRollup(db: Db, slug: string): Promise<RegionRollup | null> {
  const [region] = await db
    .select({
      id: regions.id,
      slug: regions.slug,
      name: regions.name,
      kind: regions.kind,
      isoCode: regions.isoCode,
    })
    .from(regions)
    .where(sql`${regions.slug} = ${slug} and ${regions.deletedAt} is null`)
    .limit(1);
  if (!region) return null;
  const [members, rows] = await Promise.all([
    db
      .select({
        id: regions.id,
        slug: regions.slug,
        name: regions.name,
        kind: regions.kind,
        isoCode: regions.isoCode,
      })
      .from(regionMembers)
      .innerJoin(regions, eq(regions.id, regionMembers.childId))
      .where(sql`${regionMembers.parentId} = ${region.id} and ${regions.deletedAt} is null`)
      .orderBy(asc(regions.name)),
    rowsOf<{
      vendor_id: string;
      vendor_slug: string;
      vendor_name: string;
      vendor_kind: OrganizationKind;
      event_id: string;
      title: string;
      date_edtf: string;
      date_lo: string;
      member_id: string;
      member_slug: string;
      member_name: string;
      member_kind: RegionKind;
      member_iso: string | null;
      entered: number;
      total: number;
    }>(db, regionRollupSql(region.id)),
  ]);
  return {
    region,
    members,
    vendors: rows.map((r) => ({
      vendor: { id: r.vendor_id, slug: r.vendor_slug, name: r.vendor_name, kind: r.vendor_kind },
      firstEntry: {
        eventId: r.event_id,
        title: r.title,
        dateLabel: safeLabel(r.date_edtf),
        dateLo: String(r.date_lo).slice(0, 10),
        member: {
          id: r.member_id,
          slug: r.member_slug,
          name: r.member_name,
          kind: r.member_kind,
          isoCode: r.member_iso,
        },
      },
      membersEntered: r.entered,
      membersTotal: r.total,
      share: r.total > 0 ? r.entered / r.total : 0,
    })),
  };
}

function safeLabel(edtf: string): string {
  try {
    return formatFuzzyDate(edtf);
  } catch {
    return edtf;
  }
}
