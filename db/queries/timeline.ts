import 'server-only';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { TimelineData, TimelineItem, TimelineLink, TimelineRef } from '@/lib/timeline/types';
import type { ViewFilters } from '@/lib/view-state/schema';
import type { Db } from '../client';
import { eventLinks, eventOrganizations, eventSources, organizations, sources } from '../schema';
import { eventFilterConditions } from './events';
import { publishedLabel, selectEventRows } from './hydrate-events';

// The events of a timeline view, compact: what the timeline draws and its list shows (no
// summaries, no quotes: the detail panel fetches those for one event). One query for the rows,
// then one per relation for the whole set, in chunks that stay far below the parameter limit.

/** The most events one view loads; beyond it the earliest are shown and `truncated` is set. */
export const TIMELINE_LIMIT = 20_000;
const CHUNK = 5_000;

function chunks<T>(values: T[]): T[][] {
  const out: T[][] = [];
  for (let k = 0; k < values.length; k += CHUNK) out.push(values.slice(k, k + CHUNK));
  return out;
}

export async function getTimelineData(
  db: Db,
  filters: ViewFilters,
  limit = TIMELINE_LIMIT,
): Promise<TimelineData> {
  const conditions = eventFilterConditions({
    vendor: filters.vendors.length ? filters.vendors : undefined,
    region: filters.regions.length ? filters.regions : undefined,
    type: filters.types.length ? filters.types : undefined,
    status: filters.statuses.length ? filters.statuses : undefined,
  });
  const fetched = await selectEventRows(db, conditions.length ? and(...conditions) : undefined, limit + 1);
  const truncated = fetched.length > limit;
  const rows = truncated ? fetched.slice(0, limit) : fetched;
  const ids = rows.map((r) => r.id);

  const counterparties = new Map<string, TimelineRef[]>();
  const sourceCounts = new Map<string, number>();
  const links: TimelineLink[] = [];
  const present = new Set(ids);
  for (const part of chunks(ids)) {
    const [orgRows, countRows, linkRows] = await Promise.all([
      db
        .select({
          eventId: eventOrganizations.eventId,
          id: organizations.id,
          slug: organizations.slug,
          name: organizations.name,
        })
        .from(eventOrganizations)
        .innerJoin(organizations, eq(organizations.id, eventOrganizations.organizationId))
        .where(
          and(
            inArray(eventOrganizations.eventId, part),
            eq(eventOrganizations.role, 'counterparty'),
            isNull(organizations.deletedAt),
          ),
        )
        .orderBy(organizations.name),
      db
        .select({ eventId: eventSources.eventId, count: sql<number>`count(*)::int` })
        .from(eventSources)
        .innerJoin(sources, eq(sources.id, eventSources.sourceId))
        .where(and(inArray(eventSources.eventId, part), isNull(sources.deletedAt)))
        .groupBy(eventSources.eventId),
      db
        .select({ fromId: eventLinks.fromEventId, toId: eventLinks.toEventId, type: eventLinks.type })
        .from(eventLinks)
        .where(and(inArray(eventLinks.fromEventId, part), isNull(eventLinks.deletedAt)))
        .orderBy(eventLinks.fromEventId, eventLinks.toEventId),
    ]);
    for (const o of orgRows) {
      const list = counterparties.get(o.eventId) ?? [];
      list.push({ id: o.id, slug: o.slug, name: o.name });
      counterparties.set(o.eventId, list);
    }
    for (const c of countRows) sourceCounts.set(c.eventId, Number(c.count));
    // A link is drawn only when both ends are in the view (the target's row filters deleted ones).
    for (const l of linkRows) if (present.has(l.toId)) links.push(l);
  }

  const labels = new Map<string, string>();
  const label = (edtf: string) => {
    let value = labels.get(edtf);
    if (value === undefined) {
      value = publishedLabel(edtf) ?? edtf;
      labels.set(edtf, value);
    }
    return value;
  };

  const items: TimelineItem[] = rows.map((r) => ({
    id: r.id,
    title: r.title,
    type: r.type,
    status: r.status,
    date: {
      edtf: r.dateEdtf,
      lo: r.dateLo,
      hi: r.dateHi,
      precision: r.datePrecision,
      approximate: r.dateApproximate,
      uncertain: r.dateUncertain,
      label: label(r.dateEdtf),
    },
    vendor:
      r.vendorId && r.vendorSlug && r.vendorName
        ? { id: r.vendorId, slug: r.vendorSlug, name: r.vendorName }
        : null,
    region:
      r.regionId && r.regionSlug && r.regionName
        ? { id: r.regionId, slug: r.regionSlug, name: r.regionName }
        : null,
    counterparties: counterparties.get(r.id) ?? [],
    counterpartyNote: r.counterpartyNote,
    sourceCount: sourceCounts.get(r.id) ?? 0,
  }));
  return { items, links, truncated, limit };
}
