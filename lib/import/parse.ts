import Papa from 'papaparse';
import {
  IMPORT_COLUMN_NAMES,
  MAX_IMPORT_ROWS,
  REQUIRED_IMPORT_COLUMNS,
  SOURCE_FIELDS,
  type ImportColumn,
  type ImportFormat,
  type ImportRowError,
} from './columns';

// Import files to rows of trimmed strings, nothing resolved yet. Pure (server and browser).

export interface RawSource {
  url: string;
  outlet: string;
  title: string;
  published: string;
  quote: string;
  speaker: string;
  stance: string;
  /** How this source's fields are named in error reports (`source_` for CSV columns, `sources.0.` for JSON). */
  columnOf: (field: keyof typeof SOURCE_COLUMN_BY_FIELD) => string;
}

const SOURCE_COLUMN_BY_FIELD = {
  url: 'source_url',
  outlet: 'source_outlet',
  title: 'source_title',
  published: 'source_published',
  quote: 'quote',
  speaker: 'speaker',
  stance: 'stance',
} as const;

export interface RawImportRow {
  /** 1-based row number as reported to people. */
  row: number;
  title: string;
  summary: string;
  type: string;
  status: string;
  vendor: string;
  region: string;
  date: string;
  counterparties: string[];
  sources: RawSource[];
}

export type ParseOutcome =
  | { ok: true; format: ImportFormat; rows: RawImportRow[] }
  | { ok: false; format: ImportFormat; errors: ImportRowError[] };

const flatColumn = (field: keyof typeof SOURCE_COLUMN_BY_FIELD) => SOURCE_COLUMN_BY_FIELD[field];

/** Header names are forgiving: case, spaces and hyphens do not matter ("Source URL" is source_url). */
export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

export function splitList(value: string): string[] {
  return value
    .split(/[;,]/)
    .map((part) => part.trim())
    .filter(Boolean);
}

function sourceFrom(values: Record<string, string>, columnOf: RawSource['columnOf']): RawSource | null {
  const source: RawSource = {
    url: values.source_url ?? '',
    outlet: values.source_outlet ?? '',
    title: values.source_title ?? '',
    published: values.source_published ?? '',
    quote: values.quote ?? '',
    speaker: values.speaker ?? '',
    stance: values.stance ?? '',
    columnOf,
  };
  const stated = [
    source.url,
    source.outlet,
    source.title,
    source.published,
    source.quote,
    source.speaker,
    source.stance,
  ];
  return stated.some(Boolean) ? source : null;
}

function rowFrom(row: number, values: Record<string, string>, sources: RawSource[]): RawImportRow {
  return {
    row,
    title: values.title ?? '',
    summary: values.summary ?? '',
    type: values.type ?? '',
    status: values.status ?? '',
    vendor: values.vendor ?? '',
    region: values.region ?? '',
    date: values.date ?? '',
    counterparties: splitList(values.counterparties ?? ''),
    sources,
  };
}

function tooMany(count: number, format: ImportFormat): ParseOutcome {
  return {
    ok: false,
    format,
    errors: [
      {
        row: 0,
        column: '',
        message: `The file has ${count} rows; at most ${MAX_IMPORT_ROWS} can be imported at once. Split it.`,
      },
    ],
  };
}

export function parseCsv(input: string): ParseOutcome {
  const parsed = Papa.parse<string[]>(input.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const errors: ImportRowError[] = [];
  const [header = [], ...records] = parsed.data;
  const columns = header.map(normalizeHeader);
  if (columns.every((c) => c === '')) {
    return {
      ok: false,
      format: 'csv',
      errors: [{ row: 1, column: '', message: 'The file is empty: the first row must name the columns.' }],
    };
  }
  const known = new Set<string>(IMPORT_COLUMN_NAMES);
  const seen = new Set<string>();
  columns.forEach((column, index) => {
    if (column === '') {
      errors.push({ row: 1, column: `#${index + 1}`, message: 'This column has no name.' });
    } else if (!known.has(column)) {
      errors.push({
        row: 1,
        column,
        message: `Unknown column. The columns are: ${IMPORT_COLUMN_NAMES.join(', ')}.`,
      });
    } else if (seen.has(column)) {
      errors.push({ row: 1, column, message: 'This column appears twice.' });
    }
    seen.add(column);
  });
  for (const required of REQUIRED_IMPORT_COLUMNS) {
    if (!seen.has(required))
      errors.push({ row: 1, column: required, message: 'This required column is missing.' });
  }
  for (const error of parsed.errors) {
    // Papaparse counts data rows from 0 including the header; ours are 1-based with the header as row 1.
    const row = typeof error.row === 'number' ? error.row + 1 : 0;
    if (error.code === 'TooFewFields' || error.code === 'TooManyFields') continue; // reported per row below
    errors.push({ row, column: '', message: `The file is not valid CSV here: ${error.message}.` });
  }
  if (errors.length) return { ok: false, format: 'csv', errors };

  const rows: RawImportRow[] = [];
  records.forEach((record, index) => {
    const row = index + 2;
    if (record.every((cell) => cell.trim() === '')) return; // blank lines are not rows
    if (record.length !== columns.length) {
      errors.push({
        row,
        column: '',
        message: `This row has ${record.length} fields; the header has ${columns.length}. Check its quotes and commas.`,
      });
      return;
    }
    const values: Record<string, string> = {};
    columns.forEach((column, i) => (values[column] = text(record[i])));
    const source = sourceFrom(values, flatColumn);
    rows.push(rowFrom(row, values, source ? [source] : []));
  });
  if (rows.length > MAX_IMPORT_ROWS) return tooMany(rows.length, 'csv');
  if (errors.length) return { ok: false, format: 'csv', errors };
  if (rows.length === 0)
    return {
      ok: false,
      format: 'csv',
      errors: [{ row: 2, column: '', message: 'The file has a header but no rows.' }],
    };
  return { ok: true, format: 'csv', rows };
}

const SOURCE_KEYS = new Set(Object.values(SOURCE_FIELDS));

/** JSON: an array of items, or `{ "events": [...] }`; each item has the CSV columns as keys, and may list `sources`. */
export function parseJson(input: string): ParseOutcome {
  let value: unknown;
  try {
    value = JSON.parse(input.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      ok: false,
      format: 'json',
      errors: [{ row: 0, column: '', message: `The file is not valid JSON: ${(error as Error).message}` }],
    };
  }
  const items = Array.isArray(value)
    ? value
    : typeof value === 'object' && value !== null && Array.isArray((value as { events?: unknown }).events)
      ? (value as { events: unknown[] }).events
      : null;
  if (!items) {
    return {
      ok: false,
      format: 'json',
      errors: [
        { row: 0, column: '', message: 'Expected an array of events, or an object with an "events" array.' },
      ],
    };
  }
  if (items.length > MAX_IMPORT_ROWS) return tooMany(items.length, 'json');
  const known = new Set<string>([...IMPORT_COLUMN_NAMES, 'sources']);
  const errors: ImportRowError[] = [];
  const rows: RawImportRow[] = [];
  items.forEach((item, index) => {
    const row = index + 1;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      errors.push({ row, column: '', message: 'Each event must be a JSON object.' });
      return;
    }
    const record = item as Record<string, unknown>;
    const values: Record<string, string> = {};
    for (const [key, raw] of Object.entries(record)) {
      if (!known.has(key)) {
        errors.push({
          row,
          column: key,
          message: `Unknown field. The fields are: ${[...IMPORT_COLUMN_NAMES, 'sources'].join(', ')}.`,
        });
        continue;
      }
      if (key === 'sources') continue;
      if (key === 'counterparties' && Array.isArray(raw)) values[key] = raw.map(text).join(';');
      else if (raw !== null && typeof raw === 'object')
        errors.push({ row, column: key, message: 'Expected text.' });
      else values[key] = text(raw);
    }
    const sources: RawSource[] = [];
    const flat = sourceFrom(values, flatColumn);
    if (flat) sources.push(flat);
    if (record.sources !== undefined) {
      if (!Array.isArray(record.sources)) {
        errors.push({ row, column: 'sources', message: 'Expected an array of sources.' });
      } else {
        record.sources.forEach((entry, i) => {
          if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
            errors.push({ row, column: `sources.${i}`, message: 'Each source must be an object.' });
            return;
          }
          const fields: Record<string, string> = {};
          for (const [key, raw] of Object.entries(entry as Record<string, unknown>)) {
            if (!SOURCE_KEYS.has(key as never)) {
              errors.push({
                row,
                column: `sources.${i}.${key}`,
                message: `Unknown field. A source has: ${[...SOURCE_KEYS].join(', ')}.`,
              });
              continue;
            }
            fields[key] = text(raw);
          }
          const source = sourceFrom(
            {
              source_url: fields.url ?? '',
              source_outlet: fields.outlet ?? '',
              source_title: fields.title ?? '',
              source_published: fields.published ?? '',
              quote: fields.quote ?? '',
              speaker: fields.speaker ?? '',
              stance: fields.stance ?? '',
            },
            (field) => `sources.${i}.${field}`,
          );
          if (source) sources.push(source);
        });
      }
    }
    rows.push(rowFrom(row, values, sources));
  });
  if (errors.length) return { ok: false, format: 'json', errors };
  if (rows.length === 0)
    return {
      ok: false,
      format: 'json',
      errors: [{ row: 0, column: '', message: 'The file lists no events.' }],
    };
  return { ok: true, format: 'json', rows };
}

/** CSV or JSON, from the file name or media type, else by a look at the first character. */
export function detectFormat(
  text: string,
  hints: { fileName?: string; mediaType?: string } = {},
): ImportFormat {
  const name = hints.fileName?.toLowerCase() ?? '';
  const type = hints.mediaType?.toLowerCase() ?? '';
  if (name.endsWith('.json') || type.includes('json')) return 'json';
  if (name.endsWith('.csv') || type.includes('csv')) return 'csv';
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  return first === '[' || first === '{' ? 'json' : 'csv';
}

export function parseImportFile(
  text: string,
  hints: { fileName?: string; mediaType?: string } = {},
): ParseOutcome {
  return detectFormat(text, hints) === 'json' ? parseJson(text) : parseCsv(text);
}

export type { ImportColumn };
