// Web server for Playwright (playwright.config.ts `webServer.command`).
//
// Wipes the PGlite directory named by PGLITE_DIR (it must lie under data/; anything else is
// refused) so every end-to-end run starts from a freshly migrated and seeded database, then runs
// `next start -H 127.0.0.1 -p $PORT` with NEXT_MANUAL_SIG_HANDLE=1, forwarding SIGTERM/SIGINT and
// exiting with the server's code. It serves the existing build; it does not build.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { buildReason } from './lib/build-if-needed.mjs';
import { ROOT, fail, log, parsePort, serveAndExit } from './lib/run.mjs';

const port = parsePort(process.env.PORT, 3100);
const given = process.env.PGLITE_DIR;
if (!given) fail('serve-e2e: PGLITE_DIR is not set (expected a directory under data/, e.g. data/e2e).');

const dataRoot = path.join(ROOT, 'data');
const target = path.resolve(ROOT, given);
const inside = path.relative(dataRoot, target);
if (!inside || inside.startsWith('..') || path.isAbsolute(inside)) {
  fail(`serve-e2e: refusing to wipe PGLITE_DIR=${given}: it must be a directory under ${dataRoot}/.`);
}

const env = { ...process.env };
if (env.DATABASE_URL) {
  log('serve-e2e: ignoring DATABASE_URL; end-to-end tests run on a fresh PGlite database.');
  delete env.DATABASE_URL;
}

const stale = buildReason();
if (stale && stale !== 'no previous build') {
  log(`serve-e2e: warning: serving a stale build (${stale}); run \`npm run build\` or \`npm test\`.`);
}

rmSync(target, { recursive: true, force: true });
log(`serve-e2e: wiped ${path.relative(ROOT, target)}`);

// The tests need an administrator (to promote editors through the UI). Created with the same
// command a newcomer uses, before the server takes the data directory's lock.
if (env.E2E_ADMIN_EMAIL && env.E2E_ADMIN_PASSWORD) {
  const admin = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/create-admin.ts', '--email', env.E2E_ADMIN_EMAIL, '--name', 'E2E Admin'],
    { cwd: ROOT, env: { ...env, ADMIN_PASSWORD: env.E2E_ADMIN_PASSWORD }, stdio: 'inherit' },
  );
  if (admin.status !== 0) fail('serve-e2e: could not create the e2e administrator.', admin.status ?? 1);
}
log(`serve-e2e: starting on http://127.0.0.1:${port}`);
await serveAndExit({ host: '127.0.0.1', port, env });
