import 'server-only';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { EventListItem, OrgRef } from '@/lib/domain/dto';
import type { ProductCategory } from '@/lib/domain/vocabulary';
import type { Db } from '../client';
import { events, organizations, people, products, sources } from '../schema';
import { listEventsWhere } from './events';
import { publishedLabel } from './hydrate-events';

// Simple profiles of products, people and sources: the record and the events that involve or
// cite it. (Pages of the forms' "edit" links; vendors and regions have richer profiles.)

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ProductSummary {
  id: string;
  slug: string;
  name: string;
  category: ProductCategory;
  vendor: OrgRef | null;
  eventCount: number;
}

export interface ProductProfile extends ProductSummary {
  version: number;
  events: EventListItem[];
}

export interface PersonSummary {
  id: string;
  slug: string;
  name: string;
  role: string;
  organization: OrgRef | null;
  eventCount: number;
}

export interface PersonProfile extends PersonSummary {
  version: number;
  events: EventListItem[];
}

export interface SourceSummary {
  id: string;
  url: string | null;
  outlet: string;
  title: string;
  published: string | null;
  publishedLabel: string | null;
  retrievedOn: string | null;
  author: string;
  note: string;
  eventCount: number;
}

export interface SourceProfile extends SourceSummary {
  version: number;
  events: EventListItem[];
}

const orgRef = (row: {
  id: string | null;
  slug: string | null;
  name: string | null;
  kind: OrgRef['kind'] | null;
}): OrgRef | null =>
  row.id && row.slug && row.name && row.kind
    ? { id: row.id, slug: row.slug, name: row.name, kind: row.kind }
    : null;

// Live events linked to the outer row, counted in SQL (outer columns spelled out in full).
const productEventCount = sql<number>`(select count(*)::int from event_products ep join events e on e.id = ep.event_id
  where ep.product_id = "products"."id" and e.deleted_at is null)`;
const personEventCount = sql<number>`(select count(*)::int from events e where e.deleted_at is null and (
  e.id in (select event_id from event_people where person_id = "people"."id")
  or e.id in (select event_id from event_sources where speaker_id = "people"."id")))`;
const sourceEventCount = sql<number>`(select count(distinct es.event_id)::int from event_sources es join events e on e.id = es.event_id
  where es.source_id = "sources"."id" and e.deleted_at is null)`;

function productQuery(db: Db) {
  return db
    .select({
      id: products.id,
      slug: products.slug,
      name: products.name,
      category: products.category,
      version: products.version,
      vendorId: organizations.id,
      vendorSlug: organizations.slug,
      vendorName: organizations.name,
      vendorKind: organizations.kind,
      eventCount: productEventCount,
    })
    .from(products)
    .leftJoin(organizations, and(eq(organizations.id, products.vendorId), isNull(organizations.deletedAt)));
}

type ProductRow = Awaited<ReturnType<ReturnType<typeof productQuery>['where']>>[number];

function toProduct(r: ProductRow): ProductSummary {
  return {
    id: r.id,
    slug: r.slug,
    name: r.name,
    category: r.category,
    vendor: orgRef({ id: r.vendorId, slug: r.vendorSlug, name: r.vendorName, kind: r.vendorKind }),
    eventCount: r.eventCount,
  };
}

export async function listProducts(db: Db): Promise<ProductSummary[]> {
  const rows = await productQuery(db).where(isNull(products.deletedAt)).orderBy(asc(products.name));
  return rows.map(toProduct);
}

export async function getProductProfile(db: Db, slug: string): Promise<ProductProfile | null> {
  const [row] = await productQuery(db)
    .where(and(eq(products.slug, slug), isNull(products.deletedAt)))
    .limit(1);
  if (!row) return null;
  const eventItems = await listEventsWhere(
    db,
    sql`${events.id} in (select event_id from event_products where product_id = ${row.id})`,
  );
  return { ...toProduct(row), version: row.version, events: eventItems };
}

function personQuery(db: Db) {
  return db
    .select({
      id: people.id,
      slug: people.slug,
      name: people.name,
      role: people.role,
      version: people.version,
      orgId: organizations.id,
      orgSlug: organizations.slug,
      orgName: organizations.name,
      orgKind: organizations.kind,
      eventCount: personEventCount,
    })
    .from(people)
    .leftJoin(
      organizations,
      and(eq(organizations.id, people.organizationId), isNull(organizations.deletedAt)),
    );
}

type PersonRow = Awaited<ReturnType<ReturnType<typeof personQuery>['where']>>[number];

function toPerson(r: PersonRow): PersonSummary {
  return {
    id: r.id,
    slug: r.slug,
    name: r.name,
    role: r.role,
    organization: orgRef({ id: r.orgId, slug: r.orgSlug, name: r.orgName, kind: r.orgKind }),
    eventCount: r.eventCount,
  };
}

export async function listPeople(db: Db): Promise<PersonSummary[]> {
  const rows = await personQuery(db).where(isNull(people.deletedAt)).orderBy(asc(people.name));
  return rows.map(toPerson);
}

/** A person and the events they take part in or are quoted on. */
export async function getPersonProfile(db: Db, slug: string): Promise<PersonProfile | null> {
  const [row] = await personQuery(db)
    .where(and(eq(people.slug, slug), isNull(people.deletedAt)))
    .limit(1);
  if (!row) return null;
  const eventItems = await listEventsWhere(
    db,
    sql`(${events.id} in (select event_id from event_people where person_id = ${row.id})
      or ${events.id} in (select event_id from event_sources where speaker_id = ${row.id}))`,
  );
  return { ...toPerson(row), version: row.version, events: eventItems };
}

function sourceQuery(db: Db) {
  return db
    .select({
      id: sources.id,
      url: sources.url,
      outlet: sources.outlet,
      title: sources.title,
      published: sources.publishedEdtf,
      retrievedOn: sources.retrievedOn,
      author: sources.author,
      note: sources.note,
      version: sources.version,
      eventCount: sourceEventCount,
    })
    .from(sources);
}

type SourceRow = Awaited<ReturnType<ReturnType<typeof sourceQuery>['where']>>[number];

function toSource(r: SourceRow): SourceSummary {
  return {
    id: r.id,
    url: r.url,
    outlet: r.outlet,
    title: r.title,
    published: r.published,
    publishedLabel: publishedLabel(r.published),
    retrievedOn: r.retrievedOn,
    author: r.author,
    note: r.note,
    eventCount: r.eventCount,
  };
}

/** Sources, most recently published first. */
export async function listSources(db: Db): Promise<SourceSummary[]> {
  const rows = await sourceQuery(db)
    .where(isNull(sources.deletedAt))
    .orderBy(sql`${sources.publishedOn} desc nulls last`, asc(sources.outlet), asc(sources.id));
  return rows.map(toSource);
}

/** A source and the events that cite it. */
export async function getSourceProfile(db: Db, id: string): Promise<SourceProfile | null> {
  if (!UUID.test(id)) return null;
  const [row] = await sourceQuery(db)
    .where(and(eq(sources.id, id), isNull(sources.deletedAt)))
    .limit(1);
  if (!row) return null;
  const eventItems = await listEventsWhere(
    db,
    sql`${events.id} in (select event_id from event_sources where source_id = ${row.id})`,
  );
  return { ...toSource(row), version: row.version, events: eventItems };
}
