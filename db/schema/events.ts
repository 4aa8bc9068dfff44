import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organizations, people, products, regions } from './catalog';
import { recordId, versioned } from './columns';
import { datePrecision, eventLinkType, eventOrgRole, eventStatus, eventType } from './enums';

/**
 * Dated claims about a vendor in a region. The EDTF string is the source of truth for the date;
 * `date_lo`/`date_hi` (inclusive days) and the precision are derived from it on every write.
 */
export const events = pgTable(
  'events',
  {
    id: recordId(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    type: eventType('type').notNull(),
    status: eventStatus('status').notNull(),
    vendorId: uuid('vendor_id').references(() => organizations.id),
    regionId: uuid('region_id').references(() => regions.id),
    /** A counterparty the sources name only loosely ("major US carriers"). */
    counterpartyNote: text('counterparty_note').notNull().default(''),
    dateEdtf: text('date_edtf').notNull(),
    dateLo: date('date_lo', { mode: 'string' }).notNull(),
    dateHi: date('date_hi', { mode: 'string' }).notNull(),
    datePrecision: datePrecision('date_precision').notNull(),
    dateApproximate: boolean('date_approximate').notNull().default(false),
    dateUncertain: boolean('date_uncertain').notNull().default(false),
    ...versioned(),
  },
  (t) => [
    // Stable listing order and window-overlap filters both start from date_lo.
    index('events_date_idx').on(t.dateLo, t.dateHi, t.id),
    index('events_vendor_date_idx').on(t.vendorId, t.dateLo),
    index('events_region_date_idx').on(t.regionId, t.dateLo),
    index('events_type_idx').on(t.type),
    index('events_status_idx').on(t.status),
    // Dashboard: open plans (upcoming, overdue) are few among many events; scanned by window end.
    index('events_pending_plans_idx')
      .on(t.dateHi)
      .where(
        sql`${t.deletedAt} is null and ${t.status} in ('rumoured', 'planned', 'announced', 'postponed')`,
      ),
    check('events_date_order', sql`${t.dateLo} <= ${t.dateHi}`),
  ],
);

/** Counterparties (AT&T, Walmart) and other actors (FBI, NSA, CIA) of an event. */
export const eventOrganizations = pgTable(
  'event_organizations',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    role: eventOrgRole('role').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.organizationId, t.role] }),
    index('event_organizations_org_idx').on(t.organizationId),
  ],
);

export const eventPeople = pgTable(
  'event_people',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.personId] }), index('event_people_person_idx').on(t.personId)],
);

export const eventProducts = pgTable(
  'event_products',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.productId] }),
    index('event_products_product_idx').on(t.productId),
  ],
);

/**
 * Typed edges between events. A plan and its outcome stay two events joined by a link, so
 * "promised vs delivered" can be shown. Links are records of their own (with revisions).
 */
export const eventLinks = pgTable(
  'event_links',
  {
    id: recordId(),
    fromEventId: uuid('from_event_id')
      .notNull()
      .references(() => events.id),
    toEventId: uuid('to_event_id')
      .notNull()
      .references(() => events.id),
    type: eventLinkType('type').notNull(),
    note: text('note').notNull().default(''),
    ...versioned(),
  },
  (t) => [
    uniqueIndex('event_links_unique_live')
      .on(t.fromEventId, t.toEventId, t.type)
      .where(sql`${t.deletedAt} is null`),
    index('event_links_to_idx').on(t.toEventId),
    check('event_links_not_self', sql`${t.fromEventId} <> ${t.toEventId}`),
  ],
);
