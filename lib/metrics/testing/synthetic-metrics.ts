import Papa from 'papaparse';
import type { MetricKind } from '@/lib/domain/vocabulary';
import { nextQuarter } from '../periods';

// SYNTHETIC metrics for tests and benchmarks only — never for the demo. Every row cites a source
// whose outlet says it is synthetic, so the data cannot pass for real figures.

export const SYNTHETIC_METRIC_OUTLET = 'Synthetic test data (not real figures)';

export interface SyntheticMetricOptions {
  vendor: string;
  region: string;
  /** First quarter, e.g. 2016-Q1. */
  from: string;
  count: number;
  measure?: MetricKind;
  /** Makes the source unique (and recognisable) per run. */
  tag: string;
  seed?: number;
}

export interface SyntheticMetricRow {
  period: string;
  value: number;
}

/** A deterministic wandering series: values in [0, 100] for shares, in units for shipments. */
export function syntheticMetricRows(options: SyntheticMetricOptions): SyntheticMetricRow[] {
  let state = (options.seed ?? 7) >>> 0 || 7;
  const random = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const share = (options.measure ?? 'market_share_pct') === 'market_share_pct';
  let value = share ? 5 + random() * 10 : 100_000 + random() * 900_000;
  const rows: SyntheticMetricRow[] = [];
  let period = options.from;
  for (let i = 0; i < options.count; i++) {
    value = share
      ? Math.min(100, Math.max(0, value + (random() - 0.45) * 2))
      : Math.max(0, value * (0.9 + random() * 0.25));
    rows.push({ period, value: share ? Math.round(value * 100) / 100 : Math.round(value) });
    period = nextQuarter(period);
  }
  return rows;
}

/** The rows as a metrics import CSV, citing one synthetic source. */
export function syntheticMetricsCsv(
  options: SyntheticMetricOptions,
  rows = syntheticMetricRows(options),
): string {
  const measure = options.measure ?? 'market_share_pct';
  const url = `https://synthetic.example/metrics/${encodeURIComponent(options.tag)}`;
  return `${Papa.unparse(
    {
      fields: [
        'vendor',
        'region',
        'period',
        'metric',
        'value',
        'source_url',
        'source_outlet',
        'source_title',
        'quote',
      ],
      data: rows.map((row, i) => [
        options.vendor,
        options.region,
        row.period,
        measure,
        String(row.value),
        url,
        i === 0 ? SYNTHETIC_METRIC_OUTLET : '',
        i === 0 ? `Synthetic series ${options.tag}` : '',
        `Synthetic quote (not a real source): ${measure} ${row.period} = ${row.value}`,
      ]),
    },
    { newline: '\n' },
  )}\n`;
}
