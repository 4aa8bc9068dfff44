import 'server-only';
import { and, asc, eq, gte, inArray, isNull, lte, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { formatFuzzyDate } from '@/lib/dates';
import type { MetricKind } from '@/lib/domain/vocabulary';
import type { Executor } from '../client';
import { events, metrics, organizations, regions, sources } from '../schema';

// Reads for the metrics pages and API: the points of the series a vendor or a region has, in
// one query (joined to names and sources), and the events of the same vendor x region pairs to
// draw on the charts (one query).

export interface MetricFilters {
  vendor?: string;
  region?: string;
  measure?: MetricKind;
  /** Inclusive days (YYYY-MM-DD) on the quarters' first days. */
  from?: string;
  to?: string;
}

export interface MetricPoint {
  id: string;
  vendor: { id: string; slug: string; name: string };
  region: { id: string; slug: string; name: string };
  period: string;
  periodStart: string;
  measure: MetricKind;
  value: number;
  source: { id: string; outlet: string; title: string; url: string | null };
  /** The passage of the source that states the figure ('' for values recorded before quotes). */
  quote: string;
  version: number;
}

const vendorOrg = alias(organizations, 'metric_vendor');

function conditions(filters: MetricFilters): SQL[] {
  const where: SQL[] = [isNull(metrics.deletedAt)];
  if (filters.vendor) where.push(eq(vendorOrg.slug, filters.vendor));
  if (filters.region) where.push(eq(regions.slug, filters.region));
  if (filters.measure) where.push(eq(metrics.metric, filters.measure));
  if (filters.from) where.push(gte(metrics.periodStart, filters.from));
  if (filters.to) where.push(lte(metrics.periodStart, filters.to));
  return where;
}

/** Live points matching the filters, by vendor, region, measure, then quarter. */
export async function listMetrics(
  db: Executor,
  filters: MetricFilters,
  limit = 100_000,
): Promise<MetricPoint[]> {
  const rows = await db
    .select({
      id: metrics.id,
      vendorId: vendorOrg.id,
      vendorSlug: vendorOrg.slug,
      vendorName: vendorOrg.name,
      regionId: regions.id,
      regionSlug: regions.slug,
      regionName: regions.name,
      period: metrics.period,
      periodStart: metrics.periodStart,
      measure: metrics.metric,
      value: metrics.value,
      sourceId: sources.id,
      sourceOutlet: sources.outlet,
      sourceTitle: sources.title,
      sourceUrl: sources.url,
      quote: metrics.quote,
      version: metrics.version,
    })
    .from(metrics)
    .innerJoin(vendorOrg, eq(vendorOrg.id, metrics.vendorId))
    .innerJoin(regions, eq(regions.id, metrics.regionId))
    .innerJoin(sources, eq(sources.id, metrics.sourceId))
    .where(and(...conditions(filters)))
    .orderBy(asc(vendorOrg.name), asc(regions.name), asc(metrics.metric), asc(metrics.periodStart))
    .limit(limit);
  return rows.map((r) => ({
    id: r.id,
    vendor: { id: r.vendorId, slug: r.vendorSlug, name: r.vendorName },
    region: { id: r.regionId, slug: r.regionSlug, name: r.regionName },
    period: r.period,
    periodStart: r.periodStart,
    measure: r.measure,
    value: Number(r.value),
    source: { id: r.sourceId, outlet: r.sourceOutlet, title: r.sourceTitle, url: r.sourceUrl },
    quote: r.quote,
    version: r.version,
  }));
}

export interface MetricEventMarker {
  id: string;
  title: string;
  type: string;
  status: string;
  vendorId: string;
  regionId: string;
  /** The event's window (inclusive days) and how people read it. */
  lo: string;
  hi: string;
  label: string;
}

/** Live events of the given vendor x region pairs (exact region), in date order. */
export async function listMetricEventMarkers(
  db: Executor,
  pairs: readonly { vendorId: string; regionId: string }[],
): Promise<MetricEventMarker[]> {
  if (pairs.length === 0) return [];
  const vendorIds = [...new Set(pairs.map((p) => p.vendorId))];
  const regionIds = [...new Set(pairs.map((p) => p.regionId))];
  const wanted = new Set(pairs.map((p) => `${p.vendorId}|${p.regionId}`));
  const rows = await db
    .select({
      id: events.id,
      title: events.title,
      type: events.type,
      status: events.status,
      vendorId: events.vendorId,
      regionId: events.regionId,
      lo: events.dateLo,
      hi: events.dateHi,
      edtf: events.dateEdtf,
    })
    .from(events)
    .where(
      and(isNull(events.deletedAt), inArray(events.vendorId, vendorIds), inArray(events.regionId, regionIds)),
    )
    .orderBy(asc(events.dateLo), asc(events.id))
    .limit(5000);
  return rows
    .filter((r) => r.vendorId && r.regionId && wanted.has(`${r.vendorId}|${r.regionId}`))
    .map((r) => {
      let label = r.edtf;
      try {
        label = formatFuzzyDate(r.edtf);
      } catch {
        // keep the EDTF
      }
      return {
        id: r.id,
        title: r.title,
        type: r.type,
        status: r.status,
        vendorId: r.vendorId!,
        regionId: r.regionId!,
        lo: r.lo,
        hi: r.hi,
        label,
      };
    });
}

/** Which vendors and regions have any metric, for the page's chooser (one query each). */
export async function metricCoverage(db: Executor): Promise<{
  count: number;
  vendors: { slug: string; name: string; points: number }[];
  regions: { slug: string; name: string; points: number }[];
}> {
  const [vendorRows, regionRows] = await Promise.all([
    db
      .select({ slug: organizations.slug, name: organizations.name, points: sql<number>`count(*)::int` })
      .from(metrics)
      .innerJoin(organizations, eq(organizations.id, metrics.vendorId))
      .where(isNull(metrics.deletedAt))
      .groupBy(organizations.slug, organizations.name)
      .orderBy(asc(organizations.name)),
    db
      .select({ slug: regions.slug, name: regions.name, points: sql<number>`count(*)::int` })
      .from(metrics)
      .innerJoin(regions, eq(regions.id, metrics.regionId))
      .where(isNull(metrics.deletedAt))
      .groupBy(regions.slug, regions.name)
      .orderBy(asc(regions.name)),
  ]);
  return {
    count: vendorRows.reduce((sum, r) => sum + Number(r.points), 0),
    vendors: vendorRows.map((r) => ({ ...r, points: Number(r.points) })),
    regions: regionRows.map((r) => ({ ...r, points: Number(r.points) })),
  };
}

/** A vendor's slug by id (for redirects after a form save). */
export async function organizationSlugById(db: Executor, id: string): Promise<string | null> {
  const [row] = await db
    .select({ slug: organizations.slug })
    .from(organizations)
    .where(eq(organizations.id, id))
    .limit(1);
  return row?.slug ?? null;
}
