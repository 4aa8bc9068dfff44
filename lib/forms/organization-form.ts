import { ORGANIZATION_KIND_LABELS } from '@/lib/domain/labels';
import { organizationInput } from '@/lib/domain/schemas';
import { ORGANIZATION_KINDS } from '@/lib/domain/vocabulary';
import type { FieldSpec } from './compare';
import { readList, readText, type FormSource } from './form-data';
import type { FormErrors } from './form-state';
import { check, preferEmptyMessages } from './validate';

export interface OrganizationValues {
  name: string;
  slug: string;
  kind: string;
  hqCountry: string;
  website: string;
  description: string;
  regionIds: string[];
}

const KIND_WORDS = Object.fromEntries(ORGANIZATION_KINDS.map((k) => [k, ORGANIZATION_KIND_LABELS[k].one]));

export const ORGANIZATION_FIELDS: readonly FieldSpec[] = [
  { name: 'name', label: 'Name', kind: 'text' },
  { name: 'slug', label: 'Address (slug)', kind: 'text' },
  { name: 'kind', label: 'Kind', kind: 'enum', labels: KIND_WORDS },
  { name: 'hqCountry', label: 'Headquarters country', kind: 'text' },
  { name: 'website', label: 'Website', kind: 'text' },
  { name: 'description', label: 'Description', kind: 'text' },
  { name: 'regionIds', label: 'Operates in', kind: 'refs' },
];

export function emptyOrganizationValues(kind = ''): OrganizationValues {
  return { name: '', slug: '', kind, hqCountry: '', website: '', description: '', regionIds: [] };
}

export function readOrganizationForm(data: FormSource): OrganizationValues {
  return {
    name: readText(data, 'name'),
    slug: readText(data, 'slug'),
    kind: readText(data, 'kind'),
    hqCountry: readText(data, 'hqCountry'),
    website: readText(data, 'website'),
    description: readText(data, 'description'),
    regionIds: readList(data, 'regionIds'),
  };
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');
const ids = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export function organizationValuesFromRecord(image: Readonly<Record<string, unknown>>): OrganizationValues {
  return {
    name: text(image.name),
    slug: text(image.slug),
    kind: text(image.kind),
    hqCountry: text(image.hqCountry),
    website: text(image.website),
    description: text(image.description),
    regionIds: ids(image.regionIds),
  };
}

export function organizationInputFromValues(v: OrganizationValues) {
  return {
    name: v.name,
    slug: v.slug,
    kind: v.kind,
    hqCountry: v.hqCountry.trim() ? v.hqCountry.trim().toUpperCase() : null,
    website: v.website,
    description: v.description,
    regionIds: v.regionIds,
  };
}

export function validateOrganizationValues(v: OrganizationValues): FormErrors {
  const result = check(organizationInput, organizationInputFromValues(v));
  if (result.ok) return {};
  return preferEmptyMessages(result.errors, (f) => !v[f as keyof OrganizationValues], {
    kind: 'Choose what kind of organization this is',
  });
}
