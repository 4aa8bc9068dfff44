import { randomUUID } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { rateLimits } from '../schema';

// Fixed-window attempt counters in the `rate_limits` table, so that every app instance on one
// PostgreSQL shares them. One atomic upsert per attempt: it opens a new window when the last one
// has passed, otherwise counts the attempt; `last_request` holds the start of the current window
// (epoch ms). Works the same on PGlite and PostgreSQL.

export interface LimitRule {
  max: number;
  windowSeconds: number;
}

export type LimitDecision =
  { allowed: true; count: number } | { allowed: false; count: number; retryAfterSeconds: number };

export async function consumeAttempt(
  db: Executor,
  key: string,
  rule: LimitRule,
  now = Date.now(),
): Promise<LimitDecision> {
  const windowMs = rule.windowSeconds * 1000;
  const expired = sql`${rateLimits.lastRequest} <= ${now - windowMs}`;
  const [row] = await db
    .insert(rateLimits)
    .values({ id: randomUUID(), key, count: 1, lastRequest: now })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${expired} then 1 else ${rateLimits.count} + 1 end`,
        lastRequest: sql`case when ${expired} then ${now}::bigint else ${rateLimits.lastRequest} end`,
      },
    })
    .returning({ count: rateLimits.count, windowStart: rateLimits.lastRequest });
  if (!row) throw new Error('rate limit upsert returned no row');
  const windowStart = Number(row.windowStart);
  if (row.count <= rule.max) return { allowed: true, count: row.count };
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000));
  return { allowed: false, count: row.count, retryAfterSeconds };
}

/** Forgets a key's attempts (a successful sign-in resets its account's counter). */
export async function resetAttempts(db: Executor, key: string): Promise<void> {
  await db.delete(rateLimits).where(eq(rateLimits.key, key));
}

/** Removes counters whose window ended long ago (called now and then; cheap with few rows). */
export async function pruneAttempts(
  db: Executor,
  prefix: string,
  olderThanMs: number,
  now = Date.now(),
): Promise<void> {
  await db
    .delete(rateLimits)
    .where(and(sql`${rateLimits.key} like ${`${prefix}%`}`, lt(rateLimits.lastRequest, now - olderThanMs)));
}
