// Shared helpers of the reliability suites (vitest project `reliability`): they run the real
// production build (`next start`) in child processes they own, on ports 3141-3149 by default
// (RELIABILITY_PORT_BASE moves the range), against data directories under data/reliability-*,
// and prepare those databases directly (accounts, API tokens) before a server takes the lock.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { openPglite, openPostgres, type DatabaseHandle } from '@/db/client';
import { createApiToken } from '@/db/auth/api-tokens';
import { prepareDatabase } from '@/db/prepare';
import { users } from '@/db/schema';
import { seedIfEmpty } from '@/db/seed';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const PORT_BASE = Number(process.env.RELIABILITY_PORT_BASE ?? 3141);

/** A data directory under data/ for one suite, wiped. */
export function freshDataDir(name: string): string {
  const dir = path.join(ROOT, 'data', name);
  rmSync(dir, { recursive: true, force: true });
  rmSync(`${dir}.lock`, { force: true });
  mkdirSync(path.dirname(dir), { recursive: true });
  return dir;
}

export function requireBuild(): void {
  if (!existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) {
    throw new Error(
      'No production build in .next/: run `npm run build` (npm test builds before this stage).',
    );
  }
}

export interface Editor {
  email: string;
  token: string;
}

/**
 * Migrates and seeds the database, then creates `count` editor accounts with one personal API
 * token each. Test-only accounts for a throwaway database (they have no password: tokens only).
 */
export async function prepareWithEditors(
  target: { pgliteDir: string } | { databaseUrl: string },
  count: number,
  prefix = 'editor',
): Promise<Editor[]> {
  const handle: DatabaseHandle =
    'pgliteDir' in target ? await openPglite(target.pgliteDir) : openPostgres(target.databaseUrl, 2);
  try {
    await prepareDatabase(handle, {
      connectionString: 'databaseUrl' in target ? target.databaseUrl : undefined,
      afterMigrate: async (db) => void (await seedIfEmpty(db)),
    });
    const editors: Editor[] = [];
    for (let i = 0; i < count; i++) {
      const email = `${prefix}-${i}@reliability.test`;
      const id = `${prefix}-${i}`;
      const [existing] = await handle.db.select({ id: users.id }).from(users).where(eq(users.id, id));
      if (!existing) {
        await handle.db
          .insert(users)
          .values({ id, name: `Editor ${i}`, email, role: 'editor', emailVerified: true });
      }
      const { token } = await createApiToken(handle.db, id, `reliability ${Date.now()}`);
      editors.push({ email, token });
    }
    return editors;
  } finally {
    await handle.close();
  }
}

export interface Server {
  child: ChildProcess;
  port: number;
  url: string;
  /** Everything the server printed (stdout and stderr). */
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `next start` on the production build, its own process group leader (so kill reaches only it). */
export function startServer(port: number, env: Record<string, string | undefined>): Server {
  requireBuild();
  const next = path.join(ROOT, 'node_modules', '.bin', 'next');
  const childEnv = {} as NodeJS.ProcessEnv;
  for (const [key, value] of Object.entries({ ...process.env, ...env })) {
    if (value !== undefined) childEnv[key] = value;
  }
  childEnv.NEXT_MANUAL_SIG_HANDLE = '1';
  childEnv.NEXT_TELEMETRY_DISABLED = '1';
  childEnv.BEACHHEAD_SEED ??= 'auto';
  // next's bin is a node script: run it with this node, so kill -9 hits the server process itself.
  const child = spawn(process.execPath, [next, 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: ROOT,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (d) => (log += String(d)));
  child.stderr!.on('data', (d) => (log += String(d)));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, port, url: `http://127.0.0.1:${port}`, output: () => log, exited };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until /api/health answers 200 (or the server exits, or the time is up). */
export async function waitHealthy(server: Server, timeoutMs = 90_000): Promise<number> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (server.child.exitCode !== null || server.child.signalCode !== null) {
      throw new Error(
        `the server exited (${server.child.exitCode ?? server.child.signalCode}):\n${server.output().slice(-3000)}`,
      );
    }
    try {
      const response = await fetch(`${server.url}/api/health`, { signal: AbortSignal.timeout(5000) });
      if (response.ok) return Date.now() - start;
    } catch {
      // not up yet
    }
    await sleep(100);
  }
  throw new Error(
    `the server did not become healthy within ${timeoutMs} ms:\n${server.output().slice(-3000)}`,
  );
}

/** SIGTERM (clean close of the database), SIGKILL after 20 s. */
export async function stopServer(server: Server): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 20_000);
  await server.exited;
  clearTimeout(timer);
}

export async function killServer(server: Server): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.kill('SIGKILL');
  await server.exited;
}

export interface JsonResponse<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
}

/** One API call with a bearer token; the body is parsed as JSON when it is JSON. */
export async function api<T = Record<string, unknown>>(
  base: string,
  method: string,
  pathname: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string>; timeoutMs?: number } = {},
): Promise<JsonResponse<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${base}${pathname}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
  });
  const text = await response.text();
  let body: unknown = text;
  if ((response.headers.get('content-type') ?? '').includes('json')) body = JSON.parse(text);
  return { status: response.status, body: body as T, headers: response.headers };
}

/** Deterministic pseudo-random numbers (mulberry32), so a failing run can be replayed with its seed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function envNumber(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number from 1, got ${value}`);
  return n;
}

// ---- PostgreSQL (the outage suite) --------------------------------------------------------------

/** The PostgreSQL binaries: PG_BIN, else the newest /usr/lib/postgresql/N/bin with initdb. */
export function findPostgresBin(): string | undefined {
  if (process.env.PG_BIN && existsSync(path.join(process.env.PG_BIN, 'initdb'))) return process.env.PG_BIN;
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = spawnSync('ls', [base], { encoding: 'utf8' })
    .stdout.split('\n')
    .filter((v) => /^\d+$/.test(v))
    .sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    const bin = path.join(base, version, 'bin');
    if (existsSync(path.join(bin, 'initdb')) && existsSync(path.join(bin, 'pg_ctl'))) return bin;
  }
  return undefined;
}

function runCommand(cmd: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += String(d)));
    child.stderr.on('data', (d) => (output += String(d)));
    child.once('error', (error) => resolve({ code: 127, output: `${output}${String(error)}` }));
    child.once('exit', (code) => resolve({ code, output }));
  });
}

/** initdb and postgres refuse to run as root: as root, run them as the postgres OS user (like .ci/run). */
function asPostgres(cmd: string, args: string[]) {
  return process.getuid?.() === 0
    ? runCommand('runuser', ['-u', 'postgres', '--', cmd, ...args])
    : runCommand(cmd, args);
}

async function portFree(port: number): Promise<boolean> {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/**
 * A throwaway PostgreSQL cluster the test owns (so it may stop and start it): initdb in a temp
 * directory, listening on 127.0.0.1 only (trust auth, socket in its own directory), on the first
 * free port of 54340-54349 (OUTAGE_PG_PORT to choose). Removed by destroy().
 */
export class PgCluster {
  private constructor(
    readonly bin: string,
    readonly dir: string,
    readonly port: number,
  ) {}

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}`;
  }

  static async create(bin: string): Promise<PgCluster> {
    const { mkdtempSync, chmodSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const candidates = process.env.OUTAGE_PG_PORT
      ? [Number(process.env.OUTAGE_PG_PORT)]
      : Array.from({ length: 10 }, (_, i) => 54340 + i);
    let port: number | undefined;
    for (const candidate of candidates) {
      if ((await portFree(candidate)) && !existsSync(`/tmp/.s.PGSQL.${candidate}.lock`)) {
        port = candidate;
        break;
      }
    }
    if (!port) throw new Error(`no free port for PostgreSQL among ${candidates.join(', ')}`);
    const dir = mkdtempSync(path.join(tmpdir(), 'beachhead-outage-pg-'));
    chmodSync(dir, 0o700);
    if (process.getuid?.() === 0) {
      const chown = await runCommand('chown', ['postgres:', dir]);
      if (chown.code !== 0) throw new Error(`chown postgres ${dir}: ${chown.output}`);
    }
    const cluster = new PgCluster(bin, dir, port);
    const init = await asPostgres(path.join(bin, 'initdb'), [
      '-D',
      `${dir}/data`,
      '-U',
      'postgres',
      '-A',
      'trust',
      '-E',
      'UTF8',
      '--locale=C',
      '--no-sync',
    ]);
    if (init.code !== 0) throw new Error(`initdb failed: ${init.output}`);
    await cluster.start();
    return cluster;
  }

  async start(): Promise<void> {
    const result = await asPostgres(path.join(this.bin, 'pg_ctl'), [
      '-D',
      `${this.dir}/data`,
      '-l',
      `${this.dir}/server.log`,
      '-w',
      '-t',
      '60',
      '-o',
      `-k ${this.dir} -h 127.0.0.1 -p ${this.port}`,
      'start',
    ]);
    if (result.code !== 0) throw new Error(`pg_ctl start failed: ${result.output}`);
  }

  /** `pg_ctl stop -m fast`: open connections are terminated, the server is down when it returns. */
  async stop(mode: 'fast' | 'immediate' = 'fast'): Promise<void> {
    const result = await asPostgres(path.join(this.bin, 'pg_ctl'), [
      '-D',
      `${this.dir}/data`,
      '-m',
      mode,
      '-w',
      'stop',
    ]);
    if (result.code !== 0) throw new Error(`pg_ctl stop failed: ${result.output}`);
  }

  async createDatabase(name: string): Promise<string> {
    const result = await runCommand(path.join(this.bin, 'psql'), [
      '-X',
      '-q',
      '-v',
      'ON_ERROR_STOP=1',
      '-h',
      '127.0.0.1',
      '-p',
      String(this.port),
      '-U',
      'postgres',
      '-d',
      'postgres',
      '-c',
      `CREATE DATABASE ${name}`,
    ]);
    if (result.code !== 0) throw new Error(`CREATE DATABASE failed: ${result.output}`);
    return `${this.url}/${name}`;
  }

  async destroy(): Promise<void> {
    if (existsSync(`${this.dir}/data/postmaster.pid`)) await this.stop('immediate').catch(() => {});
    rmSync(this.dir, { recursive: true, force: true });
  }
}
