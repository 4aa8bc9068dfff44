import { NextRequest } from 'next/server';
import { describe, expect, it, vi } from 'vitest';
import { invalidParameter } from './errors';
import { jsonResponse } from './responses';
import { apiRoute, readOnlyMethod } from './route';

const request = () => new NextRequest('http://localhost/api/v1/events?limit=abc');

describe('apiRoute', () => {
  it('passes responses through', async () => {
    const handler = apiRoute(async () => jsonResponse({ ok: true }));
    const response = await handler(request(), undefined);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  it('turns thrown errors into JSON errors and logs only server faults', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const bad = await apiRoute(async () => {
      throw invalidParameter('limit', 'limit must be a whole number from 1 to 200');
    })(request(), undefined);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { parameter: 'limit' } });
    expect(log).not.toHaveBeenCalled();

    const broken = await apiRoute(async () => {
      throw new Error('boom');
    })(request(), undefined);
    expect(broken.status).toBe(500);
    expect(broken.headers.get('content-type')).toMatch(/^application\/json/);
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });
});

describe('readOnlyMethod', () => {
  it('answers 405 in JSON with Allow', async () => {
    const response = await readOnlyMethod();
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(await response.json()).toMatchObject({ error: { code: 'method_not_allowed' } });
  });
});
