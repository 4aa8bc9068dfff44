import { sql } from 'drizzle-orm';
import { parseServerEnv } from '@/lib/env';
import { registerDatabaseProbe } from '@/lib/health/database-gate';
import { openFromEnv, type DatabaseHandle, type Db } from './client';
import { prepareDatabase } from './prepare';
import { seedIfEmpty } from './seed';

// The app's one database handle per process, created lazily on first use and cached on
// globalThis (Next loads route and page bundles separately; a module-level variable would open
// PGlite twice). Never opened during `next build`.

const KEY = Symbol.for('beachhead.database');
type Holder = { [KEY]?: Promise<DatabaseHandle> };
const holder = globalThis as Holder;

export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The database is unavailable right now. Try again in a few seconds.', { cause });
    this.name = 'DatabaseUnavailableError';
  }
}

async function open(): Promise<DatabaseHandle> {
  const env = parseServerEnv(process.env);
  const handle = await openFromEnv(env);
  try {
    await prepareDatabase(handle, {
      connectionString: env.DATABASE_URL,
      afterMigrate: env.BEACHHEAD_SEED === 'auto' ? async (db) => void (await seedIfEmpty(db)) : undefined,
    });
  } catch (error) {
    await handle.close().catch(() => {});
    throw error;
  }
  return handle;
}

export function getDatabase(): Promise<DatabaseHandle> {
  if (process.env.NEXT_PHASE === 'phase-production-build') {
    throw new Error('The database must not be opened during `next build`: render this route dynamically.');
  }
  if (!holder[KEY]) {
    const opening = open();
    holder[KEY] = opening;
    // A failed open (PostgreSQL down at start) is retried on the next request, not cached.
    opening.catch(() => {
      if (holder[KEY] === opening) delete holder[KEY];
    });
  }
  return holder[KEY];
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}

const PROBE_TIMEOUT_MS = 3000;
let probing: Promise<boolean> | undefined;

/**
 * Whether PostgreSQL answers a `select 1` within 3 s; concurrent callers share one probe. The
 * proxy asks before rendering a page (lib/health/database-gate.ts). postgres-js reconnects by
 * itself, so the first probe after the database returns succeeds. PGlite cannot go away: true.
 */
export function probeDatabase(): Promise<boolean> {
  if (!process.env.DATABASE_URL) return Promise.resolve(true);
  probing ??= (async () => {
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('database probe timed out')), PROBE_TIMEOUT_MS);
      });
      const query = (async () => (await getDatabase()).db.execute(sql`select 1`))();
      query.catch(() => {});
      await Promise.race([query, timeout]);
      return true;
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
      probing = undefined;
    }
  })();
  return probing;
}

if (process.env.DATABASE_URL && process.env.NEXT_PHASE !== 'phase-production-build') {
  registerDatabaseProbe(probeDatabase);
}

/** Closes the handle if one was opened (shutdown). */
export async function closeDatabase(): Promise<void> {
  const opening = holder[KEY];
  if (!opening) return;
  delete holder[KEY];
  const handle = await opening.catch(() => undefined);
  await handle?.close();
}

/**
 * The database for a page or route handler. Calls `connection()` first so that the route
 * renders per request and nothing reads the database at build time.
 */
export async function requestDb(): Promise<Db> {
  const { connection } = await import('next/server');
  await connection();
  return getDb();
}
