import { errorResponse } from '@/lib/api/errors';

// Calling the write API's functions (app/api/v1/_lib/write.ts) directly in db tests: a Request as
// the route handler receives it, and the answer as the client would see it.

const BASE = 'http://127.0.0.1:3000/api/v1';

/** A JSON request (or a raw string body with the content type given in `headers`). */
export function apiRequest(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Request {
  const init: RequestInit = { method, headers: { ...headers } };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    if (!('content-type' in headers))
      (init.headers as Record<string, string>)['content-type'] = 'application/json';
  }
  return new Request(`${BASE}${path}`, init);
}

export interface ApiAnswer {
  status: number;
  body: Record<string, unknown>;
  headers: Headers;
}

/** What the route handler would answer (apiRoute turns throws into JSON errors the same way). */
export async function apiAnswer(work: () => Promise<Response>): Promise<ApiAnswer> {
  let response: Response;
  try {
    response = await work();
  } catch (error) {
    response = errorResponse(error);
  }
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown>,
    headers: response.headers,
  };
}
