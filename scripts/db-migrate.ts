// `npm run db:migrate`: bring the database up to date without starting the server (the server
// also migrates on start). On PGlite, fails at once if a server holds the data directory.
import { parseServerEnv } from '@/lib/env';
import { openFromEnv } from '@/db/client';
import { prepareDatabase } from '@/db/prepare';

const env = parseServerEnv(process.env);
const handle = await openFromEnv(env);
try {
  await prepareDatabase(handle, { connectionString: env.DATABASE_URL });
  console.log(`Migrated ${handle.engine} at ${handle.location}`);
} finally {
  await handle.close();
}
