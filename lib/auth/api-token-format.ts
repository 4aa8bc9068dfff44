// The shape of personal API tokens: `bh_` + 32 random bytes in base64url (43 characters).
// Pure: the hashing and storage live in db/auth/api-tokens.ts.

export const API_TOKEN_PREFIX = 'bh_';
/** How many leading characters of a token are kept in clear, to tell tokens apart in the UI. */
export const API_TOKEN_VISIBLE_CHARS = 10;

const WELL_FORMED = /^bh_[A-Za-z0-9_-]{43}$/;

export function isWellFormedApiToken(value: string): boolean {
  return WELL_FORMED.test(value);
}

export function apiTokenPrefix(token: string): string {
  return token.slice(0, API_TOKEN_VISIBLE_CHARS);
}

export type BearerCredential =
  | { kind: 'none' }
  /** An `Authorization` header that is present but not a well-formed Beachhead token. */
  | { kind: 'malformed' }
  | { kind: 'token'; token: string };

/** Reads `Authorization: Bearer bh_…` (scheme case-insensitive, as HTTP says). */
export function readBearer(authorization: string | null | undefined): BearerCredential {
  if (authorization == null || authorization.trim() === '') return { kind: 'none' };
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization.trim());
  const token = match?.[1];
  if (!token || !isWellFormedApiToken(token)) return { kind: 'malformed' };
  return { kind: 'token', token };
}
