import { sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { resolve } from 'node:path';
import postgres from 'postgres';
import type { DatabaseHandle, Db } from './client';
import * as schema from './schema';

export const MIGRATIONS_FOLDER = resolve(process.cwd(), 'db/migrations');

// Arbitrary but fixed: every instance of the app takes this advisory lock while migrating and
// seeding, so several instances starting at once against one PostgreSQL do it exactly once.
const PREPARE_LOCK_KEY = 814_277_051;

export interface PrepareOptions {
  /** PostgreSQL only: where to open the dedicated connection that holds the advisory lock. */
  connectionString?: string;
  /** Runs after migrations, inside the same exclusive section (e.g. seed if empty). */
  afterMigrate?: (db: Db) => Promise<void>;
}

/** Brings the schema up to date (and runs afterMigrate) exactly once across instances. */
export async function prepareDatabase(handle: DatabaseHandle, options: PrepareOptions = {}): Promise<void> {
  if (handle.engine === 'pglite') {
    // One process owns a PGlite directory (lock file), so no further exclusion is needed.
    await migratePglite(handle.db as unknown as PgliteDatabase<typeof schema>, {
      migrationsFolder: MIGRATIONS_FOLDER,
    });
    await options.afterMigrate?.(handle.db);
    return;
  }
  const url = options.connectionString;
  if (!url) throw new Error('prepareDatabase on PostgreSQL needs the connection string');
  // A dedicated connection: session-level advisory locks belong to one connection.
  const client = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    const lockDb = drizzlePostgres({ client, schema });
    await lockDb.execute(sql`select pg_advisory_lock(${PREPARE_LOCK_KEY})`);
    try {
      await migratePostgres(lockDb, { migrationsFolder: MIGRATIONS_FOLDER });
      await options.afterMigrate?.(lockDb as unknown as Db);
    } finally {
      await lockDb.execute(sql`select pg_advisory_unlock(${PREPARE_LOCK_KEY})`);
    }
  } finally {
    await client.end({ timeout: 5 });
  }
}
