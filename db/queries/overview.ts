import 'server-only';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Overview } from '@/lib/domain/dto';
import type { Db } from '../client';
import { events } from '../schema';
import { listEventsWhere } from './events';
import { listRecentChanges } from './revisions';

const PENDING = ['rumoured', 'planned', 'announced', 'postponed'] as const;

export async function getOverview(db: Db): Promise<Overview> {
  const countsQuery = db.execute<{
    vendors: number;
    regions: number;
    events: number;
    sources: number;
    plans_pending: number;
  }>(sql`select
      (select count(*)::int from organizations where kind = 'vendor' and deleted_at is null) as vendors,
      (select count(*)::int from regions where deleted_at is null) as regions,
      (select count(*)::int from events where deleted_at is null) as events,
      (select count(*)::int from sources where deleted_at is null) as sources,
      (select count(*)::int from events where deleted_at is null and type = 'planned_entry'
         and status in ('rumoured', 'planned', 'announced', 'postponed')) as plans_pending`);
  const [countsResult, upcoming, recentEvents, recentChanges] = await Promise.all([
    countsQuery,
    listEventsWhere(db, and(eq(events.type, 'planned_entry'), inArray(events.status, [...PENDING]))!, 6),
    listEventsWhere(db, isNull(events.deletedAt), 8, 'desc'),
    listRecentChanges(db, 10),
  ]);
  // postgres-js returns rows as an array; PGlite returns { rows }.
  const rows = (Array.isArray(countsResult) ? countsResult : (countsResult as { rows: unknown[] }).rows) as {
    vendors: number;
    regions: number;
    events: number;
    sources: number;
    plans_pending: number;
  }[];
  const c = rows[0]!;
  return {
    counts: {
      vendors: c.vendors,
      regions: c.regions,
      events: c.events,
      sources: c.sources,
      plansPending: c.plans_pending,
    },
    upcoming,
    recentEvents,
    recentChanges,
  };
}
