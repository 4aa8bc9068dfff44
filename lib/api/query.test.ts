import { describe, expect, it } from 'vitest';
import { ApiError } from './errors';
import { noQuery, organizationListQuery, parseEventQuery, parseQuery } from './query';
import { eventPageBody, nextPageHref, paginationHeaders } from './responses';

function thrown(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError');
}

describe('parseQuery', () => {
  it('validates kind and names it when wrong', () => {
    expect(parseQuery(new URLSearchParams('kind=carrier'), organizationListQuery)).toEqual({
      kind: 'carrier',
    });
    expect(parseQuery(new URLSearchParams(''), organizationListQuery)).toEqual({});
    expect(parseQuery(new URLSearchParams('kind='), organizationListQuery)).toEqual({});
    const error = thrown(() => parseQuery(new URLSearchParams('kind=bank'), organizationListQuery));
    expect(error.status).toBe(400);
    expect(error.body).toMatchObject({ code: 'invalid_parameter', parameter: 'kind' });
    expect(error.body.message).toContain('vendor, carrier');
  });

  it('refuses unknown and repeated parameters by name', () => {
    expect(
      thrown(() => parseQuery(new URLSearchParams('knd=vendor'), organizationListQuery)).body.parameter,
    ).toBe('knd');
    expect(
      thrown(() => parseQuery(new URLSearchParams('kind=vendor&kind=carrier'), organizationListQuery)).body
        .parameter,
    ).toBe('kind');
    expect(thrown(() => parseQuery(new URLSearchParams('limit=2'), noQuery)).body.parameter).toBe('limit');
  });
});

describe('parseEventQuery', () => {
  it('names the bad parameter', () => {
    expect(thrown(() => parseEventQuery(new URLSearchParams('limit=abc'))).body).toMatchObject({
      code: 'invalid_parameter',
      parameter: 'limit',
    });
    expect(parseEventQuery(new URLSearchParams('vendor=xiaomi,huawei&limit=2'))).toMatchObject({
      vendor: ['xiaomi', 'huawei'],
      limit: 2,
    });
  });
});

describe('pagination links', () => {
  it('keeps the filters and replaces the cursor', () => {
    const url = new URL('http://localhost/api/v1/events?vendor=xiaomi&cursor=old&limit=2');
    expect(nextPageHref(url, 'new')).toBe('/api/v1/events?vendor=xiaomi&cursor=new&limit=2');
    expect(nextPageHref(url, null)).toBeNull();
    const body = eventPageBody(new URL('http://localhost/api/v1/events'), { items: [], nextCursor: 'abc' });
    expect(body.links.next).toBe('/api/v1/events?cursor=abc');
    expect(paginationHeaders(body)).toEqual({ Link: '</api/v1/events?cursor=abc>; rel="next"' });
  });
});
