import Papa from 'papaparse';
import { IMPORT_COLUMN_NAMES } from './columns';

// The downloadable templates: the header and two examples from the demo data's world (the
// slugs exist in the demo seed). The second row reuses the first row's source by its URL.

export const TEMPLATE_ROWS: Record<string, string>[] = [
  {
    title: 'Xiaomi opens a store in Paris',
    summary: 'An example row: replace it with your own.',
    type: 'store_opening',
    status: 'happened',
    vendor: 'xiaomi',
    region: 'western-europe',
    date: 'May 2018',
    counterparties: '',
    source_url: 'https://example.com/news/xiaomi-paris',
    source_outlet: 'Example News',
    source_title: 'Xiaomi opens in Paris',
    source_published: '2018-05-22',
    quote: 'The store opens on Tuesday.',
    speaker: '',
    stance: 'supports',
  },
  {
    title: 'Xiaomi plans carrier deals in Western Europe',
    summary: '',
    type: 'carrier_partnership',
    status: 'planned',
    vendor: 'xiaomi',
    region: 'western-europe',
    date: 'early 2019',
    counterparties: '',
    source_url: 'https://example.com/news/xiaomi-paris',
    source_outlet: '',
    source_title: '',
    source_published: '',
    quote: 'Talks with carriers are under way.',
    speaker: 'lei-jun',
    stance: 'supports',
  },
];

export function templateCsv(): string {
  return `${Papa.unparse({ fields: [...IMPORT_COLUMN_NAMES], data: TEMPLATE_ROWS.map((row) => IMPORT_COLUMN_NAMES.map((c) => row[c] ?? '')) }, { newline: '\n' })}\n`;
}

/** JSON: the same rows; an item may list several sources under `sources` instead of the source_ fields. */
export function templateJson(): string {
  const [first, second] = TEMPLATE_ROWS;
  const compact = (row: Record<string, string> | undefined) =>
    Object.fromEntries(Object.entries(row ?? {}).filter(([, v]) => v !== ''));
  return `${JSON.stringify(
    {
      events: [
        compact(first),
        {
          ...Object.fromEntries(
            Object.entries(compact(second)).filter(
              ([k]) => !['source_url', 'quote', 'speaker', 'stance'].includes(k),
            ),
          ),
          sources: [
            { url: second?.source_url, quote: second?.quote, speaker: second?.speaker, stance: 'supports' },
          ],
        },
      ],
    },
    null,
    2,
  )}\n`;
}
