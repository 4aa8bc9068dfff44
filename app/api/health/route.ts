import { sql } from 'drizzle-orm';
import { unstable_rethrow } from 'next/navigation';
import { connection } from 'next/server';
import { getDatabase } from '@/db/server';
import { jsonResponse, type HealthBody } from '@/lib/api/responses';

// Polled by Playwright, CI and load balancers: 200 only when a query round-trips.
export async function GET(): Promise<Response> {
  try {
    await connection();
    const handle = await getDatabase();
    await handle.db.execute(sql`select 1`);
    return jsonResponse({ status: 'ok', engine: handle.engine } satisfies HealthBody);
  } catch (error) {
    unstable_rethrow(error);
    console.error('[api] health check failed:', error);
    // The cause stays in the log: it may name hosts, paths or process ids.
    const body: HealthBody = { status: 'unavailable', error: 'The database is not reachable.' };
    return jsonResponse(body, { status: 503, headers: { 'Retry-After': '5' } });
  }
}
