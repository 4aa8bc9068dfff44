import { REGION_KIND_LABELS } from '@/lib/domain/labels';
import { regionInput } from '@/lib/domain/schemas';
import type { FieldSpec } from './compare';
import { readList, readText, type FormSource } from './form-data';
import type { FormErrors } from './form-state';
import { check, preferEmptyMessages } from './validate';

export interface RegionValues {
  name: string;
  slug: string;
  kind: string;
  isoCode: string;
  isoNumeric: string;
  note: string;
  parentIds: string[];
}

export const REGION_FIELDS: readonly FieldSpec[] = [
  { name: 'name', label: 'Name', kind: 'text' },
  { name: 'slug', label: 'Address (slug)', kind: 'text' },
  { name: 'kind', label: 'Kind', kind: 'enum', labels: REGION_KIND_LABELS },
  { name: 'parentIds', label: 'Part of', kind: 'refs' },
  { name: 'isoCode', label: 'ISO 3166 code', kind: 'text' },
  { name: 'isoNumeric', label: 'ISO 3166-1 numeric', kind: 'text' },
  { name: 'note', label: 'Note', kind: 'text' },
];

export function emptyRegionValues(): RegionValues {
  return { name: '', slug: '', kind: '', isoCode: '', isoNumeric: '', note: '', parentIds: [] };
}

export function readRegionForm(data: FormSource): RegionValues {
  return {
    name: readText(data, 'name'),
    slug: readText(data, 'slug'),
    kind: readText(data, 'kind'),
    isoCode: readText(data, 'isoCode'),
    isoNumeric: readText(data, 'isoNumeric'),
    note: readText(data, 'note'),
    parentIds: readList(data, 'parentIds'),
  };
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');
const ids = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export function regionValuesFromRecord(image: Readonly<Record<string, unknown>>): RegionValues {
  return {
    name: text(image.name),
    slug: text(image.slug),
    kind: text(image.kind),
    isoCode: text(image.isoCode),
    isoNumeric: text(image.isoNumeric),
    note: text(image.note),
    parentIds: ids(image.parentIds),
  };
}

export function regionInputFromValues(v: RegionValues) {
  return {
    name: v.name,
    slug: v.slug,
    kind: v.kind,
    isoCode: v.isoCode.trim() ? v.isoCode.trim().toUpperCase() : null,
    isoNumeric: v.isoNumeric.trim() ? v.isoNumeric.trim() : null,
    note: v.note,
    parentIds: v.parentIds,
  };
}

export function validateRegionValues(v: RegionValues): FormErrors {
  const result = check(regionInput, regionInputFromValues(v));
  if (result.ok) return {};
  return preferEmptyMessages(result.errors, (f) => !v[f as keyof RegionValues], {
    kind: 'Choose what kind of region this is',
  });
}
