import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { openPgliteInMemory, openPostgres, type DatabaseHandle } from '../client';
import { prepareDatabase } from '../prepare';
import { seedIfEmpty } from '../seed';

// The database suites run unchanged on both engines: in-memory PGlite by default, the
// PostgreSQL named by DATABASE_URL in CI. On PostgreSQL each file starts from an empty schema.

export const ENGINE = process.env.DATABASE_URL ? 'postgres' : 'pglite';

async function resetPostgres(url: string) {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await client.unsafe(
      'drop schema if exists public cascade; drop schema if exists drizzle cascade; create schema public;',
    );
  } finally {
    await client.end();
  }
}

export async function openTestDatabase(options: { seed?: boolean } = {}): Promise<DatabaseHandle> {
  const url = process.env.DATABASE_URL;
  let handle: DatabaseHandle;
  if (url) {
    await resetPostgres(url);
    handle = openPostgres(url, 10);
  } else {
    handle = await openPgliteInMemory();
  }
  await prepareDatabase(handle, {
    connectionString: url,
    afterMigrate: options.seed ? async (db) => void (await seedIfEmpty(db)) : undefined,
  });
  return handle;
}

export async function countRows(handle: DatabaseHandle, table: string): Promise<number> {
  const result = await handle.db.execute(sql.raw(`select count(*)::int as n from ${table}`));
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { n: number }[];
  return rows[0]!.n;
}
