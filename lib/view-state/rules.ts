import { EVENT_STATUSES, EVENT_TYPES, type EventStatus, type EventType } from '@/lib/domain/vocabulary';
import { GROUP_BY, type GroupBy } from '@/lib/timeline/types';
import { boundEnd, boundStart, boundsFromWindow, DAY_MS, isWindowBound } from '@/lib/timeline/time';

// The rules of a timeline view's state as plain predicates, without zod: the URL codec
// (codec.ts) runs in the browser bundle of /timeline, /v/… and the embeds, which stay about
// 26 KB (gzipped) smaller without zod. schema.ts holds the zod schemas of the same rules (the
// API and saved views validate with them); rules.test.ts checks both accept the same values.

export const VIEW_MODES = ['timeline', 'list'] as const;
export type ViewMode = (typeof VIEW_MODES)[number];

export const MAX_LIST_VALUES = 50;

/** A vendor or region slug, as in the rest of the URLs ("xiaomi", "western-europe"). */
export const isSlugValue = (v: string): boolean => v.length <= 80 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v);

export { isWindowBound };

const EVENT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An event id (a UUID, any case); see eventIdOf for its spelling in a view. */
export const isEventId = (v: string): boolean => EVENT_ID.test(v);
export const eventIdOf = (v: string): string => v.toLowerCase();

// zod 4's `z.iso.datetime({ offset: true })`: a real calendar day, 'T', hh:mm:ss with optional
// fraction, then 'Z' or ±hh:mm (zod/v4/core/regexes.js, `datetime`).
const DAY_SOURCE =
  '(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))';
const ISO_DATETIME = new RegExp(
  `^${DAY_SOURCE}T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$`,
);

/** A moment: an ISO 8601 date-time with offset, or a day (midnight UTC). */
export function isMoment(v: string): boolean {
  return (
    (/^\d{4}-\d{2}-\d{2}$/.test(v) || ISO_DATETIME.test(v)) &&
    Number.isFinite(Date.parse(v.length === 10 ? `${v}T00:00:00Z` : v))
  );
}

/** A valid moment normalised to a full ISO string in UTC. */
export function momentOf(v: string): string {
  return new Date(v.length === 10 ? `${v}T00:00:00Z` : v).toISOString();
}

export const isEventType = (v: string): v is EventType => (EVENT_TYPES as readonly string[]).includes(v);
export const isEventStatus = (v: string): v is EventStatus =>
  (EVENT_STATUSES as readonly string[]).includes(v);

/** The rule of each list field's values, one by one. */
export const LIST_ITEM_RULES = {
  vendors: isSlugValue,
  regions: isSlugValue,
  types: isEventType,
  statuses: isEventStatus,
} as const;

export type ListField = keyof typeof LIST_ITEM_RULES;
export const LIST_FIELDS = Object.keys(LIST_ITEM_RULES) as ListField[];

/** The state of a timeline view (schema.ts's `viewStateSchema` output; the two are checked equal). */
export interface ViewState {
  vendors: string[];
  regions: string[];
  types: EventType[];
  statuses: EventStatus[];
  group: GroupBy;
  /** First period shown (inclusive); null with `to` null fits the data. */
  from: string | null;
  /** Last period shown (inclusive). */
  to: string | null;
  /** Selected event (detail panel open). */
  event: string | null;
  /** Show the data as recorded at this moment (ISO, UTC); null = current data. */
  asOf: string | null;
  mode: ViewMode;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  vendors: [],
  regions: [],
  types: [],
  statuses: [],
  group: 'vendor',
  from: null,
  to: null,
  event: null,
  asOf: null,
  mode: 'timeline',
};

export { GROUP_BY };

/** The filter part of a view: what decides which events are loaded. */
export type ViewFilters = Pick<ViewState, 'vendors' | 'regions' | 'types' | 'statuses'>;

export function filtersOf(state: ViewFilters): ViewFilters {
  return { vendors: state.vendors, regions: state.regions, types: state.types, statuses: state.statuses };
}

/** `from` in its shortest spelling: '2017-01-01' → '2017-01', '2017' → '2017-01'. */
export function canonicalFrom(value: string): string {
  const start = boundStart(value);
  return boundsFromWindow({ start, end: start + DAY_MS }).from;
}

/** `to` in its shortest spelling: '2019-12-31' → '2019-12', '2019' → '2019-12'. */
export function canonicalTo(value: string): string {
  const end = boundEnd(value);
  return boundsFromWindow({ start: end - DAY_MS, end }).to;
}

/**
 * Cross-field rules the per-value parsers cannot see: a window whose `from` is after its `to`
 * is dropped (both ends), bounds are spelled canonically. Everything else is kept.
 */
export function normalizeViewState(state: ViewState): ViewState {
  let from = state.from ? canonicalFrom(state.from) : null;
  let to = state.to ? canonicalTo(state.to) : null;
  if (from && to && boundEnd(to) <= boundStart(from)) {
    from = null;
    to = null;
  }
  return { ...state, from, to };
}
