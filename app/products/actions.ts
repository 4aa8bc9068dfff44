'use server';

import { createRecord, updateRecord } from '@/db/write';
import type { FormState } from '@/lib/forms/form-state';
import {
  emptyProductValues,
  PRODUCT_FIELDS,
  productInputFromValues,
  productValuesFromRecord,
  readProductForm,
  validateProductValues,
  type ProductValues,
} from '@/lib/forms/product-form';
import { runFormAction } from '../_forms/form-action';
import { malformedFormCall } from '@/lib/forms/action-args';

// Create and edit products (phones, TVs, set-top boxes...).

const hrefOf = (image: Record<string, unknown>) => `/products/${encodeURIComponent(String(image.slug))}`;

export async function createProductAction(
  previous: FormState<ProductValues>,
  data: FormData,
): Promise<FormState<ProductValues>> {
  const malformed = malformedFormCall({ previous, data }, () => emptyProductValues());
  if (malformed) return malformed;
  return runFormAction({
    previous,
    data,
    values: readProductForm(data),
    entity: 'product',
    formPath: '/products/new',
    validate: validateProductValues,
    save: async (db, actor, v) => hrefOf(await createRecord(db, 'product', productInputFromValues(v), actor)),
  });
}

export async function updateProductAction(
  id: string,
  slug: string,
  previous: FormState<ProductValues>,
  data: FormData,
): Promise<FormState<ProductValues>> {
  const malformed = malformedFormCall({ previous, data, ids: [id, slug] }, () => emptyProductValues());
  if (malformed) return malformed;
  return runFormAction({
    previous,
    data,
    values: readProductForm(data),
    entity: 'product',
    formPath: `/products/${encodeURIComponent(slug)}/edit`,
    validate: validateProductValues,
    save: async (db, actor, v, version) =>
      hrefOf(await updateRecord(db, 'product', id, version, productInputFromValues(v), actor)),
    edited: { id, fields: PRODUCT_FIELDS, toValues: (image) => productValuesFromRecord(image) },
  });
}
