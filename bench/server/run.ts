// npm run bench:server — how fast the server answers, against the limit of a bare Node static
// server serving the very same bytes. Bench-only script: it fills its own data directory with
// synthetic data by bulk insert (bypassing the write path: no revisions), never the demo's.
//
//   npm run bench:server                          PGlite (data/bench-server), and PostgreSQL when DATABASE_URL is set
//   npm run bench:server -- --postgres            also PostgreSQL on a throwaway cluster (installed binaries, port 54341)
//   npm run bench:server -- --duration=20 --warmup=5 --connections=100
//   npm run bench:server -- --targets=api --engines=pglite        (a part only)
//
// For each engine it seeds 10,000 synthetic events (20 synthetic vendors, one synthetic source
// cited by each; titles start with "[synthetic]"), starts `next start` on it (port 3141), and runs
// autocannon (-c100, a warm-up run then a measured run) against:
//   api   GET /api/v1/events?vendor=…,…&from=2015-01-01&to=2020-12-31&limit=50
//   page  GET /events?<the same filter>     (server-rendered list page, first page)
//   health  GET /api/health                 (Next's floor: the cheapest real route, proxy + `select 1`)
//   asset   GET /_next/static/…js            (Next's floor: a build file, no proxy, no rendering)
// and, in the same run, against a bare Node http server (its own process, port 3142) answering
// every request with the exact body bytes and content-type the app returned for that URL.
// Prints req/s, p50/p99 latency and the ratio app/static (target: ≥ 30 %), and how far Next's own
// pipeline gets on this machine (health, asset), which bounds what any route can reach.
// A PostgreSQL DATABASE_URL must name an empty database or one this script filled before.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { openPglite, openPostgres } from '../../db/client';
import { prepareDatabase } from '../../db/prepare';
import { seedIfEmpty } from '../../db/seed';
import { PgCluster, findPostgresBin } from '../../reliability/harness';
import { seedSynthetic, vendorSlug } from './seed';
import { waitForServer } from '../lib/wait-for-server';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? 'true'];
  }),
) as Record<string, string>;
const EVENTS = Number(args.events ?? 10_000);
const DURATION = Number(args.duration ?? 10);
const WARMUP = Number(args.warmup ?? 3);
const CONNECTIONS = Number(args.connections ?? 100);
const APP_PORT = Number(args.port ?? 3141);
const STATIC_PORT = APP_PORT + 1;
const TARGETS = (args.targets ?? 'api,page,health,asset').split(',');
const ENGINES = (args.engines ?? 'pglite,postgres').split(',');

function startNext(env: Record<string, string | undefined>): ChildProcess {
  const childEnv: Record<string, string | undefined> = {
    ...process.env,
    ...env,
    NEXT_MANUAL_SIG_HANDLE: '1',
    NEXT_TELEMETRY_DISABLED: '1',
  };
  for (const key of Object.keys(childEnv)) if (childEnv[key] === undefined) delete childEnv[key];
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'node_modules/.bin/next'), 'start', '-H', '127.0.0.1', '-p', String(APP_PORT)],
    { cwd: ROOT, env: childEnv as NodeJS.ProcessEnv, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return child;
}

/** The first /_next/static script a page loads. */
async function firstScript(url: string): Promise<string> {
  const html = await (await fetch(url)).text();
  const src = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  if (!src) throw new Error(`no /_next/static script in ${url}`);
  return src;
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
}

/** A bare static server in its own process: one body, one content-type, for every request. */
async function startStatic(body: Buffer, contentType: string): Promise<ChildProcess> {
  const code = `
    const http = require('node:http');
    const chunks = [];
    process.stdin.on('data', (c) => chunks.push(c));
    process.stdin.on('end', () => {
      const body = Buffer.concat(chunks);
      http.createServer((req, res) => {
        res.writeHead(200, { 'content-type': process.env.CT, 'content-length': body.length });
        res.end(body);
      }).listen(${STATIC_PORT}, '127.0.0.1', () => console.log('ready'));
    });`;
  const child = spawn(process.execPath, ['-e', code], {
    env: { ...process.env, CT: contentType },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  child.stdin!.end(body);
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once('data', () => resolve());
    child.once('exit', (c) => reject(new Error(`static server exited ${c}`)));
  });
  return child;
}

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** CPU time the server process spent per answered request (ms), when /proc tells. */
  cpuMs: number | null;
}

/** User + system CPU time of a process in ms (Linux /proc; null elsewhere). */
function processCpuMs(pid: number | undefined): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of stat (11 and 12 after the name), in 1/100 s.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

async function cannon(url: string, duration: number, pid?: number): Promise<Figures> {
  const before = processCpuMs(pid);
  const result = await autocannon({ url, connections: CONNECTIONS, duration });
  const after = processCpuMs(pid);
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    cpuMs:
      before !== null && after !== null && result.requests.total > 0
        ? (after - before) / result.requests.total
        : null,
  };
}

async function measure(url: string, pid?: number): Promise<Figures> {
  await cannon(url, WARMUP);
  return cannon(url, DURATION, pid);
}

interface Row {
  engine: string;
  target: string;
  bytes: number;
  app: Figures;
  bare: Figures;
}

async function benchEngine(engine: string, env: Record<string, string | undefined>): Promise<Row[]> {
  const base = `http://127.0.0.1:${APP_PORT}`;
  const server = startNext(env);
  const rows: Row[] = [];
  try {
    await waitForServer(`${base}/api/health`, server);
    const pagePath = `/events?vendor=${vendorSlug(2)},${vendorSlug(6)}&from=2015-01-01&to=2020-12-31`;
    const targets = [
      {
        target: 'api',
        path: `/api/v1/events?vendor=${vendorSlug(2)},${vendorSlug(6)}&from=2015-01-01&to=2020-12-31&limit=50`,
      },
      { target: 'page', path: pagePath },
      // Next's own floor on this machine: the cheapest real route (proxy + `select 1`) and a
      // build asset (no proxy, no rendering, no database).
      { target: 'health', path: '/api/health' },
      { target: 'asset', path: await firstScript(`${base}${pagePath}`) },
    ];
    for (const { target, path: urlPath } of targets.filter((t) => TARGETS.includes(t.target))) {
      const response = await fetch(`${base}${urlPath}`);
      const body = Buffer.from(await response.arrayBuffer());
      if (!response.ok)
        throw new Error(`${urlPath} answered ${response.status}: ${body.toString().slice(0, 300)}`);
      const contentType = response.headers.get('content-type') ?? 'application/octet-stream';
      console.log(`  ${engine} ${target}: ${urlPath} (${body.length} bytes, ${contentType})`);
      const app = await measure(`${base}${urlPath}`, server.pid);
      const staticServer = await startStatic(body, contentType);
      let bare: Figures;
      try {
        bare = await measure(`http://127.0.0.1:${STATIC_PORT}${urlPath}`, staticServer.pid);
      } finally {
        await stop(staticServer);
      }
      rows.push({ engine, target, bytes: body.length, app, bare });
      print([rows.at(-1)!]);
    }
  } finally {
    await stop(server);
  }
  return rows;
}

const FLOOR_TARGETS = new Set(['health', 'asset']);

function verdict(target: string, ratio: number): string {
  if (FLOOR_TARGETS.has(target)) return "(Next's floor)";
  return ratio >= 0.3 ? '(≥ 30 %: met)' : '(< 30 %: NOT met)';
}

/** What Next itself reaches here, next to the 30 % target (for the README). */
function printFloor(rows: Row[]) {
  const pct = (r: Row) =>
    `${((r.app.rps / r.bare.rps) * 100).toFixed(1)} %` +
    (r.app.cpuMs && r.bare.cpuMs ? ` (${((r.bare.cpuMs / r.app.cpuMs) * 100).toFixed(1)} % by CPU)` : '');
  for (const engine of new Set(rows.map((r) => r.engine))) {
    const of = (target: string) => rows.find((r) => r.engine === engine && r.target === target);
    const health = of('health');
    const asset = of('asset');
    if (!health && !asset) continue;
    const parts = [
      health && `GET /api/health (proxy + select 1) ${pct(health)} of static`,
      asset && `a /_next/static file (no proxy, no rendering) ${pct(asset)}`,
    ].filter(Boolean);
    console.log(
      `  ${engine}: target 30 % of static; Next's own pipeline reaches ${parts.join(', ')} on this machine`,
    );
  }
}

function print(rows: Row[]) {
  const f = (n: number) => Math.round(n).toLocaleString('en-US');
  for (const r of rows) {
    const ratio = r.app.rps / r.bare.rps;
    const flags =
      r.app.non2xx || r.app.errors ? `  (app: ${r.app.non2xx} non-2xx, ${r.app.errors} errors)` : '';
    const cpu = (ms: number | null) => (ms === null ? '?' : ms.toFixed(3));
    // CPU per request does not depend on what else the machine runs: static/app CPU is the ratio
    // a quiet machine would show when both are CPU-bound.
    const cpuRatio =
      r.app.cpuMs && r.bare.cpuMs ? `${((r.bare.cpuMs / r.app.cpuMs) * 100).toFixed(1)} %` : '?';
    console.log(
      `  | ${r.engine} | ${r.target} | ${f(r.bytes)} | ${f(r.app.rps)} | ${r.app.p50} / ${r.app.p99} | ` +
        `${f(r.bare.rps)} | ${r.bare.p50} / ${r.bare.p99} | ${(ratio * 100).toFixed(1)} % ${verdict(r.target, ratio)} | ` +
        `${cpu(r.app.cpuMs)} / ${cpu(r.bare.cpuMs)} | ${cpuRatio} |${flags}`,
    );
  }
}

async function main() {
  const { buildIfNeeded } = (await import(
    pathToFileURL(path.join(ROOT, 'scripts/lib/build-if-needed.mjs')).href
  )) as {
    buildIfNeeded(root?: string): Promise<{ status: number }>;
  };
  // --no-build: measure the existing build as it is (e.g. before and after a change).
  if (!args['no-build'] && (await buildIfNeeded(ROOT)).status !== 0) process.exit(1);
  const cpu = cpus();
  console.log(
    `bench:server — ${EVENTS} synthetic events, autocannon -c${CONNECTIONS}, ${WARMUP} s warm-up + ${DURATION} s measured\n` +
      `machine: ${cpu.length} × ${cpu[0]?.model ?? '?'}, load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
  );
  const rows: Row[] = [];

  // PGlite: its own data directory, kept between runs (re-seeded when missing).
  const dir = path.join(ROOT, 'data', 'bench-server');
  if (args.reseed) rmSync(dir, { recursive: true, force: true });
  {
    const handle = await openPglite(dir);
    try {
      await prepareDatabase(handle, { afterMigrate: async (db) => void (await seedIfEmpty(db)) });
      await seedSynthetic(handle, EVENTS);
    } finally {
      await handle.close();
    }
  }
  if (ENGINES.includes('pglite'))
    rows.push(...(await benchEngine('PGlite', { PGLITE_DIR: dir, DATABASE_URL: undefined })));

  let cluster: PgCluster | undefined;
  let url = process.env.DATABASE_URL;
  try {
    if (!ENGINES.includes('postgres')) url = undefined;
    else if (!url && args.postgres) {
      const bin = findPostgresBin();
      if (!bin) throw new Error('--postgres: no PostgreSQL binaries (set PG_BIN)');
      process.env.OUTAGE_PG_PORT ??= '54341';
      cluster = await PgCluster.create(bin);
      url = await cluster.createDatabase('beachhead_bench');
    }
    if (url) {
      const handle = openPostgres(url, 2);
      try {
        await prepareDatabase(handle, {
          connectionString: url,
          afterMigrate: async (db) => void (await seedIfEmpty(db)),
        });
        await seedSynthetic(handle, EVENTS);
      } finally {
        await handle.close();
      }
      rows.push(...(await benchEngine('PostgreSQL', { DATABASE_URL: url })));
    } else {
      console.log('  (PostgreSQL skipped: set DATABASE_URL, or pass --postgres for a throwaway cluster)');
    }
  } finally {
    await cluster?.destroy();
  }

  console.log(
    `\n  | engine | target | bytes | app req/s | app p50 / p99 ms | static req/s | static p50 / p99 ms | app / static | CPU ms per request app / static | static / app CPU |`,
  );
  console.log(`  |---|---|---|---|---|---|---|---|---|---|`);
  print(rows);
  printFloor(rows);
  console.log(
    `  load average at the end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  if (!existsSync(dir)) console.log('  (data/bench-server was removed)');
}

await main();
