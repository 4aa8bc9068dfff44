'use server';

import { organizationSlugById } from '@/db/queries/metrics';
import { createRecord } from '@/db/write';
import type { FormState } from '@/lib/forms/form-state';
import {
  emptyMetricValues,
  describesNewSource,
  metricInputFromValues,
  newSourceInput,
  readMetricForm,
  validateMetricValues,
  type MetricValues,
} from '@/lib/forms/metric-form';
import { nestedValidationError, runFormAction } from '../_forms/form-action';
import { malformedFormCall } from '@/lib/forms/action-args';

// Add one metric value. A new source described in the form is written first, in the same
// transaction, through the write path: both are saved, or neither.

const SOURCE_FIELD: Record<string, string> = {
  url: 'sourceUrl',
  outlet: 'sourceOutlet',
  title: 'sourceTitle',
  published: 'sourcePublished',
};

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
    save: async (db, actor, v) => {
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
        return createRecord(db, 'metric', metricInputFromValues(v, sourceId), actor, { tx });
      });
      const slug = await organizationSlugById(db, String(image.vendorId));
      const measure = String(image.metric);
      return `/metrics?${new URLSearchParams({ ...(slug ? { vendor: slug } : {}), measure, saved: String(image.period) })}`;
    },
  });
}
