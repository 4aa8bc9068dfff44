import { formatFuzzyDate } from '@/lib/dates';
import { sourceInput } from '@/lib/domain/schemas';
import type { FieldSpec } from './compare';
import { readText, type FormSource } from './form-data';
import type { FormErrors } from './form-state';
import { check, preferDateMessage } from './validate';

export interface SourceValues {
  url: string;
  outlet: string;
  title: string;
  /** As typed: "7 November 2017", "around March 2018". */
  published: string;
  /** YYYY-MM-DD. */
  retrievedOn: string;
  author: string;
  note: string;
}

export const SOURCE_FIELDS: readonly FieldSpec[] = [
  { name: 'outlet', label: 'Outlet', kind: 'text' },
  { name: 'author', label: 'Author', kind: 'text' },
  { name: 'title', label: 'Title', kind: 'text' },
  { name: 'url', label: 'Web address', kind: 'text' },
  { name: 'published', label: 'Published', kind: 'date' },
  { name: 'retrievedOn', label: 'Retrieved on', kind: 'text' },
  { name: 'note', label: 'Note', kind: 'text' },
];

export function emptySourceValues(): SourceValues {
  return { url: '', outlet: '', title: '', published: '', retrievedOn: '', author: '', note: '' };
}

export function readSourceForm(data: FormSource): SourceValues {
  return {
    url: readText(data, 'url'),
    outlet: readText(data, 'outlet'),
    title: readText(data, 'title'),
    published: readText(data, 'published'),
    retrievedOn: readText(data, 'retrievedOn'),
    author: readText(data, 'author'),
    note: readText(data, 'note'),
  };
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');

export function sourceValuesFromRecord(image: Readonly<Record<string, unknown>>): SourceValues {
  const published = text(image.published);
  return {
    url: text(image.url),
    outlet: text(image.outlet),
    title: text(image.title),
    published: published ? formatFuzzyDate(published) : '',
    retrievedOn: text(image.retrievedOn),
    author: text(image.author),
    note: text(image.note),
  };
}

export function sourceInputFromValues(v: SourceValues) {
  return {
    url: v.url,
    outlet: v.outlet,
    title: v.title,
    published: v.published,
    retrievedOn: v.retrievedOn.trim() ? v.retrievedOn.trim() : null,
    author: v.author,
    note: v.note,
  };
}

export function validateSourceValues(v: SourceValues): FormErrors {
  const result = check(sourceInput, sourceInputFromValues(v));
  return result.ok ? {} : preferDateMessage(result.errors, 'published', v.published);
}
