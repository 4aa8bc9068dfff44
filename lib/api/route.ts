import { unstable_rethrow } from 'next/navigation';
import type { NextRequest } from 'next/server';
import { ApiError, errorResponse, mapError } from './errors';

// Wraps a route handler so that every failure leaves as a JSON error (never Next's HTML page or
// an empty 500), while Next's own control-flow errors (dynamic rendering bail-outs) still pass.

export function apiRoute<Context = unknown>(
  handler: (request: NextRequest, context: Context) => Promise<Response>,
): (request: NextRequest, context: Context) => Promise<Response> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      unstable_rethrow(error);
      const { status } = mapError(error);
      const where = `[api] ${request.method} ${request.nextUrl.pathname}`;
      // An outage is expected and already explained to the client: one line. Anything else in full.
      if (status === 503) console.warn(`${where}: database unavailable (${describeError(error)})`);
      else if (status >= 500) console.error(`${where} failed:`, error);
      return errorResponse(error);
    }
  };
}

/**
 * For the write methods a read-only route does not have: a JSON 405 naming the allowed methods,
 * instead of Next's empty one. Routes that gain a write method export their own instead.
 */
export async function readOnlyMethod(): Promise<Response> {
  return errorResponse(
    new ApiError(
      405,
      { code: 'method_not_allowed', message: 'This endpoint is read-only: use GET.' },
      { Allow: 'GET, HEAD, OPTIONS' },
    ),
  );
}

/**
 * A JSON 405 for a route that has some write methods but not this one (`allow` lists the
 * methods it does have, e.g. "GET, POST").
 */
export function methodNotAllowed(allow: string): () => Promise<Response> {
  return async () =>
    errorResponse(
      new ApiError(
        405,
        { code: 'method_not_allowed', message: `This endpoint accepts ${allow}.` },
        { Allow: `${allow}, OPTIONS` },
      ),
    );
}

/** The first line of an error and the codes along its cause chain, for a one-line log. */
function describeError(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    parts.push(typeof code === 'string' ? code : current.message.split('\n')[0]!.slice(0, 80));
    current = current.cause;
  }
  return parts.join(' ← ');
}
