import { describe, expect, it } from 'vitest';
import { metricTemplateCsv, parseMetricCsv, planMetricImport, type MetricRefs } from './import';

const refs: MetricRefs = {
  organizations: new Map([
    ['xiaomi', { id: '00000000-0000-4000-8000-000000000001', kind: 'vendor' as const }],
    ['att', { id: '00000000-0000-4000-8000-000000000002', kind: 'carrier' as const }],
  ]),
  regions: new Map([['india', { id: '00000000-0000-4000-8000-000000000003' }]]),
  sourcesByUrl: new Map([['https://known.test/a', '00000000-0000-4000-8000-000000000004']]),
  sourcesByOutletTitle: new Map(),
};
let n = 100;
const newId = () => `00000000-0000-4000-8000-${String(n++).padStart(12, '0')}`;

const HEADER = 'vendor,region,period,metric,value,source_url,source_outlet,source_title,quote';

describe('metrics import', () => {
  it('parses and plans a good file, creating each new source once', () => {
    const parsed = parseMetricCsv(
      `${HEADER}\nxiaomi,india,2018-Q1,market_share_pct,31.5,https://new.test/x,"Outlet, Inc","Title ""q""","Xiaomi: 31.5%, ""top"""\nxiaomi,india,Q2 2018,Market share pct,32,https://new.test/x,,,Q2: 32%\nxiaomi,india,2018-Q3,shipments_units,1000,https://known.test/a,,,  1000 units  \n`,
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const planned = planMetricImport(parsed.rows, refs, newId);
    expect(planned.ok).toBe(true);
    if (!planned.ok) return;
    expect(planned.plan.metrics).toHaveLength(3);
    expect(planned.plan.newSources).toHaveLength(1);
    expect(planned.plan.newSources[0]!.input).toMatchObject({ outlet: 'Outlet, Inc', title: 'Title "q"' });
    expect(planned.plan.sourcesMatched).toBe(1);
    expect(planned.plan.metrics[1]!.input).toMatchObject({
      period: '2018-Q2',
      metric: 'market_share_pct',
      value: 32,
      quote: 'Q2: 32%',
    });
    expect(planned.plan.metrics[0]!.input.quote).toBe('Xiaomi: 31.5%, "top"');
    expect(planned.plan.metrics[2]!.input.quote).toBe('1000 units');
  });

  it('reports every bad row by row and column', () => {
    const parsed = parseMetricCsv(
      `${HEADER}\nxiaomi,india,2018-Q1,market_share_pct,12,https://known.test/a,,,Q\nxiaomi,india,2018-Q5,market_share_pct,abc,https://known.test/a,,,Q\natt,mars,2018-Q2,market_share_pct,120,,,,Q\nxiaomi,india,2018-Q1,market_share_pct,13,https://known.test/a,,,Q\nxiaomi,india,2018-Q3,market_share_pct,13,https://known.test/a,,,  \n`,
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const planned = planMetricImport(parsed.rows, refs, newId);
    expect(planned.ok).toBe(false);
    if (planned.ok) return;
    const at = (row: number) =>
      planned.errors
        .filter((e) => e.row === row)
        .map((e) => e.column)
        .sort();
    expect(at(2)).toEqual([]);
    expect(at(3)).toEqual(['period', 'value']);
    expect(at(4)).toEqual(['region', 'source_url', 'value', 'vendor']);
    expect(at(5)).toEqual(['period']);
    expect(at(6)).toEqual(['quote']);
    expect(planned.errors.find((e) => e.row === 6)!.message).toBe(
      'Quote the passage of the source that states the figure',
    );
    expect(planned.errors.find((e) => e.row === 4 && e.column === 'value')!.message).toMatch(/0 to 100/);
  });

  it('refuses unknown and missing columns and ragged rows', () => {
    const bad = parseMetricCsv('vendor,region,colour\nxiaomi,india\n');
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors.map((e) => e.column)).toEqual(
      expect.arrayContaining(['colour', 'period', 'metric', 'value', 'quote']),
    );
    const noQuote = parseMetricCsv(
      'vendor,region,period,metric,value,source_url\nxiaomi,india,2018-Q1,market_share_pct,1,https://known.test/a\n',
    );
    expect(noQuote).toEqual({
      ok: false,
      errors: [{ row: 1, column: 'quote', message: 'This required column is missing.' }],
    });
    const ragged = parseMetricCsv(`${HEADER}\nxiaomi,india\n`);
    expect(ragged.ok).toBe(false);
    if (!ragged.ok) expect(ragged.errors[0]).toMatchObject({ row: 2 });
  });

  it('ships a template with no invented figure', () => {
    const template = parseMetricCsv(metricTemplateCsv());
    expect(template.ok).toBe(true);
    if (template.ok) expect(template.rows[0]).toMatchObject({ value: '', quote: '' });
    expect(metricTemplateCsv().split('\n')[0]).toMatch(/,quote$/);
  });
});
