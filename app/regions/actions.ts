'use server';

import { createRecord, updateRecord } from '@/db/write';
import type { FormState } from '@/lib/forms/form-state';
import {
  emptyRegionValues,
  REGION_FIELDS,
  readRegionForm,
  regionInputFromValues,
  regionValuesFromRecord,
  validateRegionValues,
  type RegionValues,
} from '@/lib/forms/region-form';
import { regionHref } from '@/components/regions/region-href';
import { runFormAction } from '../_forms/form-action';
import { malformedFormCall } from '@/lib/forms/action-args';

// Create and edit regions and groupings (countries, cities, "Western Europe", the EU...).

const hrefOf = (image: Record<string, unknown>) => regionHref({ slug: String(image.slug) });

export async function createRegionAction(
  previous: FormState<RegionValues>,
  data: FormData,
): Promise<FormState<RegionValues>> {
  const malformed = malformedFormCall({ previous, data }, () => emptyRegionValues());
  if (malformed) return malformed;
  return runFormAction({
    previous,
    data,
    values: readRegionForm(data),
    entity: 'region',
    formPath: '/regions/new',
    validate: validateRegionValues,
    save: async (db, actor, v) => hrefOf(await createRecord(db, 'region', regionInputFromValues(v), actor)),
  });
}

export async function updateRegionAction(
  id: string,
  slug: string,
  previous: FormState<RegionValues>,
  data: FormData,
): Promise<FormState<RegionValues>> {
  const malformed = malformedFormCall({ previous, data, ids: [id, slug] }, () => emptyRegionValues());
  if (malformed) return malformed;
  return runFormAction({
    previous,
    data,
    values: readRegionForm(data),
    entity: 'region',
    formPath: `/regions/${encodeURIComponent(slug)}/edit`,
    validate: validateRegionValues,
    save: async (db, actor, v, version) =>
      hrefOf(await updateRecord(db, 'region', id, version, regionInputFromValues(v), actor)),
    edited: { id, fields: REGION_FIELDS, toValues: (image) => regionValuesFromRecord(image) },
  });
}
