// Pages cannot choose their status code: when a server component fails because PostgreSQL is
// gone, Next answers 500 with the error page. So before a page renders on PostgreSQL, the proxy
// asks the database layer whether the database answers (one `select 1`, shared by the requests
// that arrive while it runs) and, when it does not, answers 503 with a page of its own and
// Retry-After. The database layer registers the probe on globalThis when it loads (db/server.ts):
// the proxy runs in the same process but in a bundle of its own, and must not import db/.
// API routes need none of this: they map connection errors to a 503 JSON error themselves.

const KEY = Symbol.for('beachhead.databaseProbe');

/** Resolves true when the database answers (or cannot go away: PGlite), false otherwise. */
export type DatabaseProbe = () => Promise<boolean>;

type Holder = { [KEY]?: DatabaseProbe };

export function registerDatabaseProbe(probe: DatabaseProbe): void {
  (globalThis as Holder)[KEY] = probe;
}

export function registeredDatabaseProbe(): DatabaseProbe | undefined {
  return (globalThis as Holder)[KEY];
}

/** Requests the gate applies to: page (and page-data) GETs, not the API, not build assets. */
export function isGatedPageRequest(method: string, pathname: string): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  return !pathname.startsWith('/api/') && !pathname.startsWith('/_next/');
}

export const RETRY_AFTER_SECONDS = 5;

/** The 503 page: self-contained (no database, no bundles), light and dark, refreshing itself. */
export function unavailablePageHtml(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS * 2}">
<title>Temporarily unavailable · Beachhead</title>
<style>
  :root { color-scheme: light dark; }
  body { font-family: system-ui, sans-serif; margin: 0; padding: 4rem 1.25rem; background: #fff; color: #1a1a1a; }
  main { max-width: 36rem; margin: 0 auto; }
  h1 { font-size: 1.5rem; margin: 0 0 1rem; }
  p { line-height: 1.5; color: #404040; }
  a { color: #0b57d0; }
  @media (prefers-color-scheme: dark) {
    body { background: #121212; color: #f2f2f2; }
    p { color: #d0d0d0; }
    a { color: #8ab4f8; }
  }
</style>
</head>
<body>
<main role="alert">
<h1>Beachhead is temporarily unavailable</h1>
<p>The database cannot be reached right now, so this page cannot be shown. Nothing you saved
earlier is lost. This page tries again by itself in a few seconds, or <a href="">reload it</a>.</p>
</main>
</body>
</html>
`;
}
