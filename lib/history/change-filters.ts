import { z } from 'zod';
import { isoDay } from '@/lib/domain/fields';
import { ENTITY_TYPES, REVISION_ACTIONS, type EntityType } from '@/lib/domain/vocabulary';

// Filters of the /changes feed, all in the URL: ?type=event&action=revert&actor=…&from=…&to=…
// plus a keyset cursor (the last revision id seen). Unknown parameters are refused by name.

/** Entity types in URLs use hyphens (event-link); the vocabulary uses underscores. */
export function entityTypeSlug(type: EntityType): string {
  return type.replace(/_/g, '-');
}

export function entityTypeFromSlug(slug: string): EntityType | undefined {
  const type = slug.replace(/-/g, '_');
  return (ENTITY_TYPES as readonly string[]).includes(type) ? (type as EntityType) : undefined;
}

export const CHANGES_PAGE_SIZE = 50;

export const changeFiltersSchema = z
  .object({
    type: z
      .string()
      .transform((v, ctx) => {
        const type = entityTypeFromSlug(v);
        if (!type) {
          ctx.addIssue({
            code: 'custom',
            message: `Use one of: ${ENTITY_TYPES.map(entityTypeSlug).join(', ')}`,
          });
          return z.NEVER;
        }
        return type;
      })
      .optional(),
    action: z.enum(REVISION_ACTIONS, { message: `Use one of: ${REVISION_ACTIONS.join(', ')}` }).optional(),
    /** A user id, or the label of a system writer ("seed", "import"). */
    actor: z.string().trim().min(1).max(200).optional(),
    from: isoDay.optional(),
    to: isoDay.optional(),
    cursor: z
      .string()
      .regex(/^[1-9]\d{0,15}$/, 'cursor must be a value from a "next page" link')
      .transform(Number)
      .optional(),
    limit: z.coerce
      .number({ message: 'limit must be a whole number from 1 to 200' })
      .int('limit must be a whole number from 1 to 200')
      .min(1, 'limit must be a whole number from 1 to 200')
      .max(200, 'limit must be a whole number from 1 to 200')
      .default(CHANGES_PAGE_SIZE),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    message: 'from must not be after to',
    path: ['from'],
  });

export type ChangeFilters = z.infer<typeof changeFiltersSchema>;

export type ChangeFiltersResult =
  { ok: true; filters: ChangeFilters } | { ok: false; parameter: string; message: string };

const KNOWN = new Set(Object.keys(changeFiltersSchema.shape));

export function parseChangeFilters(params: URLSearchParams): ChangeFiltersResult {
  const raw: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    if (!KNOWN.has(key)) return { ok: false, parameter: key, message: `Unknown parameter "${key}"` };
    const values = params.getAll(key);
    if (values.length > 1) return { ok: false, parameter: key, message: `"${key}" may be given once` };
    if (values[0]) raw[key] = values[0];
  }
  const result = changeFiltersSchema.safeParse(raw);
  if (result.success) return { ok: true, filters: result.data };
  const issue = result.error.issues[0]!;
  return { ok: false, parameter: String(issue.path[0] ?? 'query'), message: issue.message };
}

/** The feed's URL for these filters (cursor and limit included when set). */
export function changesHref(
  filters: Partial<
    Record<'type' | 'action' | 'actor' | 'from' | 'to' | 'cursor' | 'limit', string | number | undefined>
  >,
): string {
  const params = new URLSearchParams();
  for (const key of ['type', 'action', 'actor', 'from', 'to', 'limit', 'cursor'] as const) {
    const value = filters[key];
    if (value === undefined || value === '') continue;
    params.set(key, key === 'type' ? entityTypeSlug(String(value) as EntityType) : String(value));
  }
  const query = params.toString();
  return query ? `/changes?${query}` : '/changes';
}

export function historyHref(type: EntityType, id: string): string {
  return `/changes/${entityTypeSlug(type)}/${encodeURIComponent(id)}`;
}
