import type { EventAsKnownOn, EventDetail } from '@/lib/domain/dto';
import type { TimelineData } from '@/lib/timeline/types';
import { serializeViewState } from '@/lib/view-state/codec';
import type { ViewFilters } from '@/lib/view-state/schema';

// react-query keys and fetchers of the timeline, shared by the server page (prefetch) and the
// browser (the same keys, so hydrated data is used as is).

/** Filters in a canonical order, so the same events share one cache entry whatever the URL order. */
export function canonicalFilters(filters: ViewFilters): ViewFilters {
  const sorted = <T extends string>(values: T[]) => [...values].sort();
  return {
    vendors: sorted(filters.vendors),
    regions: sorted(filters.regions),
    types: sorted(filters.types),
    statuses: sorted(filters.statuses),
  };
}

/** The events of a view: its filters and, for "as known on", the moment (null = current data). */
export function timelineQueryKey(filters: ViewFilters, asOf: string | null = null) {
  return ['timeline', canonicalFilters(filters), asOf] as const;
}

/** An event's details: now's (asOf null), or as recorded at a past moment. */
export function eventQueryKey(id: string, asOf: string | null = null) {
  return asOf ? (['event', id, asOf] as const) : (['event', id] as const);
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  if (!response.ok) {
    let message = `Request failed (${response.status})`;
    try {
      const body = (await response.json()) as { error?: { message?: string } };
      if (body.error?.message) message = body.error.message;
    } catch {
      // keep the generic message
    }
    throw new HttpError(response.status, message);
  }
  return (await response.json()) as T;
}

export function fetchTimeline(
  filters: ViewFilters,
  asOf: string | null,
  signal?: AbortSignal,
): Promise<TimelineData> {
  const query = serializeViewState({ ...canonicalFilters(filters), asOf });
  return getJson<TimelineData>(query ? `/api/v1/timeline?${query}` : '/api/v1/timeline', signal);
}

export function fetchEvent(id: string, signal?: AbortSignal): Promise<EventDetail> {
  return getJson<EventDetail>(`/api/v1/events/${encodeURIComponent(id)}`, signal);
}

/** The event as recorded at `asOf` (its sources and links then), from its revisions. */
export function fetchEventAsKnownOn(id: string, asOf: string, signal?: AbortSignal): Promise<EventAsKnownOn> {
  return getJson<EventAsKnownOn>(
    `/api/v1/events/${encodeURIComponent(id)}?asof=${encodeURIComponent(asOf)}`,
    signal,
  );
}
