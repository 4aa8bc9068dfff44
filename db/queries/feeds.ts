import 'server-only';
import { and, inArray, sql, type SQL } from 'drizzle-orm';
import type { EventListItem } from '@/lib/domain/dto';
import { encodeCursor, decodeCursor, type EventFilters } from '@/lib/domain/event-filters';
import type { Db } from '../client';
import { events } from '../schema';
import { eventFilterConditions } from './events';
import { hydrateEvents, selectEventRows } from './hydrate-events';

// Reads for the exports and feeds: every event matching the /events filters, page by page (a
// keyset walk, so a large export never holds all rows at once), and the pending plans of the
// calendar feed.

export type ExportFilters = Omit<EventFilters, 'limit' | 'cursor'>;

/** Every matching event in the listing's order, `pageSize` at a time (keyset, never OFFSET). */
export async function* iterateEvents(
  db: Db,
  filters: ExportFilters,
  pageSize = 500,
): AsyncGenerator<EventListItem[]> {
  let cursor: string | null = null;
  for (;;) {
    const conditions = eventFilterConditions(filters);
    const key = cursor ? decodeCursor(cursor) : null;
    if (key)
      conditions.push(
        sql`(${events.dateLo}, ${events.dateHi}, ${events.id}) > (${key.lo}::date, ${key.hi}::date, ${key.id}::uuid)`,
      );
    const rows = await selectEventRows(db, and(...conditions), pageSize);
    if (rows.length === 0) return;
    yield await hydrateEvents(db, rows);
    if (rows.length < pageSize) return;
    const last = rows.at(-1)!;
    cursor = encodeCursor({ lo: last.dateLo, hi: last.dateHi, id: last.id });
  }
}

/** Statuses of a plan that is still pending. */
export const PENDING_PLAN_STATUSES = ['planned', 'announced'] as const;

/**
 * SQL: the event has no outcome recorded — no live event that happened or was cancelled links to
 * it as fulfilling, cancelling or superseding it.
 */
export function noOutcomeLinked(): SQL {
  return sql`not exists (
    select 1 from event_links l
    join events o on o.id = l.from_event_id
    where l.to_event_id = ${events.id}
      and l.deleted_at is null
      and o.deleted_at is null
      and l.type in ('fulfils', 'cancels', 'supersedes')
      and o.status in ('happened', 'cancelled')
  )`;
}

/**
 * Pending plans (planned or announced, no outcome linked), optionally of some vendors and regions
 * (a region includes its members), in window order. Past windows are included: the feed marks them.
 */
export async function listPendingPlans(
  db: Db,
  filters: { vendor?: string[]; region?: string[] },
  limit = 2000,
): Promise<EventListItem[]> {
  const conditions = [
    ...eventFilterConditions({ vendor: filters.vendor, region: filters.region }),
    inArray(events.status, [...PENDING_PLAN_STATUSES]),
    noOutcomeLinked(),
  ];
  return hydrateEvents(db, await selectEventRows(db, and(...conditions), limit));
}
