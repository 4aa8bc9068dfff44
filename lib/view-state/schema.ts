import { z } from 'zod';
import { EVENT_STATUSES, EVENT_TYPES } from '@/lib/domain/vocabulary';
import { GROUP_BY } from '@/lib/timeline/types';
import { isWindowBound } from '@/lib/timeline/time';
import { MAX_LIST_VALUES, normalizeViewState, VIEW_MODES, type ViewState as RulesViewState } from './rules';

// The state of a timeline view: what the URL of /timeline holds, what a saved view stores and
// what embeds and preview images draw. One schema for the API and saved views; the URL codec
// (codec.ts, also in the browser) checks each value with the same rules written as plain
// predicates in rules.ts, without zod, and rules.test.ts checks both accept the same values.

export {
  canonicalFrom,
  canonicalTo,
  DEFAULT_VIEW_STATE,
  filtersOf,
  MAX_LIST_VALUES,
  normalizeViewState,
  VIEW_MODES,
  type ViewFilters,
  type ViewMode,
} from './rules';

/** A vendor or region slug, as in the rest of the URLs ("xiaomi", "western-europe"). */
export const slugValue = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(80);

/** A window bound: YYYY, YYYY-MM or YYYY-MM-DD naming a real period in 1900-2199. */
export const windowBound = z.string().refine(isWindowBound, 'Use YYYY-MM or YYYY-MM-DD');

export const eventId = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i)
  .transform((v) => v.toLowerCase());

/** A moment: an ISO 8601 date-time with offset, or a day (midnight UTC). Normalised to UTC. */
export const moment = z
  .string()
  .refine(
    (v) =>
      (/^\d{4}-\d{2}-\d{2}$/.test(v) || z.iso.datetime({ offset: true }).safeParse(v).success) &&
      Number.isFinite(Date.parse(v.length === 10 ? `${v}T00:00:00Z` : v)),
    'Use an ISO 8601 moment, e.g. 2018-03-01T00:00:00Z',
  )
  .transform((v) => new Date(v.length === 10 ? `${v}T00:00:00Z` : v).toISOString());

/** The values of each list field, one by one. */
export const listItemSchemas = {
  vendors: slugValue,
  regions: slugValue,
  types: z.enum(EVENT_TYPES),
  statuses: z.enum(EVENT_STATUSES),
} as const;

export type ListField = keyof typeof listItemSchemas;
export const LIST_FIELDS = Object.keys(listItemSchemas) as ListField[];

const list = <T extends z.ZodType<string>>(item: T) =>
  z
    .array(item)
    .max(MAX_LIST_VALUES)
    .default([])
    .transform((values) => [...new Set(values)] as z.output<T>[]);

export const viewStateSchema = z.object({
  vendors: list(listItemSchemas.vendors),
  regions: list(listItemSchemas.regions),
  types: list(listItemSchemas.types),
  statuses: list(listItemSchemas.statuses),
  group: z.enum(GROUP_BY).default('vendor'),
  /** First period shown (inclusive); null with `to` null fits the data. */
  from: windowBound.nullable().default(null),
  /** Last period shown (inclusive). */
  to: windowBound.nullable().default(null),
  /** Selected event (detail panel open). */
  event: eventId.nullable().default(null),
  /** Show the data as recorded at this moment (ISO, UTC); null = current data. */
  asOf: moment.nullable().default(null),
  mode: z.enum(VIEW_MODES).default('timeline'),
});

export type ViewState = z.output<typeof viewStateSchema>;
export type ViewStateInput = z.input<typeof viewStateSchema>;

// The schema's output is the plain interface of rules.ts, both ways (a compile-time check).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameViewState: Same<ViewState, RulesViewState> = true;
void sameViewState;

/** Parses anything shaped like a view state (a saved view's JSON), dropping what is invalid. */
export function coerceViewState(input: unknown): ViewState {
  const raw = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const shape = viewStateSchema.shape;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    const value = raw[key];
    if (value === undefined || value === null) continue;
    if ((LIST_FIELDS as string[]).includes(key)) {
      const item = listItemSchemas[key as ListField];
      const values = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
      out[key] = values.filter((v) => item.safeParse(v).success).slice(0, MAX_LIST_VALUES);
    } else if (shape[key].safeParse(value).success) {
      out[key] = value;
    }
  }
  return normalizeViewState(viewStateSchema.parse(out));
}
