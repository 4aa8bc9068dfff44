import Papa from 'papaparse';
import { metricInput, QUOTE_MAX, sourceInput } from '@/lib/domain/schemas';
import { METRIC_KINDS, type OrganizationKind } from '@/lib/domain/vocabulary';
import type { ImportRowError } from '@/lib/import/columns';
import { normalizeHeader } from '@/lib/import/parse';
import { normalizeVocabulary, sourceKey } from '@/lib/import/build';
import { normalizeQuarter } from './periods';

// Bulk import of metrics (market share, shipments) from CSV. One row is one value of one
// vendor in one region for one quarter, with its source: an existing source by URL (or outlet
// and title), or a new one. Pure: parsing and planning; db/import/import-metrics.ts looks the
// slugs up and writes everything through the write path in one transaction.

export const METRIC_IMPORT_COLUMNS = [
  { name: 'vendor', required: true, description: 'The vendor’s slug, e.g. xiaomi.' },
  { name: 'region', required: true, description: 'The region’s slug, e.g. india.' },
  { name: 'period', required: true, description: 'A quarter: 2018-Q4 (also “Q4 2018”).' },
  { name: 'metric', required: true, description: `One of ${METRIC_KINDS.join(', ')}.` },
  {
    name: 'value',
    required: true,
    description:
      'A number: a percentage from 0 to 100 for market share, units for shipments. Use a dot for decimals, no thousands separators.',
  },
  {
    name: 'source_url',
    required: false,
    description:
      'http(s) link of the source that states the figure; an existing source with this URL is reused.',
  },
  { name: 'source_outlet', required: false, description: 'The outlet (needed for a new source).' },
  { name: 'source_title', required: false, description: 'The title of the piece (needed for a new source).' },
  { name: 'source_published', required: false, description: 'When it was published (natural text or EDTF).' },
  {
    name: 'quote',
    required: true,
    description: `The passage of the source that states the figure, word for word (at most ${QUOTE_MAX} characters).`,
  },
] as const;

export type MetricImportColumn = (typeof METRIC_IMPORT_COLUMNS)[number]['name'];
const COLUMN_NAMES: readonly string[] = METRIC_IMPORT_COLUMNS.map((c) => c.name);
const REQUIRED: readonly string[] = METRIC_IMPORT_COLUMNS.filter((c) => c.required).map((c) => c.name);

export const MAX_METRIC_ROWS = 50_000;

export interface RawMetricRow {
  row: number;
  vendor: string;
  region: string;
  period: string;
  metric: string;
  value: string;
  sourceUrl: string;
  sourceOutlet: string;
  sourceTitle: string;
  sourcePublished: string;
  quote: string;
}

export type MetricParseOutcome = { ok: true; rows: RawMetricRow[] } | { ok: false; errors: ImportRowError[] };

export function parseMetricCsv(input: string): MetricParseOutcome {
  const parsed = Papa.parse<string[]>(input.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const [header = [], ...records] = parsed.data;
  const columns = header.map(normalizeHeader);
  const errors: ImportRowError[] = [];
  if (columns.every((c) => c === '')) {
    return {
      ok: false,
      errors: [{ row: 1, column: '', message: 'The file is empty: the first row must name the columns.' }],
    };
  }
  const seen = new Set<string>();
  columns.forEach((column, index) => {
    if (column === '') errors.push({ row: 1, column: `#${index + 1}`, message: 'This column has no name.' });
    else if (!COLUMN_NAMES.includes(column))
      errors.push({
        row: 1,
        column,
        message: `Unknown column. The columns are: ${COLUMN_NAMES.join(', ')}.`,
      });
    else if (seen.has(column)) errors.push({ row: 1, column, message: 'This column appears twice.' });
    seen.add(column);
  });
  for (const required of REQUIRED)
    if (!seen.has(required))
      errors.push({ row: 1, column: required, message: 'This required column is missing.' });
  for (const error of parsed.errors) {
    if (error.code === 'TooFewFields' || error.code === 'TooManyFields') continue;
    const row = typeof error.row === 'number' ? error.row + 1 : 0;
    errors.push({ row, column: '', message: `The file is not valid CSV here: ${error.message}.` });
  }
  if (errors.length) return { ok: false, errors };

  const rows: RawMetricRow[] = [];
  records.forEach((record, index) => {
    const row = index + 2;
    if (record.every((cell) => cell.trim() === '')) return;
    if (record.length !== columns.length) {
      errors.push({
        row,
        column: '',
        message: `This row has ${record.length} fields; the header has ${columns.length}. Check its quotes and commas.`,
      });
      return;
    }
    const v: Record<string, string> = {};
    columns.forEach((column, i) => (v[column] = (record[i] ?? '').trim()));
    rows.push({
      row,
      vendor: v.vendor ?? '',
      region: v.region ?? '',
      period: v.period ?? '',
      metric: v.metric ?? '',
      value: v.value ?? '',
      sourceUrl: v.source_url ?? '',
      sourceOutlet: v.source_outlet ?? '',
      sourceTitle: v.source_title ?? '',
      sourcePublished: v.source_published ?? '',
      quote: v.quote ?? '',
    });
  });
  if (rows.length > MAX_METRIC_ROWS)
    return {
      ok: false,
      errors: [
        {
          row: 0,
          column: '',
          message: `The file has ${rows.length} rows; at most ${MAX_METRIC_ROWS} at once. Split it.`,
        },
      ],
    };
  if (errors.length) return { ok: false, errors };
  if (rows.length === 0)
    return { ok: false, errors: [{ row: 2, column: '', message: 'The file has a header but no rows.' }] };
  return { ok: true, rows };
}

export interface MetricRefs {
  organizations: ReadonlyMap<string, { id: string; kind: OrganizationKind }>;
  regions: ReadonlyMap<string, { id: string }>;
  sourcesByUrl: ReadonlyMap<string, string>;
  sourcesByOutletTitle: ReadonlyMap<string, string>;
}

export interface PlannedMetricSource {
  id: string;
  row: number;
  input: { url: string | null; outlet: string; title: string; published: string | null };
}

export interface MetricImportPlan {
  metrics: { row: number; input: Record<string, unknown> }[];
  newSources: PlannedMetricSource[];
  sourcesMatched: number;
}

export type MetricPlanOutcome =
  { ok: true; plan: MetricImportPlan } | { ok: false; errors: ImportRowError[] };

/** What must be looked up (one query per table). */
export function metricReferencesOf(rows: readonly RawMetricRow[]) {
  const urls = new Set<string>();
  const outletTitles = new Map<string, { outlet: string; title: string }>();
  for (const r of rows) {
    if (r.sourceUrl) urls.add(r.sourceUrl);
    else if (r.sourceOutlet && r.sourceTitle)
      outletTitles.set(sourceKey(r.sourceOutlet, r.sourceTitle), {
        outlet: r.sourceOutlet,
        title: r.sourceTitle,
      });
  }
  return {
    organizations: [...new Set(rows.map((r) => r.vendor).filter(Boolean))],
    regions: [...new Set(rows.map((r) => r.region).filter(Boolean))],
    sourceUrls: [...urls],
    sourceOutletTitles: [...outletTitles.values()],
  };
}

/** The import column of a write-path field. */
export function columnOfMetricField(field: string): string {
  return (
    {
      vendorId: 'vendor',
      regionId: 'region',
      period: 'period',
      metric: 'metric',
      value: 'value',
      sourceId: 'source_url',
      quote: 'quote',
    }[field] ?? field
  );
}

const SOURCE_COLUMN = {
  url: 'source_url',
  outlet: 'source_outlet',
  title: 'source_title',
  published: 'source_published',
} as const;

export function planMetricImport(
  rows: readonly RawMetricRow[],
  refs: MetricRefs,
  newId: () => string = () => crypto.randomUUID(),
): MetricPlanOutcome {
  const errors: ImportRowError[] = [];
  const planned = new Map<string, PlannedMetricSource>();
  const points = new Map<string, number>();
  const metrics: MetricImportPlan['metrics'] = [];
  let sourcesMatched = 0;

  for (const r of rows) {
    const rowErrors: ImportRowError[] = [];
    const fail = (column: string, message: string) => rowErrors.push({ row: r.row, column, message });

    let vendorId = '';
    const org = r.vendor ? refs.organizations.get(r.vendor) : undefined;
    if (!r.vendor) fail('vendor', 'Give the vendor’s slug, e.g. xiaomi.');
    else if (!org) fail('vendor', `No vendor with slug "${r.vendor}".`);
    else if (org.kind !== 'vendor') fail('vendor', `"${r.vendor}" is a ${org.kind}, not a vendor.`);
    else vendorId = org.id;

    let regionId = '';
    const region = r.region ? refs.regions.get(r.region) : undefined;
    if (!r.region) fail('region', 'Give the region’s slug, e.g. india.');
    else if (!region) fail('region', `No region with slug "${r.region}".`);
    else regionId = region.id;

    let sourceId = '';
    if (r.sourceUrl) sourceId = refs.sourcesByUrl.get(r.sourceUrl) ?? '';
    else if (r.sourceOutlet && r.sourceTitle)
      sourceId = refs.sourcesByOutletTitle.get(sourceKey(r.sourceOutlet, r.sourceTitle)) ?? '';
    else fail('source_url', 'Every figure needs its source: give its URL, or its outlet and title.');
    if (sourceId) sourcesMatched += 1;
    else if (r.sourceUrl || (r.sourceOutlet && r.sourceTitle)) {
      const key = r.sourceUrl ? `url:${r.sourceUrl}` : `ot:${sourceKey(r.sourceOutlet, r.sourceTitle)}`;
      const existing = planned.get(key);
      if (existing) sourceId = existing.id;
      else {
        const input = {
          url: r.sourceUrl || null,
          outlet: r.sourceOutlet,
          title: r.sourceTitle,
          published: r.sourcePublished || null,
        };
        const parsed = sourceInput.safeParse(input);
        if (!parsed.success) {
          for (const issue of parsed.error.issues) {
            const field = String(issue.path[0] ?? 'url') as keyof typeof SOURCE_COLUMN;
            const missing = (field === 'outlet' || field === 'title') && !input[field];
            fail(
              SOURCE_COLUMN[field] ?? 'source_url',
              missing
                ? `A new source needs its ${field} (no existing source has this ${r.sourceUrl ? 'URL' : 'outlet and title'}).`
                : issue.message,
            );
          }
        } else {
          sourceId = newId();
          planned.set(key, { id: sourceId, row: r.row, input });
        }
      }
    }

    const input = {
      vendorId,
      regionId,
      period: normalizeQuarter(r.period),
      metric: normalizeVocabulary(r.metric, METRIC_KINDS),
      value: r.value.trim() === '' ? undefined : Number(r.value.trim()),
      sourceId,
      quote: r.quote,
    };
    const parsed = metricInput.safeParse(input);
    if (!parsed.success) {
      const reported = new Set(rowErrors.map((e) => e.column));
      for (const issue of parsed.error.issues) {
        const column = columnOfMetricField(String(issue.path[0] ?? ''));
        if (reported.has(column)) continue;
        reported.add(column);
        fail(
          column,
          column === 'value' && input.value === undefined ? 'Give the value as a number.' : issue.message,
        );
      }
    } else if (vendorId && regionId) {
      const key = `${vendorId}|${regionId}|${parsed.data.metric}|${parsed.data.period}`;
      const first = points.get(key);
      if (first !== undefined)
        fail(
          'period',
          `Row ${first} already gives ${parsed.data.metric} of this vendor in this region for ${parsed.data.period}.`,
        );
      else points.set(key, r.row);
    }
    if (rowErrors.length) errors.push(...rowErrors);
    else metrics.push({ row: r.row, input });
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, plan: { metrics, newSources: [...planned.values()], sourcesMatched } };
}

/** The downloadable template: the header and one example row (replace it); its value and quote
 * are left empty: only a real source can fill them. */
export function metricTemplateCsv(): string {
  const example = {
    vendor: 'xiaomi',
    region: 'india',
    period: '2018-Q1',
    metric: 'market_share_pct',
    value: '',
    source_url: 'https://example.com/research/india-smartphones-q1-2018',
    source_outlet: 'Example Research',
    source_title: 'India smartphone market, Q1 2018',
    source_published: '2018-04',
    quote: '',
  };
  return `${Papa.unparse(
    { fields: [...COLUMN_NAMES], data: [COLUMN_NAMES.map((c) => example[c as keyof typeof example] ?? '')] },
    { newline: '\n' },
  )}\n`;
}
