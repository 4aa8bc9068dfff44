import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DatabaseHandle } from '../client';
import { apiTokens, users } from '../schema';
import { ENGINE, openTestDatabase } from '../testing/test-db';
import { describeAuthWith } from './actor';
import { createApiToken, hashApiToken, listApiTokens, revokeApiToken } from './api-tokens';
import { createAuth, type Auth } from './create-auth';

// better-auth over our schema: sign-up, sessions, personal tokens, and the sign-in limits
// (through the HTTP handler and through server calls), on PGlite and on PostgreSQL in CI.

const ORIGIN = 'http://127.0.0.1';
const SECRET = 'test-secret-test-secret-test-secret-0123456789';
const PASSWORD = 'correct horse battery';

let handle: DatabaseHandle;
let auth: Auth;

beforeAll(async () => {
  handle = await openTestDatabase();
  auth = createAuth(handle.db, { secret: SECRET, logLevel: 'error' });
});

afterAll(async () => {
  await handle?.close();
});

afterEach(() => {
  vi.restoreAllMocks();
});

function post(path: string, body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`${ORIGIN}/api/auth${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN, ...headers },
    body: JSON.stringify(body),
  });
}

let counter = 0;
function uniqueEmail(label: string): string {
  counter += 1;
  return `${label}-${counter}-${Date.now()}@example.test`;
}

async function signUp(email: string, extra: Record<string, unknown> = {}, ip = '10.0.0.1') {
  const response = await auth.handler(
    post(
      '/sign-up/email',
      { name: 'Ada Lovelace', email, password: PASSWORD, ...extra },
      { 'x-forwarded-for': ip },
    ),
  );
  return response;
}

function sessionCookie(response: Response): string {
  const cookies = response.headers.getSetCookie();
  const session = cookies.find((c) => c.startsWith('better-auth.session_token='));
  if (!session) throw new Error(`no session cookie in ${JSON.stringify(cookies)}`);
  return session.split(';')[0]!;
}

async function roleOf(email: string) {
  const [row] = await handle.db.select({ role: users.role }).from(users).where(eq(users.email, email));
  return row?.role;
}

describe(`sign-up (${ENGINE})`, () => {
  it('creates a contributor with a uuid id and signs in, with an HttpOnly SameSite=Lax cookie', async () => {
    const email = uniqueEmail('new');
    const response = await signUp(email);
    expect(response.status).toBe(200);
    const [row] = await handle.db.select().from(users).where(eq(users.email, email));
    expect(row?.role).toBe('contributor');
    expect(row?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('better-auth.session_token='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const described = await describeAuthWith(
      { auth, db: handle.db },
      new Headers({ cookie: sessionCookie(response) }),
    );
    expect(described).toEqual({
      actor: { kind: 'user', id: row!.id, name: 'Ada Lovelace', role: 'contributor' },
      via: 'session',
    });
  });

  it('refuses a role chosen at sign-up (HTTP and server call)', async () => {
    const email = uniqueEmail('sneaky');
    const response = await signUp(email, { role: 'admin' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'ROLE_NOT_ALLOWED' });
    expect(await roleOf(email)).toBeUndefined();

    const serverEmail = uniqueEmail('sneaky-server');
    await expect(
      auth.api.signUpEmail({
        body: { name: 'Eve', email: serverEmail, password: PASSWORD, role: 'admin' } as never,
      }),
    ).rejects.toMatchObject({ statusCode: 400 });
    expect(await roleOf(serverEmail)).toBeUndefined();
  });

  it('refuses a role change through update-user', async () => {
    const email = uniqueEmail('updater');
    const cookie = sessionCookie(await signUp(email));
    const response = await auth.handler(post('/update-user', { role: 'admin' }, { cookie }));
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await roleOf(email)).toBe('contributor');
  });

  it('refuses a POST from another origin, and accepts the Host the browser addressed', async () => {
    const email = uniqueEmail('origin');
    await signUp(email);
    const foreign = await auth.handler(
      post('/sign-in/email', { email, password: PASSWORD }, { origin: 'http://evil.example' }),
    );
    expect(foreign.status).toBe(403);
    // Next hands route handlers a `localhost` URL; the Host header says where the browser went.
    const viaHost = await auth.handler(
      new Request('http://localhost:3000/api/auth/sign-in/email', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          origin: 'http://127.0.0.1:3510',
          host: '127.0.0.1:3510',
        },
        body: JSON.stringify({ email, password: PASSWORD }),
      }),
    );
    expect(viaHost.status).toBe(200);
  });

  it('refuses passwords shorter than 10 characters', async () => {
    const response = await auth.handler(
      post('/sign-up/email', { name: 'Short', email: uniqueEmail('short'), password: '123456789' }),
    );
    expect(response.status).toBe(400);
  });
});

describe(`cookies over https (${ENGINE})`, () => {
  it('adds Secure when the request came over https, and only then', async () => {
    const { secureCookiesFor } = await import('./cookies');
    const viaProxy = post(
      '/sign-up/email',
      { name: 'Tls', email: uniqueEmail('tls'), password: PASSWORD },
      {
        'x-forwarded-proto': 'https',
      },
    );
    const secured = secureCookiesFor(viaProxy, await auth.handler(viaProxy.clone()));
    expect(secured.headers.getSetCookie().find((c) => c.startsWith('better-auth.session_token='))).toMatch(
      /; Secure/i,
    );

    const plain = post('/sign-up/email', { name: 'Plain', email: uniqueEmail('plain'), password: PASSWORD });
    const unsecured = secureCookiesFor(plain, await auth.handler(plain.clone()));
    expect(
      unsecured.headers.getSetCookie().find((c) => c.startsWith('better-auth.session_token=')),
    ).not.toMatch(/Secure/i);
  });
});

describe(`API tokens (${ENGINE})`, () => {
  let userId: string;

  beforeAll(async () => {
    const email = uniqueEmail('tokens');
    await signUp(email);
    const [row] = await handle.db.select({ id: users.id }).from(users).where(eq(users.email, email));
    userId = row!.id;
  });

  const describeWith = (authorization: string, cookie?: string) =>
    describeAuthWith({ auth, db: handle.db }, new Headers({ authorization, ...(cookie ? { cookie } : {}) }));

  it('a valid token is the user, stored only as its hash, and records its use', async () => {
    const { token, summary } = await createApiToken(handle.db, userId, 'CI import');
    expect(token).toMatch(/^bh_[A-Za-z0-9_-]{43}$/);
    expect(summary.prefix).toBe(token.slice(0, 10));
    const [stored] = await handle.db.select().from(apiTokens).where(eq(apiTokens.id, summary.id));
    expect(stored?.tokenHash).toBe(hashApiToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored?.lastUsedAt).toBeNull();

    const described = await describeWith(`Bearer ${token}`);
    expect(described.via).toBe('token');
    expect(described.tokenId).toBe(summary.id);
    expect(described.actor).toEqual({ kind: 'user', id: userId, name: 'Ada Lovelace', role: 'contributor' });
    const [used] = await handle.db.select().from(apiTokens).where(eq(apiTokens.id, summary.id));
    expect(used?.lastUsedAt).toBeInstanceOf(Date);
    // The scheme is case-insensitive.
    expect((await describeWith(`bearer ${token}`)).via).toBe('token');
  });

  it('a token carries the current role', async () => {
    const { token } = await createApiToken(handle.db, userId, 'role check');
    await handle.db.update(users).set({ role: 'editor' }).where(eq(users.id, userId));
    expect((await describeWith(`Bearer ${token}`)).actor).toMatchObject({ role: 'editor' });
    await handle.db.update(users).set({ role: 'contributor' }).where(eq(users.id, userId));
  });

  it('a revoked token is anonymous, and only its owner can revoke it', async () => {
    const { token, summary } = await createApiToken(handle.db, userId, 'to revoke');
    expect(await revokeApiToken(handle.db, crypto.randomUUID(), summary.id)).toBe(false);
    expect((await describeWith(`Bearer ${token}`)).via).toBe('token');
    expect(await revokeApiToken(handle.db, userId, summary.id)).toBe(true);
    expect(await revokeApiToken(handle.db, userId, summary.id)).toBe(false);
    expect(await describeWith(`Bearer ${token}`)).toEqual({
      actor: { kind: 'anonymous' },
      via: 'invalid-token',
    });
    const listed = await listApiTokens(handle.db, userId);
    expect(listed.find((t) => t.id === summary.id)?.revokedAt).toBeInstanceOf(Date);
  });

  it('malformed and unknown tokens are anonymous, and never fall back to the cookie', async () => {
    const email = uniqueEmail('cookie-holder');
    const cookie = sessionCookie(await signUp(email));
    const unknown = `bh_${'A'.repeat(43)}`;
    for (const header of [
      'Bearer nope',
      'Bearer bh_short',
      `Basic ${btoa('a:b')}`,
      `Bearer ${unknown}`,
      'Bearer',
    ]) {
      expect(await describeWith(header, cookie), header).toEqual({
        actor: { kind: 'anonymous' },
        via: 'invalid-token',
      });
    }
    // Without an Authorization header the cookie is used.
    const viaCookie = await describeAuthWith({ auth, db: handle.db }, new Headers({ cookie }));
    expect(viaCookie.via).toBe('session');
  });

  it('no credential at all is anonymous', async () => {
    expect(await describeAuthWith({ auth, db: handle.db }, new Headers())).toEqual({
      actor: { kind: 'anonymous' },
      via: 'none',
    });
    expect(
      await describeAuthWith(
        { auth, db: handle.db },
        new Headers({ cookie: 'better-auth.session_token=forged.value' }),
      ),
    ).toEqual({ actor: { kind: 'anonymous' }, via: 'none' });
  });

  it('token names are required', async () => {
    await expect(createApiToken(handle.db, userId, '   ')).rejects.toThrow(/name/);
  });
});

describe(`sign-in limits (${ENGINE})`, () => {
  const signIn = (email: string, password: string, ip: string) =>
    auth.handler(post('/sign-in/email', { email, password }, { 'x-forwarded-for': ip }));

  it('10 wrong passwords get 401, the 11th 429 with Retry-After; the right one waits for the window', async () => {
    const email = uniqueEmail('target');
    await signUp(email, {}, '10.1.0.1');
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      // Spread over addresses: the per-account limit does not depend on where attempts come from.
      const response = await signIn(email, `wrong password ${attempt}`, `10.1.1.${attempt}`);
      expect(response.status, `attempt ${attempt}`).toBe(401);
    }
    const eleventh = await signIn(email, 'wrong password 11', '10.1.2.1');
    expect(eleventh.status).toBe(429);
    const retryAfter = Number(eleventh.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(await eleventh.json()).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', retryAfter });

    // The right password (any case of the address) is refused too until the window passes.
    const right = await signIn(email.toUpperCase(), PASSWORD, '10.1.2.2');
    expect(right.status).toBe(429);

    const later = Date.now() + 15 * 60 * 1000 + 1000;
    vi.spyOn(Date, 'now').mockReturnValue(later);
    const afterWindow = await signIn(email, PASSWORD, '10.1.2.3');
    expect(afterWindow.status).toBe(200);
    expect(sessionCookie(afterWindow)).toMatch(/^better-auth\.session_token=/);
  });

  it('a successful sign-in resets the account counter', async () => {
    const email = uniqueEmail('forgetful');
    await signUp(email, {}, '10.2.0.1');
    for (let attempt = 1; attempt <= 9; attempt += 1) {
      expect((await signIn(email, 'not my password', '10.2.0.2')).status).toBe(401);
    }
    expect((await signIn(email, PASSWORD, '10.2.0.2')).status).toBe(200);
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      expect((await signIn(email, 'not my password', '10.2.0.2')).status, `attempt ${attempt}`).toBe(401);
    }
    expect((await signIn(email, 'not my password', '10.2.0.2')).status).toBe(429);
  });

  it('server calls (auth.api.signInEmail) share the same counters', async () => {
    const email = uniqueEmail('server-path');
    await signUp(email, {}, '10.3.0.1');
    const headers = new Headers({ 'x-forwarded-for': '10.3.0.2' });
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      await expect(
        auth.api.signInEmail({ body: { email, password: 'wrong wrong wrong' }, headers }),
      ).rejects.toMatchObject({
        statusCode: 401,
      });
    }
    const refused = await auth.api.signInEmail({ body: { email, password: PASSWORD }, headers }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toMatchObject({ statusCode: 429, body: { code: 'TOO_MANY_ATTEMPTS' } });
    // ...and the HTTP handler sees the server calls' attempts.
    expect((await signIn(email, PASSWORD, '10.3.0.3')).status).toBe(429);
  });

  it('limits each address across accounts', async () => {
    const limited = createAuth(handle.db, {
      secret: SECRET,
      logLevel: 'error',
      limits: { signInPerIp: { max: 3, windowSeconds: 60 } },
    });
    const ip = '10.4.0.1';
    const statuses: number[] = [];
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      const response = await limited.handler(
        post(
          '/sign-in/email',
          { email: uniqueEmail('spray'), password: 'whatever-password' },
          { 'x-forwarded-for': ip },
        ),
      );
      statuses.push(response.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    // Another address is unaffected.
    const other = await limited.handler(
      post(
        '/sign-in/email',
        { email: uniqueEmail('spray'), password: 'whatever-password' },
        { 'x-forwarded-for': '10.4.0.2' },
      ),
    );
    expect(other.status).toBe(401);
  });

  it('concurrent attempts cannot slip past the limit', async () => {
    const email = uniqueEmail('burst');
    await signUp(email, {}, '10.5.0.1');
    const responses = await Promise.all(
      Array.from({ length: 15 }, (_, i) => signIn(email, `wrong ${i} password`, `10.5.1.${i}`)),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(5);
  });
});
