import 'server-only';
import { cache } from 'react';
import { readBearer } from '@/lib/auth/api-token-format';
import type { Actor } from '@/lib/domain/permissions';
import { USER_ROLES, type UserRole } from '@/lib/domain/vocabulary';
import type { Db } from '../client';
import { getDb } from '../server';
import { findUserByApiToken } from './api-tokens';
import { getAuth, type Auth } from './auth';

// Who is making a request. Route handlers: a personal token (`Authorization: Bearer bh_…`)
// first, then the session cookie. Pages and server actions: the session cookie.

export type AuthVia =
  /** A valid personal API token: no ambient credential, so no Origin check is needed. */
  | 'token'
  /** The session cookie (ambient: mutating requests must come from our own origin). */
  | 'session'
  /** Nothing presented (or an expired session): anonymous. */
  | 'none'
  /** An Authorization header that is malformed, unknown or revoked: anonymous, no cookie fallback. */
  | 'invalid-token';

export interface AuthDescription {
  actor: Actor;
  via: AuthVia;
  /** The API token used, when via is 'token'. */
  tokenId?: string;
}

const ANONYMOUS: Actor = { kind: 'anonymous' };

function asRole(value: unknown): UserRole {
  return (USER_ROLES as readonly unknown[]).includes(value) ? (value as UserRole) : 'contributor';
}

/** The actor behind a session cookie in `headers`, or anonymous. */
export async function actorFromSession(auth: Auth, headers: Headers): Promise<Actor> {
  if (!headers.get('cookie')) return ANONYMOUS;
  const session = await auth.api.getSession({ headers });
  if (!session) return ANONYMOUS;
  const { id, name, role } = session.user;
  return { kind: 'user', id, name, role: asRole(role) };
}

/** Token first, then session cookie. Exported with explicit dependencies for the tests. */
export async function describeAuthWith(
  deps: { auth: Auth; db: Db },
  headers: Headers,
): Promise<AuthDescription> {
  const bearer = readBearer(headers.get('authorization'));
  if (bearer.kind === 'malformed') return { actor: ANONYMOUS, via: 'invalid-token' };
  if (bearer.kind === 'token') {
    const user = await findUserByApiToken(deps.db, bearer.token);
    if (!user) return { actor: ANONYMOUS, via: 'invalid-token' };
    return {
      actor: { kind: 'user', id: user.id, name: user.name, role: user.role },
      via: 'token',
      tokenId: user.tokenId,
    };
  }
  const actor = await actorFromSession(deps.auth, headers);
  return { actor, via: actor.kind === 'user' ? 'session' : 'none' };
}

/**
 * How a route handler's request is authenticated: the actor and whether it came from a bearer
 * token (no ambient credential: skip the Origin check) or the session cookie (check Origin).
 */
export async function describeAuth(request: Request): Promise<AuthDescription> {
  const [auth, db] = await Promise.all([getAuth(), getDb()]);
  return describeAuthWith({ auth, db }, request.headers);
}

/** The actor of a route handler's request: `Authorization: Bearer bh_…` personal token first, then the session cookie. */
export async function getActorFromRequest(request: Request): Promise<Actor> {
  return (await describeAuth(request)).actor;
}

const requestActor = cache(async (): Promise<Actor> => {
  const { headers } = await import('next/headers');
  // headers() first: it makes the route dynamic before anything touches the database.
  const requestHeaders = new Headers(await headers());
  if (!requestHeaders.get('cookie')) return ANONYMOUS;
  const auth = await getAuth();
  return actorFromSession(auth, requestHeaders);
});

/** The actor of the current request (server components, server actions): reads next/headers. */
export async function getRequestActor(): Promise<Actor> {
  return requestActor();
}
