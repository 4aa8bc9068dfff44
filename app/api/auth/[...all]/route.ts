import { unstable_rethrow } from 'next/navigation';
import { connection } from 'next/server';
import { getAuth } from '@/db/auth/auth';
import { secureCookiesFor } from '@/db/auth/cookies';
import { jsonResponse } from '@/lib/api/responses';
import { checkOrigin } from '@/lib/security/origin';

// better-auth's HTTP endpoints, limited to what Beachhead uses. Sign-in and sign-up are rate
// limited inside the auth instance (db/auth/create-auth.ts), for these requests and for server
// actions alike. Everything else the library offers (password reset without e-mail, social
// sign-in, account deletion, password checks that would be an unlimited oracle, ...) is 404 here.
const EXPOSED = new Set([
  '/sign-in/email',
  '/sign-up/email',
  '/sign-out',
  '/get-session',
  '/list-sessions',
  '/revoke-session',
  '/revoke-sessions',
  '/revoke-other-sessions',
  '/ok',
]);

function endpointOf(request: Request): string {
  const path = new URL(request.url).pathname.replace(/^\/api\/auth/, '').replace(/\/+$/, '');
  return path === '' ? '/' : path;
}

async function handle(request: Request): Promise<Response> {
  if (!EXPOSED.has(endpointOf(request))) {
    return jsonResponse({ error: { code: 'not_found', message: 'No such auth endpoint.' } }, { status: 404 });
  }
  // The same cross-site refusal as every other write (lib/security/origin.ts). better-auth checks
  // the Origin itself but lets `Sec-Fetch-Site: cross-site` through; sign-in, sign-up and
  // sign-out from another site (login and logout CSRF) are refused here first.
  const origin = checkOrigin({ method: request.method, url: request.url, headers: request.headers });
  if (!origin.ok) {
    return jsonResponse({ error: { code: 'bad_origin', message: origin.reason } }, { status: 403 });
  }
  try {
    await connection();
    const auth = await getAuth();
    return secureCookiesFor(request, await auth.handler(request));
  } catch (error) {
    unstable_rethrow(error);
    console.error('[auth] request failed:', error);
    return jsonResponse(
      {
        error: {
          code: 'unavailable',
          message: 'Sign-in is unavailable right now. Try again in a few seconds.',
        },
      },
      { status: 503, headers: { 'Retry-After': '5' } },
    );
  }
}

export { handle as GET, handle as POST };
