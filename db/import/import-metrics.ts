import 'server-only';
import { and, inArray, isNull } from 'drizzle-orm';
import type { ImportRowError } from '@/lib/import/columns';
import { decideImport } from '@/lib/import/permissions';
import type { Actor } from '@/lib/domain/permissions';
import {
  columnOfMetricField,
  metricReferencesOf,
  planMetricImport,
  type MetricImportPlan,
  type RawMetricRow,
} from '@/lib/metrics/import';
import type { Db } from '../client';
import { metrics } from '../schema';
import { AuthorizationError, createRecord, ValidationError } from '../write';
import { lookUpReferences } from './import-events';

// Bulk import of metrics: every row validated (slugs and sources resolved in bulk, points already
// recorded reported) before anything is written; then, in ONE transaction, the new sources and
// every metric go through the write path: one revision each, all or nothing.

export interface MetricImportResult {
  created: number;
  sourcesCreated: number;
  sourcesMatched: number;
  metricIds: string[];
  dryRun: boolean;
}

export type MetricImportOutcome =
  { ok: true; result: MetricImportResult } | { ok: false; errors: ImportRowError[] };

class RowWriteError extends Error {
  constructor(readonly errors: ImportRowError[]) {
    super(errors[0]?.message ?? 'Import failed');
  }
}

function rowErrors(
  error: ValidationError,
  row: number,
  columnOf: (field: string) => string,
): ImportRowError[] {
  return Object.entries(error.fieldErrors).flatMap(([field, messages]) =>
    messages.map((message) => ({ row, column: columnOf(field), message })),
  );
}

/** Points of the plan that already have a live value: one query. */
async function existingPoints(db: Db, plan: MetricImportPlan): Promise<ImportRowError[]> {
  if (plan.metrics.length === 0) return [];
  const vendorIds = [...new Set(plan.metrics.map((m) => String(m.input.vendorId)))];
  const regionIds = [...new Set(plan.metrics.map((m) => String(m.input.regionId)))];
  const rows = await db
    .select({
      vendorId: metrics.vendorId,
      regionId: metrics.regionId,
      metric: metrics.metric,
      period: metrics.period,
    })
    .from(metrics)
    .where(
      and(
        inArray(metrics.vendorId, vendorIds),
        inArray(metrics.regionId, regionIds),
        isNull(metrics.deletedAt),
      ),
    );
  const taken = new Set(rows.map((r) => `${r.vendorId}|${r.regionId}|${r.metric}|${r.period}`));
  return plan.metrics
    .filter((m) => taken.has(`${m.input.vendorId}|${m.input.regionId}|${m.input.metric}|${m.input.period}`))
    .map((m) => ({
      row: m.row,
      column: 'period',
      message: `A ${String(m.input.metric)} value for ${String(m.input.period)} of this vendor in this region is already recorded; edit that one instead.`,
    }));
}

export async function importMetrics(
  db: Db,
  actor: Actor,
  rows: readonly RawMetricRow[],
  options: { dryRun?: boolean } = {},
): Promise<MetricImportOutcome> {
  const decision = decideImport(actor);
  if (!decision.allowed) throw new AuthorizationError(decision.reason, decision.message);
  // The events import's bulk lookup serves here: vendors, regions and sources by slug / URL.
  const refs = await lookUpReferences(db, metricReferencesOf(rows));
  const planned = planMetricImport(rows, refs);
  if (!planned.ok) return planned;
  const { plan } = planned;
  const taken = await existingPoints(db, plan);
  if (taken.length) return { ok: false, errors: taken };
  if (options.dryRun) {
    return {
      ok: true,
      result: {
        created: 0,
        metricIds: [],
        dryRun: true,
        sourcesCreated: plan.newSources.length,
        sourcesMatched: plan.sourcesMatched,
      },
    };
  }
  try {
    const metricIds = await db.transaction(async (tx) => {
      for (const source of plan.newSources) {
        try {
          await createRecord(db, 'source', source.input, actor, { tx, id: source.id });
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          throw new RowWriteError(rowErrors(error, source.row, (field) => `source_${field}`));
        }
      }
      const ids: string[] = [];
      for (const metric of plan.metrics) {
        try {
          ids.push((await createRecord(db, 'metric', metric.input, actor, { tx })).id);
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          throw new RowWriteError(rowErrors(error, metric.row, columnOfMetricField));
        }
      }
      return ids;
    });
    return {
      ok: true,
      result: {
        created: metricIds.length,
        metricIds,
        dryRun: false,
        sourcesCreated: plan.newSources.length,
        sourcesMatched: plan.sourcesMatched,
      },
    };
  } catch (error) {
    if (error instanceof RowWriteError) return { ok: false, errors: error.errors };
    throw error;
  }
}
