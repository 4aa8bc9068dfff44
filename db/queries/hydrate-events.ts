import 'server-only';
import { and, asc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { formatFuzzyDate } from '@/lib/dates';
import type { Citation, EventListItem, OrgRef, PersonRef, RegionRef } from '@/lib/domain/dto';
import type { Executor } from '../client';
import { eventOrganizations, events, eventSources, organizations, people, regions, sources } from '../schema';

// Shared by every read that returns events: one query for the rows (with vendor and region),
// then one query per relation for the whole page of ids — never one query per event.

const vendorOrg = alias(organizations, 'vendor_org');

export const eventListColumns = {
  id: events.id,
  title: events.title,
  summary: events.summary,
  type: events.type,
  status: events.status,
  dateEdtf: events.dateEdtf,
  dateLo: events.dateLo,
  dateHi: events.dateHi,
  datePrecision: events.datePrecision,
  dateApproximate: events.dateApproximate,
  dateUncertain: events.dateUncertain,
  counterpartyNote: events.counterpartyNote,
  version: events.version,
  updatedAt: events.updatedAt,
  vendorId: vendorOrg.id,
  vendorSlug: vendorOrg.slug,
  vendorName: vendorOrg.name,
  vendorKind: vendorOrg.kind,
  regionId: regions.id,
  regionSlug: regions.slug,
  regionName: regions.name,
  regionKind: regions.kind,
  regionIso: regions.isoCode,
};

export type EventRow = Awaited<ReturnType<typeof selectEventRows>>[number];

/** Live events matching `where`, in the stable order (date_lo, date_hi, id). */
export function selectEventRows(
  executor: Executor,
  where: SQL | undefined,
  limit: number,
  order: 'asc' | 'desc' = 'asc',
) {
  const direction = order === 'asc' ? sql`asc` : sql`desc`;
  return executor
    .select(eventListColumns)
    .from(events)
    .leftJoin(vendorOrg, eq(vendorOrg.id, events.vendorId))
    .leftJoin(regions, eq(regions.id, events.regionId))
    .where(and(isNull(events.deletedAt), where))
    .orderBy(sql`${events.dateLo} ${direction}, ${events.dateHi} ${direction}, ${events.id} ${direction}`)
    .limit(limit);
}

export function toOrgRef(row: { id: string; slug: string; name: string; kind: OrgRef['kind'] }): OrgRef {
  return { id: row.id, slug: row.slug, name: row.name, kind: row.kind };
}

export function publishedLabel(edtf: string | null): string | null {
  if (!edtf) return null;
  try {
    return formatFuzzyDate(edtf);
  } catch {
    return edtf;
  }
}

export async function hydrateEvents(executor: Executor, rows: EventRow[]): Promise<EventListItem[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [orgLinks, citations] = await Promise.all([
    executor
      .select({
        eventId: eventOrganizations.eventId,
        role: eventOrganizations.role,
        id: organizations.id,
        slug: organizations.slug,
        name: organizations.name,
        kind: organizations.kind,
      })
      .from(eventOrganizations)
      .innerJoin(organizations, eq(organizations.id, eventOrganizations.organizationId))
      .where(and(inArray(eventOrganizations.eventId, ids), isNull(organizations.deletedAt)))
      .orderBy(asc(organizations.name)),
    executor
      .select({
        eventId: eventSources.eventId,
        sourceId: sources.id,
        outlet: sources.outlet,
        title: sources.title,
        url: sources.url,
        published: sources.publishedEdtf,
        publishedOn: sources.publishedOn,
        quote: eventSources.quote,
        stance: eventSources.stance,
        note: eventSources.note,
        sourceNote: sources.note,
        speakerId: people.id,
        speakerSlug: people.slug,
        speakerName: people.name,
        speakerRole: people.role,
      })
      .from(eventSources)
      .innerJoin(sources, eq(sources.id, eventSources.sourceId))
      .leftJoin(people, eq(people.id, eventSources.speakerId))
      .where(and(inArray(eventSources.eventId, ids), isNull(sources.deletedAt)))
      .orderBy(sql`${sources.publishedOn} asc nulls last`, asc(sources.outlet), asc(eventSources.id)),
  ]);

  const counterparties = new Map<string, OrgRef[]>();
  const actors = new Map<string, OrgRef[]>();
  for (const link of orgLinks) {
    const bucket = link.role === 'counterparty' ? counterparties : actors;
    const list = bucket.get(link.eventId) ?? [];
    list.push(toOrgRef(link));
    bucket.set(link.eventId, list);
  }
  const cites = new Map<string, Citation[]>();
  for (const c of citations) {
    const speaker: PersonRef | null =
      c.speakerId && c.speakerSlug && c.speakerName
        ? { id: c.speakerId, slug: c.speakerSlug, name: c.speakerName, role: c.speakerRole ?? '' }
        : null;
    const list = cites.get(c.eventId) ?? [];
    list.push({
      sourceId: c.sourceId,
      outlet: c.outlet,
      title: c.title,
      url: c.url,
      published: c.published,
      publishedLabel: publishedLabel(c.published),
      quote: c.quote,
      speaker,
      stance: c.stance,
      note: c.note,
      sourceNote: c.sourceNote,
    });
    cites.set(c.eventId, list);
  }

  return rows.map((r) => {
    const region: RegionRef | null =
      r.regionId && r.regionSlug && r.regionName && r.regionKind
        ? { id: r.regionId, slug: r.regionSlug, name: r.regionName, kind: r.regionKind, isoCode: r.regionIso }
        : null;
    const vendor: OrgRef | null =
      r.vendorId && r.vendorSlug && r.vendorName && r.vendorKind
        ? { id: r.vendorId, slug: r.vendorSlug, name: r.vendorName, kind: r.vendorKind }
        : null;
    return {
      id: r.id,
      title: r.title,
      summary: r.summary,
      type: r.type,
      status: r.status,
      date: {
        edtf: r.dateEdtf,
        lo: r.dateLo,
        hi: r.dateHi,
        precision: r.datePrecision,
        approximate: r.dateApproximate,
        uncertain: r.dateUncertain,
        label: publishedLabel(r.dateEdtf) ?? r.dateEdtf,
      },
      vendor,
      region,
      counterparties: counterparties.get(r.id) ?? [],
      counterpartyNote: r.counterpartyNote,
      actors: actors.get(r.id) ?? [],
      sources: cites.get(r.id) ?? [],
      version: r.version,
      updatedAt: r.updatedAt.toISOString(),
    };
  });
}
