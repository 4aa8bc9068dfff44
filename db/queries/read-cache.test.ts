import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/domain/permissions';
import type { DatabaseHandle, Executor } from '../client';
import { users } from '../schema';
import { IDS } from '../seed/article';
import { ENGINE, openTestDatabase } from '../testing/test-db';
import { updateRecord } from '../write';
import { ENTITIES } from '../write/entities';
import { cachedRead, dataMark, readCacheEnabled } from './read-cache';

// The list cache must never serve data older than the last committed write.

const editor: Actor = { kind: 'user', id: 'u-cache-editor', name: 'Cache Editor', role: 'editor' };
let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await openTestDatabase({ seed: true });
  await handle.db
    .insert(users)
    .values({ id: editor.id, name: editor.name, email: 'cache-editor@test.example', role: 'editor' });
});
afterAll(async () => {
  await handle.close();
});

describe('read cache', () => {
  it('is on for PGlite only, and can be turned off', () => {
    expect(readCacheEnabled({})).toBe(true);
    expect(readCacheEnabled({ DATABASE_URL: 'postgres://x/y' })).toBe(false);
    expect(readCacheEnabled({ BEACHHEAD_READ_CACHE: 'off' })).toBe(false);
  });

  it('answers from the cache until a write commits, then reads again', async () => {
    let produced = 0;
    const read = () =>
      cachedRead(handle.db, `test-key`, async () => {
        produced++;
        const current = await ENTITIES.organization.load(handle.db, IDS.org.xiaomi);
        return { text: String(current!.description), headers: {} };
      });
    const first = await read();
    await read();
    expect(produced).toBe(ENGINE === 'pglite' ? 1 : 2);
    const current = await ENTITIES.organization.load(handle.db, IDS.org.xiaomi);
    await updateRecord(
      handle.db,
      'organization',
      IDS.org.xiaomi,
      current!.version,
      { description: 'changed for the cache test' },
      editor,
    );
    const after = await read();
    expect(first.text).not.toBe('changed for the cache test');
    expect(after.text).toBe('changed for the cache test');
  });

  it('shares one read among concurrent misses of a key', async () => {
    let produced = 0;
    const read = () =>
      cachedRead(handle.db, 'concurrent-key', async () => {
        produced++;
        await new Promise((resolve) => setTimeout(resolve, 20));
        return { text: 'x', headers: {} };
      });
    const results = await Promise.all(Array.from({ length: 10 }, read));
    expect(results.every((r) => r.text === 'x')).toBe(true);
    expect(produced).toBe(ENGINE === 'pglite' ? 1 : 10);
  });

  it('keeps any value, not only responses', async () => {
    let produced = 0;
    const read = () =>
      cachedRead(handle.db, 'object-key', async () => {
        produced++;
        return { items: [1, 2, 3] };
      });
    expect(await read()).toEqual({ items: [1, 2, 3] });
    expect(await read()).toEqual({ items: [1, 2, 3] });
    expect(produced).toBe(ENGINE === 'pglite' ? 1 : 2);
  });

  it('never answers a caller with a mark read that began before it arrived', async () => {
    // A fake executor whose mark reads end when the test says so.
    const reads: { resolve: (mark: string) => void }[] = [];
    const executor = {
      execute: () => new Promise((resolve) => reads.push({ resolve: (mark) => resolve([{ mark }]) })),
    } as unknown as Executor;
    const first = dataMark(executor);
    expect(reads.length).toBe(1);
    // Arriving while the first read runs: they wait for one read that starts after it.
    const later = Array.from({ length: 5 }, () => dataMark(executor));
    await Promise.resolve();
    expect(reads.length).toBe(1);
    reads[0]!.resolve('7');
    expect(await first).toBe(7);
    await new Promise((resolve) => setImmediate(resolve));
    expect(reads.length).toBe(2);
    // One more caller while the second read runs: a third read, after it.
    const last = dataMark(executor);
    reads[1]!.resolve('8');
    expect(await Promise.all(later)).toEqual([8, 8, 8, 8, 8]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(reads.length).toBe(3);
    reads[2]!.resolve('9');
    expect(await last).toBe(9);
    // Idle again: the next caller starts a read at once.
    const idle = dataMark(executor);
    expect(reads.length).toBe(4);
    reads[3]!.resolve('9');
    expect(await idle).toBe(9);
  });
});
