// `npm run db:seed`: write the founding article's records if they are missing (idempotent:
// existing records, edited or deleted, are left as they are).
import { parseServerEnv } from '@/lib/env';
import { openFromEnv } from '@/db/client';
import { prepareDatabase } from '@/db/prepare';
import { seedDemo } from '@/db/seed';

const env = parseServerEnv(process.env);
const handle = await openFromEnv(env);
try {
  await prepareDatabase(handle, { connectionString: env.DATABASE_URL });
  const { created } = await seedDemo(handle.db);
  console.log(`Seeded ${handle.engine} at ${handle.location}: ${created} records created`);
} finally {
  await handle.close();
}
