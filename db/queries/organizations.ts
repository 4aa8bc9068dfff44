import 'server-only';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { OrganizationProfile, OrganizationSummary, OrgRef } from '@/lib/domain/dto';
import { derivePresence } from '@/lib/domain/presence';
import type { OrganizationKind } from '@/lib/domain/vocabulary';
import type { Db } from '../client';
import { organizationRegions, organizations, people, products, regions } from '../schema';
import { listEventsWhere, organizationEventsCondition } from './events';

// Events an organization takes part in, counted in SQL (vendor, counterparty or actor). The
// outer column is spelled out in full: drizzle renders `${organizations.id}` as a bare "id",
// which inside this subquery would mean e.id.
const eventCount = sql<number>`(
  select count(*)::int from events e
  where e.deleted_at is null and (e.vendor_id = "organizations"."id"
    or e.id in (select event_id from event_organizations where organization_id = "organizations"."id"))
)`;

const summaryColumns = {
  id: organizations.id,
  slug: organizations.slug,
  name: organizations.name,
  kind: organizations.kind,
  hqCountry: organizations.hqCountry,
  website: organizations.website,
  description: organizations.description,
  eventCount,
};

export async function listOrganizations(db: Db, kind?: OrganizationKind): Promise<OrganizationSummary[]> {
  return db
    .select(summaryColumns)
    .from(organizations)
    .where(and(isNull(organizations.deletedAt), kind ? eq(organizations.kind, kind) : undefined))
    .orderBy(asc(organizations.name));
}

/**
 * Slug and name of the live organizations of a kind, by name: what a filter's options need,
 * without the per-organization event counts of listOrganizations (one count per row).
 */
export async function listOrganizationOptions(
  db: Db,
  kind: OrganizationKind,
): Promise<{ slug: string; name: string }[]> {
  return db
    .select({ slug: organizations.slug, name: organizations.name })
    .from(organizations)
    .where(and(isNull(organizations.deletedAt), eq(organizations.kind, kind)))
    .orderBy(asc(organizations.name));
}

/** A live organization by slug (and kind, when the route implies one); null otherwise. */
export async function getOrganizationProfile(
  db: Db,
  slug: string,
  kind?: OrganizationKind,
): Promise<OrganizationProfile | null> {
  const [org] = await db
    .select(summaryColumns)
    .from(organizations)
    .where(
      and(
        eq(organizations.slug, slug),
        isNull(organizations.deletedAt),
        kind ? eq(organizations.kind, kind) : undefined,
      ),
    )
    .limit(1);
  if (!org) return null;

  const [regionRows, eventItems, productRows, peopleRows] = await Promise.all([
    db
      .select({
        id: regions.id,
        slug: regions.slug,
        name: regions.name,
        kind: regions.kind,
        isoCode: regions.isoCode,
      })
      .from(organizationRegions)
      .innerJoin(regions, eq(regions.id, organizationRegions.regionId))
      .where(and(eq(organizationRegions.organizationId, org.id), isNull(regions.deletedAt)))
      .orderBy(asc(regions.name)),
    listEventsWhere(db, organizationEventsCondition(org.id)),
    db
      .select({ id: products.id, slug: products.slug, name: products.name, category: products.category })
      .from(products)
      .where(and(eq(products.vendorId, org.id), isNull(products.deletedAt)))
      .orderBy(asc(products.name)),
    db
      .select({ id: people.id, slug: people.slug, name: people.name, role: people.role })
      .from(people)
      .where(and(eq(people.organizationId, org.id), isNull(people.deletedAt)))
      .orderBy(asc(people.name)),
  ]);

  // Partners: every other organization that appears in the same events.
  const partners = new Map<string, OrgRef & { eventCount: number }>();
  for (const event of eventItems) {
    const others = [event.vendor, ...event.counterparties].filter((o): o is OrgRef => !!o && o.id !== org.id);
    for (const other of new Map(others.map((o) => [o.id, o])).values()) {
      const entry = partners.get(other.id) ?? { ...other, eventCount: 0 };
      entry.eventCount++;
      partners.set(other.id, entry);
    }
  }

  return {
    ...org,
    regions: regionRows,
    events: eventItems,
    presence: org.kind === 'vendor' ? derivePresence(eventItems.filter((e) => e.vendor?.id === org.id)) : [],
    partners: [...partners.values()].sort(
      (a, b) => b.eventCount - a.eventCount || a.name.localeCompare(b.name),
    ),
    products: productRows,
    people: peopleRows,
  };
}
