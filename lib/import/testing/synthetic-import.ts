import Papa from 'papaparse';
import { IMPORT_COLUMN_NAMES } from '../columns';

// TEST DATA ONLY — never part of the demo seed. A deterministic CSV of synthetic events for the
// import tests (database integration and end-to-end): same input, same file, every time. Every
// slug it uses exists in the demo seed; its sources live under https://example.com/beachhead-test/.

const VENDORS = ['xiaomi', 'huawei', 'zte'] as const;
const REGIONS = ['india', 'china', 'spain', 'united-states', 'madrid', 'western-europe'] as const;
const TYPES = [
  'market_entry',
  'planned_entry',
  'store_opening',
  'retail_availability',
  'carrier_partnership',
  'statement',
] as const;
const STATUSES = ['rumoured', 'planned', 'announced', 'happened'] as const;
const COUNTERPARTIES = ['', 'att', 'walmart', 'att;walmart'] as const;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** Distinct sources in a file: each is created once and cited by many rows. */
export const SYNTHETIC_SOURCE_COUNT = 40;

export const SYNTHETIC_TITLE_PREFIX = 'Synthetic import test';

export interface SyntheticOptions {
  /** Zero-based index of a row to break (its date names month 13). */
  badIndex?: number;
  /** Distinguishes the titles and URLs of separate files. */
  tag?: string;
}

export function syntheticImportRow(index: number, options: SyntheticOptions = {}): Record<string, string> {
  const tag = options.tag ?? 'a';
  const pick = <T>(list: readonly T[], salt = 0) => list[(index * 7 + salt) % list.length] as T;
  const year = 2012 + (index % 12);
  const monthIndex = (index * 5) % 12;
  const date =
    index === options.badIndex
      ? `${year}-13`
      : index % 3 === 0
        ? `${MONTHS[monthIndex]} ${year}`
        : index % 3 === 1
          ? `Q${(index % 4) + 1} ${year}`
          : `${year}-${String(monthIndex + 1).padStart(2, '0')}`;
  const source = index % SYNTHETIC_SOURCE_COUNT;
  return {
    title: `${SYNTHETIC_TITLE_PREFIX} ${tag}-${String(index + 1).padStart(4, '0')}`,
    summary: `Synthetic row ${index + 1} generated for the import tests.`,
    type: pick(TYPES),
    status: pick(STATUSES, 1),
    vendor: pick(VENDORS, 2),
    region: pick(REGIONS, 3),
    date,
    counterparties: pick(COUNTERPARTIES, 4),
    source_url: `https://example.com/beachhead-test/${tag}/${source}`,
    source_outlet: 'Synthetic Test Wire',
    source_title: `Synthetic test article ${tag}-${source}`,
    source_published: `${2012 + (source % 12)}-06`,
    quote: index % 2 === 0 ? `Synthetic quote number ${index + 1}.` : '',
    speaker: index % 10 === 0 ? 'lei-jun' : '',
    stance: index % 5 === 0 ? 'contradicts' : 'supports',
  };
}

/** `count` rows as CSV (header first). */
export function syntheticImportCsv(count: number, options: SyntheticOptions = {}): string {
  const data = Array.from({ length: count }, (_, index) => {
    const row = syntheticImportRow(index, options);
    return IMPORT_COLUMN_NAMES.map((column) => row[column] ?? '');
  });
  return `${Papa.unparse({ fields: [...IMPORT_COLUMN_NAMES], data }, { newline: '\n' })}\n`;
}
