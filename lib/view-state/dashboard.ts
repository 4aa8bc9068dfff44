import { createLoader, createParser, createSerializer, type inferParserType } from 'nuqs/server';
import type { DashboardFilters } from '@/lib/dashboard/types';
import { EVENT_STATUSES, EVENT_TYPES, type EventStatus, type EventType } from '@/lib/domain/vocabulary';

// The URL of the dashboard at `/`, as nuqs parsers shared by the server page (loader) and the
// browser (useQueryStates), in the style of the timeline's codec: lists comma-separated,
// defaults left out, invalid values dropped (never an error). The filter names are those of
// /events and the API (`vendor`, `region`, `type`, `status`, `from`, `to`), so a filtered
// dashboard and its events listing share a query string; `map` is the vendor the world map shows.
//   /?vendor=xiaomi,huawei&region=western-europe&from=2017-01-01&map=huawei

// Plain predicates, not the zod schemas of ./schema.ts: this module is in the browser bundle of
// `/`, which stays small without zod. The rules are the same (slugs, vocabulary values, real days).

const MAX_LIST_VALUES = 50;
const isSlug = (v: string) => v.length <= 80 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v);
const isType = (v: string): v is EventType => (EVENT_TYPES as readonly string[]).includes(v);
const isStatus = (v: string): v is EventStatus => (EVENT_STATUSES as readonly string[]).includes(v);

/** A real calendar day written YYYY-MM-DD. */
export function isDay(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const date = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === v;
}

function listParser<T extends string>(valid: (v: string) => boolean) {
  return createParser<T[]>({
    parse: (query) =>
      [...new Set(query.split(',').map((v) => v.trim()))]
        .filter((v) => v !== '' && valid(v))
        .slice(0, MAX_LIST_VALUES) as T[],
    serialize: (values) => values.join(','),
    eq: (a, b) => a.length === b.length && a.every((v, k) => v === b[k]),
  }).withDefault([]);
}

const dayParser = createParser<string>({
  parse: (query) => (isDay(query) ? query : null),
  serialize: (value) => value,
});

const slugParser = createParser<string>({
  parse: (query) => (isSlug(query) ? query : null),
  serialize: (value) => value,
});

export const dashboardParsers = {
  vendor: listParser<string>(isSlug),
  region: listParser<string>(isSlug),
  type: listParser<EventType>(isType),
  status: listParser<EventStatus>(isStatus),
  from: dayParser,
  to: dayParser,
  map: slugParser,
};

export type DashboardUrlState = inferParserType<typeof dashboardParsers>;

const load = createLoader(dashboardParsers);
const serialize = createSerializer(dashboardParsers);

/** The filters of a URL state; a period whose `from` is after its `to` is dropped. */
export function dashboardFiltersOf(state: DashboardUrlState): DashboardFilters {
  const period =
    state.from && state.to && state.from > state.to
      ? { from: null, to: null }
      : { from: state.from, to: state.to };
  return { vendor: state.vendor, region: state.region, type: state.type, status: state.status, ...period };
}

/** Reads the dashboard state from Next's searchParams (repeated list parameters are joined). */
export function parseDashboardState(input: Record<string, string | string[] | undefined>): DashboardUrlState {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(input)) {
    const values = (Array.isArray(value) ? value : [value]).filter((v): v is string => v !== undefined);
    if (values.length) params.set(key, values.join(','));
  }
  return load(params);
}

/** Reads the dashboard state from a query string (the browser's), as parseDashboardState does. */
export function parseDashboardSearch(search: string): DashboardUrlState {
  const input: Record<string, string[]> = {};
  for (const [key, value] of new URLSearchParams(search)) (input[key] ??= []).push(value);
  return parseDashboardState(input);
}

/**
 * The query string ('?…', or '' when nothing is left) of `search` with `patch` applied: keys
 * set to their default or null are removed, other parameters are kept.
 */
export function dashboardSearchWith(search: string, patch: Partial<DashboardUrlState>): string {
  return serialize(new URLSearchParams(search), patch);
}

export function dashboardHref(state: Partial<DashboardUrlState>): string {
  const query = serialize(state);
  return query ? `/${query}` : '/';
}
