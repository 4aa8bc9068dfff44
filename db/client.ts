import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { resolve } from 'node:path';
import postgres from 'postgres';
import { parseServerEnv, type ServerEnv } from '@/lib/env';
import { acquireDataDirLock } from './lock';
import * as schema from './schema';

// One module chooses the engine: PGlite (embedded, default) or PostgreSQL when DATABASE_URL is
// set. Both speak the same SQL, so the schema, migrations, reads and writes are shared.

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything that can run a query: the database or an open transaction. */
export type Executor = Db | Tx;

export type Engine = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Db;
  engine: Engine;
  /** Where the data lives, for messages (a directory, or the URL without its password). */
  location: string;
  close(): Promise<void>;
}

export async function openPglite(dataDir: string): Promise<DatabaseHandle> {
  const absolute = resolve(dataDir);
  const release = acquireDataDirLock(absolute);
  try {
    const client = await PGlite.create(absolute);
    const db = drizzlePglite({ client, schema }) as unknown as Db;
    let closed = false;
    return {
      db,
      engine: 'pglite',
      location: absolute,
      async close() {
        if (closed) return;
        closed = true;
        try {
          await client.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** An in-memory PGlite (tests): nothing on disk, so no lock is needed. */
export async function openPgliteInMemory(): Promise<DatabaseHandle> {
  const client = await PGlite.create();
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return { db, engine: 'pglite', location: 'memory', close: () => client.close() };
}

export function openPostgres(url: string, poolMax = 10): DatabaseHandle {
  const client = postgres(url, {
    max: poolMax,
    onnotice: () => {},
    connect_timeout: 5,
    // Reconnect attempts 100 ms apart. postgres.js's default backoff grows (3^n / 100 s, up to
    // 20 s) while the database is down, and queued queries wait it out: requests then hung for
    // 10-20 s during an outage instead of failing at once with a 503 (reliability/outage.test.ts),
    // and recovery waited for the next attempt. Attempts are only made for waiting queries.
    backoff: () => 0.1,
    idle_timeout: 30,
    // Never hang a request forever when the server is gone: fail the query instead. JIT off:
    // compiling the dashboard's aggregates cost 0.6 s of a 1 s query at 100k events
    // (bench/dashboard); none of our queries runs long enough to win it back.
    connection: { statement_timeout: 15_000, jit: 'off' },
  });
  const db = drizzlePostgres({ client, schema }) as unknown as Db;
  return {
    db,
    engine: 'postgres',
    location: url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@'),
    async close() {
      await client.end({ timeout: 5 });
    },
  };
}

/** Opens the engine the environment asks for (no migrations; see prepare.ts). */
export async function openFromEnv(env: ServerEnv = parseServerEnv(process.env)): Promise<DatabaseHandle> {
  if (env.DATABASE_URL) return openPostgres(env.DATABASE_URL, env.PG_POOL_MAX);
  return openPglite(env.PGLITE_DIR);
}
