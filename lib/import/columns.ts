import { CITATION_STANCES, EVENT_STATUSES, EVENT_TYPES } from '@/lib/domain/vocabulary';

// The columns of an import file (CSV header, or the keys of each JSON item). One row is one
// event with at most one source (CSV); a JSON item may instead list several under `sources`.

export const IMPORT_COLUMNS = [
  { name: 'title', required: true, description: 'The event’s title.' },
  { name: 'summary', required: false, description: 'A sentence or two.' },
  { name: 'type', required: true, description: `One of ${EVENT_TYPES.join(', ')}.` },
  { name: 'status', required: true, description: `One of ${EVENT_STATUSES.join(', ')}.` },
  { name: 'vendor', required: false, description: 'The vendor’s slug, e.g. xiaomi.' },
  { name: 'region', required: false, description: 'The region’s slug, e.g. united-states.' },
  {
    name: 'date',
    required: true,
    description: 'Natural text ("November 2018", "Q4 2018", "late 2018") or EDTF ("2018-11").',
  },
  {
    name: 'counterparties',
    required: false,
    description: 'Organization slugs separated by ";", e.g. att;walmart.',
  },
  {
    name: 'source_url',
    required: false,
    description: 'http(s) link; an existing source with this URL is reused.',
  },
  {
    name: 'source_outlet',
    required: false,
    description: 'The outlet, e.g. The Verge (needed for a new source).',
  },
  { name: 'source_title', required: false, description: 'The article’s title (needed for a new source).' },
  {
    name: 'source_published',
    required: false,
    description: 'When the source was published (natural text or EDTF).',
  },
  { name: 'quote', required: false, description: 'The passage of the source that supports the event.' },
  { name: 'speaker', required: false, description: 'Who said the quote: a person’s slug, e.g. lei-jun.' },
  { name: 'stance', required: false, description: `${CITATION_STANCES.join(' or ')} (default supports).` },
] as const;

export type ImportColumn = (typeof IMPORT_COLUMNS)[number]['name'];

export const IMPORT_COLUMN_NAMES: readonly ImportColumn[] = IMPORT_COLUMNS.map((c) => c.name);
export const REQUIRED_IMPORT_COLUMNS: readonly ImportColumn[] = IMPORT_COLUMNS.filter((c) => c.required).map(
  (c) => c.name,
);

/** The source columns, and the keys of a JSON item's `sources[]` entries they correspond to. */
export const SOURCE_FIELDS = {
  source_url: 'url',
  source_outlet: 'outlet',
  source_title: 'title',
  source_published: 'published',
  quote: 'quote',
  speaker: 'speaker',
  stance: 'stance',
} as const;

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 10_000;

/** One problem of one row: `row` is 1-based (CSV: the header is row 1; JSON: the n-th item is row n). */
export interface ImportRowError {
  row: number;
  column: string;
  message: string;
}

export type ImportFormat = 'csv' | 'json';
