import { unstable_rethrow } from 'next/navigation';
import type { Db } from '@/db/client';
import { DatabaseUnavailableError, requestDb } from '@/db/server';

// The database for an API handler. Any failure to open it (PostgreSQL down, PGlite locked or
// failing to migrate) is a 503 for the client, not a 500: the request itself was fine.
export async function apiDb(): Promise<Db> {
  try {
    return await requestDb();
  } catch (error) {
    unstable_rethrow(error);
    throw new DatabaseUnavailableError(error);
  }
}
