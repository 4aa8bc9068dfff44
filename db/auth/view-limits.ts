import { clientIp } from '@/lib/auth/client-ip';
import type { Actor } from '@/lib/domain/permissions';
import type { Executor } from '../client';
import { consumeAttempt, pruneAttempts, type LimitDecision, type LimitRule } from './rate-limit';

// Saving a shareable view (POST /api/v1/views, the Share dialog) is open to every visitor, so
// it is rate limited with the sign-in counters' table (db/auth/rate-limit.ts): per client
// address for anonymous visitors, per account (more generous) for signed-in people. Scripts and
// the seed (system actors) are not limited.

export interface ViewCreationLimits {
  anonymousPerIp: LimitRule;
  perUser: LimitRule;
}

export const DEFAULT_VIEW_CREATION_LIMITS: ViewCreationLimits = {
  anonymousPerIp: { max: 30, windowSeconds: 10 * 60 },
  perUser: { max: 300, windowSeconds: 10 * 60 },
};

export const VIEW_LIMIT_PREFIX = 'view-create:';

/** The counter a view creation counts against, or null when it is not limited. */
export function viewCreationKey(actor: Actor, headers: Headers | null | undefined): string | null {
  if (actor.kind === 'user') return `${VIEW_LIMIT_PREFIX}user:${actor.id}`;
  if (actor.kind === 'anonymous') return `${VIEW_LIMIT_PREFIX}ip:${clientIp(headers)}`;
  return null;
}

/** Counts one view creation; `allowed: false` carries the seconds until the window ends. */
export async function consumeViewCreation(
  db: Executor,
  actor: Actor,
  headers: Headers | null | undefined,
  limits: ViewCreationLimits = DEFAULT_VIEW_CREATION_LIMITS,
  now = Date.now(),
): Promise<LimitDecision> {
  const key = viewCreationKey(actor, headers);
  if (!key) return { allowed: true, count: 0 };
  const rule = actor.kind === 'user' ? limits.perUser : limits.anonymousPerIp;
  const decision = await consumeAttempt(db, key, rule, now);
  // Now and then, forget counters whose window ended long ago.
  if (decision.count === 1 && Math.random() < 0.05) {
    await pruneAttempts(db, VIEW_LIMIT_PREFIX, 24 * 60 * 60 * 1000, now);
  }
  return decision;
}
