// `npm start`: install dependencies if needed, build if needed, then serve the production build.
//
//   1. `npm install` when node_modules is missing or older than package.json/package-lock.json;
//   2. `next build` when there is no build or the sources changed since the last one
//      (fingerprint in .next/beachhead-build-fingerprint, see scripts/lib/build-if-needed.mjs);
//   3. `next start -H 127.0.0.1 -p ${PORT:-3000}` with NEXT_MANUAL_SIG_HANDLE=1 (the app closes
//      its database on SIGINT/SIGTERM), signals forwarded, exiting with the server's code.
//
// Environment: PORT (default 3000), DATABASE_URL (PostgreSQL; unset = embedded PGlite in
// PGLITE_DIR, default data/pglite), BEACHHEAD_SEED (auto|off). The server migrates and seeds the
// database itself when it starts. Only node: built-ins here: this runs before `npm install`.
import net from 'node:net';
import { buildIfNeeded } from './lib/build-if-needed.mjs';
import { ensureDeps } from './lib/ensure-deps.mjs';
import { fail, log, parsePort, serveAndExit } from './lib/run.mjs';

const HOST = '127.0.0.1';

/** Resolves to true when HOST:port can be bound right now. */
function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.once('listening', () => server.close(() => resolve(true)));
    server.listen(port, HOST);
  });
}

async function main() {
  const port = parsePort(process.env.PORT, 3000);
  // Checked before building: rebuilding .next under a running server would break that server.
  if (!(await portIsFree(port))) {
    fail(
      `port ${port} on ${HOST} is already in use (is Beachhead already running?). Stop it, or set PORT=<another port>.`,
    );
  }
  await ensureDeps();
  const build = await buildIfNeeded();
  if (build.status !== 0) fail('build failed: the server was not started.', build.status);
  const database = process.env.DATABASE_URL
    ? 'PostgreSQL (DATABASE_URL)'
    : `PGlite in ${process.env.PGLITE_DIR || 'data/pglite'}`;
  log(`Serving on http://localhost:${port} (database: ${database}; Ctrl+C stops)`);
  await serveAndExit({ host: HOST, port });
}

await main();
