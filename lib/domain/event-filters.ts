import { z } from 'zod';
import { isoDay } from './fields';
import { EVENT_STATUSES, EVENT_TYPES } from './vocabulary';

// Filters of the events listing, shared by the API's query string, the /events page and (later)
// the timeline URL. Lists are comma-separated or repeated parameters.

const slugList = z
  .array(
    z
      .string()
      .trim()
      .regex(/^[a-z0-9-]{1,80}$/, 'Use slugs such as "xiaomi" or "western-europe"'),
  )
  .max(50, 'At most 50 values');

const enumList = <T extends readonly [string, ...string[]]>(values: T) =>
  z.array(z.enum(values, { message: `Use one or more of: ${values.join(', ')}` })).max(50);

const day = isoDay;

export const eventFiltersSchema = z
  .object({
    vendor: slugList.optional(),
    region: slugList.optional(),
    type: enumList(EVENT_TYPES).optional(),
    status: enumList(EVENT_STATUSES).optional(),
    from: day.optional(),
    to: day.optional(),
    q: z.string().trim().min(1).max(200, 'A search has at most 200 characters').optional(),
    limit: z.coerce
      .number({ message: 'limit must be a whole number from 1 to 200' })
      .int('limit must be a whole number from 1 to 200')
      .min(1, 'limit must be a whole number from 1 to 200')
      .max(200, 'limit must be a whole number from 1 to 200')
      .default(50),
    cursor: z
      .string()
      .max(300)
      .regex(/^[A-Za-z0-9_-]+$/, 'cursor must be a value returned as nextCursor')
      .optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    message: 'from must not be after to',
    path: ['from'],
  });

export type EventFilters = z.infer<typeof eventFiltersSchema>;

const LIST_KEYS = ['vendor', 'region', 'type', 'status'] as const;
const KNOWN_KEYS = new Set(['vendor', 'region', 'type', 'status', 'from', 'to', 'q', 'limit', 'cursor']);

export type FilterParseResult =
  { ok: true; filters: EventFilters } | { ok: false; parameter: string; message: string };

/** Reads filters from URLSearchParams; unknown parameters are refused by name. */
export function parseEventFilters(params: URLSearchParams): FilterParseResult {
  const raw: Record<string, unknown> = {};
  for (const key of new Set(params.keys())) {
    if (!KNOWN_KEYS.has(key)) return { ok: false, parameter: key, message: `Unknown parameter "${key}"` };
    const values = params.getAll(key);
    if ((LIST_KEYS as readonly string[]).includes(key)) {
      raw[key] = values
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter(Boolean);
    } else {
      if (values.length > 1) return { ok: false, parameter: key, message: `"${key}" may be given once` };
      if (values[0] !== '') raw[key] = values[0];
    }
  }
  const result = eventFiltersSchema.safeParse(raw);
  if (result.success) return { ok: true, filters: result.data };
  const issue = result.error.issues[0]!;
  return { ok: false, parameter: String(issue.path[0] ?? 'query'), message: issue.message };
}

/** Opaque keyset cursor over the stable order (date_lo, date_hi, id). */
// The cursor holds only ASCII (dates and a UUID), so btoa/atob suffice in Node and browsers.
export function encodeCursor(key: { lo: string; hi: string; id: string }): string {
  return btoa(JSON.stringify([key.lo, key.hi, key.id]))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

export function decodeCursor(cursor: string): { lo: string; hi: string; id: string } | null {
  try {
    const value = JSON.parse(atob(cursor.replace(/-/g, '+').replace(/_/g, '/'))) as unknown;
    if (!Array.isArray(value) || value.length !== 3) return null;
    const [lo, hi, id] = value as unknown[];
    if (
      typeof lo === 'string' &&
      typeof hi === 'string' &&
      typeof id === 'string' &&
      /^\d{4}-\d{2}-\d{2}$/.test(lo) &&
      /^\d{4}-\d{2}-\d{2}$/.test(hi) &&
      /^[0-9a-f-]{36}$/.test(id)
    ) {
      return { lo, hi, id };
    }
  } catch {
    // fall through
  }
  return null;
}
