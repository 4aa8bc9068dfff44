'use server';

import { createRecord, updateRecord } from '@/db/write';
import type { FormState } from '@/lib/forms/form-state';
import {
  emptyPersonValues,
  PERSON_FIELDS,
  personInputFromValues,
  personValuesFromRecord,
  readPersonForm,
  validatePersonValues,
  type PersonValues,
} from '@/lib/forms/person-form';
import { runFormAction } from '../_forms/form-action';
import { malformedFormCall } from '@/lib/forms/action-args';

// Create and edit people (speakers quoted by sources, executives).

const hrefOf = (image: Record<string, unknown>) => `/people/${encodeURIComponent(String(image.slug))}`;

export async function createPersonAction(
  previous: FormState<PersonValues>,
  data: FormData,
): Promise<FormState<PersonValues>> {
  const malformed = malformedFormCall({ previous, data }, () => emptyPersonValues());
  if (malformed) return malformed;
  return runFormAction({
    previous,
    data,
    values: readPersonForm(data),
    entity: 'person',
    formPath: '/people/new',
    validate: validatePersonValues,
    save: async (db, actor, v) => hrefOf(await createRecord(db, 'person', personInputFromValues(v), actor)),
  });
}

export async function updatePersonAction(
  id: string,
  slug: string,
  previous: FormState<PersonValues>,
  data: FormData,
): Promise<FormState<PersonValues>> {
  const malformed = malformedFormCall({ previous, data, ids: [id, slug] }, () => emptyPersonValues());
  if (malformed) return malformed;
  return runFormAction({
    previous,
    data,
    values: readPersonForm(data),
    entity: 'person',
    formPath: `/people/${encodeURIComponent(slug)}/edit`,
    validate: validatePersonValues,
    save: async (db, actor, v, version) =>
      hrefOf(await updateRecord(db, 'person', id, version, personInputFromValues(v), actor)),
    edited: { id, fields: PERSON_FIELDS, toValues: (image) => personValuesFromRecord(image) },
  });
}
