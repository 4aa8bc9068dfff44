import 'server-only';
import { parseSetCookieHeader, toCookieOptions } from 'better-auth/cookies';

// Session cookies are HttpOnly and SameSite=Lax (auth.ts); `Secure` is added per request when
// it arrived over https (directly or through a proxy saying so), so one deployment can serve
// http://127.0.0.1 for tests and https in production with the same cookie names.

export function isHttpsRequest(headers: Headers, url?: string): boolean {
  const forwarded = headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  if (forwarded) return forwarded === 'https';
  if (url) {
    try {
      return new URL(url).protocol === 'https:';
    } catch {
      return false;
    }
  }
  return process.env.BETTER_AUTH_URL?.startsWith('https://') ?? false;
}

function withSecure(cookie: string): string {
  return /;\s*secure(\s*;|\s*$)/i.test(cookie) ? cookie : `${cookie}; Secure`;
}

/** The auth handler's response, with `Secure` on its cookies when the request was https. */
export function secureCookiesFor(request: Request, response: Response): Response {
  const cookies = response.headers.getSetCookie();
  if (cookies.length === 0 || !isHttpsRequest(request.headers, request.url)) return response;
  const headers = new Headers(response.headers);
  headers.delete('set-cookie');
  for (const cookie of cookies) headers.append('set-cookie', withSecure(cookie));
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/**
 * Copies the cookies an `auth.api.*` call asked for (returnHeaders: true) onto the response of
 * the current server action.
 */
export async function applyAuthCookies(responseHeaders: Headers | null | undefined): Promise<void> {
  const setCookie = responseHeaders?.get('set-cookie');
  if (!setCookie) return;
  const { cookies, headers } = await import('next/headers');
  const secure = isHttpsRequest(new Headers(await headers()));
  const store = await cookies();
  for (const [name, attributes] of parseSetCookieHeader(setCookie)) {
    if (!name) continue;
    const options = toCookieOptions(attributes);
    store.set(name, attributes.value, { ...options, secure: secure || options.secure === true });
  }
}
