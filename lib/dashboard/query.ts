import { z } from 'zod';
import { isoDay } from '@/lib/domain/fields';
import { EVENT_STATUSES, EVENT_TYPES } from '@/lib/domain/vocabulary';
import { DASHBOARD_PANELS, type DashboardFilters, type DashboardPanel } from './types';

// The query string of GET /api/v1/dashboard (server side: zod stays out of the browser bundle).

const slug = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use slugs such as "xiaomi" or "western-europe"')
  .max(80);

const dashboardQuerySchema = z
  .object({
    vendor: z.array(slug).max(50, 'At most 50 values').default([]),
    region: z.array(slug).max(50, 'At most 50 values').default([]),
    type: z
      .array(z.enum(EVENT_TYPES, { message: `Use one or more of: ${EVENT_TYPES.join(', ')}` }))
      .max(50)
      .default([]),
    status: z
      .array(z.enum(EVENT_STATUSES, { message: `Use one or more of: ${EVENT_STATUSES.join(', ')}` }))
      .max(50)
      .default([]),
    from: isoDay.nullable().default(null),
    to: isoDay.nullable().default(null),
    panels: z
      .array(z.enum(DASHBOARD_PANELS, { message: `Use one or more of: ${DASHBOARD_PANELS.join(', ')}` }))
      .default([...DASHBOARD_PANELS]),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    message: 'from must not be after to',
    path: ['from'],
  });

export type DashboardQuery = DashboardFilters & { panels: DashboardPanel[] };

const LIST_KEYS = new Set(['vendor', 'region', 'type', 'status', 'panels']);

export type DashboardQueryResult =
  { ok: true; query: DashboardQuery } | { ok: false; parameter: string; message: string };

/** Reads the dashboard's query string; unknown parameters and invalid values are refused by name. */
export function parseDashboardQuery(params: URLSearchParams): DashboardQueryResult {
  const raw: Record<string, unknown> = {};
  for (const key of new Set(params.keys())) {
    if (!LIST_KEYS.has(key) && key !== 'from' && key !== 'to') {
      return { ok: false, parameter: key, message: `Unknown parameter "${key}"` };
    }
    const values = params.getAll(key);
    if (LIST_KEYS.has(key)) {
      const items = values
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter(Boolean);
      if (items.length) raw[key] = [...new Set(items)];
    } else {
      if (values.length > 1) return { ok: false, parameter: key, message: `"${key}" may be given once` };
      if (values[0] !== '') raw[key] = values[0];
    }
  }
  const result = dashboardQuerySchema.safeParse(raw);
  if (result.success) return { ok: true, query: result.data };
  const issue = result.error.issues[0]!;
  return { ok: false, parameter: String(issue.path[0] ?? 'query'), message: issue.message };
}
