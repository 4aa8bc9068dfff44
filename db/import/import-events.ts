import 'server-only';
import { and, inArray, isNull, or, sql } from 'drizzle-orm';
import type { ImportRowError } from '@/lib/import/columns';
import {
  planImport,
  referencesOf,
  sourceKey,
  columnOfEventField,
  type ImportPlan,
  type ResolvedRefs,
} from '@/lib/import/build';
import type { RawImportRow } from '@/lib/import/parse';
import { decideImport } from '@/lib/import/permissions';
import type { Actor } from '@/lib/domain/permissions';
import type { OrganizationKind } from '@/lib/domain/vocabulary';
import type { Db, Executor } from '../client';
import { organizations, people, regions, sources } from '../schema';
import { AuthorizationError, createRecord, ValidationError } from '../write';

// Bulk import of events with their sources. Every row is validated (its slugs resolved, one query
// per table for the whole file) before anything is written; then, in ONE transaction, the new
// sources and every event go through the write path (createRecord with { tx }): one revision
// each, all or nothing.

export type ImportPhase = 'parse' | 'validate' | 'write';

export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}

export interface ImportResult {
  created: number;
  sourcesCreated: number;
  sourcesMatched: number;
  eventIds: string[];
  dryRun: boolean;
}

export type ImportOutcome = { ok: true; result: ImportResult } | { ok: false; errors: ImportRowError[] };

export interface ImportOptions {
  /** Validate only. */
  dryRun?: boolean;
  onProgress?: (progress: ImportProgress) => void;
  /** How many rows between two progress reports while writing (default: about 1%). */
  progressEvery?: number;
}

/** Looks up every slug and source URL the rows name: one query per table, live records only. */
export async function resolveReferences(db: Executor, rows: readonly RawImportRow[]): Promise<ResolvedRefs> {
  return lookUpReferences(db, referencesOf(rows));
}

/** The lookup itself, for any import that names records by slug and sources by URL (metrics too). */
export async function lookUpReferences(
  db: Executor,
  wanted: Pick<
    ReturnType<typeof referencesOf>,
    'organizations' | 'regions' | 'sourceUrls' | 'sourceOutletTitles'
  > & {
    people?: string[];
  },
): Promise<ResolvedRefs> {
  const [orgRows, regionRows, personRows, sourceRows] = await Promise.all([
    wanted.organizations.length
      ? db
          .select({ id: organizations.id, slug: organizations.slug, kind: organizations.kind })
          .from(organizations)
          .where(and(inArray(organizations.slug, wanted.organizations), isNull(organizations.deletedAt)))
      : [],
    wanted.regions.length
      ? db
          .select({ id: regions.id, slug: regions.slug })
          .from(regions)
          .where(and(inArray(regions.slug, wanted.regions), isNull(regions.deletedAt)))
      : [],
    wanted.people?.length
      ? db
          .select({ id: people.id, slug: people.slug })
          .from(people)
          .where(and(inArray(people.slug, wanted.people), isNull(people.deletedAt)))
      : [],
    wanted.sourceUrls.length || wanted.sourceOutletTitles.length
      ? db
          .select({ id: sources.id, url: sources.url, outlet: sources.outlet, title: sources.title })
          .from(sources)
          .where(
            and(
              isNull(sources.deletedAt),
              or(
                wanted.sourceUrls.length ? inArray(sources.url, wanted.sourceUrls) : sql`false`,
                wanted.sourceOutletTitles.length
                  ? and(
                      isNull(sources.url),
                      inArray(
                        sql<string>`lower(${sources.outlet}) || E'\\n' || lower(${sources.title})`,
                        wanted.sourceOutletTitles.map((s) => sourceKey(s.outlet, s.title)),
                      ),
                    )
                  : sql`false`,
              ),
            ),
          )
          .orderBy(sources.createdAt, sources.id)
      : [],
  ]);
  const sourcesByUrl = new Map<string, string>();
  const sourcesByOutletTitle = new Map<string, string>();
  // Oldest first: when two sources share a URL, the first recorded one is reused.
  for (const row of sourceRows) {
    if (row.url) {
      if (!sourcesByUrl.has(row.url)) sourcesByUrl.set(row.url, row.id);
    } else {
      const key = sourceKey(row.outlet, row.title);
      if (!sourcesByOutletTitle.has(key)) sourcesByOutletTitle.set(key, row.id);
    }
  }
  return {
    organizations: new Map(orgRows.map((r) => [r.slug, { id: r.id, kind: r.kind as OrganizationKind }])),
    regions: new Map(regionRows.map((r) => [r.slug, { id: r.id }])),
    people: new Map(personRows.map((r) => [r.slug, { id: r.id }])),
    sourcesByUrl,
    sourcesByOutletTitle,
  };
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** A write-time failure (e.g. a referenced record deleted meanwhile), tied to its row. */
class RowWriteError extends Error {
  constructor(readonly errors: ImportRowError[]) {
    super(errors[0]?.message ?? 'Import failed');
    this.name = 'RowWriteError';
  }
}

function rowErrorsOf(
  error: ValidationError,
  row: number,
  columnOf: (field: string) => string,
): ImportRowError[] {
  return Object.entries(error.fieldErrors).flatMap(([field, messages]) =>
    messages.map((message) => ({ row, column: columnOf(field), message })),
  );
}

async function write(db: Db, actor: Actor, plan: ImportPlan, options: ImportOptions): Promise<string[]> {
  const total = plan.events.length;
  const every = Math.max(1, options.progressEvery ?? Math.ceil(total / 100));
  return db.transaction(async (tx) => {
    for (const source of plan.newSources) {
      try {
        await createRecord(db, 'source', source.input, actor, { tx, id: source.id });
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        throw new RowWriteError(rowErrorsOf(error, source.row, (field) => `source_${field}`));
      }
    }
    const ids: string[] = [];
    for (const [index, event] of plan.events.entries()) {
      try {
        const image = await createRecord(db, 'event', event.input, actor, { tx });
        ids.push(image.id);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        throw new RowWriteError(
          rowErrorsOf(error, event.row, (field) => columnOfEventField(field, event.sources)),
        );
      }
      const done = index + 1;
      if (done % every === 0 || done === total) {
        options.onProgress?.({ phase: 'write', done, total });
        // PGlite runs queries without ever reaching the event loop's I/O phase: without this
        // pause the progress lines would leave in one piece when the transaction ends.
        await yieldToEventLoop();
      }
    }
    return ids;
  });
}

/**
 * Validates every row, then (unless dryRun) writes all of them in one transaction. Refuses
 * callers below editor (AuthorizationError) before reading anything.
 */
export async function importEvents(
  db: Db,
  actor: Actor,
  rows: readonly RawImportRow[],
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  const decision = decideImport(actor);
  if (!decision.allowed) throw new AuthorizationError(decision.reason, decision.message);

  options.onProgress?.({ phase: 'validate', done: 0, total: rows.length });
  const refs = await resolveReferences(db, rows);
  const planned = planImport(rows, refs);
  if (!planned.ok) return planned;
  const { plan } = planned;
  options.onProgress?.({ phase: 'validate', done: rows.length, total: rows.length });
  if (options.onProgress) await yieldToEventLoop();

  if (options.dryRun) {
    return {
      ok: true,
      result: {
        created: 0,
        eventIds: [],
        dryRun: true,
        sourcesCreated: plan.newSources.length,
        sourcesMatched: plan.sourcesMatched,
      },
    };
  }
  return writeImportPlan(db, actor, plan, options);
}

/**
 * Writes a validated plan in one transaction. A failure of any row (the write path re-checks
 * every reference: a vendor deleted since validation) rolls back everything and is reported
 * on that row.
 */
export async function writeImportPlan(
  db: Db,
  actor: Actor,
  plan: ImportPlan,
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  options.onProgress?.({ phase: 'write', done: 0, total: plan.events.length });
  try {
    const eventIds = await write(db, actor, plan, options);
    return {
      ok: true,
      result: {
        created: eventIds.length,
        eventIds,
        dryRun: false,
        sourcesCreated: plan.newSources.length,
        sourcesMatched: plan.sourcesMatched,
      },
    };
  } catch (error) {
    if (error instanceof RowWriteError) return { ok: false, errors: error.errors };
    throw error;
  }
}
