import { spawn } from 'node:child_process';
import { test, expect } from './fixtures';

// PGlite allows one process per data directory. A second server pointed at the directory the
// e2e server uses must stop at once with a clear message, and the first must keep serving
// with its data intact.

test('a second server on the same PGlite directory fails fast; the first keeps serving', async ({
  request,
}) => {
  test.setTimeout(90_000);
  const before = await request.get('/api/v1/events?limit=200');
  expect(before.status()).toBe(200);
  const beforeIds = ((await before.json()) as { items: { id: string }[] }).items.map((e) => e.id);
  expect(beforeIds.length).toBeGreaterThan(0);

  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: 'data/e2e', NEXT_MANUAL_SIG_HANDLE: '1' };
  delete env.DATABASE_URL;
  const second = spawn('node_modules/.bin/next', ['start', '-H', '127.0.0.1', '-p', '3101'], { env });
  let output = '';
  second.stdout.on('data', (d) => (output += String(d)));
  second.stderr.on('data', (d) => (output += String(d)));
  const started = Date.now();
  const exitCode = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      second.kill('SIGKILL');
      resolve(null);
    }, 60_000);
    second.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });

  expect(exitCode, `second server output:\n${output}`).not.toBe(0);
  expect(exitCode).not.toBeNull();
  expect(output).toMatch(/is in use by process \d+/);
  expect(output).toContain('PGLITE_DIR');
  test
    .info()
    .annotations.push({ type: 'second server exited after', description: `${Date.now() - started} ms` });

  const health = await request.get('/api/health');
  expect(health.status()).toBe(200);
  const after = await request.get('/api/v1/events?limit=200');
  const afterIds = ((await after.json()) as { items: { id: string }[] }).items.map((e) => e.id);
  expect(afterIds).toEqual(beforeIds);
});
