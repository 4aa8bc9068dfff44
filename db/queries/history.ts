import 'server-only';
import { and, asc, desc, eq, gte, inArray, isNull, lt, max, or, sql, type SQL } from 'drizzle-orm';
import type { Page } from '@/lib/domain/dto';
import { ENTITY_TYPES, type EntityType, type OrganizationKind } from '@/lib/domain/vocabulary';
import type { ChangeFilters } from '@/lib/history/change-filters';
import type { RecordKey, RecordRef } from '@/lib/history/references';
import type { ChangeActor, ChangeEntry, RecordVersion } from '@/lib/history/types';
import type { Executor } from '../client';
import {
  eventLinks,
  events,
  metrics,
  organizations,
  people,
  products,
  regions,
  revisions,
  sources,
  views,
} from '../schema';
import { ENTITIES } from '../write/entities';
import type { RecordImage } from '../write/entity';

// Reads for the history pages: the feed of recent revisions (filters, keyset pagination on the
// revision id, newest first), one record's versions with their after-images, and names for the
// records they mention (one query per table).
//
// Only domain records are listed: revisions of other kinds (role changes of users, whose
// after-images hold e-mail addresses) never appear here.

function labelOf(data: unknown): string {
  const d = (data ?? {}) as Record<string, unknown>;
  for (const key of ['title', 'name', 'slug'])
    if (typeof d[key] === 'string' && d[key]) return d[key] as string;
  if (typeof d.type === 'string') return d.type.replace(/_/g, ' ');
  if (typeof d.period === 'string') return `${String(d.metric ?? 'metric').replace(/_/g, ' ')} ${d.period}`;
  return '';
}

function dayAfter(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

function actorCondition(actor: string): SQL {
  return or(eq(revisions.actorId, actor), and(isNull(revisions.actorId), eq(revisions.actorLabel, actor)))!;
}

/** Names and state of records, looked up in bulk (one query per table), keyed `type:id`. */
export async function describeRecords(
  db: Executor,
  keys: Iterable<RecordKey>,
): Promise<Map<string, RecordRef>> {
  const byType = new Map<EntityType, Set<string>>();
  for (const { type, id } of keys) {
    if (!/^[0-9a-f-]{36}$/i.test(id)) continue;
    const set = byType.get(type) ?? new Set<string>();
    set.add(id);
    byType.set(type, set);
  }
  const out = new Map<string, RecordRef>();
  const put = (
    type: EntityType,
    row: { id: string; deletedAt: Date | null },
    label: string,
    extra: Partial<RecordRef> = {},
  ) => out.set(`${type}:${row.id}`, { type, id: row.id, label, deleted: row.deletedAt !== null, ...extra });

  await Promise.all(
    [...byType].map(async ([type, set]) => {
      const ids = [...set];
      switch (type) {
        case 'organization': {
          const rows = await db
            .select({
              id: organizations.id,
              name: organizations.name,
              slug: organizations.slug,
              kind: organizations.kind,
              deletedAt: organizations.deletedAt,
            })
            .from(organizations)
            .where(inArray(organizations.id, ids));
          for (const r of rows) put(type, r, r.name, { slug: r.slug, kind: r.kind as OrganizationKind });
          return;
        }
        case 'region': {
          const rows = await db
            .select({ id: regions.id, name: regions.name, slug: regions.slug, deletedAt: regions.deletedAt })
            .from(regions)
            .where(inArray(regions.id, ids));
          for (const r of rows) put(type, r, r.name, { slug: r.slug });
          return;
        }
        case 'person': {
          const rows = await db
            .select({ id: people.id, name: people.name, slug: people.slug, deletedAt: people.deletedAt })
            .from(people)
            .where(inArray(people.id, ids));
          for (const r of rows) put(type, r, r.name, { slug: r.slug });
          return;
        }
        case 'product': {
          const rows = await db
            .select({
              id: products.id,
              name: products.name,
              slug: products.slug,
              deletedAt: products.deletedAt,
            })
            .from(products)
            .where(inArray(products.id, ids));
          for (const r of rows) put(type, r, r.name, { slug: r.slug });
          return;
        }
        case 'source': {
          const rows = await db
            .select({
              id: sources.id,
              title: sources.title,
              outlet: sources.outlet,
              deletedAt: sources.deletedAt,
            })
            .from(sources)
            .where(inArray(sources.id, ids));
          for (const r of rows) put(type, r, `${r.outlet}: ${r.title}`);
          return;
        }
        case 'event': {
          const rows = await db
            .select({ id: events.id, title: events.title, deletedAt: events.deletedAt })
            .from(events)
            .where(inArray(events.id, ids));
          for (const r of rows) put(type, r, r.title);
          return;
        }
        case 'event_link': {
          const rows = await db
            .select({ id: eventLinks.id, type: eventLinks.type, deletedAt: eventLinks.deletedAt })
            .from(eventLinks)
            .where(inArray(eventLinks.id, ids));
          for (const r of rows) put(type, r, `${r.type.replace(/_/g, ' ')} link`);
          return;
        }
        case 'metric': {
          const rows = await db
            .select({
              id: metrics.id,
              metric: metrics.metric,
              period: metrics.period,
              deletedAt: metrics.deletedAt,
            })
            .from(metrics)
            .where(inArray(metrics.id, ids));
          for (const r of rows) put(type, r, `${r.metric.replace(/_/g, ' ')} ${r.period}`);
          return;
        }
        case 'view': {
          const rows = await db
            .select({ id: views.id, title: views.title, slug: views.slug, deletedAt: views.deletedAt })
            .from(views)
            .where(inArray(views.id, ids));
          for (const r of rows) put(type, r, r.title, { slug: r.slug });
          return;
        }
      }
    }),
  );
  return out;
}

/** The feed: newest first, filtered, one page after the cursor (a revision id). */
export async function listChanges(db: Executor, filters: ChangeFilters): Promise<Page<ChangeEntry>> {
  const conditions: SQL[] = [
    filters.type ? eq(revisions.entityType, filters.type) : inArray(revisions.entityType, [...ENTITY_TYPES]),
  ];
  if (filters.action) conditions.push(eq(revisions.action, filters.action));
  if (filters.actor) conditions.push(actorCondition(filters.actor));
  if (filters.from) conditions.push(gte(revisions.createdAt, new Date(`${filters.from}T00:00:00Z`)));
  if (filters.to) conditions.push(lt(revisions.createdAt, new Date(`${dayAfter(filters.to)}T00:00:00Z`)));
  if (filters.cursor) conditions.push(lt(revisions.id, filters.cursor));

  const rows = await db
    .select()
    .from(revisions)
    .where(and(...conditions))
    .orderBy(desc(revisions.id))
    .limit(filters.limit + 1);
  const page = rows.slice(0, filters.limit);
  const records = await describeRecords(
    db,
    page.map((r) => ({ type: r.entityType as EntityType, id: r.entityId })),
  );
  const last = page.at(-1);
  return {
    items: page.map((r) => ({
      revisionId: r.id,
      entityType: r.entityType as EntityType,
      entityId: r.entityId,
      version: r.version,
      action: r.action,
      actorId: r.actorId,
      actorLabel: r.actorLabel,
      createdAt: r.createdAt.toISOString(),
      label: labelOf(r.data),
      record: records.get(`${r.entityType}:${r.entityId}`),
    })),
    nextCursor: rows.length > filters.limit && last ? String(last.id) : null,
  };
}

/** Who has written (most recent first), for the feed's actor filter. */
export async function listChangeActors(db: Executor, limit = 100): Promise<ChangeActor[]> {
  const rows = await db
    .select({ actorId: revisions.actorId, actorLabel: revisions.actorLabel, latest: max(revisions.id) })
    .from(revisions)
    .where(inArray(revisions.entityType, [...ENTITY_TYPES]))
    .groupBy(revisions.actorId, revisions.actorLabel)
    .orderBy(desc(max(revisions.id)))
    .limit(limit * 2);
  const seen = new Map<string, ChangeActor>();
  for (const row of rows) {
    const value = row.actorId ?? row.actorLabel;
    // A user renamed since keeps one entry, under the name of their latest write.
    if (!seen.has(value)) seen.set(value, { value, label: row.actorLabel || 'unknown' });
  }
  return [...seen.values()].slice(0, limit);
}

export interface RecordHistory {
  type: EntityType;
  id: string;
  /** Oldest first. */
  versions: RecordVersion[];
  /** The record as it is now (deleted or not). */
  current: RecordImage | undefined;
}

/** Every version of one record with its after-image; undefined when the record has no history. */
export async function getRecordHistory(
  db: Executor,
  type: EntityType,
  id: string,
): Promise<RecordHistory | undefined> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return undefined;
  const [rows, current] = await Promise.all([
    db
      .select()
      .from(revisions)
      .where(and(eq(revisions.entityType, type), eq(revisions.entityId, id)))
      .orderBy(asc(revisions.version)),
    ENTITIES[type].load(db, id),
  ]);
  if (rows.length === 0) return undefined;
  return {
    type,
    id,
    versions: rows.map((r) => ({
      revisionId: r.id,
      version: r.version,
      action: r.action,
      actorLabel: r.actorLabel,
      createdAt: r.createdAt.toISOString(),
      data: (r.data ?? {}) as Record<string, unknown>,
    })),
    current,
  };
}

/** How many revisions match (for tests and counts); `sql` kept local to this module. */
export async function countChanges(db: Executor, entityType?: EntityType): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(revisions)
    .where(
      entityType ? eq(revisions.entityType, entityType) : inArray(revisions.entityType, [...ENTITY_TYPES]),
    );
  return row?.n ?? 0;
}
