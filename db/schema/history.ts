import {
  bigint,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  uniqueIndex,
  uuid,
  date,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { users } from './auth';
import { organizations, regions } from './catalog';
import { recordId, tstz, versioned } from './columns';
import { metricKind, revisionAction } from './enums';
import { sources } from './sources';

/**
 * One immutable row per accepted write of any record: the full after-image, so history, diffs,
 * revert and "as known on" views all read from here. (entity, id, version) is unique, which
 * makes a lost update impossible to record silently.
 */
export const revisions = pgTable(
  'revisions',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id').notNull(),
    version: integer('version').notNull(),
    action: revisionAction('action').notNull(),
    actorId: text('actor_id').references(() => users.id),
    /** Who wrote it when no user did (`seed`, `import`), or the user's name at the time. */
    actorLabel: text('actor_label').notNull(),
    // clock_timestamp, not now(): revisions written in one transaction keep their real order.
    createdAt: tstz('created_at')
      .notNull()
      .default(sql`clock_timestamp()`),
    data: jsonb('data').notNull(),
  },
  (t) => [
    uniqueIndex('revisions_entity_version_key').on(t.entityType, t.entityId, t.version),
    index('revisions_created_idx').on(t.createdAt),
    index('revisions_actor_idx').on(t.actorId),
  ],
);

/** Quantitative series beside the events: vendor x region x quarter x metric. */
export const metrics = pgTable(
  'metrics',
  {
    id: recordId(),
    vendorId: uuid('vendor_id')
      .notNull()
      .references(() => organizations.id),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    /** Quarter as `YYYY-Qn`; `period_start` is its first day, for ordering and ranges. */
    period: text('period').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    metric: metricKind('metric').notNull(),
    value: numeric('value', { precision: 20, scale: 4, mode: 'number' }).notNull(),
    sourceId: uuid('source_id')
      .notNull()
      .references(() => sources.id),
    /** The passage of the source that states the figure (required for new values). */
    quote: text('quote').notNull().default(''),
    ...versioned(),
  },
  (t) => [
    uniqueIndex('metrics_series_point_live')
      .on(t.vendorId, t.regionId, t.metric, t.periodStart)
      .where(sql`${t.deletedAt} is null`),
    index('metrics_region_idx').on(t.regionId, t.metric, t.periodStart),
    // A vendor's series across regions (/metrics?vendor=): the live points only.
    index('metrics_vendor_idx')
      .on(t.vendorId, t.metric, t.periodStart)
      .where(sql`${t.deletedAt} is null`),
  ],
);

/** Saved, shareable views of the timeline. */
export const views = pgTable(
  'views',
  {
    id: recordId(),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    state: jsonb('state').notNull(),
    /** When set, the view shows the data as it was recorded at this moment. */
    asKnownOn: tstz('as_known_on'),
    createdBy: text('created_by').references(() => users.id),
    ...versioned(),
  },
  (t) => [uniqueIndex('views_slug_key').on(t.slug)],
);

/** Small facts about the database itself (e.g. when the demo data was seeded). */
export const appMeta = pgTable('app_meta', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: tstz('updated_at').notNull().defaultNow(),
});
