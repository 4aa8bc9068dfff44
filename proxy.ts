import { NextResponse, type NextRequest } from 'next/server';
import {
  RETRY_AFTER_SECONDS,
  isGatedPageRequest,
  registeredDatabaseProbe,
  unavailablePageHtml,
} from '@/lib/health/database-gate';
import { isServerActionRequest, serverActionRefusal } from '@/lib/security/action-request';
import { buildCsp, generateNonce } from '@/lib/security/csp';

// Per-request security headers. The nonce travels to Next on the request's CSP header (Next
// reads it from there to mark its scripts) and to the browser on the response's.
export async function proxy(request: NextRequest) {
  const nonce = generateNonce();
  const frameable = request.nextUrl.pathname.startsWith('/embed/');
  const csp = buildCsp({ nonce, frameable, dev: process.env.NODE_ENV !== 'production' });

  // PostgreSQL unreachable: a 503 page instead of the 500 a failing render would give
  // (lib/health/database-gate.ts). The probe is registered only on PostgreSQL.
  const probe = isGatedPageRequest(request.method, request.nextUrl.pathname)
    ? registeredDatabaseProbe()
    : undefined;
  if (probe && !(await probe())) {
    return new NextResponse(request.method === 'HEAD' ? null : unavailablePageHtml(), {
      status: 503,
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
        'Retry-After': String(RETRY_AFTER_SECONDS),
        'Content-Security-Policy': csp,
      },
    });
  }

  // Server-action calls Next would answer with a 500 (foreign Origin, undecodable body): a 4xx.
  if (isServerActionRequest(request.method, request.headers)) {
    const refusal = await serverActionRefusal(request);
    if (refusal)
      return NextResponse.json(
        { error: refusal.error },
        { status: refusal.status, headers: { 'Cache-Control': 'no-store', 'Content-Security-Policy': csp } },
      );
  }

  let response: NextResponse;
  if (request.nextUrl.pathname.startsWith('/api/')) {
    // Route handlers render no markup: they need neither the nonce nor the embed mark, and
    // passing the request on unchanged spares Next rewriting its headers (bench:server).
    response = NextResponse.next();
  } else {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set('x-nonce', nonce);
    requestHeaders.set('Content-Security-Policy', csp);
    // Tells the root layout to leave out the site's chrome (embeds); never taken from the client.
    if (frameable) requestHeaders.set('x-beachhead-embed', '1');
    else requestHeaders.delete('x-beachhead-embed');
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  response.headers.set('Content-Security-Policy', csp);
  const https = request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
  if (https) response.headers.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
  return response;
}

export const config = {
  // Static build assets are immutable files: they need no per-request policy.
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico).*)' }],
};
