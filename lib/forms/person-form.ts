import { personInput } from '@/lib/domain/schemas';
import type { FieldSpec } from './compare';
import { readText, type FormSource } from './form-data';
import type { FormErrors } from './form-state';
import { check } from './validate';

export interface PersonValues {
  name: string;
  slug: string;
  role: string;
  organizationId: string;
}

export const PERSON_FIELDS: readonly FieldSpec[] = [
  { name: 'name', label: 'Name', kind: 'text' },
  { name: 'slug', label: 'Address (slug)', kind: 'text' },
  { name: 'role', label: 'Role', kind: 'text' },
  { name: 'organizationId', label: 'Organization', kind: 'ref' },
];

export function emptyPersonValues(organizationId = ''): PersonValues {
  return { name: '', slug: '', role: '', organizationId };
}

export function readPersonForm(data: FormSource): PersonValues {
  return {
    name: readText(data, 'name'),
    slug: readText(data, 'slug'),
    role: readText(data, 'role'),
    organizationId: readText(data, 'organizationId'),
  };
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');

export function personValuesFromRecord(image: Readonly<Record<string, unknown>>): PersonValues {
  return {
    name: text(image.name),
    slug: text(image.slug),
    role: text(image.role),
    organizationId: text(image.organizationId),
  };
}

export function personInputFromValues(v: PersonValues) {
  return { name: v.name, slug: v.slug, role: v.role, organizationId: v.organizationId || null };
}

export function validatePersonValues(v: PersonValues): FormErrors {
  const result = check(personInput, personInputFromValues(v));
  return result.ok ? {} : result.errors;
}
