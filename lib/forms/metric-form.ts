import { metricInput, sourceInput } from '@/lib/domain/schemas';
import { METRIC_KINDS } from '@/lib/domain/vocabulary';
import { normalizeVocabulary } from '@/lib/import/build';
import { normalizeQuarter } from '@/lib/metrics/periods';
import type { FieldSpec } from './compare';
import { readText, type FormSource } from './form-data';
import type { FormErrors } from './form-state';
import { check, mergeFormErrors, preferDateMessage, preferEmptyMessages } from './validate';

// The metric form: one value of one vendor in one region for one quarter, and its source — an
// existing one, or a new one described in the form (written in the same transaction) — and the
// passage of that source that states the figure.

export interface MetricValues {
  vendorId: string;
  regionId: string;
  period: string;
  metric: string;
  value: string;
  sourceId: string;
  /** The passage of the source that states the figure. */
  quote: string;
  sourceUrl: string;
  sourceOutlet: string;
  sourceTitle: string;
  sourcePublished: string;
}

export const METRIC_FIELDS: readonly FieldSpec[] = [
  { name: 'vendorId', label: 'Vendor', kind: 'ref' },
  { name: 'regionId', label: 'Region', kind: 'ref' },
  { name: 'period', label: 'Quarter', kind: 'text' },
  { name: 'metric', label: 'Measure', kind: 'text' },
  { name: 'value', label: 'Value', kind: 'text' },
  { name: 'sourceId', label: 'Source', kind: 'ref' },
  { name: 'quote', label: 'Quote', kind: 'text' },
  { name: 'sourceUrl', label: 'New source: web address', kind: 'text' },
  { name: 'sourceOutlet', label: 'New source: outlet', kind: 'text' },
  { name: 'sourceTitle', label: 'New source: title', kind: 'text' },
  { name: 'sourcePublished', label: 'New source: published', kind: 'text' },
];

export function emptyMetricValues(preset: Partial<MetricValues> = {}): MetricValues {
  return {
    vendorId: '',
    regionId: '',
    period: '',
    metric: 'market_share_pct',
    value: '',
    sourceId: '',
    quote: '',
    sourceUrl: '',
    sourceOutlet: '',
    sourceTitle: '',
    sourcePublished: '',
    ...preset,
  };
}

/** The form's values for a saved metric (edit form): the source is the picked one. */
export function metricValuesFromRecord(image: Readonly<Record<string, unknown>>): MetricValues {
  const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));
  return emptyMetricValues({
    vendorId: text(image.vendorId),
    regionId: text(image.regionId),
    period: text(image.period),
    metric: text(image.metric) || 'market_share_pct',
    value: text(image.value),
    sourceId: text(image.sourceId),
    quote: text(image.quote),
  });
}

export function readMetricForm(data: FormSource): MetricValues {
  const values = emptyMetricValues();
  for (const key of Object.keys(values) as (keyof MetricValues)[]) values[key] = readText(data, key);
  return values;
}

/** Whether the form describes a new source (any of its fields filled) instead of picking one. */
export function describesNewSource(v: MetricValues): boolean {
  return [v.sourceUrl, v.sourceOutlet, v.sourceTitle, v.sourcePublished].some((s) => s.trim() !== '');
}

export function newSourceInput(v: MetricValues) {
  return {
    url: v.sourceUrl.trim() || null,
    outlet: v.sourceOutlet,
    title: v.sourceTitle,
    published: v.sourcePublished.trim() || null,
  };
}

/** The write path's metric input; `sourceId` overrides the picked source (a new one's id). */
export function metricInputFromValues(v: MetricValues, sourceId = v.sourceId) {
  const number = v.value.trim().replace(/\s/g, '');
  return {
    vendorId: v.vendorId,
    regionId: v.regionId,
    period: normalizeQuarter(v.period),
    metric: normalizeVocabulary(v.metric, METRIC_KINDS),
    value: number === '' ? undefined : Number(number),
    sourceId,
    quote: v.quote,
  };
}

const PLACEHOLDER_ID = '00000000-0000-4000-8000-000000000000';
const SOURCE_FIELD = {
  url: 'sourceUrl',
  outlet: 'sourceOutlet',
  title: 'sourceTitle',
  published: 'sourcePublished',
} as const;

export function validateMetricValues(v: MetricValues): FormErrors {
  const newSource = describesNewSource(v);
  let errors: FormErrors = {};
  if (newSource && v.sourceId) errors.sourceId = ['Pick an existing source or describe a new one, not both.'];
  if (!newSource && !v.sourceId)
    errors.sourceId = [
      'Every figure needs its source: pick the one that states it, or describe a new one below.',
    ];
  if (newSource) {
    const source = check(sourceInput, newSourceInput(v));
    if (!source.ok) {
      const renamed: FormErrors = {};
      for (const [field, messages] of Object.entries(source.errors))
        renamed[SOURCE_FIELD[field as keyof typeof SOURCE_FIELD] ?? 'sourceUrl'] = messages;
      errors = mergeFormErrors(errors, preferDateMessage(renamed, 'sourcePublished', v.sourcePublished));
    }
  }
  const metric = check(
    metricInput,
    metricInputFromValues(v, newSource || !v.sourceId ? PLACEHOLDER_ID : v.sourceId),
  );
  if (!metric.ok) {
    const own = preferEmptyMessages(metric.errors, (f) => !v[f as keyof MetricValues]?.trim(), {
      vendorId: 'Choose the vendor',
      regionId: 'Choose the region',
      period: 'Give the quarter, e.g. 2018-Q4',
      value: 'Give the value from the source',
      quote: 'Quote the passage of the source that states the figure',
    });
    if (own.value && v.value.trim() !== '' && !Number.isFinite(Number(v.value.trim().replace(/\s/g, ''))))
      own.value = ['Give the value as a number (a dot for decimals, no thousands separators)'];
    errors = mergeFormErrors(errors, own);
  }
  return errors;
}
