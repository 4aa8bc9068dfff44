import { z } from 'zod';
import { METRIC_KINDS } from '@/lib/domain/vocabulary';
import { isQuarter, normalizeQuarter, quarterStartDay } from './periods';

// Query of GET /api/v1/metrics and of the /metrics page: one vendor and/or one region, a measure,
// and a range of quarters (`from`/`to` as 2018-Q1 or as days, YYYY-MM-DD).

const slug = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]{1,80}$/, 'Use a slug such as "xiaomi" or "india"');

const bound = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const quarter = normalizeQuarter(value);
    if (isQuarter(quarter)) return quarterStartDay(quarter);
    if (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))) return value;
    ctx.addIssue({ code: 'custom', message: 'Use a quarter (2018-Q1) or a day (2018-01-01)' });
    return z.NEVER;
  });

export const metricQuerySchema = z
  .object({
    vendor: slug.optional(),
    region: slug.optional(),
    measure: z
      .enum(METRIC_KINDS, { message: `measure must be one of: ${METRIC_KINDS.join(', ')}` })
      .optional(),
    from: bound.optional(),
    to: bound.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: 'from must not be after to',
    path: ['from'],
  });

export type MetricQuery = z.infer<typeof metricQuerySchema>;

export const MEASURE_LABELS: Record<
  (typeof METRIC_KINDS)[number],
  { name: string; unit: string; short: string }
> = {
  market_share_pct: { name: 'Market share', unit: '%', short: 'share' },
  shipments_units: { name: 'Shipments', unit: 'units', short: 'shipments' },
};

/** A value as people read it: "12.5 %" or "1,200,000 units". */
export function formatMetricValue(measure: (typeof METRIC_KINDS)[number], value: number): string {
  if (measure === 'market_share_pct') return `${value.toLocaleString('en', { maximumFractionDigits: 2 })} %`;
  return `${value.toLocaleString('en', { maximumFractionDigits: 0 })} units`;
}
