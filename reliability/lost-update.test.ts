import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from '@/db/client';
import { events, revisions } from '@/db/schema';
import { IDS } from '@/db/seed/article';
import {
  PORT_BASE,
  api,
  envNumber,
  freshDataDir,
  prepareWithEditors,
  random,
  startServer,
  stopServer,
  waitHealthy,
  type Editor,
  type Server,
} from './harness';

// Lost updates: EDITORS concurrent editors (one API token each) apply EDITS randomized edits
// through PATCH /api/v1/events/{id} with If-Match against a real `next start` on PGlite. A
// share of the edits deliberately send an old version. Checked: every stale write is refused
// with 409 (and its current version is newer than the one sent), every accepted write moved the
// record from exactly the version it named to the next one, the final state equals the last
// accepted write per record, versions are contiguous, and each accepted write left exactly one
// revision holding exactly what was accepted.
//
//   CI size (npm test):  50 editors x 400 edits over 8 records
//   full size:           npm run test:lost-update:full   (LOST_UPDATE_EDITS=10000)

const EDITORS = envNumber('LOST_UPDATE_EDITORS', 50);
const EDITS = envNumber('LOST_UPDATE_EDITS', 400);
const RECORDS = envNumber('LOST_UPDATE_RECORDS', 8);
const SEED = envNumber('LOST_UPDATE_SEED', 20261124);
const PORT = PORT_BASE;
const STATUSES = ['happened', 'planned', 'announced', 'rumoured'] as const;

interface Accepted {
  record: string;
  basedOn: number;
  version: number;
  title: string;
  summary: string | null;
  status: string;
}

let server: Server;
let dir: string;
let editors: Editor[];
const ids: string[] = [];

beforeAll(async () => {
  dir = freshDataDir('reliability-lost-update');
  editors = await prepareWithEditors({ pgliteDir: dir }, EDITORS);
  server = startServer(PORT, { PGLITE_DIR: dir, DATABASE_URL: undefined });
  await waitHealthy(server);
  for (let i = 0; i < RECORDS; i++) {
    const created = await api(server.url, 'POST', '/api/v1/events', {
      token: editors[0]!.token,
      body: {
        title: `Lost-update record ${i} ${Date.now()}`,
        type: 'market_entry',
        status: 'happened',
        vendorId: IDS.org.xiaomi,
        date: '2018-11-08',
        citations: [{ sourceId: IDS.source.verge }],
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.version).toBe(1);
    ids.push(created.body.id as string);
  }
});

afterAll(async () => {
  if (server) await stopServer(server);
});

describe(`lost updates: ${EDITORS} editors, ${EDITS} edits over ${RECORDS} records`, () => {
  it('refuses every stale write with 409 and loses no accepted one', async () => {
    const rand = random(SEED);
    const accepted: Accepted[] = [];
    const stale: { record: string; sent: number; current: number; deliberate: boolean }[] = [];
    const problems: string[] = [];
    let next = 0;

    async function editor(index: number) {
      const token = editors[index]!.token;
      while (next < EDITS) {
        const n = next++;
        const record = ids[Math.floor(rand() * ids.length)]!;
        const read = await api(server.url, 'GET', `/api/v1/events/${record}`, { token });
        if (read.status !== 200) {
          problems.push(`GET ${record}: ${read.status}`);
          continue;
        }
        const read_version = Number(JSON.parse(read.headers.get('etag') ?? '0'));
        // One edit in ten names an older version on purpose (a client holding an old copy).
        const deliberate = read_version > 1 && rand() < 0.1;
        const sent = deliberate ? read_version - 1 - Math.floor(rand() * (read_version - 1)) : read_version;
        const patch: Record<string, unknown> = { title: `edit ${n} by editor ${index}` };
        if (rand() < 0.5) patch.summary = `summary of edit ${n}`;
        if (rand() < 0.3) patch.status = STATUSES[Math.floor(rand() * STATUSES.length)];
        // Give the others a moment to get in between the read and the write.
        if (rand() < 0.5) await new Promise((resolve) => setTimeout(resolve, Math.floor(rand() * 5)));
        const write = await api(server.url, 'PATCH', `/api/v1/events/${record}`, {
          token,
          body: patch,
          headers: { 'if-match': `"${sent}"` },
        });
        if (write.status === 200) {
          const image = write.body as Record<string, unknown>;
          accepted.push({
            record,
            basedOn: sent,
            version: image.version as number,
            title: image.title as string,
            summary: (image.summary as string | null) ?? null,
            status: image.status as string,
          });
          if (image.title !== patch.title) problems.push(`accepted edit ${n} answered another title`);
          if (write.headers.get('etag') !== `"${String(image.version)}"`)
            problems.push(`edit ${n}: ETag != version`);
        } else if (write.status === 409) {
          const error = (write.body as { error: { code: string; current: { version: number } } }).error;
          if (error.code !== 'conflict') problems.push(`edit ${n}: 409 with code ${error.code}`);
          stale.push({ record, sent, current: error.current.version, deliberate });
        } else {
          problems.push(
            `edit ${n}: PATCH answered ${write.status} ${JSON.stringify(write.body).slice(0, 200)}`,
          );
        }
      }
    }

    const started = Date.now();
    await Promise.all(editors.map((_, index) => editor(index)));
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `[lost-update] ${EDITS} edits by ${EDITORS} editors in ${seconds.toFixed(1)} s: ` +
        `${accepted.length} accepted, ${stale.length} refused as stale ` +
        `(${stale.filter((s) => s.deliberate).length} deliberately stale)`,
    );

    expect(problems).toEqual([]);
    expect(accepted.length + stale.length).toBe(EDITS);
    // Every refusal was a real conflict: the record had moved past the version sent.
    for (const s of stale)
      expect(s.current, `stale write on ${s.record} sent v${s.sent}`).toBeGreaterThan(s.sent);
    // Every acceptance moved the record from exactly the version named to the next one.
    const skipped = accepted.filter((a) => a.version !== a.basedOn + 1);
    expect(skipped, 'accepted writes that did not move their base version to the next one').toEqual([]);
    // The run must exercise both outcomes, or it proves nothing.
    expect(accepted.length).toBeGreaterThan(0);
    expect(stale.filter((s) => !s.deliberate).length).toBeGreaterThan(0);

    const lastAccepted = new Map<string, Accepted>();
    for (const record of ids) {
      const mine = accepted.filter((a) => a.record === record).sort((a, b) => a.version - b.version);
      // Versions contiguous: 2, 3, …, 1 + number of accepted writes, each exactly once.
      expect(
        mine.map((a) => a.version),
        `versions of ${record}`,
      ).toEqual(mine.map((_, i) => i + 2));
      const final = await api(server.url, 'GET', `/api/v1/events/${record}`);
      expect(final.status).toBe(200);
      const last = mine.at(-1);
      expect(final.headers.get('etag')).toBe(`"${1 + mine.length}"`);
      if (last) {
        lastAccepted.set(record, last);
        expect(final.body.title, `final title of ${record}`).toBe(last.title);
      }
    }

    // Exactly one revision per accepted write, holding what was accepted (server stopped: its lock released).
    await stopServer(server);
    const handle = await openPglite(dir);
    try {
      const rows = await handle.db
        .select({
          entityId: revisions.entityId,
          version: revisions.version,
          action: revisions.action,
          data: revisions.data,
        })
        .from(revisions)
        .where(and(eq(revisions.entityType, 'event'), inArray(revisions.entityId, ids)));
      for (const record of ids) {
        const mine = accepted.filter((a) => a.record === record);
        const revs = rows.filter((r) => r.entityId === record).sort((a, b) => a.version - b.version);
        expect(
          revs.map((r) => r.version),
          `revisions of ${record}`,
        ).toEqual(Array.from({ length: mine.length + 1 }, (_, i) => i + 1));
        for (const write of mine) {
          const rev = revs.find((r) => r.version === write.version)!;
          const data = rev.data as Record<string, unknown>;
          expect(rev.action).toBe('update');
          expect({ title: data.title, summary: data.summary ?? null, status: data.status }).toEqual({
            title: write.title,
            summary: write.summary,
            status: write.status,
          });
        }
        const [row] = await handle.db.select().from(events).where(eq(events.id, record));
        const last = lastAccepted.get(record);
        expect(row!.version).toBe(1 + mine.length);
        if (last)
          expect({ title: row!.title, summary: row!.summary, status: row!.status }).toEqual({
            title: last.title,
            summary: last.summary,
            status: last.status,
          });
      }
    } finally {
      await handle.close();
    }
  });
});
