import 'server-only';
import { and, desc, inArray, sql, type SQL } from 'drizzle-orm';
import { formatFuzzyDate, parseEdtf } from '@/lib/dates';
import type { Citation, EventAsKnownOn, LinkedEvent, PersonRef } from '@/lib/domain/dto';
import type { CitationStance } from '@/lib/domain/vocabulary';
import type { EntityType, EventLinkType, EventStatus, EventType } from '@/lib/domain/vocabulary';
import type { TimelineData, TimelineItem, TimelineLink, TimelineRef } from '@/lib/timeline/types';
import type { ViewFilters } from '@/lib/view-state/schema';
import type { Db, Executor } from '../client';
import { revisions } from '../schema';
import { publishedLabel } from './hydrate-events';
import { getTimelineData, TIMELINE_LIMIT } from './timeline';

// "As known on": the timeline as the data was recorded at a past moment, rebuilt from the
// revisions (each holds a record's full after-image). For every record the latest revision at
// or before the moment is its state then; a record whose latest revision then is a delete (or
// whose image is deleted) did not exist then, and one with no revision yet was not recorded yet.
//
//   select distinct on (entity_type, entity_id) …
//   from revisions where entity_type in (…) and created_at <= $asOf
//   order by entity_type, entity_id, created_at desc, version desc
//
// Events are filtered in SQL on their images (type, status, vendor and region ids, the ids
// resolved against the organizations and regions as they were then), then dated, sorted and
// cut in the stable order (date_lo, date_hi, id), like getTimelineData.

type Image = Record<string, unknown> & { id: string };

/** A moment: a Date, or an ISO 8601 string (kept as is, so microseconds survive). */
export type AsOf = Date | string;

function moment(asOf: AsOf): string {
  if (typeof asOf === 'string') {
    if (!Number.isFinite(Date.parse(asOf))) throw new RangeError(`Not a moment: ${asOf}`);
    return asOf;
  }
  return asOf.toISOString();
}

interface Snapshot {
  /** Live records then, by id. */
  live: Map<string, Image>;
  /** Every record ever recorded by then (deleted ones too), for names of references. */
  any: Map<string, Image>;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** The latest image of each record of `types` at `asOf`, optionally narrowed with more SQL. */
export async function latestImages(
  db: Executor,
  types: readonly EntityType[],
  asOf: AsOf,
  where?: SQL,
): Promise<{ type: string; id: string; action: string; data: Image }[]> {
  const latest = db
    .selectDistinctOn([revisions.entityType, revisions.entityId], {
      type: revisions.entityType,
      id: revisions.entityId,
      action: revisions.action,
      data: revisions.data,
    })
    .from(revisions)
    .where(
      and(
        inArray(revisions.entityType, [...types]),
        sql`${revisions.createdAt} <= ${moment(asOf)}::timestamptz`,
      ),
    )
    .orderBy(revisions.entityType, revisions.entityId, desc(revisions.createdAt), desc(revisions.version))
    .as('latest');
  const rows = await db
    .select({ type: latest.type, id: latest.id, action: latest.action, data: latest.data })
    .from(latest)
    .where(where);
  return rows.map((r) => ({ ...r, data: { ...(r.data as Record<string, unknown>), id: r.id } }));
}

function isLive(row: { action: string; data: Image }): boolean {
  return row.action !== 'delete' && !row.data.deletedAt;
}

async function snapshot(db: Executor, type: EntityType, asOf: AsOf): Promise<Snapshot> {
  const rows = await latestImages(db, [type], asOf);
  const live = new Map<string, Image>();
  const any = new Map<string, Image>();
  for (const row of rows) {
    any.set(row.id, row.data);
    if (isLive(row)) live.set(row.id, row.data);
  }
  return { live, any };
}

function ref(image: Image | undefined, nameKey = 'name'): TimelineRef | null {
  if (!image) return null;
  const slug = str(image.slug);
  const name = str(image[nameKey]);
  return slug && name ? { id: image.id, slug, name } : null;
}

/** Ids of the regions named by `slugs` (live then) and of their members at any depth, then. */
function regionTreeIds(regions: Snapshot, slugs: readonly string[]): string[] {
  const children = new Map<string, string[]>();
  for (const region of regions.live.values()) {
    for (const parent of strings(region.parentIds)) {
      const list = children.get(parent) ?? [];
      list.push(region.id);
      children.set(parent, list);
    }
  }
  const wanted = new Set(slugs);
  const out = new Set<string>();
  const queue = [...regions.live.values()].filter((r) => wanted.has(str(r.slug) ?? '')).map((r) => r.id);
  while (queue.length) {
    const id = queue.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    queue.push(...(children.get(id) ?? []));
  }
  return [...out];
}

const NOTHING = '00000000-0000-0000-0000-000000000000';

function list(values: readonly string[]) {
  return sql.join(
    (values.length ? values : [NOTHING]).map((v) => sql`${v}`),
    sql`, `,
  );
}

/** The compact timeline of a view as the data was recorded at `asOf`. */
export async function getTimelineDataAsKnownOn(
  db: Executor,
  filters: ViewFilters,
  asOf: AsOf,
  limit = TIMELINE_LIMIT,
): Promise<TimelineData> {
  const at = asOf;
  const [orgs, regions, sources, linkRows] = await Promise.all([
    snapshot(db, 'organization', at),
    snapshot(db, 'region', at),
    snapshot(db, 'source', at),
    latestImages(db, ['event_link'], at),
  ]);

  const conditions = [sql`${sql.identifier('action')} <> 'delete'`, sql`(data->>'deletedAt') is null`];
  if (filters.types.length) conditions.push(sql`(data->>'type') in (${list(filters.types)})`);
  if (filters.statuses.length) conditions.push(sql`(data->>'status') in (${list(filters.statuses)})`);
  if (filters.vendors.length) {
    const wanted = new Set(filters.vendors);
    const ids = [...orgs.live.values()].filter((o) => wanted.has(str(o.slug) ?? '')).map((o) => o.id);
    conditions.push(sql`(data->>'vendorId') in (${list(ids)})`);
  }
  if (filters.regions.length) {
    conditions.push(sql`(data->>'regionId') in (${list(regionTreeIds(regions, filters.regions))})`);
  }
  const eventRows = await latestImages(db, ['event'], at, sql.join(conditions, sql` and `));

  const labels = new Map<string, string>();
  const label = (edtf: string) => {
    let value = labels.get(edtf);
    if (value === undefined) {
      value = publishedLabel(edtf) ?? edtf;
      labels.set(edtf, value);
    }
    return value;
  };

  const all: TimelineItem[] = [];
  for (const { data } of eventRows) {
    const edtf = str(data.date);
    const parsed = edtf ? parseEdtf(edtf) : null;
    if (!edtf || !parsed?.ok) continue; // every image was validated when written; be safe anyway
    const date = parsed.value;
    const counterparties = strings(data.counterpartyIds)
      .map((id) => ref(orgs.live.get(id)))
      .filter((r): r is TimelineRef => r !== null)
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const citations = Array.isArray(data.citations) ? (data.citations as { sourceId?: unknown }[]) : [];
    all.push({
      id: data.id,
      title: str(data.title) ?? '',
      type: data.type as EventType,
      status: data.status as EventStatus,
      date: {
        edtf: date.edtf,
        lo: date.lo,
        hi: date.hi,
        precision: date.precision,
        approximate: date.approximate,
        uncertain: date.uncertain,
        label: label(date.edtf),
      },
      vendor: ref(orgs.any.get(str(data.vendorId) ?? '')),
      region: ref(regions.any.get(str(data.regionId) ?? '')),
      counterparties,
      counterpartyNote: str(data.counterpartyNote) ?? '',
      sourceCount: citations.filter((c) => typeof c.sourceId === 'string' && sources.live.has(c.sourceId))
        .length,
    });
  }
  all.sort((a, b) =>
    a.date.lo !== b.date.lo
      ? a.date.lo < b.date.lo
        ? -1
        : 1
      : a.date.hi !== b.date.hi
        ? a.date.hi < b.date.hi
          ? -1
          : 1
        : a.id < b.id
          ? -1
          : a.id > b.id
            ? 1
            : 0,
  );
  const truncated = all.length > limit;
  const items = truncated ? all.slice(0, limit) : all;

  const present = new Set(items.map((i) => i.id));
  const links: TimelineLink[] = linkRows
    .filter(isLive)
    .map((r) => ({
      fromId: str(r.data.fromEventId) ?? '',
      toId: str(r.data.toEventId) ?? '',
      type: r.data.type as EventLinkType,
    }))
    .filter((l) => present.has(l.fromId) && present.has(l.toId))
    .sort((a, b) =>
      a.fromId !== b.fromId ? (a.fromId < b.fromId ? -1 : 1) : a.toId < b.toId ? -1 : a.toId > b.toId ? 1 : 0,
    );
  return { items, links, truncated, limit };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The live images at `asOf` of some records of one type, by id. */
async function imagesOf(db: Executor, type: EntityType, ids: readonly string[], asOf: AsOf) {
  const out = new Map<string, Image>();
  if (ids.length === 0) return out;
  const rows = await latestImages(
    db,
    [type],
    asOf,
    sql`${sql.identifier('entity_id')} in (${list([...new Set(ids)])})`,
  );
  for (const row of rows) if (isLive(row)) out.set(row.id, row.data);
  return out;
}

/**
 * One event as recorded at `asOf`: its fields, its citations with their sources and speakers as
 * they were then, and its links then (with the linked events' titles and statuses then). Null
 * when it did not exist then (not yet recorded, or deleted), or the id is not a UUID.
 */
export async function getEventAsKnownOn(
  db: Executor,
  id: string,
  asOf: AsOf,
): Promise<EventAsKnownOn | null> {
  if (!UUID.test(id)) return null;
  const at = moment(asOf);
  const id_ = sql.identifier('entity_id');
  const [eventRows, linkRows] = await Promise.all([
    latestImages(db, ['event'], at, sql`${id_} = ${id}`),
    latestImages(
      db,
      ['event_link'],
      at,
      sql`((${sql.identifier('data')}->>'fromEventId') = ${id} or (${sql.identifier('data')}->>'toEventId') = ${id})`,
    ),
  ]);
  const row = eventRows[0];
  if (!row || !isLive(row)) return null;
  const data = row.data;
  const edtf = str(data.date) ?? '';
  const parsed = parseEdtf(edtf);
  if (!parsed.ok) return null;

  const citations = (Array.isArray(data.citations) ? data.citations : []) as Record<string, unknown>[];
  const links = linkRows.filter(isLive);
  const otherIds = links.map(
    (l) => (str(l.data.fromEventId) === id ? str(l.data.toEventId) : str(l.data.fromEventId)) ?? '',
  );
  const [sourceImages, speakerImages, otherEvents] = await Promise.all([
    imagesOf(
      db,
      'source',
      citations.map((c) => str(c.sourceId) ?? ''),
      at,
    ),
    imagesOf(
      db,
      'person',
      citations.map((c) => str(c.speakerId)).filter((v): v is string => v !== null),
      at,
    ),
    imagesOf(db, 'event', otherIds, at),
  ]);

  const sources: (Citation & { order: number })[] = [];
  citations.forEach((c, order) => {
    const source = sourceImages.get(str(c.sourceId) ?? '');
    if (!source) return;
    const speakerImage = speakerImages.get(str(c.speakerId) ?? '');
    const speaker: PersonRef | null =
      speakerImage && str(speakerImage.slug) && str(speakerImage.name)
        ? {
            id: speakerImage.id,
            slug: str(speakerImage.slug)!,
            name: str(speakerImage.name)!,
            role: str(speakerImage.role) ?? '',
          }
        : null;
    const published = str(source.published);
    sources.push({
      order,
      sourceId: source.id,
      outlet: str(source.outlet) ?? '',
      title: str(source.title) ?? '',
      url: str(source.url),
      published,
      publishedLabel: publishedLabel(published),
      quote: str(c.quote) ?? '',
      speaker,
      stance: (str(c.stance) ?? 'supports') as CitationStance,
      note: str(c.note) ?? '',
      sourceNote: str(source.note) ?? '',
    });
  });
  // As the current detail orders them: publication date (unknown last), outlet, then as cited.
  const publishedLo = (c: Citation) => {
    const p = c.published ? parseEdtf(c.published) : null;
    return p?.ok ? p.value.lo : null;
  };
  sources.sort((a, b) => {
    const pa = publishedLo(a);
    const pb = publishedLo(b);
    if (pa !== pb) return pa === null ? 1 : pb === null ? -1 : pa < pb ? -1 : 1;
    return a.outlet < b.outlet ? -1 : a.outlet > b.outlet ? 1 : a.order - b.order;
  });

  const linked: (LinkedEvent & { lo: string })[] = [];
  links.forEach((link, k) => {
    const other = otherEvents.get(otherIds[k]!);
    if (!other) return;
    const otherDate = str(other.date) ?? '';
    const otherParsed = parseEdtf(otherDate);
    linked.push({
      lo: otherParsed.ok ? otherParsed.value.lo : '',
      linkId: link.id,
      type: link.data.type as EventLinkType,
      direction: str(link.data.fromEventId) === id ? 'outgoing' : 'incoming',
      note: str(link.data.note) ?? '',
      event: {
        id: other.id,
        title: str(other.title) ?? '',
        status: other.status as EventStatus,
        type: other.type as EventType,
        dateLabel: formatFuzzyDate(otherDate),
      },
    });
  });
  linked.sort((a, b) =>
    a.lo !== b.lo ? (a.lo < b.lo ? -1 : 1) : a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0,
  );

  const date = parsed.value;
  return {
    id,
    title: str(data.title) ?? '',
    summary: str(data.summary) ?? '',
    type: data.type as EventType,
    status: data.status as EventStatus,
    date: {
      edtf: date.edtf,
      lo: date.lo,
      hi: date.hi,
      precision: date.precision,
      approximate: date.approximate,
      uncertain: date.uncertain,
      label: publishedLabel(date.edtf) ?? date.edtf,
    },
    sources: sources.map(({ order: _order, ...c }) => c),
    links: linked.map(({ lo: _lo, ...l }) => l),
    version: typeof data.version === 'number' ? data.version : 0,
    asOf: new Date(at).toISOString(),
  };
}

/** When the first record was written (the earliest moment an "as known on" view can show). */
export async function getFirstRevisionAt(db: Executor): Promise<Date | null> {
  const [row] = await db
    .select({ at: sql<Date | string | null>`min(${revisions.createdAt})` })
    .from(revisions);
  if (!row?.at) return null;
  return row.at instanceof Date ? row.at : new Date(row.at);
}

/** The timeline of a view: as known on `asOf` when given, else the current data. */
export function getTimelineDataAt(
  db: Db,
  filters: ViewFilters,
  asOf: AsOf | null,
  limit = TIMELINE_LIMIT,
): Promise<TimelineData> {
  return asOf ? getTimelineDataAsKnownOn(db, filters, asOf, limit) : getTimelineData(db, filters, limit);
}
