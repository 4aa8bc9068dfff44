// npm run bench:timeline — our canvas timeline against vis-timeline 8.5.4 on the same synthetic
// events (1k, 10k, 100k; 20 lanes; 70% exact days, 30% windows of 1-6 months), in headless
// Debian Chromium. For each renderer and size: first render ms, p95 frame ms and the count of
// tasks over 50 ms during a 5 s scripted zoom/pan, median of 3 runs; then the ratios ours/vis.
//
//   npm run bench:timeline                       # everything (a few minutes)
//   npm run bench:timeline -- --sizes=1000,10000 --runs=1
//   npm run bench:timeline -- --vis-100k-runs=3  # vis-timeline at 100k takes ~40 s to draw once
//   npm run bench:timeline -- --parts            # also print where ours' first render went (User Timing)
//   npm run bench:timeline -- --port=3110        # the app on 3110, vis-timeline's page on 3111 (default: free ports)
//
// It builds the app if needed, starts `next start` on a free port with a throwaway PGlite
// directory and BEACHHEAD_DEV_PAGES=1 (ours: /timeline/synthetic?n=…&seed=1, the real component),
// and serves vis-timeline from node_modules (standalone UMD build) on a page of its own, with the
// same events converted to vis items. Nothing is fetched from the network.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { syntheticTimeline } from '../../lib/timeline/synthetic';
import { waitForServer } from '../lib/wait-for-server';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `next build` when there is no build or the sources changed (the same check as `npm start`). */
async function buildIfNeeded(): Promise<void> {
  const script = pathToFileURL(path.join(ROOT, 'scripts/lib/build-if-needed.mjs')).href;
  const { buildIfNeeded: build } = (await import(script)) as { buildIfNeeded(root?: string): Promise<void> };
  await build(ROOT);
}

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? 'true'];
  }),
) as Record<string, string>;
const SIZES = (args.sizes ?? '1000,10000,100000').split(',').map(Number);
const RUNS = Number(args.runs ?? 3);
const VIS_100K_RUNS = Number(args['vis-100k-runs'] ?? 1);
const PAN_ZOOM_MS = 5000;
const SEED = 1;
const VIEWPORT = { width: 1280, height: 800 };
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

interface Run {
  firstRenderMs: number;
  frames: number[];
  longTasks: number;
  inputs: number;
  skipped?: string;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function startApp(): Promise<{ origin: string; stop(): Promise<void> }> {
  const port = args.port ? Number(args.port) : await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'beachhead-bench-'));
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'start', '-H', '127.0.0.1', '-p', String(port)],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: '',
        PGLITE_DIR: path.join(dataDir, 'pglite'),
        BEACHHEAD_SEED: 'off',
        BEACHHEAD_DEV_PAGES: '1',
        NEXT_MANUAL_SIG_HANDLE: '1',
        NODE_ENV: 'production',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const origin = `http://127.0.0.1:${port}`;
  await waitForServer(`${origin}/api/health`, child);
  return {
    origin,
    async stop() {
      if (child.exitCode === null) {
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
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The same synthetic events as /timeline/synthetic, as vis-timeline items and groups. */
function visData(count: number) {
  const data = syntheticTimeline({ count, seed: SEED });
  const groups = new Map<string, string>();
  const items = data.items.map((item) => {
    groups.set(item.vendor!.slug, item.vendor!.name);
    const point = item.date.lo === item.date.hi;
    const end = new Date(Date.parse(`${item.date.hi}T00:00:00Z`) + 86_400_000).toISOString();
    return point
      ? { id: item.id, group: item.vendor!.slug, content: item.title, start: item.date.lo, type: 'point' }
      : {
          id: item.id,
          group: item.vendor!.slug,
          content: item.title,
          start: item.date.lo,
          end,
          type: 'range',
        };
  });
  return {
    items,
    groups: [...groups].sort().map(([id, content]) => ({ id, content })),
  };
}

const VIS_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>vis-timeline</title>
<link rel="stylesheet" href="/vis.css"><script src="/vis.js"></script>
<style>body{margin:0;font:12px system-ui,sans-serif} #tl{width:1240px;margin:20px}</style></head>
<body><div id="tl"></div><script>
(async () => {
  const n = new URLSearchParams(location.search).get('n');
  const data = await (await fetch('/data.json?n=' + n)).json();
  // The same start as ours: the data in memory, the page settled (load, 500 ms, an idle
  // period: components/timeline/synthetic-timeline.tsx), then a fresh task after a frame.
  await new Promise((r) => {
    const afterLoad = () => setTimeout(() => requestIdleCallback(() => r(), { timeout: 2000 }), 500);
    if (document.readyState === 'complete') afterLoad(); else addEventListener('load', afterLoad, { once: true });
  });
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  // vis-timeline emits 'changed' inside its constructor (hook emit before constructing), and
  // draws again once it has fitted the window to the data: the first render ends when the
  // frame after the last 'changed' of the start (none for 500 ms after it) has been rendered
  // (a task posted from its animation frame), as ours ends after its first drawing's frame.
  window.__visChanged = [];
  let t0 = 0;
  let lastPaint = 0;
  const afterNextPaint = (done) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { channel.port1.close(); done(); };
    channel.port2.postMessage(null);
  });
  const emit = vis.Timeline.prototype.emit;
  vis.Timeline.prototype.emit = function (name, ...rest) {
    if (name === 'changed') {
      window.__visChanged.push(performance.now());
      afterNextPaint(() => { lastPaint = performance.now() - t0; });
    }
    return emit.call(this, name, ...rest);
  };
  t0 = performance.now();
  const timeline = new vis.Timeline(document.getElementById('tl'), data.items, data.groups, {
    stack: true, height: '720px', zoomKey: '', horizontalScroll: false,
  });
  window.__visTimeline = timeline;
  const settle = () => {
    const last = window.__visChanged[window.__visChanged.length - 1];
    if (last !== undefined && lastPaint > 0 && performance.now() - last > 500) window.__visFirstRenderMs = lastPaint;
    else setTimeout(settle, 50);
  };
  settle();
})();
</script></body></html>`;

async function startVisHost(): Promise<{ origin: string; server: Server }> {
  const dir = path.join(ROOT, 'node_modules/vis-timeline');
  const js = readFileSync(path.join(dir, 'standalone/umd/vis-timeline-graph2d.min.js'));
  const css = readFileSync(path.join(dir, 'styles/vis-timeline-graph2d.min.css'));
  const cache = new Map<number, string>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/vis.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
    else if (url.pathname === '/vis.css') res.writeHead(200, { 'content-type': 'text/css' }).end(css);
    else if (url.pathname === '/data.json') {
      const n = Number(url.searchParams.get('n'));
      if (!cache.has(n)) cache.set(n, JSON.stringify(visData(n)));
      res.writeHead(200, { 'content-type': 'application/json' }).end(cache.get(n));
    } else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(VIS_PAGE);
  });
  await new Promise<void>((resolve) =>
    server.listen(args.port ? Number(args.port) + 1 : 0, '127.0.0.1', resolve),
  );
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/**
 * Records animation-frame intervals and long tasks until stopped. Page scripts are strings:
 * tsx (esbuild) would wrap functions in helpers that do not exist in the page.
 */
const RECORD = `(() => {
  const w = window;
  w.__bench = { frames: [], longTasks: 0, running: true };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.duration > 50) w.__bench.longTasks++;
  }).observe({ type: 'longtask' });
  let last = performance.now();
  const loop = (t) => {
    w.__bench.frames.push(t - last);
    last = t;
    if (w.__bench.running) requestAnimationFrame(loop);
  };
  requestAnimationFrame((t) => { last = t; requestAnimationFrame(loop); });
})()`;

async function startRecording(page: Page) {
  await page.evaluate(RECORD);
}

async function stopRecording(page: Page): Promise<{ frames: number[]; longTasks: number }> {
  // Let the last input's frame and long tasks land.
  await page.waitForTimeout(300);
  return page.evaluate(
    '(() => { window.__bench.running = false; return { frames: window.__bench.frames, longTasks: window.__bench.longTasks }; })()',
  ) as Promise<{ frames: number[]; longTasks: number }>;
}

/** 5 s of zooming (wheel) and panning (drag) over the drawing, the same script for both. */
async function panZoom(page: Page, selector: string): Promise<number> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on the page`);
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(box.height, VIEWPORT.height - box.y) / 2;
  await page.mouse.move(x, y);
  let inputs = 0;
  const start = Date.now();
  let step = 0;
  while (Date.now() - start < PAN_ZOOM_MS) {
    const phase = step++ % 4;
    if (phase === 0 || phase === 2) {
      const dy = phase === 0 ? -120 : 120;
      for (let k = 0; k < 3 && Date.now() - start < PAN_ZOOM_MS; k++) {
        await page.mouse.wheel(0, dy);
        inputs++;
      }
    } else {
      const dx = phase === 1 ? -240 : 240;
      await page.mouse.down();
      inputs++;
      for (let k = 1; k <= 8 && Date.now() - start < PAN_ZOOM_MS; k++) {
        await page.mouse.move(x + (dx * k) / 8, y);
        inputs++;
      }
      await page.mouse.up();
      await page.mouse.move(x, y);
      inputs += 2;
    }
  }
  return inputs;
}

async function runOurs(browser: Browser, app: string, n: number): Promise<Run> {
  const context = await browser.newContext({ viewport: VIEWPORT, bypassCSP: true });
  const page = await context.newPage();
  try {
    await page.goto(`${app}/timeline/synthetic?n=${n}&seed=${SEED}`);
    await page.waitForFunction('window.__timelineFirstFrameMs !== undefined', undefined, {
      timeout: 120_000,
    });
    const firstRenderMs = (await page.evaluate('window.__timelineFirstFrameMs')) as number;
    // Where the first render's time went (User Timing measures of the page and the component).
    const parts = (await page.evaluate(
      "Object.fromEntries(performance.getEntriesByType('measure').filter((m) => m.name.startsWith('timeline:')).map((m) => [m.name.slice(9), Math.round(m.duration * 10) / 10]))",
    )) as Record<string, number>;
    if (args.parts === 'true') console.log(`    ours ${n}: ${JSON.stringify(parts)}`);
    await page.waitForTimeout(500);
    await startRecording(page);
    const inputs = await panZoom(page, '.timeline__canvas');
    return { firstRenderMs, inputs, ...(await stopRecording(page)) };
  } finally {
    await context.close();
  }
}

async function runVis(browser: Browser, host: string, n: number, withPanZoom: boolean): Promise<Run> {
  const context = await browser.newContext({ viewport: VIEWPORT, bypassCSP: true });
  const page = await context.newPage();
  try {
    await page.goto(`${host}/?n=${n}`);
    await page.waitForFunction('window.__visFirstRenderMs !== undefined', undefined, {
      timeout: 300_000,
      polling: 100,
    });
    const firstRenderMs = (await page.evaluate('window.__visFirstRenderMs')) as number;
    if (!withPanZoom)
      return { firstRenderMs, frames: [], longTasks: Number.NaN, inputs: 0, skipped: 'pan/zoom skipped' };
    await page.waitForTimeout(500);
    await startRecording(page);
    const inputs = await panZoom(page, '.vis-center');
    return { firstRenderMs, inputs, ...(await stopRecording(page)) };
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!v.length) return Number.NaN;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
};
const percentile = (values: number[], p: number) => {
  if (!values.length) return Number.NaN;
  const v = [...values].sort((a, b) => a - b);
  return v[Math.min(v.length - 1, Math.ceil((p / 100) * v.length) - 1)]!;
};

interface Summary {
  firstRenderMs: number;
  p50FrameMs: number;
  p95FrameMs: number;
  longTasks: number;
  inputs: number;
  runs: number;
}

function summarise(runs: Run[]): Summary {
  return {
    firstRenderMs: median(runs.map((r) => r.firstRenderMs)),
    p50FrameMs: median(runs.map((r) => percentile(r.frames, 50))),
    p95FrameMs: median(runs.map((r) => percentile(r.frames, 95))),
    longTasks: median(runs.map((r) => r.longTasks)),
    inputs: median(runs.map((r) => r.inputs)),
    runs: runs.length,
  };
}

const fmt = (v: number, digits = 0) => (Number.isFinite(v) ? v.toFixed(digits) : '–');
const ok = (pass: boolean) => (pass ? 'met' : 'NOT met');

async function main() {
  console.log(
    `bench:timeline — ${new Date().toISOString()}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  await buildIfNeeded();
  const vis = await startVisHost();
  const app = await startApp();
  let browser: Browser | undefined;
  const results: { n: number; ours: Summary; vis: Summary; visNote: string }[] = [];
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
    for (const n of SIZES) {
      const ours: Run[] = [];
      for (let k = 0; k < RUNS; k++) ours.push(await runOurs(browser, app.origin, n));
      const visRuns: Run[] = [];
      const big = n >= 100_000;
      const visCount = big ? VIS_100K_RUNS : RUNS;
      for (let k = 0; k < visCount; k++)
        visRuns.push(await runVis(browser, vis.origin, n, !big || args['vis-100k-panzoom'] === 'true'));
      const row = {
        n,
        ours: summarise(ours),
        vis: summarise(visRuns),
        visNote: big
          ? `${visCount} run${visCount === 1 ? '' : 's'}${visRuns[0]?.skipped ? ', pan/zoom skipped (frames of several seconds)' : ''}`
          : '',
      };
      results.push(row);
      console.log(
        `  ${n.toLocaleString('en')} items: ours first ${fmt(row.ours.firstRenderMs)} ms, p95 ${fmt(row.ours.p95FrameMs, 1)} ms, long tasks ${fmt(row.ours.longTasks)}; vis first ${fmt(row.vis.firstRenderMs)} ms, p95 ${fmt(row.vis.p95FrameMs, 1)} ms, long tasks ${fmt(row.vis.longTasks)}`,
      );
    }
  } finally {
    await browser?.close();
    await new Promise((resolve) => vis.server.close(resolve));
    await app.stop();
  }

  console.log(
    '\n| items | renderer | first render ms | p50 / p95 frame ms (5 s zoom/pan) | tasks > 50 ms | inputs sent |',
  );
  console.log('|---|---|---|---|---|---|');
  for (const r of results) {
    for (const [name, s, note] of [
      ['ours (canvas)', r.ours, ''],
      ['vis-timeline 8.5.4, stack', r.vis, r.visNote],
    ] as const) {
      console.log(
        `| ${r.n.toLocaleString('en')} | ${name} | ${fmt(s.firstRenderMs)} | ${fmt(s.p50FrameMs, 1)} / ${fmt(s.p95FrameMs, 1)} | ${fmt(s.longTasks)} | ${fmt(s.inputs)}${note ? ` (${note})` : ''} |`,
      );
    }
  }
  console.log('\nratios ours/vis (lower is better for ours):');
  for (const r of results) {
    console.log(
      `  ${r.n.toLocaleString('en')}: first render ${fmt(r.ours.firstRenderMs / r.vis.firstRenderMs, 4)} (${fmt(r.vis.firstRenderMs / r.ours.firstRenderMs, 1)}x faster), p95 frame ${fmt(r.ours.p95FrameMs / r.vis.p95FrameMs, 3)}`,
    );
  }
  const at = (n: number) => results.find((r) => r.n === n);
  console.log('\ntargets:');
  const k10 = at(10_000);
  const k100 = at(100_000);
  if (k10) {
    console.log(
      `  10k first render ≤ 100 ms: ${fmt(k10.ours.firstRenderMs)} ms — ${ok(k10.ours.firstRenderMs <= 100)}`,
    );
    const speedup = k10.vis.firstRenderMs / k10.ours.firstRenderMs;
    console.log(
      `  10k first render ≥ 20x faster than vis-timeline: ${fmt(speedup, 1)}x — ${ok(speedup >= 20)}`,
    );
    console.log(
      `  10k p95 frame ≤ 16.7 ms: ${fmt(k10.ours.p95FrameMs, 1)} ms — ${ok(k10.ours.p95FrameMs <= 16.8)}`,
    );
    console.log(`  10k no task over 50 ms: ${fmt(k10.ours.longTasks)} — ${ok(k10.ours.longTasks === 0)}`);
  }
  if (k100)
    console.log(
      `  100k first render ≤ 1 s: ${fmt(k100.ours.firstRenderMs)} ms — ${ok(k100.ours.firstRenderMs <= 1000)}`,
    );
  console.log(
    `\nload after the run: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (2 cores shared: figures above ~1.5 mean a loaded machine)`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
