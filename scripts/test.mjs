// `npm test`: every check, in order, stopping at the first failure.
//
//   setup      npm install if needed; Debian Chromium at /usr/bin/chromium if e2e is selected
//              (apt-get as root, `sudo -n apt-get` otherwise; never `npx playwright install`)
//   typecheck  npm run typecheck      (tsc --noEmit)
//   lint       npm run lint           (eslint --max-warnings=0 .)
//   unit       npm run test:unit      (vitest, project unit)
//   db         npm run test:db        (vitest, project db: PGlite, or PostgreSQL if DATABASE_URL is set)
//   build      next build, only when sources changed since the last build
//   e2e        npm run test:e2e       (Playwright; its webServer serves the build on a fresh data/e2e)
//   reliability npm run test:reliability (vitest, project reliability: real `next start` servers on
//              the build: lost updates, kill -9 crashes, PostgreSQL outage — the last skipped with a
//              message when no PostgreSQL binaries are installed; ports 3141-3149, PostgreSQL 54340-54349)
//
// The last line is `stages: N passed, M failed` (CI looks for it); exit code 0 only if all passed.
//
// Run only some stages, in the order above, by naming them:
//   node scripts/test.mjs unit db          npm test -- lint typecheck
// (`e2e` or `reliability` alone still builds first when the build is stale: they serve the production build.)
import { buildIfNeeded } from './lib/build-if-needed.mjs';
import { ensureChromium } from './lib/ensure-chromium.mjs';
import { ensureDeps } from './lib/ensure-deps.mjs';
import { failureMessage, run } from './lib/run.mjs';

const npmRun = (script) => async () => {
  const args = ['run', script];
  const result = await run('npm', args);
  if (result.status !== 0 && result.error)
    console.error(`[beachhead] ${failureMessage('npm', args, result)}`);
  return result;
};

const STAGES = [
  { name: 'typecheck', what: 'npm run typecheck', exec: npmRun('typecheck') },
  { name: 'lint', what: 'npm run lint', exec: npmRun('lint') },
  { name: 'unit', what: 'npm run test:unit', exec: npmRun('test:unit') },
  { name: 'db', what: 'npm run test:db', exec: npmRun('test:db') },
  { name: 'build', what: 'next build (if sources changed)', exec: () => buildIfNeeded() },
  { name: 'e2e', what: 'npm run test:e2e', exec: npmRun('test:e2e') },
  { name: 'reliability', what: 'npm run test:reliability', exec: npmRun('test:reliability') },
];

/** Stages that serve the production build: they build first when it is stale and `build` was not selected. */
const NEEDS_BUILD = new Set(['e2e', 'reliability']);

function usage(stream = process.stdout) {
  stream.write(
    `usage: node scripts/test.mjs [stage ...]\nstages (run in this order): ${STAGES.map((s) => s.name).join(' ')}\n`,
  );
}

function selectStages(argv) {
  if (argv.includes('-h') || argv.includes('--help')) {
    usage();
    process.exit(0);
  }
  if (argv.length === 0) return STAGES;
  const unknown = argv.filter((name) => !STAGES.some((stage) => stage.name === name));
  if (unknown.length > 0) {
    console.error(`[beachhead] unknown stage(s): ${unknown.join(', ')}`);
    usage(process.stderr);
    process.exit(2);
  }
  return STAGES.filter((stage) => argv.includes(stage.name));
}

const seconds = (start) => `${((performance.now() - start) / 1000).toFixed(1)} s`;

async function main() {
  const selected = selectStages(process.argv.slice(2));
  const names = selected.map((stage) => stage.name);

  console.log(`\n=== setup ===`);
  await ensureDeps();
  if (names.includes('e2e') && !(await ensureChromium())) {
    console.error('[beachhead] setup failed: Chromium is not available.');
    console.log('stages: 0 passed, 1 failed');
    process.exit(1);
  }

  let passed = 0;
  for (const [index, stage] of selected.entries()) {
    console.log(`\n=== stage ${index + 1}/${selected.length}: ${stage.name} (${stage.what}) ===`);
    const start = performance.now();
    if (NEEDS_BUILD.has(stage.name) && !names.includes('build')) {
      const build = await buildIfNeeded();
      if (build.status !== 0) {
        console.error(`[beachhead] stage ${stage.name} failed: the build it needs failed.`);
        console.log(`stages: ${passed} passed, 1 failed`);
        process.exit(1);
      }
    }
    const result = await stage.exec();
    if (result.status !== 0 || result.interrupted) {
      const why = result.interrupted ? `interrupted by ${result.interrupted}` : `exit code ${result.status}`;
      console.error(`\n[beachhead] stage ${stage.name} failed (${why}, ${seconds(start)})`);
      const skipped = names.slice(index + 1);
      if (skipped.length > 0) console.error(`[beachhead] not run: ${skipped.join(', ')}`);
      console.log(`stages: ${passed} passed, 1 failed`);
      process.exit(result.status || 1);
    }
    passed += 1;
    console.log(`[beachhead] stage ${stage.name} passed (${seconds(start)})`);
  }
  console.log(`\nstages: ${passed} passed, 0 failed`);
}

await main();
