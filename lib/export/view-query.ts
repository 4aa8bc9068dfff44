import { boundEnd, boundStart } from '@/lib/timeline/time';

// The timeline's filters (its URL state) as the query of the events exports and listing, so the
// timeline can offer the CSV of what it shows. Pure.

export interface TimelineFilterState {
  vendors: readonly string[];
  regions: readonly string[];
  types: readonly string[];
  statuses: readonly string[];
  from: string | null;
  to: string | null;
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** `?vendor=xiaomi,huawei&from=2017-01-01&to=2019-12-31` (empty string when nothing is filtered). */
export function eventsQueryOfTimeline(state: TimelineFilterState): string {
  const params = new URLSearchParams();
  if (state.vendors.length) params.set('vendor', state.vendors.join(','));
  if (state.regions.length) params.set('region', state.regions.join(','));
  if (state.types.length) params.set('type', state.types.join(','));
  if (state.statuses.length) params.set('status', state.statuses.join(','));
  const from = state.from ? boundStart(state.from) : Number.NaN;
  const to = state.to ? boundEnd(state.to) : Number.NaN;
  if (Number.isFinite(from)) params.set('from', day(from));
  // boundEnd is the instant after the bound: the last day is the day before it.
  if (Number.isFinite(to)) params.set('to', day(to - 86_400_000));
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}
