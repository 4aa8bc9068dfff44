/**
 * The site's public origin for absolute links in exports and feeds: BETTER_AUTH_URL when it is
 * configured (the server sits behind a proxy), else the origin the request came to.
 */
export function publicOrigin(
  requestUrl: URL,
  configured: string | undefined = process.env.BETTER_AUTH_URL,
): string {
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // fall back to the request
    }
  }
  return requestUrl.origin;
}

/** Today as YYYY-MM-DD in UTC. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
