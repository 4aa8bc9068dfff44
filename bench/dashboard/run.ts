// `npm run bench:dashboard` (on demand, never part of `npm test`): the dashboard's speed on
// 100k synthetic events.
//
//  1. Data: data/bench-dashboard (PGlite), created on first run by bench/dashboard/generate.ts
//     (SQL generate_series, fixed seed, marked synthetic); `--fresh` recreates it.
//  2. Per dashboard query (one per panel, unfiltered and filtered on one vendor): the raw SQL
//     (the statements of db/queries/dashboard-sql.ts run directly on the PGlite client), and the
//     API (GET /api/v1/dashboard?panels=<panel> over HTTP against `next start` on that directory,
//     port 3125), medians of --runs (default 7) after one warm-up; ratio API / SQL (target ≤ 1.5x).
//     With DATABASE_URL, the same raw SQL on PostgreSQL (generated there too if the database is
//     empty) and PGlite / PostgreSQL (target ≤ 2x).
//  3. First-load JS of `/` and `/timeline`, gzipped, from the build's manifests (target ≤ 150 KB),
//     and as Chromium loads it: the scripts requested before the load event (Resource Timing),
//     on a throwaway seeded directory, with the JS requested in the 3 s after the load event.
//  4. Lighthouse 12 performance score of `/` (Debian Chromium; target ≥ 95), on the synthetic data
//     and on the demo data (a throwaway seeded directory).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { sql, type SQL } from 'drizzle-orm';
import { openPglite, openPostgres, type DatabaseHandle } from '@/db/client';
import { prepareDatabase } from '@/db/prepare';
import {
  changesSql,
  headlineSql,
  matrixAxesSql,
  matrixSql,
  plansSql,
  quartersSql,
  regionEntriesSql,
} from '@/db/queries/dashboard-sql';
import { getDashboard } from '@/db/queries/dashboard';
import { EMPTY_FILTERS, type DashboardFilters, type DashboardPanel } from '@/lib/dashboard/types';
import { generateSyntheticDashboard } from './generate';
import { waitForServer } from '../lib/wait-for-server';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const DATA_DIR = path.join(ROOT, 'data/bench-dashboard');
const EVENTS = 100_000;

// Flags: --runs=N, --fresh, --lighthouse=false, --port=N (the app; N+1 the demo-data app),
// --only=bundle (first-load JS only: the build and a throwaway demo directory, no 100k data).
const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? 'true'];
  }),
) as Record<string, string>;
const RUNS = Number(args.runs ?? 7);
const PORT = Number(args.port ?? 3125);
const TODAY = new Date().toISOString().slice(0, 10);
const CHROME = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const FILTER_SETS: { name: string; filters: DashboardFilters }[] = [
  { name: 'all', filters: EMPTY_FILTERS },
  { name: 'vendor', filters: { ...EMPTY_FILTERS, vendor: ['synthetic-vendor-7'] } },
];

/** The statements a panel runs (as getDashboard does, without the hydration of the short lists). */
function panelStatements(panel: DashboardPanel, filters: DashboardFilters): SQL[] {
  switch (panel) {
    case 'headline':
      return [headlineSql(filters, TODAY)];
    case 'quarters':
      return [quartersSql(filters)];
    case 'regions':
      return [regionEntriesSql(filters)];
    case 'matrix': {
      const axes = matrixAxesSql(filters);
      return [axes.vendors, axes.regions, matrixSql(filters)];
    }
    case 'upcoming':
      return [plansSql(filters, TODAY, 'upcoming')];
    case 'overdue':
      return [plansSql(filters, TODAY, 'overdue')];
    case 'changes':
      return [changesSql(filters)];
  }
}

const PANELS: DashboardPanel[] = [
  'headline',
  'quarters',
  'regions',
  'matrix',
  'upcoming',
  'overdue',
  'changes',
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function timeIt(run: () => Promise<unknown>): Promise<number> {
  await run(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** The panel's read function in-process (its statements plus the hydration of the short lists). */
async function functionTimes(handle: DatabaseHandle): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const { name, filters } of FILTER_SETS) {
    for (const panel of PANELS) {
      out.set(
        `${panel}/${name}`,
        await timeIt(() => getDashboard(handle.db, filters, { today: TODAY, panels: [panel] })),
      );
    }
  }
  return out;
}

async function rawSqlTimes(handle: DatabaseHandle): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const { name, filters } of FILTER_SETS) {
    for (const panel of PANELS) {
      // The very statements the app runs, with the same parameters, straight to the driver.
      const statements = panelStatements(panel, filters);
      out.set(
        `${panel}/${name}`,
        await timeIt(async () => {
          for (const q of statements) await handle.db.execute(q);
        }),
      );
    }
  }
  return out;
}

async function ensureData(handle: DatabaseHandle, label: string) {
  const rows = (await handle.db.execute(sql`select
      (select count(*)::int from events) as events,
      (select count(*)::int from app_meta where key = 'synthetic') as synthetic`)) as unknown;
  const row = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows)[0] as {
    events: number;
    synthetic: number;
  };
  if (row.synthetic)
    return console.log(`${label}: ${row.events.toLocaleString('en-US')} synthetic events already there`);
  if (row.events > 0) throw new Error(`${label} holds other data: point the bench at an empty database`);
  const start = Date.now();
  await generateSyntheticDashboard(handle.db, EVENTS);
  console.log(
    `${label}: generated ${EVENTS.toLocaleString('en-US')} synthetic events in ${((Date.now() - start) / 1000).toFixed(1)} s`,
  );
}

async function startApp(pgliteDir: string, port: number, seed: 'auto' | 'off') {
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'start', '-H', '127.0.0.1', '-p', String(port)],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: '',
        PGLITE_DIR: pgliteDir,
        BEACHHEAD_SEED: seed,
        NEXT_MANUAL_SIG_HANDLE: '1',
        NODE_ENV: 'production',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const origin = `http://127.0.0.1:${port}`;
  await waitForServer(`${origin}/api/health`, child, 180_000);
  return {
    origin,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((resolve) => {
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          resolve(undefined);
        }, 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve(undefined);
        });
      });
    },
  };
}

async function apiTimes(origin: string): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const { name, filters } of FILTER_SETS) {
    for (const panel of PANELS) {
      const query = new URLSearchParams({
        panels: panel,
        ...(filters.vendor.length ? { vendor: filters.vendor.join(',') } : {}),
      });
      const url = `${origin}/api/v1/dashboard?${query}`;
      out.set(
        `${panel}/${name}`,
        await timeIt(async () => {
          const response = await fetch(url);
          if (!response.ok) throw new Error(`${url}: ${response.status}`);
          await response.arrayBuffer();
        }),
      );
    }
  }
  return out;
}

/** First-load JS of an app route: the client chunks its page entry loads, gzipped. */
function firstLoadJs(route: string): {
  files: number;
  gzipKb: number;
  frameworkKb: number;
  list: string[];
} {
  const next = path.join(ROOT, '.next');
  const files = new Set<string>();
  // The client reference manifest of the page lists the JS of its entry (layout + page).
  const pageDir = route === '/' ? '' : route;
  const manifestPath = path.join(next, 'server/app', pageDir, 'page_client-reference-manifest.js');
  const text = readFileSync(manifestPath, 'utf8');
  const json = JSON.parse(text.slice(text.indexOf('= {') + 2, text.lastIndexOf('}') + 1)) as {
    entryJSFiles?: Record<string, string[]>;
  };
  for (const list of Object.values(json.entryJSFiles ?? {})) for (const f of list) files.add(f);
  // Plus the framework chunks every page loads (build-manifest rootMainFiles/polyfills).
  const build = JSON.parse(readFileSync(path.join(next, 'build-manifest.json'), 'utf8')) as {
    rootMainFiles?: string[];
  };
  for (const f of build.rootMainFiles ?? []) files.add(f);
  const framework = new Set(build.rootMainFiles ?? []);
  let total = 0;
  let frameworkBytes = 0;
  for (const f of files) {
    if (!f.endsWith('.js')) continue;
    const file = path.join(next, f.replace(/^\/?_next\//, '').replace(/^static/, 'static'));
    const size = gzipSync(readFileSync(existsSync(file) ? file : path.join(next, f))).length;
    total += size;
    if (framework.has(f)) frameworkBytes += size;
  }
  const list = [...files].filter((f) => f.endsWith('.js'));
  return { files: list.length, gzipKb: total / 1024, frameworkKb: frameworkBytes / 1024, list };
}

interface BrowserLoad {
  files: number;
  /** Bytes on the wire (Resource Timing encodedBodySize: Next's own gzip). */
  wireKb: number;
  /** The same files gzipped here as firstLoadJs does (zlib default level). */
  gzipKb: number;
  afterLoadFiles: number;
  afterLoadGzipKb: number;
  /** Scripts the browser loaded that the manifest figure does not list, and the reverse. */
  notInManifest: string[];
  notLoaded: string[];
}

/** First-load JS as Chromium loads it: the scripts requested before the load event. */
async function browserFirstLoadJs(origin: string, routes: string[]): Promise<Map<string, BrowserLoad>> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROME, args: ['--no-sandbox'] });
  const out = new Map<string, BrowserLoad>();
  try {
    for (const route of routes) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${origin}${route}`, { waitUntil: 'load' });
      await page.waitForTimeout(3_000);
      const entries = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((e) => new URL(e.name).pathname.endsWith('.js'))
          .map((e) => ({
            path: new URL(e.name).pathname,
            encoded: e.encodedBodySize,
            beforeLoad: e.startTime < nav.loadEventStart,
          }));
      });
      await context.close();
      const gz = (p: string) => {
        const file = path.join(ROOT, '.next', p.replace(/^\/_next\//, ''));
        return existsSync(file) ? gzipSync(readFileSync(file)).length : 0;
      };
      const before = entries.filter((e) => e.beforeLoad);
      const after = entries.filter((e) => !e.beforeLoad);
      const manifest = new Set(firstLoadJs(route).list.map((f) => `/_next/${f}`));
      const loaded = new Set(before.map((e) => e.path));
      out.set(route, {
        files: before.length,
        wireKb: before.reduce((n, e) => n + e.encoded, 0) / 1024,
        gzipKb: before.reduce((n, e) => n + gz(e.path), 0) / 1024,
        afterLoadFiles: after.length,
        afterLoadGzipKb: after.reduce((n, e) => n + gz(e.path), 0) / 1024,
        notInManifest: [...loaded].filter((p) => !manifest.has(p)),
        notLoaded: [...manifest].filter((p) => !loaded.has(p)),
      });
    }
  } finally {
    await browser.close();
  }
  return out;
}

function printFirstLoad(browser: Map<string, BrowserLoad> | undefined) {
  console.log('\nFirst-load JS (gzipped, from .next manifests; target ≤ 150 KB):');
  for (const route of ['/', '/timeline']) {
    try {
      const { files, gzipKb, frameworkKb } = firstLoadJs(route);
      console.log(
        `  ${route.padEnd(10)} ${gzipKb.toFixed(1)} KB in ${files} files (framework shared by every route: ${frameworkKb.toFixed(1)} KB; the route's own: ${(gzipKb - frameworkKb).toFixed(1)} KB)`,
      );
    } catch (error) {
      console.log(`  ${route}: ${(error as Error).message}`);
    }
  }
  if (!browser) return;
  console.log('\nFirst-load JS in Chromium (scripts requested before the load event, demo data):');
  for (const [route, b] of browser) {
    console.log(
      `  ${route.padEnd(10)} ${b.gzipKb.toFixed(1)} KB gzipped in ${b.files} files (${b.wireKb.toFixed(1)} KB on the wire, Next's gzip); after the load event (3 s): ${b.afterLoadFiles} files, ${b.afterLoadGzipKb.toFixed(1)} KB`,
    );
    if (b.notInManifest.length)
      console.log(`    loaded but not in the manifest figure: ${b.notInManifest.join(', ')}`);
    if (b.notLoaded.length)
      console.log(`    in the manifest figure but not loaded: ${b.notLoaded.join(', ')}`);
  }
}

/** browserFirstLoadJs on a throwaway directory seeded with the demo data. */
async function demoBrowserFirstLoad(port: number): Promise<Map<string, BrowserLoad>> {
  const demoDir = mkdtempSync(path.join(tmpdir(), 'beachhead-bench-bundle-'));
  const demo = await startApp(path.join(demoDir, 'pglite'), port, 'auto');
  try {
    return await browserFirstLoadJs(demo.origin, ['/', '/timeline']);
  } finally {
    await demo.stop();
    rmSync(demoDir, { recursive: true, force: true });
  }
}

async function lighthouseScore(
  url: string,
): Promise<{ score: number; lcp: number; tbt: number; cls: number }> {
  const chromeLauncher = await import('chrome-launcher');
  const lighthouse = (await import('lighthouse')).default;
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    const lhr = result!.lhr;
    // A failed run (e.g. a cold server's first page past Lighthouse's timeout) scores 0: say why.
    if (lhr.runtimeError)
      console.log(`  Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    return {
      score: Math.round((lhr.categories.performance!.score ?? 0) * 100),
      lcp: lhr.audits['largest-contentful-paint']!.numericValue ?? NaN,
      tbt: lhr.audits['total-blocking-time']!.numericValue ?? NaN,
      cls: lhr.audits['cumulative-layout-shift']!.numericValue ?? NaN,
    };
  } finally {
    chrome.kill();
  }
}

const fmt = (ms: number | undefined) => (ms === undefined ? '–' : ms < 10 ? ms.toFixed(2) : ms.toFixed(1));

async function main() {
  console.log(
    `bench:dashboard — ${new Date().toISOString()}, ${cpus().length} cores, load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const script = pathToFileURL(path.join(ROOT, 'scripts/lib/build-if-needed.mjs')).href;
  const { buildIfNeeded } = (await import(script)) as { buildIfNeeded(root?: string): Promise<void> };
  await buildIfNeeded(ROOT);

  if (args.only === 'bundle') {
    printFirstLoad(await demoBrowserFirstLoad(PORT));
    return;
  }

  if (args.fresh === 'true') rmSync(DATA_DIR, { recursive: true, force: true });
  const pglite = await openPglite(DATA_DIR);
  let sqlPglite: Map<string, number>;
  let fnPglite: Map<string, number>;
  try {
    await prepareDatabase(pglite);
    await ensureData(pglite, `PGlite ${path.relative(ROOT, DATA_DIR)}`);
    sqlPglite = await rawSqlTimes(pglite);
    fnPglite = await functionTimes(pglite);
  } finally {
    await pglite.close();
  }

  let sqlPostgres: Map<string, number> | undefined;
  if (process.env.DATABASE_URL) {
    const pg = openPostgres(process.env.DATABASE_URL, 4);
    try {
      await prepareDatabase(pg, { connectionString: process.env.DATABASE_URL });
      await ensureData(pg, 'PostgreSQL');
      sqlPostgres = await rawSqlTimes(pg);
    } finally {
      await pg.close();
    }
  }

  const app = await startApp(DATA_DIR, PORT, 'off');
  let api: Map<string, number>;
  let lhSynthetic: Awaited<ReturnType<typeof lighthouseScore>> | undefined;
  try {
    api = await apiTimes(app.origin);
    if (args.lighthouse !== 'false') lhSynthetic = await lighthouseScore(`${app.origin}/`);
  } finally {
    await app.stop();
  }

  const browserLoad = await demoBrowserFirstLoad(PORT + 1);

  let lhDemo: Awaited<ReturnType<typeof lighthouseScore>> | undefined;
  if (args.lighthouse !== 'false') {
    const demoDir = mkdtempSync(path.join(tmpdir(), 'beachhead-bench-demo-'));
    const demo = await startApp(path.join(demoDir, 'pglite'), PORT + 1, 'auto');
    try {
      lhDemo = await lighthouseScore(`${demo.origin}/`);
    } finally {
      await demo.stop();
      rmSync(demoDir, { recursive: true, force: true });
    }
  }

  console.log(
    `\nPer dashboard query, median of ${RUNS} after a warm-up, ms (${EVENTS.toLocaleString('en-US')} events):`,
  );
  const header = [
    'query',
    'filters',
    'API (HTTP)',
    'raw SQL PGlite',
    'API/SQL',
    'read fn in-process',
    ...(sqlPostgres ? ['raw SQL PostgreSQL', 'PGlite/PG'] : []),
  ];
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  for (const { name } of FILTER_SETS) {
    for (const panel of PANELS) {
      const key = `${panel}/${name}`;
      const a = api.get(key)!;
      const s = sqlPglite.get(key)!;
      const p = sqlPostgres?.get(key);
      const cells = [
        panel,
        name === 'all' ? 'none' : 'one vendor',
        fmt(a),
        fmt(s),
        `${(a / s).toFixed(2)}x`,
        fmt(fnPglite.get(key)),
      ];
      if (sqlPostgres) cells.push(fmt(p), p ? `${(s / p).toFixed(2)}x` : '–');
      console.log(`| ${cells.join(' | ')} |`);
    }
  }

  printFirstLoad(browserLoad);
  if (lhSynthetic || lhDemo) {
    console.log('\nLighthouse 12 performance of / (mobile defaults, simulated throttling; target ≥ 95):');
    for (const [label, r] of [
      ['synthetic 100k', lhSynthetic],
      ['demo data', lhDemo],
    ] as const) {
      if (r)
        console.log(
          `  ${label.padEnd(15)} score ${r.score}, LCP ${Math.round(r.lcp)} ms, TBT ${Math.round(r.tbt)} ms, CLS ${r.cls.toFixed(3)}`,
        );
    }
  }
  console.log(
    `\nload at the end: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
}

await main();
