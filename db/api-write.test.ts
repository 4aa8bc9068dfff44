import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiCreate,
  apiDelete,
  apiGetRecord,
  apiRestore,
  apiRevert,
  apiUpdate,
} from '@/app/api/v1/_lib/write';
import { WRITE_RESOURCES } from '@/lib/api/write-resources';
import type { Actor } from '@/lib/domain/permissions';
import type { DatabaseHandle, Db } from './client';
import { revisions, users } from './schema';
import { IDS } from './seed/article';
import { apiAnswer, apiRequest } from './testing/api-request';
import { ENGINE, openTestDatabase } from './testing/test-db';

// The write API's behaviour (app/api/v1/_lib/write.ts) on a real database: the status codes of
// issue 3's acceptance, concurrency through If-Match / version, body rules. Authentication and
// the Origin check sit in front of these functions (unit-tested in lib/security).

const contributor: Actor = {
  kind: 'user',
  id: 'u-api-contrib',
  name: 'Carla Contributor',
  role: 'contributor',
};
const editor: Actor = { kind: 'user', id: 'u-api-editor', name: 'Eli Editor', role: 'editor' };
const anonymous: Actor = { kind: 'anonymous' };

let handle: DatabaseHandle;
let db: Db;

const request = apiRequest;
const answer = apiAnswer;

const events = WRITE_RESOURCES.events;

/** PATCH /events/{id} as `actor`, with the body and headers given. */
const patchEvent = (actor: Actor, id: string, body: unknown, headers?: Record<string, string>) =>
  answer(() => apiUpdate(db, actor, events, id, request('PATCH', `/events/${id}`, body, headers)));
const sources = WRITE_RESOURCES.sources;
const organizations = WRITE_RESOURCES.organizations;

const newEvent = (overrides: Record<string, unknown> = {}) => ({
  title: 'Xiaomi enters the UK',
  type: 'market_entry',
  status: 'happened',
  vendorId: IDS.org.xiaomi,
  date: 'November 2018',
  citations: [{ sourceId: IDS.source.verge, quote: 'A quote' }],
  ...overrides,
});

beforeAll(async () => {
  handle = await openTestDatabase({ seed: true });
  db = handle.db;
  await db.insert(users).values([
    { id: contributor.id, name: contributor.name, email: 'carla@example.test', role: 'contributor' },
    { id: editor.id, name: editor.name, email: 'eli@example.test', role: 'editor' },
  ]);
});

afterAll(async () => {
  await handle?.close();
});

describe(`write API (${ENGINE})`, () => {
  it('anonymous POST → 401 with WWW-Authenticate', async () => {
    const res = await answer(() => apiCreate(db, anonymous, events, request('POST', '/events', newEvent())));
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ error: { code: 'unauthenticated' } });
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });

  it('contributor POST → 201 with Location, ETag and the record; one revision', async () => {
    const res = await answer(() =>
      apiCreate(db, contributor, events, request('POST', '/events', newEvent())),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ title: 'Xiaomi enters the UK', version: 1, date: '2018-11' });
    expect(res.headers.get('etag')).toBe('"1"');
    expect(res.headers.get('location')).toBe(`/api/v1/events/${String(res.body.id)}`);
    const rows = await db
      .select()
      .from(revisions)
      .where(eq(revisions.entityId, String(res.body.id)));
    expect(rows.map((r) => [r.action, r.actorId])).toEqual([['create', contributor.id]]);
  });

  it('a javascript: source URL → 400 naming the field url', async () => {
    const res = await answer(() =>
      apiCreate(
        db,
        contributor,
        sources,
        request('POST', '/sources', { url: 'javascript:alert(1)', outlet: 'Evil', title: 'Evil' }),
      ),
    );
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error: { code: 'validation_failed', fieldErrors: { url: [expect.stringMatching(/http/)] } },
    });
  });

  it('a malformed date → 400 with the parser’s message on date', async () => {
    const res = await answer(() =>
      apiCreate(db, contributor, events, request('POST', '/events', newEvent({ date: '2018-13' }))),
    );
    expect(res.status).toBe(400);
    const fieldErrors = (res.body.error as { fieldErrors: Record<string, string[]> }).fieldErrors;
    expect(fieldErrors.date?.[0]).toMatch(/month 13/i);
  });

  it('refuses unknown fields, non-JSON bodies, malformed JSON and bodies over 1 MB', async () => {
    const unknown = await answer(() =>
      apiCreate(db, contributor, events, request('POST', '/events', newEvent({ titel: 'typo' }))),
    );
    expect(unknown).toMatchObject({
      status: 400,
      body: { error: { code: 'validation_failed', fieldErrors: { titel: [expect.any(String)] } } },
    });

    const text = await answer(() =>
      apiCreate(
        db,
        contributor,
        events,
        request('POST', '/events', 'title=x', { 'content-type': 'application/x-www-form-urlencoded' }),
      ),
    );
    expect(text).toMatchObject({ status: 415, body: { error: { code: 'unsupported_media_type' } } });

    const broken = await answer(() =>
      apiCreate(db, contributor, events, request('POST', '/events', '{"title":')),
    );
    expect(broken).toMatchObject({ status: 400, body: { error: { code: 'invalid_body' } } });

    const array = await answer(() => apiCreate(db, contributor, events, request('POST', '/events', '[]')));
    expect(array).toMatchObject({ status: 400, body: { error: { code: 'invalid_body' } } });

    const huge = await answer(() =>
      apiCreate(
        db,
        contributor,
        events,
        request('POST', '/events', newEvent({ summary: 'x'.repeat(1024 * 1024 + 10) })),
      ),
    );
    expect(huge).toMatchObject({ status: 413, body: { error: { code: 'payload_too_large' } } });
  });

  describe('updates name the version read', () => {
    let id = '';
    beforeAll(async () => {
      const res = await answer(() =>
        apiCreate(db, contributor, events, request('POST', '/events', newEvent({ title: 'Versioned' }))),
      );
      id = String(res.body.id);
    });

    it('PATCH without a version → 428 naming version', async () => {
      const res = await patchEvent(contributor, id, { status: 'planned' });
      expect(res).toMatchObject({
        status: 428,
        body: { error: { code: 'precondition_required', parameter: 'version' } },
      });
    });

    it('PATCH with If-Match → 200 at the next version', async () => {
      const res = await patchEvent(contributor, id, { status: 'planned' }, { 'if-match': '"1"' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'planned', version: 2, title: 'Versioned' });
      expect(res.headers.get('etag')).toBe('"2"');
    });

    it('stale PATCH → 409 with the current record', async () => {
      const res = await patchEvent(contributor, id, { status: 'cancelled', version: 1 });
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({
        error: { code: 'conflict', expectedVersion: 1, current: { id, version: 2, status: 'planned' } },
      });
    });

    it('PATCH with body version → 200: the record as read, sent back whole with one field changed', async () => {
      const read = await answer(() => apiGetRecord(db, events, id));
      expect(read).toMatchObject({ status: 200, body: { id, version: 2 } });
      expect(read.headers.get('etag')).toBe('"2"');
      const res = await patchEvent(contributor, id, { ...read.body, summary: 'Now with a summary' });
      expect(res).toMatchObject({
        status: 200,
        body: { version: 3, summary: 'Now with a summary', status: 'planned' },
      });
    });

    it('If-Match and body version that disagree → 400; a malformed If-Match → 400', async () => {
      const both = await patchEvent(contributor, id, { summary: 'x', version: 3 }, { 'if-match': '"2"' });
      expect(both).toMatchObject({ status: 400, body: { error: { parameter: 'version' } } });
      const bad = await patchEvent(contributor, id, { summary: 'x' }, { 'if-match': 'yesterday' });
      expect(bad).toMatchObject({ status: 400, body: { error: { parameter: 'If-Match' } } });
    });

    it('PATCH of an unknown id → 404; an empty patch → 400', async () => {
      const missing = '00000000-0000-4000-8000-0000000000ff';
      const res = await patchEvent(contributor, missing, { summary: 'x' }, { 'if-match': '"1"' });
      expect(res.status).toBe(404);
      const empty = await patchEvent(contributor, id, { version: 3 });
      expect(empty).toMatchObject({ status: 400, body: { error: { code: 'invalid_body' } } });
    });
  });

  describe('delete, restore, revert (editors)', () => {
    let id = '';
    beforeAll(async () => {
      const created = await answer(() =>
        apiCreate(db, contributor, events, request('POST', '/events', newEvent({ title: 'Short-lived' }))),
      );
      id = String(created.body.id);
      await patchEvent(contributor, id, { title: 'Renamed', version: 1 });
    });

    it('contributor DELETE → 403, before any version is needed', async () => {
      const res = await answer(() =>
        apiDelete(db, contributor, events, id, request('DELETE', `/events/${id}`)),
      );
      expect(res).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
    });

    it('editor DELETE needs If-Match (428), then soft-deletes (200)', async () => {
      const missing = await answer(() =>
        apiDelete(db, editor, events, id, request('DELETE', `/events/${id}`)),
      );
      expect(missing.status).toBe(428);
      const stale = await answer(() =>
        apiDelete(
          db,
          editor,
          events,
          id,
          request('DELETE', `/events/${id}`, undefined, { 'if-match': '"1"' }),
        ),
      );
      expect(stale.status).toBe(409);
      const res = await answer(() =>
        apiDelete(
          db,
          editor,
          events,
          id,
          request('DELETE', `/events/${id}`, undefined, { 'if-match': '"2"' }),
        ),
      );
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ version: 3, deletedAt: expect.any(String) });
    });

    it('PATCH of a deleted record → 404; restore → 200', async () => {
      const patch = await patchEvent(contributor, id, { summary: 'x', version: 3 });
      expect(patch.status).toBe(404);
      const contributorRestore = await answer(() =>
        apiRestore(
          db,
          contributor,
          events,
          id,
          request('POST', `/events/${id}/restore`, undefined, { 'if-match': '"3"' }),
        ),
      );
      expect(contributorRestore.status).toBe(403);
      const res = await answer(() =>
        apiRestore(
          db,
          editor,
          events,
          id,
          request('POST', `/events/${id}/restore`, undefined, { 'if-match': '"3"' }),
        ),
      );
      expect(res).toMatchObject({ status: 200, body: { version: 4, deletedAt: null } });
      const again = await answer(() =>
        apiRestore(db, editor, events, id, request('POST', `/events/${id}/restore`, { version: 4 })),
      );
      expect(again).toMatchObject({ status: 400, body: { error: { code: 'validation_failed' } } });
    });

    it('revert {toVersion} → 200 as a new revision; bad toVersion → 400, unknown → 404', async () => {
      const bad = await answer(() =>
        apiRevert(
          db,
          editor,
          events,
          id,
          request('POST', `/events/${id}/revert`, { toVersion: 'one', version: 4 }),
        ),
      );
      expect(bad).toMatchObject({
        status: 400,
        body: { error: { fieldErrors: { toVersion: [expect.any(String)] } } },
      });
      const unknown = await answer(() =>
        apiRevert(
          db,
          editor,
          events,
          id,
          request('POST', `/events/${id}/revert`, { toVersion: 99, version: 4 }),
        ),
      );
      expect(unknown.status).toBe(404);
      const res = await answer(() =>
        apiRevert(
          db,
          editor,
          events,
          id,
          request('POST', `/events/${id}/revert`, { toVersion: 1 }, { 'if-match': '"4"' }),
        ),
      );
      expect(res).toMatchObject({ status: 200, body: { version: 5, title: 'Short-lived' } });
      const [last] = await db
        .select()
        .from(revisions)
        .where(and(eq(revisions.entityId, id), eq(revisions.version, 5)));
      expect(last).toMatchObject({ action: 'revert', actorId: editor.id });
    });
  });

  it('organizations are addressed by slug or id; GET of a deleted record → 404 carrying it', async () => {
    const created = await answer(() =>
      apiCreate(
        db,
        contributor,
        organizations,
        request('POST', '/organizations', { slug: 'oneplus', name: 'OnePlus', kind: 'vendor' }),
      ),
    );
    expect(created).toMatchObject({ status: 201, body: { slug: 'oneplus', version: 1 } });
    expect(created.headers.get('location')).toBe('/api/v1/organizations/oneplus');
    const bySlug = await answer(() =>
      apiUpdate(
        db,
        contributor,
        organizations,
        'oneplus',
        request('PATCH', '/organizations/oneplus', { hqCountry: 'CN', version: 1 }),
      ),
    );
    expect(bySlug).toMatchObject({ status: 200, body: { hqCountry: 'CN', version: 2 } });
    const unknown = await answer(() =>
      apiUpdate(
        db,
        contributor,
        organizations,
        'nokia',
        request('PATCH', '/organizations/nokia', { hqCountry: 'FI', version: 1 }),
      ),
    );
    expect(unknown.status).toBe(404);

    const source = await answer(() =>
      apiCreate(
        db,
        contributor,
        sources,
        request('POST', '/sources', { url: 'https://example.com/a', outlet: 'Example', title: 'A' }),
      ),
    );
    const sourceId = String(source.body.id);
    expect((await answer(() => apiGetRecord(db, sources, sourceId))).status).toBe(200);
    await answer(() =>
      apiDelete(
        db,
        editor,
        sources,
        sourceId,
        request('DELETE', `/sources/${sourceId}`, undefined, { 'if-match': '"1"' }),
      ),
    );
    const gone = await answer(() => apiGetRecord(db, sources, sourceId));
    expect(gone).toMatchObject({
      status: 404,
      body: { error: { code: 'not_found', current: { id: sourceId, version: 2 } } },
    });
  });
});
