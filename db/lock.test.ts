import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { openPglite } from './client';
import { DatabaseLockedError, lockPathFor } from './lock';

// PGlite has no lock of its own; these tests hold ours to its promise: one process per data
// directory, a clear error for the second, and a stale lock (killed holder) taken over safely.

const children: ChildProcess[] = [];
const dirs: string[] = [];

function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'beachhead-lock-'));
  dirs.push(dir);
  return join(dir, 'pglite');
}

function holder(dir: string, count: number): Promise<{ child: ChildProcess; acked: number[] }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'db/testing/hold-pglite.ts', dir, String(count)],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  children.push(child);
  const acked: number[] = [];
  return new Promise((resolve, reject) => {
    let buffer = '';
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += String(d)));
    child.stdout!.on('data', (d) => {
      buffer += String(d);
      for (const line of buffer.split('\n').slice(0, -1)) {
        if (line.startsWith('acked ')) acked.push(Number(line.slice(6)));
        if (line === 'holding') resolve({ child, acked });
      }
      buffer = buffer.slice(buffer.lastIndexOf('\n') + 1);
    });
    child.on('exit', (code) => reject(new Error(`holder exited ${code}: ${stderr}`)));
  });
}

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('PGlite data-directory lock', () => {
  it('refuses a second opener at once, naming the process that holds the directory', async () => {
    const dir = tempDir();
    const { child } = await holder(dir, 0);
    const started = Date.now();
    const error = await openPglite(dir).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DatabaseLockedError);
    expect((error as Error).message).toContain(`in use by process ${child.pid}`);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('takes over the lock of a killed holder, with every acknowledged write present', async () => {
    const dir = tempDir();
    const { child, acked } = await holder(dir, 25);
    expect(acked).toHaveLength(25);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(existsSync(lockPathFor(dir))).toBe(true);

    const handle = await openPglite(dir);
    try {
      const result = await handle.db.execute(sql`select count(*)::int as n from acked`);
      const rows = (result as unknown as { rows: { n: number }[] }).rows;
      expect(rows[0]!.n).toBe(25);
    } finally {
      await handle.close();
    }
    expect(existsSync(lockPathFor(dir))).toBe(false);
  });

  it('releases the lock on close so the next process can open', async () => {
    const dir = tempDir();
    const first = await openPglite(dir);
    await first.close();
    const second = await openPglite(dir);
    await second.close();
  });
});
