import 'server-only';
import { isAPIError } from 'better-auth/api';

// What a failed `auth.api.*` call means for a form.

export type AuthFailure =
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  | { kind: 'invalid-credentials' }
  | { kind: 'email-taken' }
  | { kind: 'invalid-input'; message: string }
  | { kind: 'other'; message: string };

function retryAfterOf(error: { body?: unknown; headers?: HeadersInit }): number {
  const fromBody = (error.body as { retryAfter?: unknown } | undefined)?.retryAfter;
  if (typeof fromBody === 'number' && Number.isFinite(fromBody)) return fromBody;
  const fromHeader = Number(new Headers(error.headers).get('retry-after'));
  return Number.isFinite(fromHeader) && fromHeader > 0 ? fromHeader : 60;
}

/** Classifies an error thrown by `auth.api.*`; rethrows anything that is not the library's. */
export function classifyAuthError(error: unknown): AuthFailure {
  if (!isAPIError(error)) throw error;
  const code = (error.body as { code?: unknown } | undefined)?.code;
  const message = (error.body as { message?: unknown } | undefined)?.message;
  if (error.statusCode === 429) return { kind: 'rate-limited', retryAfterSeconds: retryAfterOf(error) };
  if (error.statusCode === 401 || code === 'INVALID_EMAIL_OR_PASSWORD')
    return { kind: 'invalid-credentials' };
  if (code === 'USER_ALREADY_EXISTS' || code === 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL')
    return { kind: 'email-taken' };
  if (error.statusCode === 400 && typeof message === 'string') return { kind: 'invalid-input', message };
  return {
    kind: 'other',
    message: typeof message === 'string' ? message : 'Something went wrong. Try again.',
  };
}
