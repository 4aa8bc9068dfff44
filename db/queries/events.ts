import 'server-only';
import { and, asc, eq, gte, ilike, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { formatFuzzyDate } from '@/lib/dates';
import type { EventDetail, EventListItem, LinkedEvent, Page } from '@/lib/domain/dto';
import { decodeCursor, encodeCursor, type EventFilters } from '@/lib/domain/event-filters';
import type { Db } from '../client';
import { eventLinks, eventPeople, eventProducts, events, organizations, people, products } from '../schema';
import { hydrateEvents, selectEventRows } from './hydrate-events';
import { regionAndMembersIds } from './region-tree';
import { listRevisionsOf } from './revisions';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class InvalidCursorError extends Error {
  constructor() {
    super('cursor is not one this API returned');
    this.name = 'InvalidCursorError';
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function eventFilterConditions(filters: Omit<EventFilters, 'limit' | 'cursor'>): SQL[] {
  const conditions: SQL[] = [];
  if (filters.vendor?.length) {
    conditions.push(
      inArray(
        events.vendorId,
        // A vendor is named by slug; deleted vendors match nothing.
        sqlSubquery(filters.vendor),
      ),
    );
  }
  if (filters.region?.length)
    conditions.push(sql`${events.regionId} in ${regionAndMembersIds(filters.region)}`);
  if (filters.type?.length) conditions.push(inArray(events.type, filters.type));
  if (filters.status?.length) conditions.push(inArray(events.status, filters.status));
  // A fuzzy window overlaps [from, to] when it starts before `to` and ends after `from`.
  if (filters.from) conditions.push(gte(events.dateHi, filters.from));
  if (filters.to) conditions.push(lte(events.dateLo, filters.to));
  if (filters.q) {
    const pattern = `%${escapeLike(filters.q)}%`;
    conditions.push(or(ilike(events.title, pattern), ilike(events.summary, pattern))!);
  }
  return conditions;
}

function sqlSubquery(slugs: string[]): SQL {
  const list = sql.join(
    slugs.map((s) => sql`${s}`),
    sql`, `,
  );
  return sql`(select ${organizations.id} from ${organizations} where ${organizations.slug} in (${list}) and ${organizations.deletedAt} is null)`;
}

/** Filtered, keyset-paginated events in the stable order (date_lo, date_hi, id). */
export async function listEvents(db: Db, filters: EventFilters): Promise<Page<EventListItem>> {
  const conditions = eventFilterConditions(filters);
  if (filters.cursor) {
    const key = decodeCursor(filters.cursor);
    if (!key) throw new InvalidCursorError();
    conditions.push(
      sql`(${events.dateLo}, ${events.dateHi}, ${events.id}) > (${key.lo}::date, ${key.hi}::date, ${key.id}::uuid)`,
    );
  }
  const rows = await selectEventRows(db, and(...conditions), filters.limit + 1);
  const page = rows.slice(0, filters.limit);
  const last = page.at(-1);
  return {
    items: await hydrateEvents(db, page),
    nextCursor:
      rows.length > filters.limit && last
        ? encodeCursor({ lo: last.dateLo, hi: last.dateHi, id: last.id })
        : null,
  };
}

async function linkedEvents(db: Db, id: string): Promise<LinkedEvent[]> {
  const rows = await db
    .select({
      linkId: eventLinks.id,
      type: eventLinks.type,
      note: eventLinks.note,
      fromId: eventLinks.fromEventId,
      toId: eventLinks.toEventId,
      otherId: events.id,
      otherTitle: events.title,
      otherStatus: events.status,
      otherType: events.type,
      otherDate: events.dateEdtf,
    })
    .from(eventLinks)
    .innerJoin(
      events,
      sql`${events.id} = case when ${eventLinks.fromEventId} = ${id} then ${eventLinks.toEventId} else ${eventLinks.fromEventId} end`,
    )
    .where(
      and(
        or(eq(eventLinks.fromEventId, id), eq(eventLinks.toEventId, id)),
        isNull(eventLinks.deletedAt),
        isNull(events.deletedAt),
      ),
    )
    .orderBy(asc(events.dateLo), asc(events.id));
  return rows.map((r) => ({
    linkId: r.linkId,
    type: r.type,
    direction: r.fromId === id ? 'outgoing' : 'incoming',
    note: r.note,
    event: {
      id: r.otherId,
      title: r.otherTitle,
      status: r.otherStatus,
      type: r.otherType,
      dateLabel: formatFuzzyDate(r.otherDate),
    },
  }));
}

/** One live event with everything its page shows; null when unknown, deleted or not a UUID. */
export async function getEventDetail(db: Db, id: string): Promise<EventDetail | null> {
  if (!UUID.test(id)) return null;
  const rows = await selectEventRows(db, eq(events.id, id), 1);
  const [item] = await hydrateEvents(db, rows);
  if (!item) return null;
  const [persons, prods, links, history] = await Promise.all([
    db
      .select({ id: people.id, slug: people.slug, name: people.name, role: people.role })
      .from(eventPeople)
      .innerJoin(people, eq(people.id, eventPeople.personId))
      .where(and(eq(eventPeople.eventId, id), isNull(people.deletedAt)))
      .orderBy(asc(people.name)),
    db
      .select({ id: products.id, slug: products.slug, name: products.name, category: products.category })
      .from(eventProducts)
      .innerJoin(products, eq(products.id, eventProducts.productId))
      .where(and(eq(eventProducts.eventId, id), isNull(products.deletedAt)))
      .orderBy(asc(products.name)),
    linkedEvents(db, id),
    listRevisionsOf(db, 'event', id),
  ]);
  return { ...item, people: persons, products: prods, links, history };
}

/** Events involving an organization: as vendor, counterparty or actor. */
export function organizationEventsCondition(orgId: string): SQL {
  return sql`(${events.vendorId} = ${orgId} or ${events.id} in (select event_id from event_organizations where organization_id = ${orgId}))`;
}

export async function listEventsWhere(db: Db, where: SQL, limit = 500, order: 'asc' | 'desc' = 'asc') {
  return hydrateEvents(db, await selectEventRows(db, where, limit, order));
}
