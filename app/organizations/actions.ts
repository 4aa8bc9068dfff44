'use server';

import { createRecord, updateRecord } from '@/db/write';
import type { OrganizationKind } from '@/lib/domain/vocabulary';
import type { FormState } from '@/lib/forms/form-state';
import {
  emptyOrganizationValues,
  ORGANIZATION_FIELDS,
  organizationInputFromValues,
  organizationValuesFromRecord,
  readOrganizationForm,
  validateOrganizationValues,
  type OrganizationValues,
} from '@/lib/forms/organization-form';
import { organizationHref } from '@/components/organizations/organization-href';
import { runFormAction } from '../_forms/form-action';
import { malformedFormCall } from '@/lib/forms/action-args';

// Create and edit vendors, carriers, retailers, agencies and other organizations.

const hrefOf = (image: Record<string, unknown>) =>
  organizationHref({ slug: String(image.slug), kind: image.kind as OrganizationKind });

export async function createOrganizationAction(
  previous: FormState<OrganizationValues>,
  data: FormData,
): Promise<FormState<OrganizationValues>> {
  const malformed = malformedFormCall({ previous, data }, () => emptyOrganizationValues());
  if (malformed) return malformed;
  const values = readOrganizationForm(data);
  return runFormAction({
    previous,
    data,
    values,
    entity: 'organization',
    formPath: `/organizations/new${values.kind ? `?kind=${encodeURIComponent(values.kind)}` : ''}`,
    validate: validateOrganizationValues,
    save: async (db, actor, v) =>
      hrefOf(await createRecord(db, 'organization', organizationInputFromValues(v), actor)),
  });
}

export async function updateOrganizationAction(
  id: string,
  slug: string,
  previous: FormState<OrganizationValues>,
  data: FormData,
): Promise<FormState<OrganizationValues>> {
  const malformed = malformedFormCall({ previous, data, ids: [id, slug] }, () => emptyOrganizationValues());
  if (malformed) return malformed;
  return runFormAction({
    previous,
    data,
    values: readOrganizationForm(data),
    entity: 'organization',
    formPath: `/organizations/${encodeURIComponent(slug)}/edit`,
    validate: validateOrganizationValues,
    save: async (db, actor, v, version) =>
      hrefOf(await updateRecord(db, 'organization', id, version, organizationInputFromValues(v), actor)),
    edited: { id, fields: ORGANIZATION_FIELDS, toValues: (image) => organizationValuesFromRecord(image) },
  });
}
