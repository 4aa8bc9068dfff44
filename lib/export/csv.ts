import Papa from 'papaparse';
import type { EventListItem } from '@/lib/domain/dto';

// CSV for spreadsheets: RFC 4180 quoting (papaparse), CRLF line ends, and no formula injection —
// a cell that a spreadsheet would read as a formula (=, +, -, @, tab, carriage return first) is
// prefixed with an apostrophe, which spreadsheets show as text. Pure.

const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell as text a spreadsheet will not evaluate. */
export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export type CsvValue = string | number | boolean | null | undefined;

function cellText(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  // Numbers are ours (counts, amounts): a negative one is a number, not a formula.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return neutralizeFormula(value);
}

/** Rows (header first, or any chunk of rows) as CSV text, each line ending with CRLF. */
export function toCsvLines(rows: readonly (readonly CsvValue[])[]): string {
  if (rows.length === 0) return '';
  const cells = rows.map((row) => row.map(cellText));
  // quotes: any cell with a quote, comma, line break or outer space is quoted by papaparse.
  return `${Papa.unparse(cells, { newline: '\r\n', escapeFormulae: false })}\r\n`;
}

export const EVENT_CSV_COLUMNS = [
  'id',
  'title',
  'type',
  'status',
  'date',
  'date_edtf',
  'window_start',
  'window_end',
  'vendor',
  'vendor_name',
  'region',
  'region_name',
  'counterparties',
  'counterparty_note',
  'summary',
  'sources',
  'quotes',
  'url',
  'updated_at',
] as const;

/** One event as a CSV row (columns: EVENT_CSV_COLUMNS). `baseUrl` makes the record link absolute. */
export function eventCsvRow(event: EventListItem, baseUrl: string): CsvValue[] {
  return [
    event.id,
    event.title,
    event.type,
    event.status,
    event.date.label,
    event.date.edtf,
    event.date.lo,
    event.date.hi,
    event.vendor?.slug ?? '',
    event.vendor?.name ?? '',
    event.region?.slug ?? '',
    event.region?.name ?? '',
    event.counterparties.map((c) => c.name).join('; '),
    event.counterpartyNote,
    event.summary,
    event.sources.map((s) => s.url ?? `${s.outlet}: ${s.title}`).join(' | '),
    event.sources
      .map((s) => s.quote)
      .filter(Boolean)
      .join(' | '),
    `${baseUrl}/events/${event.id}`,
    event.updatedAt,
  ];
}

/** A file name for a download: `beachhead-events-huawei-united-states-2026-11-24.csv`. */
export function exportFileName(
  base: string,
  parts: readonly (string | undefined)[],
  day: string,
  extension: string,
): string {
  const slug = parts
    .filter((p): p is string => Boolean(p))
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
  return `${base}${slug ? `-${slug}` : ''}-${day}.${extension}`;
}
