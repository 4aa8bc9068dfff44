import { and, eq, inArray, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/domain/permissions';
import { planImport } from '@/lib/import/build';
import { parseCsv, parseImportFile, parseJson } from '@/lib/import/parse';
import { templateCsv, templateJson } from '@/lib/import/template';
import {
  SYNTHETIC_SOURCE_COUNT,
  SYNTHETIC_TITLE_PREFIX,
  syntheticImportCsv,
} from '@/lib/import/testing/synthetic-import';
import type { DatabaseHandle, Db } from '../client';
import { events, revisions, sources, users } from '../schema';
import { IDS } from '../seed/article';
import { countRows, ENGINE, openTestDatabase } from '../testing/test-db';
import { AuthorizationError, createRecord, deleteRecord } from '../write';
import { importEvents, resolveReferences, writeImportPlan, type ImportProgress } from './import-events';

// The import acceptance: one bad row among 1000 writes nothing and is reported; the fixed file
// imports all 1000, each event with exactly one revision. Runs on PGlite and on PostgreSQL.

const editor: Actor = { kind: 'user', id: 'u-import-editor', name: 'Ida Importer', role: 'editor' };
const contributor: Actor = {
  kind: 'user',
  id: 'u-import-contrib',
  name: 'Cole Contributor',
  role: 'contributor',
};

let handle: DatabaseHandle;
let db: Db;

function rowsOf(csv: string) {
  const parsed = parseCsv(csv);
  if (!parsed.ok) throw new Error(`unexpected parse errors: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  return parsed.rows;
}

beforeAll(async () => {
  handle = await openTestDatabase({ seed: true });
  db = handle.db;
  await db.insert(users).values([
    { id: editor.id, name: editor.name, email: 'ida@example.test', role: 'editor' },
    { id: contributor.id, name: contributor.name, email: 'cole@example.test', role: 'contributor' },
  ]);
});

afterAll(async () => {
  await handle?.close();
});

describe(`bulk import (${ENGINE})`, () => {
  it('refuses contributors and anonymous callers before reading anything', async () => {
    const rows = rowsOf(syntheticImportCsv(2, { tag: 'auth' }));
    await expect(importEvents(db, contributor, rows)).rejects.toBeInstanceOf(AuthorizationError);
    await expect(importEvents(db, { kind: 'anonymous' }, rows)).rejects.toMatchObject({
      reason: 'unauthenticated',
    });
  });

  it('writes nothing when one row of 1000 is bad, and reports that row, column and message', async () => {
    const before = {
      events: await countRows(handle, 'events'),
      sources: await countRows(handle, 'sources'),
      revisions: await countRows(handle, 'revisions'),
    };
    const rows = rowsOf(syntheticImportCsv(1000, { badIndex: 499, tag: 'big' }));
    expect(rows).toHaveLength(1000);
    const outcome = await importEvents(db, editor, rows);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    // Data row 500 is line 501 of the file: the header is row 1.
    expect(outcome.errors).toHaveLength(1);
    expect(outcome.errors[0]).toMatchObject({ row: 501, column: 'date' });
    expect(outcome.errors[0]!.message).toMatch(/month 13/i);
    expect({
      events: await countRows(handle, 'events'),
      sources: await countRows(handle, 'sources'),
      revisions: await countRows(handle, 'revisions'),
    }).toEqual(before);
  });

  it('imports the fixed file whole: 1000 events, one revision each, sources created once', async () => {
    const sourcesBefore = await countRows(handle, 'sources');
    const progress: ImportProgress[] = [];
    const rows = rowsOf(syntheticImportCsv(1000, { tag: 'big' }));
    const outcome = await importEvents(db, editor, rows, { onProgress: (p) => progress.push(p) });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.result).toMatchObject({
      created: 1000,
      sourcesCreated: SYNTHETIC_SOURCE_COUNT,
      sourcesMatched: 0,
      dryRun: false,
    });
    expect(new Set(outcome.result.eventIds).size).toBe(1000);

    const imported = await db
      .select({ id: events.id })
      .from(events)
      .where(like(events.title, `${SYNTHETIC_TITLE_PREFIX} big-%`));
    expect(imported).toHaveLength(1000);

    const perEvent = await db
      .select({
        entityId: revisions.entityId,
        n: sql<number>`count(*)::int`,
        actions: sql<string>`string_agg(${revisions.action}::text, ',')`,
      })
      .from(revisions)
      .where(and(eq(revisions.entityType, 'event'), inArray(revisions.entityId, outcome.result.eventIds)))
      .groupBy(revisions.entityId);
    expect(perEvent).toHaveLength(1000);
    expect(perEvent.every((r) => r.n === 1 && r.actions === 'create')).toBe(true);

    const [actor] = await db
      .selectDistinct({ actorId: revisions.actorId, actorLabel: revisions.actorLabel })
      .from(revisions)
      .where(inArray(revisions.entityId, outcome.result.eventIds.slice(0, 5)));
    expect(actor).toEqual({ actorId: editor.id, actorLabel: editor.name });

    expect(await countRows(handle, 'sources')).toBe(sourcesBefore + SYNTHETIC_SOURCE_COUNT);
    // Progress: validation, then writing up to 1000 of 1000, never going backwards.
    const writes = progress.filter((p) => p.phase === 'write');
    expect(progress[0]).toEqual({ phase: 'validate', done: 0, total: 1000 });
    expect(writes.at(-1)).toEqual({ phase: 'write', done: 1000, total: 1000 });
    expect(writes.map((p) => p.done)).toEqual([...writes.map((p) => p.done)].sort((a, b) => a - b));
    expect(writes.length).toBeGreaterThan(10);
  });

  it('reuses existing sources by URL on a second file', async () => {
    const sourcesBefore = await countRows(handle, 'sources');
    const outcome = await importEvents(
      db,
      editor,
      rowsOf(syntheticImportCsv(3, { tag: 'big' }).replaceAll(' big-', ' again-')),
    );
    expect(outcome).toMatchObject({ ok: true, result: { created: 3, sourcesCreated: 0, sourcesMatched: 3 } });
    expect(await countRows(handle, 'sources')).toBe(sourcesBefore);
  });

  it('reports every bad row with its column, resolving slugs and URLs', async () => {
    const csv = [
      'title,type,status,vendor,region,date,counterparties,source_url,source_outlet,source_title,quote,speaker,stance',
      'Good row,market_entry,happened,xiaomi,spain,2018-05,att,https://www.theverge.com/2017/11/7/16610720/xiaomi-spain-mi-mix-2-launch-europe-android-business,,,q,lei-jun,supports',
      'Unknown vendor,market_entry,happened,nokia,spain,2018-05,,,,,,,',
      'Carrier as vendor,market_entry,happened,att,spain,2018-05,,,,,,,',
      'Bad refs,Store Opening,Happened,xiaomi,atlantis,2018-05,"att;nobody",,,,,ghost,',
      'Bad url,statement,happened,xiaomi,spain,2018-05,,javascript:alert(1),Evil,Evil,,,',
      ',not_a_type,maybe,,,late,,,,,,,',
      'New source without outlet,statement,happened,,,2018,,https://example.com/new-one,,,quote,,',
      'Quote without source,statement,happened,,,2018,,,,,a quote,,',
      'Bad stance,statement,happened,,,2018,,https://example.com/s,Out,Title,,,neutral',
    ].join('\n');
    const outcome = await importEvents(db, editor, rowsOf(csv), { dryRun: true });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    const byRow = (row: number) => outcome.errors.filter((e) => e.row === row).map((e) => e.column);
    expect(byRow(2)).toEqual([]);
    expect(byRow(3)).toEqual(['vendor']);
    expect(outcome.errors.find((e) => e.row === 4)?.message).toBe('"att" is a carrier, not a vendor.');
    // "Store Opening" / "Happened" are read as store_opening / happened: only the references fail.
    // A speaker without a source is also a citation without a source.
    expect(byRow(5).sort()).toEqual(['counterparties', 'region', 'source_url', 'speaker']);
    expect(byRow(6)).toEqual(['source_url']);
    expect(outcome.errors.find((e) => e.row === 6)?.message).toMatch(/http/);
    expect(byRow(7).sort()).toEqual(['date', 'status', 'title', 'type']);
    expect(byRow(8).sort()).toEqual(['source_outlet', 'source_title']);
    expect(byRow(9)).toEqual(['source_url']);
    expect(byRow(10)).toEqual(['stance']);
  });

  it('refuses a source that two rows describe differently', async () => {
    const csv = [
      'title,type,status,date,source_url,source_outlet,source_title',
      'One,statement,happened,2018,https://example.com/dup,Outlet A,Title',
      'Two,statement,happened,2018,https://example.com/dup,,',
      'Three,statement,happened,2018,https://example.com/dup,Outlet B,Title',
    ].join('\n');
    const outcome = await importEvents(db, editor, rowsOf(csv), { dryRun: true });
    expect(outcome).toMatchObject({ ok: false, errors: [{ row: 4, column: 'source_outlet' }] });
  });

  it('validates without writing on a dry run', async () => {
    const before = await countRows(handle, 'events');
    const outcome = await importEvents(db, editor, rowsOf(syntheticImportCsv(5, { tag: 'dry' })), {
      dryRun: true,
    });
    expect(outcome).toMatchObject({ ok: true, result: { created: 0, dryRun: true, sourcesCreated: 5 } });
    expect(await countRows(handle, 'events')).toBe(before);
  });

  it('rolls everything back when a row fails while writing (a vendor deleted after validation)', async () => {
    const doomed = await createRecord(
      db,
      'organization',
      { slug: 'doomed-vendor', name: 'Doomed Vendor', kind: 'vendor' },
      editor,
    );
    const csv = syntheticImportCsv(20, { tag: 'race' })
      .split('\n')
      .map((line, index) => (index === 12 ? line.replace(/,(xiaomi|huawei|zte),/, ',doomed-vendor,') : line))
      .join('\n');
    const rows = rowsOf(csv);
    expect(rows[11]!.vendor).toBe('doomed-vendor');
    const planned = planImport(rows, await resolveReferences(db, rows));
    if (!planned.ok) throw new Error(JSON.stringify(planned.errors));
    await deleteRecord(db, 'organization', doomed.id, doomed.version, editor);

    const before = {
      events: await countRows(handle, 'events'),
      sources: await countRows(handle, 'sources'),
      revisions: await countRows(handle, 'revisions'),
    };
    const outcome = await writeImportPlan(db, editor, planned.plan);
    expect(outcome).toMatchObject({ ok: false, errors: [{ row: 13, column: 'vendor' }] });
    expect({
      events: await countRows(handle, 'events'),
      sources: await countRows(handle, 'sources'),
      revisions: await countRows(handle, 'revisions'),
    }).toEqual(before);
  });

  it('imports the templates as they are downloaded (CSV and JSON)', async () => {
    const csv = parseImportFile(templateCsv(), { fileName: 'template.csv' });
    const json = parseImportFile(templateJson(), { fileName: 'template.json' });
    expect(csv.ok && json.ok).toBe(true);
    if (!csv.ok || !json.ok) return;
    expect(json.rows.map((r) => r.sources.length)).toEqual([1, 1]);
    const first = await importEvents(db, editor, csv.rows);
    expect(first).toMatchObject({ ok: true, result: { created: 2, sourcesCreated: 1, sourcesMatched: 0 } });
    const second = await importEvents(db, editor, json.rows);
    expect(second).toMatchObject({ ok: true, result: { created: 2, sourcesCreated: 0, sourcesMatched: 2 } });
  });

  it('matches a source without URL by outlet and title', async () => {
    const [wsj] = await db.select().from(sources).where(eq(sources.id, IDS.source.wsj));
    expect(wsj?.url).toBeNull();
    const parsed = parseJson(
      JSON.stringify([
        {
          title: 'Lei Jun repeats the plan',
          type: 'statement',
          status: 'happened',
          vendor: 'xiaomi',
          date: 'March 2018',
          sources: [
            { outlet: wsj!.outlet.toUpperCase(), title: wsj!.title, quote: 'Again.', speaker: 'lei-jun' },
          ],
        },
      ]),
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const outcome = await importEvents(db, editor, parsed.rows);
    expect(outcome).toMatchObject({ ok: true, result: { created: 1, sourcesCreated: 0, sourcesMatched: 1 } });
  });
});
