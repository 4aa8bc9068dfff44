// The client address used for per-IP sign-in limits. Behind a reverse proxy that appends to
// X-Forwarded-For, the right-most entry is the address that proxy saw. Next sets the header to
// the socket address only when it is absent, so without a proxy a client can choose its own
// value: the per-account limit, not this one, is what protects accounts.

export function clientIp(headers: Headers | null | undefined): string {
  if (!headers) return 'unknown';
  const forwarded = headers.get('x-forwarded-for');
  if (forwarded) {
    const hops = forwarded
      .split(',')
      .map((hop) => hop.trim())
      .filter(Boolean);
    const last = hops[hops.length - 1];
    if (last) return last.toLowerCase().slice(0, 64);
  }
  const real = headers.get('x-real-ip')?.trim();
  return real ? real.toLowerCase().slice(0, 64) : 'unknown';
}
