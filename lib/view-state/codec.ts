import {
  createLoader,
  createParser,
  createSerializer,
  parseAsStringLiteral,
  type inferParserType,
} from 'nuqs/server';
import { EVENT_STATUSES, EVENT_TYPES } from '@/lib/domain/vocabulary';
import { GROUP_BY } from '@/lib/timeline/types';
import {
  canonicalFrom,
  canonicalTo,
  DEFAULT_VIEW_STATE,
  eventIdOf,
  isEventId,
  isMoment,
  isWindowBound,
  LIST_FIELDS,
  LIST_ITEM_RULES,
  MAX_LIST_VALUES,
  momentOf,
  normalizeViewState,
  VIEW_MODES,
  type ViewState,
} from './rules';

// The URL codec of a view, as nuqs parsers (shared by the server loader, the client hooks and
// the serializer). Compact and readable:
//   /timeline?vendors=xiaomi,huawei&from=2017-01&to=2019-12&event=<uuid>&group=region
// Defaults are left out; a value that does not parse is dropped (never an error), and a list
// keeps its valid items. `nuqs/server` has no 'use client' directive, so this module serves both.
// The values are checked with the plain predicates of rules.ts (the same rules as the zod schemas
// of schema.ts), so the browser bundles that use this codec carry no zod.

/** A comma-separated list whose items each pass `item`; duplicates and invalid items dropped. */
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

const fromParser = createParser<string>({
  parse: (query) => (isWindowBound(query) ? canonicalFrom(query) : null),
  serialize: (value) => value,
});

const toParser = createParser<string>({
  parse: (query) => (isWindowBound(query) ? canonicalTo(query) : null),
  serialize: (value) => value,
});

const eventParser = createParser<string>({
  parse: (query) => (isEventId(query) ? eventIdOf(query) : null),
  serialize: (value) => value,
});

/** Moments are stored as full ISO strings and written compactly: a day at midnight UTC, else seconds. */
export function compactMoment(iso: string): string {
  if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10);
  return iso.replace('.000Z', 'Z');
}

const momentParser = createParser<string>({
  parse: (query) => (isMoment(query) ? momentOf(query) : null),
  serialize: compactMoment,
});

/** The nuqs parsers of every view-state key, in URL order. */
export const viewStateParsers = {
  vendors: listParser<string>(LIST_ITEM_RULES.vendors),
  regions: listParser<string>(LIST_ITEM_RULES.regions),
  types: listParser<(typeof EVENT_TYPES)[number]>(LIST_ITEM_RULES.types),
  statuses: listParser<(typeof EVENT_STATUSES)[number]>(LIST_ITEM_RULES.statuses),
  group: parseAsStringLiteral(GROUP_BY).withDefault(DEFAULT_VIEW_STATE.group),
  from: fromParser,
  to: toParser,
  event: eventParser,
  asOf: momentParser,
  mode: parseAsStringLiteral(VIEW_MODES).withDefault(DEFAULT_VIEW_STATE.mode),
};

/** URL names that differ from the state's keys. */
export const viewStateUrlKeys = { asOf: 'asof' } as const;

export type ParsedViewState = inferParserType<typeof viewStateParsers>;

const load = createLoader(viewStateParsers, { urlKeys: viewStateUrlKeys });
const serialize = createSerializer(viewStateParsers, { urlKeys: viewStateUrlKeys });

type SearchParamsInput = URLSearchParams | string | Record<string, string | string[] | undefined>;

/** Repeated list parameters (`vendors=a&vendors=b`) are read as one list. */
function toSearchParams(input: SearchParamsInput): URLSearchParams {
  const params =
    input instanceof URLSearchParams
      ? new URLSearchParams(input)
      : typeof input === 'string'
        ? new URLSearchParams(
            input.startsWith('?')
              ? input.slice(1)
              : input.includes('?')
                ? input.slice(input.indexOf('?') + 1)
                : input,
          )
        : (() => {
            const p = new URLSearchParams();
            for (const [key, value] of Object.entries(input)) {
              for (const v of Array.isArray(value) ? value : [value]) if (v !== undefined) p.append(key, v);
            }
            return p;
          })();
  for (const key of LIST_FIELDS) {
    const values = params.getAll(key);
    if (values.length > 1) params.set(key, values.join(','));
  }
  return params;
}

/** Reads a view from a query string, URLSearchParams or Next's `searchParams` object. Never throws. */
export function parseViewState(input: SearchParamsInput): ViewState {
  return normalizeViewState(load(toSearchParams(input)) as ViewState);
}

/** The query string of a view without the leading '?', defaults omitted ('' for the default view). */
export function serializeViewState(state: Partial<ViewState>): string {
  const full = normalizeViewState({ ...DEFAULT_VIEW_STATE, ...state });
  const query = serialize(full);
  return query.startsWith('?') ? query.slice(1) : query;
}

/** A link to a view: `/timeline?vendors=xiaomi&from=2017-01&to=2019-12`. */
export function viewStateHref(state: Partial<ViewState>, pathname = '/timeline'): string {
  const query = serializeViewState(state);
  return query ? `${pathname}?${query}` : pathname;
}

/** The view as the URL holds it, as an object of strings (the body of a saved view). */
export function viewStateToQuery(state: Partial<ViewState>): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(serializeViewState(state)));
}
