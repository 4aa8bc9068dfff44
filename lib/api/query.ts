import { z } from 'zod';
import { parseEventFilters, type EventFilters } from '@/lib/domain/event-filters';
import { ORGANIZATION_KINDS } from '@/lib/domain/vocabulary';
import { invalidParameter } from './errors';

// Query-string parsing for the API. Like the events filters, every endpoint refuses parameters
// it does not know, by name: a misspelt filter silently ignored would return the wrong data.

export const organizationListQuery = z.object({
  kind: z
    .enum(ORGANIZATION_KINDS, { message: `kind must be one of: ${ORGANIZATION_KINDS.join(', ')}` })
    .optional(),
});

/** Endpoints without query parameters still refuse unknown ones. */
export const noQuery = z.object({});

/**
 * Parses single-valued query parameters with `schema`; throws an `invalid_parameter` ApiError
 * naming the first bad, unknown or repeated parameter. Empty values count as absent.
 */
export function parseQuery<S extends z.ZodObject>(params: URLSearchParams, schema: S): z.infer<S> {
  const known = new Set(Object.keys(schema.shape));
  const raw: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    if (!known.has(key)) throw invalidParameter(key, `Unknown parameter "${key}"`);
    const values = params.getAll(key);
    if (values.length > 1) throw invalidParameter(key, `"${key}" may be given once`);
    if (values[0]) raw[key] = values[0];
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw invalidParameter(String(issue?.path[0] ?? 'query'), issue?.message ?? 'Invalid query');
}

/** The events filters (lib/domain/event-filters), failures as `invalid_parameter`. */
export function parseEventQuery(params: URLSearchParams): EventFilters {
  const parsed = parseEventFilters(params);
  if (!parsed.ok) throw invalidParameter(parsed.parameter, parsed.message);
  return parsed.filters;
}
