import { describe, expect, it } from 'vitest';
import { MAX_JSON_BODY_BYTES, readJsonObject } from './body';
import { ApiError } from './errors';
import { expectedVersionOf, parseIfMatch } from './preconditions';

const post = (body: BodyInit | undefined, headers: Record<string, string> = {}) =>
  new Request('http://localhost/api/v1/events', { method: 'POST', body, headers });

async function status(promise: Promise<unknown>): Promise<number | 'ok'> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    if (error instanceof ApiError) return error.status;
    throw error;
  }
}

describe('readJsonObject', () => {
  it('reads a JSON object, with or without charset', async () => {
    expect(
      await readJsonObject(post('{"a":1}', { 'content-type': 'application/json; charset=utf-8' })),
    ).toEqual({ a: 1 });
    expect(await readJsonObject(post('{"a":1}', { 'content-type': 'application/merge-patch+json' }))).toEqual(
      { a: 1 },
    );
  });
  it('is 415 for other media types, 400 for malformed JSON, arrays, empty bodies and bad UTF-8', async () => {
    expect(
      await status(readJsonObject(post('a=1', { 'content-type': 'application/x-www-form-urlencoded' }))),
    ).toBe(415);
    expect(await status(readJsonObject(post('{"a":1}')))).toBe(415);
    expect(await status(readJsonObject(post('{"a":', { 'content-type': 'application/json' })))).toBe(400);
    expect(await status(readJsonObject(post('[1]', { 'content-type': 'application/json' })))).toBe(400);
    expect(await status(readJsonObject(post('', { 'content-type': 'application/json' })))).toBe(400);
    expect(
      await status(
        readJsonObject(post(new Uint8Array([0x7b, 0xff, 0x7d]), { 'content-type': 'application/json' })),
      ),
    ).toBe(400);
  });
  it('is 413 past 1 MB, by Content-Length or while reading a stream', async () => {
    const big = `{"a":"${'x'.repeat(MAX_JSON_BODY_BYTES)}"}`;
    expect(await status(readJsonObject(post(big, { 'content-type': 'application/json' })))).toBe(413);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(new Uint8Array(64 * 1024).fill(0x20));
        controller.close();
      },
    });
    const chunked = new Request('http://localhost/x', {
      method: 'POST',
      body: stream,
      headers: { 'content-type': 'application/json' },
      duplex: 'half',
    } as RequestInit);
    expect(await status(readJsonObject(chunked))).toBe(413);
  });
  it('reads an optional empty body as {} whatever its type', async () => {
    expect(await readJsonObject(post(undefined), { optional: true })).toEqual({});
    expect(await readJsonObject(post('', { 'content-type': 'text/plain' }), { optional: true })).toEqual({});
    expect(
      await status(readJsonObject(post('x', { 'content-type': 'text/plain' }), { optional: true })),
    ).toBe(415);
  });
});

describe('versions', () => {
  it('parses If-Match ETags', () => {
    expect(parseIfMatch(null)).toBeUndefined();
    expect(parseIfMatch('"3"')).toBe(3);
    expect(parseIfMatch('W/"12"')).toBe(12);
    expect(parseIfMatch('4')).toBe(4);
    expect(() => parseIfMatch('"0"')).toThrow(ApiError);
    expect(() => parseIfMatch('"abc"')).toThrow(ApiError);
    expect(() => parseIfMatch('*')).toThrow(/If-Match: \* is not enough/);
  });
  it('takes the version from If-Match or the body; 428 without, 400 when they disagree', () => {
    const req = (ifMatch?: string) =>
      new Request('http://localhost/x', { method: 'PATCH', headers: ifMatch ? { 'if-match': ifMatch } : {} });
    expect(expectedVersionOf(req('"2"'))).toBe(2);
    expect(expectedVersionOf(req(), { version: 5 })).toBe(5);
    expect(expectedVersionOf(req('"5"'), { version: '5' })).toBe(5);
    expect(() => expectedVersionOf(req())).toThrow(expect.objectContaining({ status: 428 }));
    expect(() => expectedVersionOf(req('"2"'), { version: 3 })).toThrow(
      expect.objectContaining({ status: 400 }),
    );
    expect(() => expectedVersionOf(req(), { version: 1.5 })).toThrow(
      expect.objectContaining({ status: 400 }),
    );
  });
});
