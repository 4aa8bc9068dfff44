import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ServerEnv } from '@/lib/env';

// The key that signs session cookies. BETTER_AUTH_SECRET wins; otherwise one is generated on
// first start and kept in `data/auth-secret` (beside the PGlite directory, mode 600) so a restart
// keeps everyone signed in. Several instances on one PostgreSQL must share one secret: set
// BETTER_AUTH_SECRET there (each instance would otherwise generate its own).

export function authSecretPath(env: Pick<ServerEnv, 'PGLITE_DIR'>): string {
  return join(dirname(resolve(env.PGLITE_DIR)), 'auth-secret');
}

export function resolveAuthSecret(env: Pick<ServerEnv, 'BETTER_AUTH_SECRET' | 'PGLITE_DIR'>): string {
  if (env.BETTER_AUTH_SECRET) return env.BETTER_AUTH_SECRET;
  const path = authSecretPath(env);
  const existing = readSecret(path);
  if (existing) return existing;
  mkdirSync(dirname(path), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  try {
    // `wx`: if another process created it meanwhile, keep theirs.
    writeFileSync(path, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    chmodSync(path, 0o600);
    return secret;
  } catch (error) {
    const raced = readSecret(path);
    if (raced) return raced;
    throw new Error(`Could not create the auth secret file ${path}: set BETTER_AUTH_SECRET instead.`, {
      cause: error,
    });
  }
}

function readSecret(path: string): string | undefined {
  try {
    const value = readFileSync(path, 'utf8').trim();
    if (value.length >= 32) return value;
    throw new Error(
      `${path} holds a secret shorter than 32 characters: delete it or set BETTER_AUTH_SECRET.`,
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
