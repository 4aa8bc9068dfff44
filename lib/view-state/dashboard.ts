import { createLoader, createParser, createSerializer, type inferParserType } from 'nuqs/server';
import type { DashboardFilters } from '@/lib/dashboard/types';
import { isoDay } from '@/lib/domain/fields';
import { EVENT_STATUSES, EVENT_TYPES } from '@/lib/domain/vocabulary';
import { listItemSchemas, MAX_LIST_VALUES, slugValue } from './schema';

// The URL of the dashboard at `/`, as nuqs parsers shared by the server page (loader) and the
// browser (useQueryStates), in the style of the timeline's codec: lists comma-separated,
// defaults left out, invalid values dropped (never an error). The filter names are those of
// /events and the API (`vendor`, `region`, `type`, `status`, `from`, `to`), so a filtered
// dashboard and its events listing share a query string; `map` is the vendor the world map shows.
//   /?vendor=xiaomi,huawei&region=western-europe&from=2017-01-01&map=huawei

function listParser<T extends string>(item: { safeParse(v: unknown): { success: boolean } }) {
  return createParser<T[]>({
    parse: (query) =>
      [...new Set(query.split(',').map((v) => v.trim()))]
        .filter((v) => v !== '' && item.safeParse(v).success)
        .slice(0, MAX_LIST_VALUES) as T[],
    serialize: (values) => values.join(','),
    eq: (a, b) => a.length === b.length && a.every((v, k) => v === b[k]),
  }).withDefault([]);
}

const dayParser = createParser<string>({
  parse: (query) => (isoDay.safeParse(query).success ? query : null),
  serialize: (value) => value,
});

const slugParser = createParser<string>({
  parse: (query) => (slugValue.safeParse(query).success ? query : null),
  serialize: (value) => value,
});

export const dashboardParsers = {
  vendor: listParser<string>(slugValue),
  region: listParser<string>(slugValue),
  type: listParser<(typeof EVENT_TYPES)[number]>(listItemSchemas.types),
  status: listParser<(typeof EVENT_STATUSES)[number]>(listItemSchemas.statuses),
  from: dayParser,
  to: dayParser,
  map: slugParser,
};

export type DashboardUrlState = inferParserType<typeof dashboardParsers>;

const load = createLoader(dashboardParsers);
const serialize = createSerializer(dashboardParsers);

/** The filters of a URL state; a period whose `from` is after its `to` is dropped. */
export function dashboardFiltersOf(state: DashboardUrlState): DashboardFilters {
  const period = state.from && state.to && state.from > state.to ? { from: null, to: null } : { from: state.from, to: state.to };
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

export function dashboardHref(state: Partial<DashboardUrlState>): string {
  const query = serialize(state);
  return query ? `/${query}` : '/';
}
