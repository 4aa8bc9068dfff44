import { describe, expect, it } from 'vitest';
import {
  organizationInputFromValues,
  validateOrganizationValues,
  emptyOrganizationValues,
} from './organization-form';
import { regionInputFromValues, validateRegionValues, emptyRegionValues } from './region-form';
import { validateSourceValues, emptySourceValues, sourceValuesFromRecord } from './source-form';
import { validateProductValues, emptyProductValues } from './product-form';
import { slugify } from './slug';
import { formFieldName, toFormErrors } from './validate';

describe('field error keys', () => {
  it('puts a list item’s message on the list field', () => {
    expect(formFieldName('counterpartyIds.2')).toBe('counterpartyIds');
    expect(formFieldName('citations.0.sourceId')).toBe('citations.0.sourceId');
  });

  it('re-keys write-path errors under a prefix, keeping the form-level key', () => {
    expect(toFormErrors({ toEventId: ['x'], _: ['y'], 'ids.0': ['z'], 'ids.1': ['z'] }, 'links.1.')).toEqual({
      'links.1.toEventId': ['x'],
      _: ['y'],
      'links.1.ids': ['z'],
    });
  });
});

describe('the other record forms', () => {
  it('organization: upper-cases the country code and asks for a kind', () => {
    const v = { ...emptyOrganizationValues(), name: 'Xiaomi', slug: 'xiaomi', hqCountry: 'cn' };
    expect(organizationInputFromValues(v).hqCountry).toBe('CN');
    expect(validateOrganizationValues(v)).toEqual({ kind: ['Choose what kind of organization this is'] });
    expect(validateOrganizationValues({ ...v, kind: 'vendor', website: 'ftp://x.org' })).toEqual({
      website: ['Enter a full web address starting with http:// or https://'],
    });
  });

  it('region: empty ISO codes are no codes; bad ones say how to write them', () => {
    const v = { ...emptyRegionValues(), name: 'United Kingdom', slug: 'united-kingdom', kind: 'country' };
    expect(regionInputFromValues(v).isoCode).toBeNull();
    expect(validateRegionValues(v)).toEqual({});
    expect(validateRegionValues({ ...v, isoCode: 'gb' })).toEqual({});
    expect(Object.keys(validateRegionValues({ ...v, isoCode: 'GBR', isoNumeric: '82' }))).toEqual([
      'isoCode',
      'isoNumeric',
    ]);
  });

  it('source: the published date is read like an event date', () => {
    const v = { ...emptySourceValues(), outlet: 'The Verge', title: 'T' };
    expect(validateSourceValues({ ...v, published: 'around March 2018' })).toEqual({});
    expect(validateSourceValues({ ...v, published: '2018-13' })).toEqual({
      published: ['Month 13 does not exist (months are 01-12).'],
    });
    expect(sourceValuesFromRecord({ ...v, published: '2018-03~' }).published).toBe('around March 2018');
  });

  it('product: asks for the vendor and category', () => {
    expect(validateProductValues({ ...emptyProductValues(), name: 'Mi 8', slug: 'mi-8' })).toEqual({
      vendorId: ['Choose the vendor that makes it'],
      category: ['Choose a category'],
    });
  });

  it('suggests slugs from names', () => {
    expect(slugify('Western Europe')).toBe('western-europe');
    expect(slugify('AT&T')).toBe('at-t');
    expect(slugify('  Ñandú  Móvil! ')).toBe('nandu-movil');
    expect(slugify('')).toBe('');
  });
});
