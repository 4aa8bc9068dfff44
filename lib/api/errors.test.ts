import { describe, expect, it } from 'vitest';
import { z } from 'zod';
/* eslint-disable no-restricted-imports -- the tests pin the name-based mapping to the real db/ error classes */
import { InvalidCursorError } from '@/db/queries/events';
import { DatabaseLockedError } from '@/db/lock';
import { DatabaseUnavailableError } from '@/db/server';
import { AuthorizationError, ConflictError, NotFoundError, ValidationError } from '@/db/write/errors';
/* eslint-enable no-restricted-imports */
import {
  ApiError,
  errorResponse,
  invalidParameter,
  isDatabaseUnavailable,
  mapError,
  notFound,
  readJsonBody,
} from './errors';

describe('mapError', () => {
  it('maps a bad cursor to a 400 naming the cursor parameter', () => {
    const { status, body } = mapError(new InvalidCursorError());
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: 'invalid_parameter', parameter: 'cursor' });
  });

  it('maps validation errors to 400 with per-field messages', () => {
    const zodError = z
      .object({ title: z.string().min(1, 'Title is required') })
      .safeParse({ title: '' }).error!;
    const { status, body } = mapError(ValidationError.fromZod(zodError));
    expect(status).toBe(400);
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.fieldErrors).toEqual({ title: ['Title is required'] });
    expect(body.error.message).toBe('title: Title is required');
  });

  it('maps a stale version to 409 with the current record', () => {
    const current = { id: 'e1', title: 'Now', version: 3 };
    const { status, body } = mapError(new ConflictError(current, 2));
    expect(status).toBe(409);
    expect(body.error).toMatchObject({ code: 'conflict', current, expectedVersion: 2 });
    expect(body.error.message).toContain('version 2');
  });

  it('maps not found, unauthenticated and forbidden', () => {
    expect(mapError(new NotFoundError('event_link', 'x'))).toMatchObject({
      status: 404,
      body: { error: { code: 'not_found', message: 'No event link with id x.' } },
    });
    expect(mapError(new AuthorizationError('unauthenticated', 'Sign in'))).toMatchObject({
      status: 401,
      body: { error: { code: 'unauthenticated', message: 'Sign in' } },
    });
    expect(mapError(new AuthorizationError('forbidden', 'Editors only'))).toMatchObject({
      status: 403,
      body: { error: { code: 'forbidden' } },
    });
  });

  it('maps an unreachable database to 503 with Retry-After, without leaking the cause', () => {
    const mapped = mapError(new DatabaseUnavailableError(new Error('connect ECONNREFUSED 10.0.0.5:5432')));
    expect(mapped.status).toBe(503);
    expect(mapped.headers['Retry-After']).toBe('5');
    expect(mapped.body.error.code).toBe('database_unavailable');
    expect(JSON.stringify(mapped.body)).not.toContain('10.0.0.5');
    expect(mapError(new DatabaseLockedError('/data/x', 123, 'now')).status).toBe(503);
  });

  it('recognises driver connection failures, also when wrapped as a cause', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    const shutdown = Object.assign(new Error('terminating connection'), { code: '57P01' });
    const connectionException = Object.assign(new Error('connection failure'), { code: '08006' });
    expect(isDatabaseUnavailable(refused)).toBe(true);
    expect(isDatabaseUnavailable(new Error('Failed query: select 1', { cause: shutdown }))).toBe(true);
    expect(isDatabaseUnavailable(connectionException)).toBe(true);
    const uniqueViolation = Object.assign(new Error('duplicate key'), { code: '23505' });
    expect(isDatabaseUnavailable(uniqueViolation)).toBe(false);
  });

  it('hides unexpected errors behind a generic 500', () => {
    const { status, body } = mapError(new TypeError('secret internals'));
    expect(status).toBe(500);
    expect(body.error.code).toBe('internal_error');
    expect(body.error.message).not.toContain('secret');
    expect(mapError('a string').status).toBe(500);
  });

  it('passes API errors through', () => {
    expect(mapError(invalidParameter('limit', 'too big'))).toMatchObject({
      status: 400,
      body: { error: { code: 'invalid_parameter', parameter: 'limit', message: 'too big' } },
    });
    expect(mapError(notFound('gone')).status).toBe(404);
    expect(
      mapError(new ApiError(418, { code: 'forbidden', message: 'teapot' }, { 'X-A': '1' })).headers,
    ).toEqual({ 'X-A': '1' });
  });
});

describe('errorResponse', () => {
  it('is JSON, not cached, with the mapped status', async () => {
    const response = errorResponse(new InvalidCursorError());
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({
      error: {
        code: 'invalid_parameter',
        parameter: 'cursor',
        message: 'cursor is not one this API returned',
      },
    });
  });
});

describe('readJsonBody', () => {
  it('turns malformed JSON into a 400 invalid_body', async () => {
    const request = new Request('http://x/api', { method: 'POST', body: '{nope' });
    await expect(readJsonBody(request)).rejects.toMatchObject({
      status: 400,
      body: { code: 'invalid_body' },
    });
    const good = new Request('http://x/api', { method: 'POST', body: '{"a":1}' });
    expect(await readJsonBody(good)).toEqual({ a: 1 });
  });
});
