import { and, asc, eq } from 'drizzle-orm';
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
import { listMetrics } from './queries/metrics';
import { revisions, users } from './schema';
import { IDS } from './seed/article';
import { apiAnswer, apiRequest } from './testing/api-request';
import { ENGINE, openTestDatabase } from './testing/test-db';

// Metrics through the generic write API (POST /api/v1/metrics, PATCH/DELETE /api/v1/metrics/{id},
// restore, revert): a contributor corrects a value naming the version read, a stale correction is
// 409 with the current record, the metrics query reads the corrected value, and deleting,
// restoring and reverting are for editors (PGlite and PostgreSQL).

const contributor: Actor = { kind: 'user', id: 'u-metric-contrib', name: 'Carla', role: 'contributor' };
const editor: Actor = { kind: 'user', id: 'u-metric-editor', name: 'Eli', role: 'editor' };
const anonymous: Actor = { kind: 'anonymous' };
const metrics = WRITE_RESOURCES.metrics;

let handle: DatabaseHandle;
let db: Db;

const request = (method: string, body?: unknown, headers?: Record<string, string>) =>
  apiRequest(method, '/metrics', body, headers);
const answer = apiAnswer;

const figure = {
  vendorId: IDS.org.xiaomi,
  regionId: IDS.region.india,
  period: '2017-Q2',
  metric: 'market_share_pct',
  value: 14.5,
  sourceId: IDS.source.verge,
  quote: 'Xiaomi held 14.5 percent.',
};

async function pointValue(period: string): Promise<number | undefined> {
  const points = await listMetrics(db, { vendor: 'xiaomi', region: 'india', measure: 'market_share_pct' });
  return points.find((p) => p.period === period)?.value;
}

beforeAll(async () => {
  handle = await openTestDatabase({ seed: true });
  db = handle.db;
  await db.insert(users).values([
    { id: contributor.id, name: contributor.name, email: 'carla-m@example.test', role: 'contributor' },
    { id: editor.id, name: editor.name, email: 'eli-m@example.test', role: 'editor' },
  ]);
});

afterAll(async () => {
  await handle?.close();
});

describe(`metrics through the write API (${ENGINE})`, () => {
  let id = '';

  it('anonymous POST → 401; contributor POST → 201 with ETag and Location', async () => {
    expect((await answer(() => apiCreate(db, anonymous, metrics, request('POST', figure)))).status).toBe(401);
    const res = await answer(() => apiCreate(db, contributor, metrics, request('POST', figure)));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    id = String(res.body.id);
    expect(res.body).toMatchObject({ version: 1, value: 14.5, period: '2017-Q2' });
    expect(res.headers.get('etag')).toBe('"1"');
    expect(res.headers.get('location')).toBe(`/api/v1/metrics/${id}`);
  });

  it('a second value for the same vendor, region, quarter and measure → 400 on period', async () => {
    const res = await answer(() => apiCreate(db, contributor, metrics, request('POST', figure)));
    expect(res.status).toBe(400);
    expect(Object.keys((res.body.error as { fieldErrors?: object }).fieldErrors ?? {})).toContain('period');
  });

  it('PATCH without a version → 428; with If-Match → 200, and the metrics query reads the correction', async () => {
    const missing = await answer(() =>
      apiUpdate(db, contributor, metrics, id, request('PATCH', { value: 15 })),
    );
    expect(missing.status).toBe(428);
    const res = await answer(() =>
      apiUpdate(db, contributor, metrics, id, request('PATCH', { value: 15.25 }, { 'if-match': '"1"' })),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ version: 2, value: 15.25, quote: figure.quote });
    expect(res.headers.get('etag')).toBe('"2"');
    expect(await pointValue('2017-Q2')).toBe(15.25);
    const read = await answer(() => apiGetRecord(db, metrics, id));
    expect(read).toMatchObject({ status: 200, body: { value: 15.25, version: 2 } });
  });

  it('a stale PATCH → 409 with the current record; nothing written', async () => {
    const res = await answer(() =>
      apiUpdate(db, contributor, metrics, id, request('PATCH', { value: 99, version: 1 })),
    );
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({
      error: { code: 'conflict', expectedVersion: 1, current: { id, version: 2, value: 15.25 } },
    });
    expect(await pointValue('2017-Q2')).toBe(15.25);
  });

  it('an invalid correction → 400 naming the field; an unknown field → 400', async () => {
    const bad = await answer(() =>
      apiUpdate(db, contributor, metrics, id, request('PATCH', { value: 140 }, { 'if-match': '"2"' })),
    );
    expect(bad.status).toBe(400);
    expect(Object.keys((bad.body.error as { fieldErrors?: object }).fieldErrors ?? {})).toContain('value');
    const unknown = await answer(() =>
      apiUpdate(db, contributor, metrics, id, request('PATCH', { valeu: 1 }, { 'if-match': '"2"' })),
    );
    expect(unknown.status).toBe(400);
  });

  it('delete, restore and revert: editors only', async () => {
    for (const [work, name] of [
      [
        () => apiDelete(db, contributor, metrics, id, request('DELETE', undefined, { 'if-match': '"2"' })),
        'delete',
      ],
      [
        () =>
          apiRevert(db, contributor, metrics, id, request('POST', { toVersion: 1 }, { 'if-match': '"2"' })),
        'revert',
      ],
    ] as const) {
      expect((await answer(work)).status, name).toBe(403);
    }
    const reverted = await answer(() =>
      apiRevert(db, editor, metrics, id, request('POST', { toVersion: 1 }, { 'if-match': '"2"' })),
    );
    expect(reverted).toMatchObject({ status: 200, body: { version: 3, value: 14.5 } });
    const deleted = await answer(() =>
      apiDelete(db, editor, metrics, id, request('DELETE', undefined, { 'if-match': '"3"' })),
    );
    expect(deleted.status).toBe(200);
    expect(await pointValue('2017-Q2')).toBeUndefined();
    expect(
      (
        await answer(() =>
          apiRestore(db, contributor, metrics, id, request('POST', undefined, { 'if-match': '"4"' })),
        )
      ).status,
    ).toBe(403);
    const restored = await answer(() =>
      apiRestore(db, editor, metrics, id, request('POST', undefined, { 'if-match': '"4"' })),
    );
    expect(restored).toMatchObject({ status: 200, body: { version: 5, deletedAt: null } });
    expect(await pointValue('2017-Q2')).toBe(14.5);
    const history = await db
      .select({ action: revisions.action, actorId: revisions.actorId })
      .from(revisions)
      .where(and(eq(revisions.entityType, 'metric'), eq(revisions.entityId, id)))
      .orderBy(asc(revisions.version));
    expect(history.map((r) => r.action)).toEqual(['create', 'update', 'revert', 'delete', 'restore']);
  });
});
