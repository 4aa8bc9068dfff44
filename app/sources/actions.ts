'use server';

import { createRecord, updateRecord } from '@/db/write';
import type { FormState } from '@/lib/forms/form-state';
import {
  emptySourceValues,
  SOURCE_FIELDS,
  readSourceForm,
  sourceInputFromValues,
  sourceValuesFromRecord,
  validateSourceValues,
  type SourceValues,
} from '@/lib/forms/source-form';
import { runFormAction } from '../_forms/form-action';
import { malformedFormCall } from '@/lib/forms/action-args';

// Create and edit sources (articles, interviews, filings) on their own; the event form also
// creates them inline.

const hrefOf = (image: Record<string, unknown>) => `/sources/${encodeURIComponent(String(image.id))}`;

export async function createSourceAction(
  previous: FormState<SourceValues>,
  data: FormData,
): Promise<FormState<SourceValues>> {
  const malformed = malformedFormCall({ previous, data }, () => emptySourceValues());
  if (malformed) return malformed;
  return runFormAction({
    previous,
    data,
    values: readSourceForm(data),
    entity: 'source',
    formPath: '/sources/new',
    validate: validateSourceValues,
    save: async (db, actor, v) => hrefOf(await createRecord(db, 'source', sourceInputFromValues(v), actor)),
  });
}

export async function updateSourceAction(
  id: string,
  previous: FormState<SourceValues>,
  data: FormData,
): Promise<FormState<SourceValues>> {
  const malformed = malformedFormCall({ previous, data, ids: [id] }, () => emptySourceValues());
  if (malformed) return malformed;
  return runFormAction({
    previous,
    data,
    values: readSourceForm(data),
    entity: 'source',
    formPath: `/sources/${encodeURIComponent(id)}/edit`,
    validate: validateSourceValues,
    save: async (db, actor, v, version) =>
      hrefOf(await updateRecord(db, 'source', id, version, sourceInputFromValues(v), actor)),
    edited: { id, fields: SOURCE_FIELDS, toValues: (image) => sourceValuesFromRecord(image) },
  });
}
