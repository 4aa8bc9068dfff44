import { PRODUCT_CATEGORY_LABELS } from '@/lib/domain/labels';
import { productInput } from '@/lib/domain/schemas';
import type { FieldSpec } from './compare';
import { readText, type FormSource } from './form-data';
import type { FormErrors } from './form-state';
import { check, preferEmptyMessages } from './validate';

export interface ProductValues {
  name: string;
  slug: string;
  vendorId: string;
  category: string;
}

export const PRODUCT_FIELDS: readonly FieldSpec[] = [
  { name: 'name', label: 'Name', kind: 'text' },
  { name: 'slug', label: 'Address (slug)', kind: 'text' },
  { name: 'vendorId', label: 'Vendor', kind: 'ref' },
  { name: 'category', label: 'Category', kind: 'enum', labels: PRODUCT_CATEGORY_LABELS },
];

export function emptyProductValues(vendorId = ''): ProductValues {
  return { name: '', slug: '', vendorId, category: '' };
}

export function readProductForm(data: FormSource): ProductValues {
  return {
    name: readText(data, 'name'),
    slug: readText(data, 'slug'),
    vendorId: readText(data, 'vendorId'),
    category: readText(data, 'category'),
  };
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');

export function productValuesFromRecord(image: Readonly<Record<string, unknown>>): ProductValues {
  return {
    name: text(image.name),
    slug: text(image.slug),
    vendorId: text(image.vendorId),
    category: text(image.category),
  };
}

export function productInputFromValues(v: ProductValues) {
  return { name: v.name, slug: v.slug, vendorId: v.vendorId, category: v.category };
}

export function validateProductValues(v: ProductValues): FormErrors {
  const result = check(productInput, productInputFromValues(v));
  if (result.ok) return {};
  return preferEmptyMessages(result.errors, (f) => !v[f as keyof ProductValues], {
    vendorId: 'Choose the vendor that makes it',
    category: 'Choose a category',
  });
}
