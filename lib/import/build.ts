import { eventInput, sourceInput } from '@/lib/domain/schemas';
import {
  CITATION_STANCES,
  EVENT_STATUSES,
  EVENT_TYPES,
  type OrganizationKind,
} from '@/lib/domain/vocabulary';
import type { ImportRowError } from './columns';
import type { RawImportRow, RawSource } from './parse';

// From parsed rows and the records their slugs and URLs name (looked up in bulk by the caller)
// to the exact inputs the write path will receive, validated with the same zod schemas, every
// problem reported by row and column. Pure: nothing here touches the database.

export interface ResolvedRefs {
  /** Live organizations by slug. */
  organizations: ReadonlyMap<string, { id: string; kind: OrganizationKind }>;
  regions: ReadonlyMap<string, { id: string }>;
  people: ReadonlyMap<string, { id: string }>;
  /** Live sources by exact URL. */
  sourcesByUrl: ReadonlyMap<string, string>;
  /** Live sources without URL by `sourceKey(outlet, title)`. */
  sourcesByOutletTitle: ReadonlyMap<string, string>;
}

export interface PlannedSource {
  id: string;
  /** The first row that states it. */
  row: number;
  input: { url: string | null; outlet: string; title: string; published: string | null };
}

export interface PlannedEvent {
  row: number;
  /** The write path's input (eventInput, before parsing: the date as text). */
  input: Record<string, unknown>;
  /** Where each citation came from, to report write-time failures on the right columns. */
  sources: RawSource[];
}

export interface ImportPlan {
  events: PlannedEvent[];
  newSources: PlannedSource[];
  /** Citations that reuse an existing source. */
  sourcesMatched: number;
}

export type PlanOutcome = { ok: true; plan: ImportPlan } | { ok: false; errors: ImportRowError[] };

/** What must be looked up: one query per table. */
export function referencesOf(rows: readonly RawImportRow[]) {
  const organizations = new Set<string>();
  const regions = new Set<string>();
  const people = new Set<string>();
  const urls = new Set<string>();
  const outletTitles = new Map<string, { outlet: string; title: string }>();
  for (const row of rows) {
    if (row.vendor) organizations.add(row.vendor);
    for (const slug of row.counterparties) organizations.add(slug);
    if (row.region) regions.add(row.region);
    for (const source of row.sources) {
      if (source.speaker) people.add(source.speaker);
      if (source.url) urls.add(source.url);
      else if (source.outlet && source.title)
        outletTitles.set(sourceKey(source.outlet, source.title), {
          outlet: source.outlet,
          title: source.title,
        });
    }
  }
  return {
    organizations: [...organizations],
    regions: [...regions],
    people: [...people],
    sourceUrls: [...urls],
    sourceOutletTitles: [...outletTitles.values()],
  };
}

export function sourceKey(outlet: string, title: string): string {
  return `${outlet.trim().toLowerCase()}\n${title.trim().toLowerCase()}`;
}

/** "Store opening", "store-opening" and "STORE_OPENING" all mean store_opening. */
export function normalizeVocabulary(value: string, allowed: readonly string[]): string {
  const normalized = value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return allowed.includes(normalized) ? normalized : value.trim();
}

const EVENT_FIELD_COLUMNS: Record<string, string> = {
  title: 'title',
  summary: 'summary',
  type: 'type',
  status: 'status',
  vendorId: 'vendor',
  regionId: 'region',
  date: 'date',
  counterpartyIds: 'counterparties',
};

const CITATION_FIELD_SOURCE: Record<string, keyof ReturnType<typeof citationColumns>> = {
  sourceId: 'url',
  quote: 'quote',
  speakerId: 'speaker',
  stance: 'stance',
  note: 'quote',
};

function citationColumns(source: RawSource) {
  return {
    url: source.columnOf('url'),
    quote: source.columnOf('quote'),
    speaker: source.columnOf('speaker'),
    stance: source.columnOf('stance'),
  };
}

/** The import column of a write-path field path (`citations.0.quote` → `quote` or `sources.0.quote`). */
export function columnOfEventField(path: string, sources: readonly RawSource[]): string {
  const [head, index, field] = path.split('.');
  if (head === 'citations' && index !== undefined) {
    const source = sources[Number(index)];
    if (source) return citationColumns(source)[CITATION_FIELD_SOURCE[field ?? ''] ?? 'url'];
    return 'source_url';
  }
  return EVENT_FIELD_COLUMNS[head ?? ''] ?? (head || 'row');
}

const SOURCE_FIELD_COLUMNS = {
  url: 'url',
  outlet: 'outlet',
  title: 'title',
  published: 'published',
} as const;

export function planImport(
  rows: readonly RawImportRow[],
  refs: ResolvedRefs,
  newId: () => string = () => crypto.randomUUID(),
): PlanOutcome {
  const errors: ImportRowError[] = [];
  const planned = new Map<string, PlannedSource>();
  const events: PlannedEvent[] = [];
  let sourcesMatched = 0;

  for (const row of rows) {
    const rowErrors: ImportRowError[] = [];
    const fail = (column: string, message: string) => rowErrors.push({ row: row.row, column, message });

    let vendorId: string | null = null;
    if (row.vendor) {
      const org = refs.organizations.get(row.vendor);
      if (!org) fail('vendor', `No vendor with slug "${row.vendor}".`);
      else if (org.kind !== 'vendor') fail('vendor', `"${row.vendor}" is a ${org.kind}, not a vendor.`);
      else vendorId = org.id;
    }
    let regionId: string | null = null;
    if (row.region) {
      const region = refs.regions.get(row.region);
      if (!region) fail('region', `No region with slug "${row.region}".`);
      else regionId = region.id;
    }
    const counterpartyIds: string[] = [];
    for (const slug of row.counterparties) {
      const org = refs.organizations.get(slug);
      if (!org) fail('counterparties', `No organization with slug "${slug}".`);
      else counterpartyIds.push(org.id);
    }

    const citations: Record<string, unknown>[] = [];
    for (const source of row.sources) {
      const col = (field: Parameters<RawSource['columnOf']>[0]) => source.columnOf(field);
      let speakerId: string | null = null;
      if (source.speaker) {
        const person = refs.people.get(source.speaker);
        if (!person) fail(col('speaker'), `No person with slug "${source.speaker}".`);
        else speakerId = person.id;
      }
      let sourceId: string | undefined;
      if (source.url) {
        sourceId = refs.sourcesByUrl.get(source.url);
      } else if (source.outlet && source.title) {
        sourceId = refs.sourcesByOutletTitle.get(sourceKey(source.outlet, source.title));
      } else {
        fail(col('url'), 'A citation needs a source: give its URL, or its outlet and title.');
        continue;
      }
      if (sourceId) {
        sourcesMatched += 1;
      } else {
        const key = source.url ? `url:${source.url}` : `ot:${sourceKey(source.outlet, source.title)}`;
        const existing = planned.get(key);
        if (existing) {
          sourceId = existing.id;
          // Later rows may repeat the source's details or leave them empty, not contradict them.
          for (const field of ['outlet', 'title', 'published'] as const) {
            const stated = source[field];
            const first = existing.input[field] ?? '';
            if (stated && stated !== first) {
              fail(
                col(field),
                `Row ${existing.row} gives this source the ${field} "${first}"; one source cannot have two.`,
              );
            }
          }
        } else {
          const input = {
            url: source.url || null,
            outlet: source.outlet,
            title: source.title,
            published: source.published || null,
          };
          const parsed = sourceInput.safeParse(input);
          if (!parsed.success) {
            for (const issue of parsed.error.issues) {
              const field = String(issue.path[0] ?? 'url') as keyof typeof SOURCE_FIELD_COLUMNS;
              const message =
                (field === 'outlet' || field === 'title') && !source[field]
                  ? `A new source needs its ${field} (no existing source has this ${source.url ? 'URL' : 'outlet and title'}).`
                  : issue.message;
              fail(col(SOURCE_FIELD_COLUMNS[field] ?? 'url'), message);
            }
          } else {
            sourceId = newId();
            planned.set(key, { id: sourceId, row: row.row, input });
          }
        }
      }
      if (!sourceId) continue;
      citations.push({
        sourceId,
        quote: source.quote,
        speakerId,
        ...(source.stance ? { stance: normalizeVocabulary(source.stance, CITATION_STANCES) } : {}),
      });
    }

    const input: Record<string, unknown> = {
      title: row.title,
      summary: row.summary,
      type: normalizeVocabulary(row.type, EVENT_TYPES),
      status: normalizeVocabulary(row.status, EVENT_STATUSES),
      vendorId,
      regionId,
      date: row.date,
      counterpartyIds,
      citations,
    };
    const parsed = eventInput.safeParse(input);
    if (!parsed.success) {
      const reported = new Set(rowErrors.map((e) => e.column));
      for (const issue of parsed.error.issues) {
        const column = columnOfEventField(issue.path.join('.'), row.sources);
        // A reference already reported (unknown slug) is not reported again as a schema error.
        if (reported.has(column) && ['vendor', 'region', 'counterparties'].includes(column)) continue;
        rowErrors.push({ row: row.row, column, message: issue.message });
      }
    }
    if (rowErrors.length) errors.push(...rowErrors);
    else events.push({ row: row.row, input, sources: row.sources });
  }

  if (errors.length) return { ok: false, errors };
  return { ok: true, plan: { events, newSources: [...planned.values()], sourcesMatched } };
}
