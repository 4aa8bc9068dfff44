import { describe, expect, it } from 'vitest';
import {
  emptyMetricValues,
  metricInputFromValues,
  metricValuesFromRecord,
  readMetricForm,
  validateMetricValues,
} from './metric-form';

const V = '00000000-0000-4000-8000-000000000001';
const R = '00000000-0000-4000-8000-000000000002';
const S = '00000000-0000-4000-8000-000000000003';

describe('metric form', () => {
  it('accepts a figure with an existing source', () => {
    const values = emptyMetricValues({
      vendorId: V,
      regionId: R,
      period: 'Q4 2018',
      value: '12.5',
      sourceId: S,
      quote: '  Xiaomi held 12.5% of the market.  ',
    });
    expect(validateMetricValues(values)).toEqual({});
    expect(metricInputFromValues(values)).toMatchObject({
      period: '2018-Q4',
      value: 12.5,
      sourceId: S,
      quote: '  Xiaomi held 12.5% of the market.  ',
    });
  });

  it('accepts a figure with a new source', () => {
    const values = emptyMetricValues({
      vendorId: V,
      regionId: R,
      period: '2018-Q4',
      value: '3',
      sourceUrl: 'https://example.test/a',
      sourceOutlet: 'Outlet',
      sourceTitle: 'Title',
      quote: 'Shipments reached three units.',
    });
    expect(validateMetricValues(values)).toEqual({});
  });

  it('reports every field at once, in plain words', () => {
    const errors = validateMetricValues(emptyMetricValues());
    expect(Object.keys(errors).sort()).toEqual([
      'period',
      'quote',
      'regionId',
      'sourceId',
      'value',
      'vendorId',
    ]);
    expect(errors.value).toEqual(['Give the value from the source']);
    expect(errors.quote).toEqual(['Quote the passage of the source that states the figure']);
    expect(errors.sourceId![0]).toMatch(/needs its source/);
  });

  it('requires the quote that states the figure: not blank, at most 5000 characters', () => {
    const base = { vendorId: V, regionId: R, period: '2018-Q1', value: '1', sourceId: S };
    expect(Object.keys(validateMetricValues(emptyMetricValues({ ...base, quote: '   ' })))).toEqual([
      'quote',
    ]);
    expect(validateMetricValues(emptyMetricValues({ ...base, quote: 'x'.repeat(5001) })).quote![0]).toMatch(
      /at most 5000/,
    );
    expect(validateMetricValues(emptyMetricValues({ ...base, quote: 'x'.repeat(5000) }))).toEqual({});
    const form = new FormData();
    for (const [k, v] of Object.entries({ ...base, quote: 'The passage.' })) form.set(k, v);
    expect(readMetricForm(form).quote).toBe('The passage.');
  });

  it('refuses a share above 100, a non-number, a bad quarter and a non-http source', () => {
    const errors = validateMetricValues(
      emptyMetricValues({ vendorId: V, regionId: R, period: '2018-Q5', value: '120', sourceId: S }),
    );
    expect(errors.value![0]).toMatch(/0 to 100/);
    expect(errors.period![0]).toMatch(/YYYY-Qn/);
    expect(
      validateMetricValues(
        emptyMetricValues({ vendorId: V, regionId: R, period: '2018-Q1', value: '1,5', sourceId: S }),
      ).value![0],
    ).toMatch(/number/);
    const source = validateMetricValues(
      emptyMetricValues({
        vendorId: V,
        regionId: R,
        period: '2018-Q1',
        value: '1',
        sourceUrl: 'javascript:alert(1)',
        sourceOutlet: 'O',
        sourceTitle: 'T',
        quote: 'Q',
      }),
    );
    expect(Object.keys(source)).toEqual(['sourceUrl']);
    expect(
      validateMetricValues(
        emptyMetricValues({
          vendorId: V,
          regionId: R,
          period: '2018-Q1',
          value: '1',
          sourceId: S,
          sourceOutlet: 'O',
        }),
      ).sourceId![0],
    ).toMatch(/not both/);
  });

  it('prefills the edit form from a saved record, and saves it back unchanged', () => {
    const image = {
      id: '11111111-1111-4111-8111-111111111111',
      version: 2,
      vendorId: '22222222-2222-4222-8222-222222222222',
      regionId: '33333333-3333-4333-8333-333333333333',
      period: '2018-Q3',
      metric: 'shipments_units',
      value: 1234567,
      sourceId: '44444444-4444-4444-8444-444444444444',
      quote: 'It shipped 1,234,567 units.',
    };
    const values = metricValuesFromRecord(image);
    expect(values).toMatchObject({
      period: '2018-Q3',
      metric: 'shipments_units',
      value: '1234567',
      sourceUrl: '',
    });
    expect(validateMetricValues(values)).toEqual({});
    expect(metricInputFromValues(values)).toEqual({
      vendorId: image.vendorId,
      regionId: image.regionId,
      period: '2018-Q3',
      metric: 'shipments_units',
      value: 1234567,
      sourceId: image.sourceId,
      quote: image.quote,
    });
  });
});
