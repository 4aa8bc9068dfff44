import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { APIError, createAuthMiddleware, isAPIError } from 'better-auth/api';
import { clientIp } from '@/lib/auth/client-ip';
import { normalizeEmail } from '@/lib/auth/email';
import { requestOrigin } from '@/lib/auth/request-origin';
import type { Db } from '../client';
import { accounts, rateLimits, sessions, users, verifications } from '../schema';
import { DEFAULT_AUTH_LIMITS, RATE_LIMIT_KEYS, type AuthLimits } from './limits';
import { consumeAttempt, pruneAttempts, resetAttempts, type LimitDecision } from './rate-limit';

// better-auth over our drizzle schema (db/schema/auth.ts), email + password only, no network
// calls. This factory takes the database, so tests and scripts (`npm run admin:create`) build
// their own instance; the app's one instance per process is getAuth() in ./auth.ts.

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;
export const SIGN_IN_PATH = '/sign-in/email';
export const SIGN_UP_PATH = '/sign-up/email';

export interface CreateAuthOptions {
  secret: string;
  /** The public origin (BETTER_AUTH_URL). Unset: derived from each request. */
  baseURL?: string;
  limits?: Partial<AuthLimits>;
  /** better-auth's log level (tests: 'error'). Default 'warn'. */
  logLevel?: 'debug' | 'info' | 'warn' | 'error';
}

/** Thrown (as better-auth's APIError, status 429) when a sign-in or sign-up is over its limit. */
export interface TooManyAttemptsBody {
  code: 'TOO_MANY_ATTEMPTS';
  message: string;
  retryAfter: number;
}

function tooManyAttempts(decision: Extract<LimitDecision, { allowed: false }>): APIError {
  const body: TooManyAttemptsBody = {
    code: 'TOO_MANY_ATTEMPTS',
    message: 'Too many attempts. Try again later.',
    retryAfter: decision.retryAfterSeconds,
  };
  return new APIError('TOO_MANY_REQUESTS', body, { 'Retry-After': String(decision.retryAfterSeconds) });
}

function moreRestrictive(a: LimitDecision, b: LimitDecision): LimitDecision {
  if (a.allowed) return b;
  if (b.allowed) return a;
  return a.retryAfterSeconds >= b.retryAfterSeconds ? a : b;
}

function emailOf(body: unknown): string | undefined {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' ? normalizeEmail(email) : undefined;
}

export function createAuth(db: Db, options: CreateAuthOptions) {
  const limits: AuthLimits = { ...DEFAULT_AUTH_LIMITS, ...options.limits };
  const longestWindowMs =
    Math.max(
      limits.signInPerAccount.windowSeconds,
      limits.signInPerIp.windowSeconds,
      limits.signUpPerIp.windowSeconds,
    ) * 1000;
  const secureByUrl = options.baseURL?.startsWith('https://') ?? false;

  return betterAuth({
    appName: 'Beachhead',
    baseURL: options.baseURL,
    basePath: '/api/auth',
    // POSTs carrying an Origin (browsers) must come from the host they were sent to; with
    // BETTER_AUTH_URL set, its origin is trusted as well.
    trustedOrigins: async (request) => {
      const origin = request ? requestOrigin(request) : undefined;
      return origin ? [origin] : [];
    },
    secret: options.secret,
    telemetry: { enabled: false },
    logger: { level: options.logLevel ?? 'warn' },
    database: drizzleAdapter(db, {
      provider: 'pg',
      usePlural: true,
      transaction: true,
      schema: { users, sessions, accounts, verifications, rateLimits },
    }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      autoSignIn: true,
      requireEmailVerification: false,
    },
    user: {
      additionalFields: {
        // Ours, not the library's: nobody chooses their own role (input: false); an admin
        // changes it through setUserRole (db/auth/roles.ts).
        role: { type: 'string', required: false, defaultValue: 'contributor', input: false },
      },
    },
    databaseHooks: {
      user: {
        create: {
          // Belt and braces under `input: false`: every account starts as a contributor.
          before: async (user) => ({ data: { ...user, role: 'contributor' } }),
        },
      },
    },
    // The library's own limiter is per address and path, in memory by default, and does not
    // see `auth.api.*` calls; ours (below) counts per account and per address in the database
    // and runs for HTTP requests and server calls alike.
    rateLimit: { enabled: false },
    advanced: {
      database: { generateId: () => crypto.randomUUID() },
      // better-auth skips its Origin/CSRF check when NODE_ENV is 'test'; ours never does.
      disableOriginCheck: false,
      disableCSRFCheck: false,
      // The cookie name stays the same over http and https; the route handler and the server
      // actions add `Secure` per request when it arrived over https (see cookies.ts).
      useSecureCookies: secureByUrl,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', path: '/' },
    },
    hooks: {
      // Runs for the HTTP handler and for every `auth.api.*` call made from server code
      // (better-auth's toAuthEndpoints → dispatchAuthEndpoint → runBeforeHooks).
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.body && typeof ctx.body === 'object' && 'role' in ctx.body) {
          throw new APIError('BAD_REQUEST', {
            code: 'ROLE_NOT_ALLOWED',
            message: 'The role cannot be chosen here: new accounts are contributors; an admin changes roles.',
          });
        }
        if (ctx.path !== SIGN_IN_PATH && ctx.path !== SIGN_UP_PATH) return;
        const ip = clientIp(ctx.headers ?? ctx.request?.headers);
        const now = Date.now();
        if (Math.random() < 0.02) await pruneAttempts(db, 'sign-', longestWindowMs, now);
        if (ctx.path === SIGN_UP_PATH) {
          const decision = await consumeAttempt(db, RATE_LIMIT_KEYS.signUpIp(ip), limits.signUpPerIp, now);
          if (!decision.allowed) throw tooManyAttempts(decision);
          return;
        }
        const email = emailOf(ctx.body);
        const perIp = await consumeAttempt(db, RATE_LIMIT_KEYS.signInIp(ip), limits.signInPerIp, now);
        const perAccount = email
          ? await consumeAttempt(db, RATE_LIMIT_KEYS.signInAccount(email), limits.signInPerAccount, now)
          : perIp;
        const decision = moreRestrictive(perIp, perAccount);
        if (!decision.allowed) throw tooManyAttempts(decision);
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== SIGN_IN_PATH) return;
        const email = emailOf(ctx.body);
        if (!email || isAPIError(ctx.context.returned) || !ctx.context.newSession) return;
        await resetAttempts(db, RATE_LIMIT_KEYS.signInAccount(email));
      }),
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;
