import { DatabaseLockedError } from './lock';
import { closeDatabase, getDatabase } from './server';

// Server start and stop. With NEXT_MANUAL_SIG_HANDLE=1 (set by `npm start`), Next leaves
// SIGTERM/SIGINT to us, so PGlite is closed cleanly instead of going through crash recovery.

let stopping = false;

async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`[beachhead] ${signal}: closing the database`);
  const timer = setTimeout(() => process.exit(1), 10_000);
  timer.unref();
  try {
    await closeDatabase();
  } finally {
    process.exit(0);
  }
}

export async function startDatabase(): Promise<void> {
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  try {
    const handle = await getDatabase();
    console.log(`[beachhead] database ready: ${handle.engine} at ${handle.location}`);
  } catch (error) {
    if (error instanceof DatabaseLockedError) {
      console.error(`\n[beachhead] ${error.message}\n`);
      process.exit(1);
    }
    if (process.env.DATABASE_URL) {
      // PostgreSQL may come up after us: serve 503s and retry on the next request.
      console.error(
        '[beachhead] database not reachable at start; will retry on demand:',
        (error as Error).message,
      );
      return;
    }
    console.error('[beachhead] could not open the database:', error);
    process.exit(1);
  }
}
