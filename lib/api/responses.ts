import type { EventListItem, Page } from '@/lib/domain/dto';

// Response bodies and headers of the JSON API. Data changes with every edit, so nothing is
// cached by browsers or proxies unless a route says otherwise.

export const NO_STORE = 'no-store';

export interface ListBody<T> {
  items: T[];
}

export interface EventPageBody extends Page<EventListItem> {
  links: {
    /** Path and query of the next page (resolve it against the request URL), or null on the last page. */
    next: string | null;
  };
}

export type HealthBody =
  { status: 'ok'; engine: 'pglite' | 'postgres' } | { status: 'unavailable'; error: string };

export function jsonResponse(
  body: unknown,
  init: { status?: number; headers?: Record<string, string> } = {},
): Response {
  return Response.json(body, {
    status: init.status ?? 200,
    headers: { 'Cache-Control': NO_STORE, ...init.headers },
  });
}

/** The same path and filters with the cursor moved on; other parameters keep their order. */
export function nextPageHref(url: URL, nextCursor: string | null): string | null {
  if (!nextCursor) return null;
  const params = new URLSearchParams(url.searchParams);
  params.set('cursor', nextCursor);
  return `${url.pathname}?${params.toString()}`;
}

export function eventPageBody(url: URL, page: Page<EventListItem>): EventPageBody {
  return {
    items: page.items,
    nextCursor: page.nextCursor,
    links: { next: nextPageHref(url, page.nextCursor) },
  };
}

/** RFC 8288 Link header for clients that follow pagination generically. */
export function paginationHeaders(body: EventPageBody): Record<string, string> {
  return body.links.next ? { Link: `<${body.links.next}>; rel="next"` } : {};
}
