'use server';

import { organizationSlugById } from '@/db/queries/metrics';
import type { Db } from '@/db/client';
import { createRecord, updateRecord } from '@/db/write';
import type { Actor } from '@/lib/domain/permissions';
import type { FormState } from '@/lib/forms/form-state';
import {
  emptyMetricValues,
  METRIC_FIELDS,
  metricValuesFromRecord,
  describesNewSource,
  metricInputFromValues,
  newSourceInput,
  readMetricForm,
  validateMetricValues,
  type MetricValues,
} from '@/lib/forms/metric-form';
import { nestedValidationError, runFormAction } from '../_forms/form-action';
import { malformedFormCall } from '@/lib/forms/action-args';

// Add or correct one metric value. A new source described in the form is written first, in the same
// transaction, through the write path: both are saved, or neither.

const SOURCE_FIELD: Record<string, string> = {
  url: 'sourceUrl',
  outlet: 'sourceOutlet',
  title: 'sourceTitle',
  published: 'sourcePublished',
};

/** Saves the values (a new source first, in the same transaction); where to go next: the figure's chart. */
async function saveMetric(
  db: Db,
  actor: Actor,
  v: MetricValues,
  existing?: { id: string; version: number },
): Promise<string> {
  const image = await db.transaction(async (tx) => {
    let sourceId = v.sourceId;
    if (describesNewSource(v)) {
      try {
        sourceId = (await createRecord(db, 'source', newSourceInput(v), actor, { tx })).id;
      } catch (error) {
        const nested = nestedValidationError(error, '');
        if (nested instanceof Error && 'fieldErrors' in nested) {
          const fieldErrors = (nested as { fieldErrors: Record<string, string[]> }).fieldErrors;
          for (const key of Object.keys(fieldErrors)) {
            if (SOURCE_FIELD[key]) {
              fieldErrors[SOURCE_FIELD[key]] = fieldErrors[key]!;
              delete fieldErrors[key];
            }
          }
        }
        throw nested;
      }
    }
    const input = metricInputFromValues(v, sourceId);
    return existing
      ? updateRecord(db, 'metric', existing.id, existing.version, input, actor, { tx })
      : createRecord(db, 'metric', input, actor, { tx });
  });
  const slug = await organizationSlugById(db, String(image.vendorId));
  const measure = String(image.metric);
  return `/metrics?${new URLSearchParams({ ...(slug ? { vendor: slug } : {}), measure, saved: String(image.period) })}`;
}

export async function createMetricAction(
  previous: FormState<MetricValues>,
  data: FormData,
): Promise<FormState<MetricValues>> {
  const malformed = malformedFormCall({ previous, data }, () => emptyMetricValues());
  if (malformed) return malformed;
  return runFormAction({
    previous,
    data,
    values: readMetricForm(data),
    entity: 'metric',
    formPath: '/metrics/new',
    validate: validateMetricValues,
    save: (db, actor, v) => saveMetric(db, actor, v),
  });
}

/** Corrects one metric value (contributors and up); a stale version shows the conflict. */
export async function updateMetricAction(
  id: string,
  previous: FormState<MetricValues>,
  data: FormData,
): Promise<FormState<MetricValues>> {
  const malformed = malformedFormCall({ previous, data, ids: [id] }, () => emptyMetricValues());
  if (malformed) return malformed;
  return runFormAction({
    previous,
    data,
    values: readMetricForm(data),
    entity: 'metric',
    formPath: `/metrics/${encodeURIComponent(id)}/edit`,
    validate: validateMetricValues,
    save: (db, actor, v, version) => saveMetric(db, actor, v, { id, version }),
    edited: { id, fields: METRIC_FIELDS, toValues: (image) => metricValuesFromRecord(image) },
  });
}
