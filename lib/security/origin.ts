// Cross-site request refusal for mutating requests (CSRF defence in depth; the session cookie is
// also SameSite=Lax). A browser attaches cookies by itself, so a request that may be
// authenticated by a cookie must prove it comes from one of our own pages: its `Origin` must be
// this server's origin. A request authenticated by `Authorization: Bearer …` carries no ambient
// credential (a page on another site cannot make a browser add that header without a CORS
// preflight, which this API never grants), so it is exempt.
//
// Refused (for requests not authenticated by a bearer token):
//   - `Sec-Fetch-Site: cross-site`;
//   - `Origin: null` (sandboxed frames, some redirects, file: pages);
//   - an `Origin` other than the request's own (scheme, host and port);
//   - no `Origin` at all when the request carries cookies (browsers send Origin on every
//     POST/PATCH/DELETE; only hand-made clients omit it, and they should use a token).
// A request with neither cookie nor token carries no credential: it passes here and is refused
// with 401 by the write path, which says what is actually wrong.

export type OriginDecision =
  | { ok: true; via: 'safe-method' | 'bearer-token' | 'same-origin' | 'no-credential' }
  | { ok: false; reason: string };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Minimal view of a request (a Fetch `Request`, or headers plus the URL and method). */
export interface OriginCheckInput {
  method: string;
  url: string;
  headers: Headers;
}

function firstValue(header: string | null): string | undefined {
  const value = header?.split(',')[0]?.trim();
  return value ? value : undefined;
}

export function hasBearerToken(headers: Headers): boolean {
  return /^Bearer\s+\S+/i.test(headers.get('authorization') ?? '');
}

const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443' };

/** `scheme://host[:port]`, lower-case, default port dropped; undefined when not an http(s) origin. */
export function normalizeOrigin(value: string): string | undefined {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    const port = url.port && url.port !== DEFAULT_PORTS[url.protocol] ? `:${url.port}` : '';
    return `${url.protocol}//${url.hostname.toLowerCase()}${port}`;
  } catch {
    return undefined;
  }
}

/**
 * This server's origin as the client addressed it: the scheme from `X-Forwarded-Proto` (set by
 * a proxy that terminates TLS) or the request URL, the host from `X-Forwarded-Host` or `Host`.
 */
export function expectedOrigin(input: Pick<OriginCheckInput, 'url' | 'headers'>): string | undefined {
  let url: URL | undefined;
  try {
    url = new URL(input.url);
  } catch {
    url = undefined;
  }
  const proto =
    firstValue(input.headers.get('x-forwarded-proto'))?.replace(/:$/, '') ?? url?.protocol.replace(/:$/, '');
  const host =
    firstValue(input.headers.get('x-forwarded-host')) ?? firstValue(input.headers.get('host')) ?? url?.host;
  if (!proto || !host) return undefined;
  return normalizeOrigin(`${proto}://${host}`);
}

export function checkOrigin(input: OriginCheckInput): OriginDecision {
  if (SAFE_METHODS.has(input.method.toUpperCase())) return { ok: true, via: 'safe-method' };
  const { headers } = input;
  if (hasBearerToken(headers)) return { ok: true, via: 'bearer-token' };

  if (headers.get('sec-fetch-site')?.trim().toLowerCase() === 'cross-site') {
    return { ok: false, reason: 'Cross-site requests may not change data.' };
  }
  const origin = headers.get('origin')?.trim();
  if (origin === undefined || origin === '') {
    if (!headers.get('cookie')) return { ok: true, via: 'no-credential' };
    return {
      ok: false,
      reason: 'The request has no Origin header. Browsers send one; other clients should use an API token.',
    };
  }
  if (origin.toLowerCase() === 'null')
    return { ok: false, reason: 'Requests from an opaque origin (Origin: null) may not change data.' };
  const expected = expectedOrigin(input);
  const given = normalizeOrigin(origin);
  if (!expected || !given || given !== expected) {
    return { ok: false, reason: 'The request comes from another site (its Origin is not this server).' };
  }
  return { ok: true, via: 'same-origin' };
}

/**
 * For server actions (no Request object): the same rules over `headers()`. Next already refuses
 * an action whose Origin host differs from Host; this also refuses a missing Origin and
 * `Sec-Fetch-Site: cross-site`. The scheme is not known there, so hosts are compared.
 */
export function checkActionOrigin(headers: Headers): OriginDecision {
  const host = firstValue(headers.get('x-forwarded-host')) ?? firstValue(headers.get('host'));
  const origin = headers.get('origin')?.trim();
  if (headers.get('sec-fetch-site')?.trim().toLowerCase() === 'cross-site') {
    return { ok: false, reason: 'Cross-site requests may not change data.' };
  }
  if (!origin) return { ok: false, reason: 'The request has no Origin header.' };
  if (origin.toLowerCase() === 'null')
    return { ok: false, reason: 'Requests from an opaque origin may not change data.' };
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return { ok: false, reason: 'The Origin header is not a URL.' };
  }
  if (!host || originHost !== host.toLowerCase()) {
    return { ok: false, reason: 'The request comes from another site (its Origin is not this server).' };
  }
  return { ok: true, via: 'same-origin' };
}
