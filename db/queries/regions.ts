import 'server-only';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { OrgRef, RegionProfile, RegionRef, RegionSummary } from '@/lib/domain/dto';
import { REGION_KINDS } from '@/lib/domain/vocabulary';
import type { Db } from '../client';
import { events, organizationRegions, organizations, regionMembers, regions } from '../schema';
import { listEventsWhere } from './events';
import { regionAndMembersIdsById } from './region-tree';
import { toOrgRef } from './hydrate-events';

const refColumns = {
  id: regions.id,
  slug: regions.slug,
  name: regions.name,
  kind: regions.kind,
  isoCode: regions.isoCode,
};

async function parentsOf(db: Db, ids: string[]): Promise<Map<string, RegionRef[]>> {
  const map = new Map<string, RegionRef[]>();
  if (ids.length === 0) return map;
  const rows = await db
    .select({ childId: regionMembers.childId, ...refColumns })
    .from(regionMembers)
    .innerJoin(regions, eq(regions.id, regionMembers.parentId))
    .where(and(inArray(regionMembers.childId, ids), isNull(regions.deletedAt)))
    .orderBy(asc(regions.name));
  for (const { childId, ...ref } of rows) map.set(childId, [...(map.get(childId) ?? []), ref]);
  return map;
}

// "regions"."id" in full: drizzle would render a bare "id", which here would mean e.id.
const directEventCount = sql<number>`(
  select count(*)::int from events e where e.deleted_at is null and e.region_id = "regions"."id"
)`;

export async function listRegions(db: Db): Promise<RegionSummary[]> {
  const rows = await db
    .select({
      ...refColumns,
      isoNumeric: regions.isoNumeric,
      note: regions.note,
      eventCount: directEventCount,
    })
    .from(regions)
    .where(isNull(regions.deletedAt));
  const parents = await parentsOf(
    db,
    rows.map((r) => r.id),
  );
  const kindOrder = (k: string) => REGION_KINDS.indexOf(k as (typeof REGION_KINDS)[number]);
  return rows
    .map((r) => ({ ...r, parents: parents.get(r.id) ?? [] }))
    .sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind) || a.name.localeCompare(b.name));
}

/**
 * Slug, name and kind of the live regions, in listRegions' order (kind, then name): what a
 * filter's options need, without event counts and parents.
 */
export async function listRegionOptions(db: Db): Promise<Pick<RegionRef, 'slug' | 'name' | 'kind'>[]> {
  const rows = await db
    .select({ slug: regions.slug, name: regions.name, kind: regions.kind })
    .from(regions)
    .where(isNull(regions.deletedAt));
  const kindOrder = (k: string) => REGION_KINDS.indexOf(k as (typeof REGION_KINDS)[number]);
  return rows.sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind) || a.name.localeCompare(b.name));
}

export async function getRegionProfile(db: Db, slug: string): Promise<RegionProfile | null> {
  const [region] = await db
    .select({
      ...refColumns,
      isoNumeric: regions.isoNumeric,
      note: regions.note,
      eventCount: directEventCount,
    })
    .from(regions)
    .where(and(eq(regions.slug, slug), isNull(regions.deletedAt)))
    .limit(1);
  if (!region) return null;
  const tree = regionAndMembersIdsById(region.id);

  const [parents, members, eventItems, operators] = await Promise.all([
    parentsOf(db, [region.id]),
    db
      .select(refColumns)
      .from(regionMembers)
      .innerJoin(regions, eq(regions.id, regionMembers.childId))
      .where(and(eq(regionMembers.parentId, region.id), isNull(regions.deletedAt)))
      .orderBy(asc(regions.name)),
    listEventsWhere(db, sql`${events.regionId} in ${tree}`),
    db
      .selectDistinct({
        id: organizations.id,
        slug: organizations.slug,
        name: organizations.name,
        kind: organizations.kind,
      })
      .from(organizationRegions)
      .innerJoin(organizations, eq(organizations.id, organizationRegions.organizationId))
      .where(and(sql`${organizationRegions.regionId} in ${tree}`, isNull(organizations.deletedAt)))
      .orderBy(asc(organizations.name)),
  ]);

  const vendors = new Map<string, OrgRef & { eventCount: number }>();
  for (const event of eventItems) {
    if (!event.vendor) continue;
    const entry = vendors.get(event.vendor.id) ?? { ...event.vendor, eventCount: 0 };
    entry.eventCount++;
    vendors.set(event.vendor.id, entry);
  }

  return {
    ...region,
    parents: parents.get(region.id) ?? [],
    members,
    events: eventItems,
    vendors: [...vendors.values()].sort(
      (a, b) => b.eventCount - a.eventCount || a.name.localeCompare(b.name),
    ),
    carriers: operators.filter((o) => o.kind === 'carrier').map(toOrgRef),
    retailers: operators.filter((o) => o.kind === 'retailer').map(toOrgRef),
  };
}
