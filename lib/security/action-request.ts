// Server-action requests that Next would fail on before any of our code runs. React posts an
// action's arguments either as multipart form data or, for plain values, as a JSON array in a
// text/plain body. Next decodes that body itself and answers a body that is not JSON, or whose
// root is not an array, with a 500 (`decodeReply` / `action.apply`); a foreign or "null" Origin
// also gets a 500 ("Invalid Server Actions request"). The proxy refuses these first, with a 4xx
// that says what is wrong (proxy.ts). A request without Origin, or same-origin but marked
// `Sec-Fetch-Site: cross-site`, passes on: each action's own check refuses it (checkActionOrigin
// in the write path's entry points), so that check stays the one the CSRF suite exercises.

import { checkActionOrigin } from './origin';

/** True for a POST that invokes a server action (React sets `Next-Action` to the action's id). */
export function isServerActionRequest(method: string, headers: Headers): boolean {
  return method.toUpperCase() === 'POST' && headers.has('next-action');
}

/** Bodies the proxy must read to check: everything but multipart form data. */
export function needsBodyCheck(contentType: string | null): boolean {
  return !/^multipart\/form-data/i.test(contentType?.trim() ?? '');
}

/** Why a non-multipart action body cannot be decoded, or undefined when it can. */
export function malformedActionBody(text: string): string | undefined {
  if (text.trim() === '') return 'The server action request has no arguments: its body must be a JSON array.';
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'The server action request body is not valid JSON.';
  }
  if (!Array.isArray(parsed)) return 'The server action request body must be a JSON array of arguments.';
  return undefined;
}

/** Why an action request with an Origin from elsewhere is refused, or undefined. */
export function foreignActionOrigin(headers: Headers): string | undefined {
  if (!headers.get('origin')?.trim()) return undefined;
  const originOnly = new Headers(headers);
  originOnly.delete('sec-fetch-site');
  const decision = checkActionOrigin(originOnly);
  return decision.ok ? undefined : decision.reason;
}

export interface ActionRefusal {
  status: 400 | 403;
  error: { code: 'bad_origin' | 'invalid_body'; message: string };
}

/** The 4xx for a server-action request Next would fail on with a 500, or undefined. */
export async function serverActionRefusal(request: Request): Promise<ActionRefusal | undefined> {
  const foreign = foreignActionOrigin(request.headers);
  if (foreign) return { status: 403, error: { code: 'bad_origin', message: foreign } };
  if (!needsBodyCheck(request.headers.get('content-type'))) return undefined;
  // A clone: the original body still reaches the action.
  const problem = malformedActionBody(await request.clone().text());
  return problem ? { status: 400, error: { code: 'invalid_body', message: problem } } : undefined;
}
