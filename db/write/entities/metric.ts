import { metricInput } from '@/lib/domain/schemas';
import { metrics, organizations, regions, sources } from '../../schema';
import { checkLiveIds, loadRow, meta, mergeErrors, type EntityDef } from '../entity';

type Row = typeof metrics.$inferSelect;

/** First day of a `YYYY-Qn` quarter. */
export function quarterStart(period: string): string {
  const [year, q] = period.split('-Q');
  const month = (Number(q) - 1) * 3 + 1;
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

export const metricEntity: EntityDef<typeof metricInput> = {
  type: 'metric',
  table: metrics,
  schema: metricInput,
  uniqueFields: { metrics_series_point_live: 'period' },
  toRow: (input) => ({
    vendorId: input.vendorId,
    regionId: input.regionId,
    period: input.period,
    periodStart: quarterStart(input.period),
    metric: input.metric,
    value: input.value,
    sourceId: input.sourceId,
    quote: input.quote,
  }),
  async checkReferences(tx, input) {
    return mergeErrors(
      await checkLiveIds(tx, organizations, [input.vendorId], 'vendorId', 'vendor', {
        column: organizations.kind,
        allowed: ['vendor'],
      }),
      await checkLiveIds(tx, regions, [input.regionId], 'regionId', 'region'),
      await checkLiveIds(tx, sources, [input.sourceId], 'sourceId', 'source'),
    );
  },
  async load(executor, id) {
    const row = await loadRow<Row>(executor, metrics, id);
    if (!row) return undefined;
    return {
      ...meta(row),
      vendorId: row.vendorId,
      regionId: row.regionId,
      period: row.period,
      metric: row.metric,
      value: Number(row.value),
      sourceId: row.sourceId,
      quote: row.quote,
    };
  },
};
