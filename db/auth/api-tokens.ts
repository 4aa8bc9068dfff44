import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { API_TOKEN_PREFIX, apiTokenPrefix, isWellFormedApiToken } from '@/lib/auth/api-token-format';
import type { UserRole } from '@/lib/domain/vocabulary';
import type { Executor } from '../client';
import { apiTokens, users } from '../schema';

// Personal API tokens: `bh_` + 32 random bytes (base64url). Only the SHA-256 is stored; the
// token is returned once by createApiToken and never again.

export const MAX_TOKEN_NAME_LENGTH = 80;
export const MAX_TOKENS_PER_USER = 50;

export function hashApiToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function generateApiToken(): string {
  return `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

export type ApiTokenSummary = Pick<
  typeof apiTokens.$inferSelect,
  'id' | 'name' | 'prefix' | 'createdAt' | 'lastUsedAt' | 'revokedAt'
>;

export class ApiTokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ApiTokenError';
  }
}

/** Creates a token for the user; the returned `token` is the only time it is visible. */
export async function createApiToken(
  db: Executor,
  userId: string,
  name: string,
): Promise<{ token: string; summary: ApiTokenSummary }> {
  const trimmed = name.trim();
  if (trimmed === '') throw new ApiTokenError('Give the token a name.');
  if (trimmed.length > MAX_TOKEN_NAME_LENGTH) {
    throw new ApiTokenError(`Token names are at most ${MAX_TOKEN_NAME_LENGTH} characters.`);
  }
  const [active] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)));
  if ((active?.n ?? 0) >= MAX_TOKENS_PER_USER) {
    throw new ApiTokenError(`You have ${MAX_TOKENS_PER_USER} active tokens: revoke one first.`);
  }
  const token = generateApiToken();
  const [row] = await db
    .insert(apiTokens)
    .values({ userId, name: trimmed, tokenHash: hashApiToken(token), prefix: apiTokenPrefix(token) })
    .returning();
  if (!row) throw new Error('token insert returned no row');
  const { id, prefix, createdAt, lastUsedAt, revokedAt } = row;
  return { token, summary: { id, name: row.name, prefix, createdAt, lastUsedAt, revokedAt } };
}

/** The user's tokens, newest first (revoked ones included, marked). */
export async function listApiTokens(db: Executor, userId: string): Promise<ApiTokenSummary[]> {
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
}

/** Revokes one of the user's own tokens. Returns false when there is no such live token. */
export async function revokeApiToken(db: Executor, userId: string, tokenId: string): Promise<boolean> {
  if (!/^[0-9a-f-]{36}$/i.test(tokenId)) return false;
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}

export interface TokenUser {
  id: string;
  name: string;
  role: UserRole;
  tokenId: string;
}

/**
 * The user a presented token belongs to, or null (malformed, unknown or revoked). Records the
 * use at most once a minute per token, so reads do not turn into a write each.
 */
export async function findUserByApiToken(db: Executor, token: string): Promise<TokenUser | null> {
  if (!isWellFormedApiToken(token)) return null;
  const [row] = await db
    .select({ tokenId: apiTokens.id, id: users.id, name: users.name, role: users.role })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, hashApiToken(token)), isNull(apiTokens.revokedAt)))
    .limit(1);
  if (!row) return null;
  await db
    .update(apiTokens)
    .set({ lastUsedAt: new Date() })
    .where(
      and(
        eq(apiTokens.id, row.tokenId),
        or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, sql`now() - interval '1 minute'`)),
      ),
    );
  return row;
}
