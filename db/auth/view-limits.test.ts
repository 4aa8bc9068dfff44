import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enforceViewCreationLimit } from '@/app/api/v1/_lib/view-limit';
import { errorResponse } from '@/lib/api/errors';
import type { Actor } from '@/lib/domain/permissions';
import type { DatabaseHandle } from '../client';
import { ENGINE, openTestDatabase } from '../testing/test-db';
import { consumeViewCreation, DEFAULT_VIEW_CREATION_LIMITS } from './view-limits';

// Saving views is open to anonymous visitors, so it is rate limited in the database's
// rate_limits table: per client address for anonymous visitors, per account for signed-in
// people, none for scripts (system actors). Over the limit: 429, Retry-After, JSON message.

let handle: DatabaseHandle;
const anonymous: Actor = { kind: 'anonymous' };
const user: Actor = { kind: 'user', id: 'u-view-limit', name: 'Vera Viewer', role: 'contributor' };
const system: Actor = { kind: 'system', label: 'test' };
const from = (ip: string) => new Headers({ 'x-forwarded-for': ip });

/** What the route answers when the check throws (apiRoute maps errors the same way). */
async function answer(work: () => Promise<void>) {
  try {
    await work();
    return { status: 200, body: null as unknown, retryAfter: null as string | null };
  } catch (error) {
    const response = errorResponse(error);
    return {
      status: response.status,
      body: await response.json(),
      retryAfter: response.headers.get('Retry-After'),
    };
  }
}

beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

describe(`view creation rate limit (${ENGINE})`, () => {
  it('allows 30 anonymous views per address per 10 minutes, then answers 429 with Retry-After', async () => {
    const { max, windowSeconds } = DEFAULT_VIEW_CREATION_LIMITS.anonymousPerIp;
    expect({ max, windowSeconds }).toEqual({ max: 30, windowSeconds: 600 });
    const t0 = Date.UTC(2026, 0, 1, 12);
    for (let k = 0; k < max; k++) {
      const r = await answer(() =>
        enforceViewCreationLimit(handle.db, anonymous, from('203.0.113.7'), undefined, t0 + k * 1000),
      );
      expect(r.status).toBe(200);
    }
    const over = await answer(() =>
      enforceViewCreationLimit(handle.db, anonymous, from('203.0.113.7'), undefined, t0 + 60_000),
    );
    expect(over.status).toBe(429);
    expect(over.retryAfter).toBe(String(windowSeconds - 60));
    expect(over.body).toEqual({
      error: {
        code: 'rate_limited',
        message: 'Too many saved views from here: try again in 9 minutes, or sign in.',
      },
    });

    // Another address has its own counter; the window's end frees this one.
    expect(
      (
        await answer(() =>
          enforceViewCreationLimit(handle.db, anonymous, from('198.51.100.2'), undefined, t0 + 60_000),
        )
      ).status,
    ).toBe(200);
    expect(
      (
        await answer(() =>
          enforceViewCreationLimit(
            handle.db,
            anonymous,
            from('203.0.113.7'),
            undefined,
            t0 + windowSeconds * 1000 + 1,
          ),
        )
      ).status,
    ).toBe(200);
  });

  it('counts signed-in people per account with a higher limit, and never limits scripts', async () => {
    const limits = {
      anonymousPerIp: { max: 2, windowSeconds: 600 },
      perUser: { max: 5, windowSeconds: 600 },
    };
    const t0 = Date.UTC(2026, 0, 2, 12);
    const ip = from('192.0.2.10');
    for (let k = 0; k < 2; k++)
      expect((await consumeViewCreation(handle.db, anonymous, ip, limits, t0)).allowed).toBe(true);
    expect((await consumeViewCreation(handle.db, anonymous, ip, limits, t0)).allowed).toBe(false);
    // The same address, signed in: the account's own counter.
    for (let k = 0; k < 5; k++)
      expect((await consumeViewCreation(handle.db, user, ip, limits, t0)).allowed).toBe(true);
    const sixth = await consumeViewCreation(handle.db, user, ip, limits, t0 + 1000);
    expect(sixth).toEqual({ allowed: false, count: 6, retryAfterSeconds: 599 });
    const r = await answer(() => enforceViewCreationLimit(handle.db, user, ip, limits, t0 + 2000));
    expect(r.status).toBe(429);
    expect((r.body as { error: { message: string } }).error.message).not.toContain('sign in');
    for (let k = 0; k < 10; k++)
      expect((await consumeViewCreation(handle.db, system, ip, limits, t0)).allowed).toBe(true);
    expect(DEFAULT_VIEW_CREATION_LIMITS.perUser.max).toBeGreaterThan(
      DEFAULT_VIEW_CREATION_LIMITS.anonymousPerIp.max,
    );
  });
});
