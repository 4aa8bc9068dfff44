import { describe, expect, it } from 'vitest';
import { emptyMetricValues, metricInputFromValues, validateMetricValues } from './metric-form';

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
    });
    expect(validateMetricValues(values)).toEqual({});
    expect(metricInputFromValues(values)).toMatchObject({ period: '2018-Q4', value: 12.5, sourceId: S });
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
    });
    expect(validateMetricValues(values)).toEqual({});
  });

  it('reports every field at once, in plain words', () => {
    const errors = validateMetricValues(emptyMetricValues());
    expect(Object.keys(errors).sort()).toEqual(['period', 'regionId', 'sourceId', 'value', 'vendorId']);
    expect(errors.value).toEqual(['Give the value from the source']);
    expect(errors.sourceId![0]).toMatch(/needs its source/);
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
});
