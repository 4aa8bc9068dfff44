import {
  consumeViewCreation,
  DEFAULT_VIEW_CREATION_LIMITS,
  type ViewCreationLimits,
} from '@/db/auth/view-limits';
import type { Executor } from '@/db/client';
import { ApiError } from '@/lib/api/errors';
import type { Actor } from '@/lib/domain/permissions';

/**
 * Counts a view creation against its rate limit (db/auth/view-limits.ts); throws a 429 ApiError
 * (JSON `rate_limited`, Retry-After in seconds) when it is over.
 */
export async function enforceViewCreationLimit(
  db: Executor,
  actor: Actor,
  headers: Headers,
  limits: ViewCreationLimits = DEFAULT_VIEW_CREATION_LIMITS,
  now = Date.now(),
): Promise<void> {
  const limit = await consumeViewCreation(db, actor, headers, limits, now);
  if (limit.allowed) return;
  const minutes = Math.ceil(limit.retryAfterSeconds / 60);
  throw new ApiError(
    429,
    {
      code: 'rate_limited',
      message: `Too many saved views from here: try again in ${minutes} minute${minutes === 1 ? '' : 's'}${
        actor.kind === 'anonymous' ? ', or sign in' : ''
      }.`,
    },
    { 'Retry-After': String(limit.retryAfterSeconds) },
  );
}
