import { describe, expect, it } from 'vitest';
import {
  foreignActionOrigin,
  isServerActionRequest,
  malformedActionBody,
  needsBodyCheck,
  serverActionRefusal,
} from './action-request';

describe('server-action requests', () => {
  it('are POSTs with a Next-Action header', () => {
    expect(isServerActionRequest('POST', new Headers({ 'next-action': 'abc' }))).toBe(true);
    expect(isServerActionRequest('post', new Headers({ 'Next-Action': 'abc' }))).toBe(true);
    expect(isServerActionRequest('GET', new Headers({ 'next-action': 'abc' }))).toBe(false);
    expect(isServerActionRequest('POST', new Headers())).toBe(false);
  });

  it('multipart bodies are left to React; others are checked', () => {
    expect(needsBodyCheck('multipart/form-data; boundary=x')).toBe(false);
    expect(needsBodyCheck('text/plain;charset=UTF-8')).toBe(true);
    expect(needsBodyCheck('application/json')).toBe(true);
    expect(needsBodyCheck(null)).toBe(true);
  });

  it('a JSON array of arguments passes', () => {
    expect(malformedActionBody('[]')).toBeUndefined();
    expect(malformedActionBody('[{"a":1},"$K1"]')).toBeUndefined();
  });

  it('other bodies are named', () => {
    expect(malformedActionBody('')).toMatch(/no arguments/);
    expect(malformedActionBody('not json')).toMatch(/not valid JSON/);
    expect(malformedActionBody('\uFFFD{')).toMatch(/not valid JSON/);
    expect(malformedActionBody('"x"')).toMatch(/JSON array/);
    expect(malformedActionBody('{"0":1}')).toMatch(/JSON array/);
    expect(malformedActionBody('null')).toMatch(/JSON array/);
  });
});

describe('server-action refusals', () => {
  const action = (headers: Record<string, string>, body: string) =>
    new Request('http://127.0.0.1:3000/events/new', {
      method: 'POST',
      headers: { host: '127.0.0.1:3000', 'next-action': 'abc', ...headers },
      body,
    });

  it('a foreign or opaque Origin is refused with 403; no Origin is left to the action', () => {
    const h = (o: Record<string, string>) => new Headers({ host: '127.0.0.1:3000', ...o });
    expect(foreignActionOrigin(h({ origin: 'https://evil.example' }))).toMatch(/another site/);
    expect(foreignActionOrigin(h({ origin: 'null' }))).toMatch(/opaque/);
    expect(foreignActionOrigin(h({}))).toBeUndefined();
    expect(foreignActionOrigin(h({ origin: 'http://127.0.0.1:3000' }))).toBeUndefined();
    // Same origin but cross-site by Fetch metadata: the action's own check answers that one.
    expect(
      foreignActionOrigin(h({ origin: 'http://127.0.0.1:3000', 'sec-fetch-site': 'cross-site' })),
    ).toBeUndefined();
  });

  it('a malformed text/plain body is refused with 400, and the body is still readable after', async () => {
    const bad = action({ origin: 'http://127.0.0.1:3000', 'content-type': 'text/plain' }, 'nope');
    expect(await serverActionRefusal(bad)).toMatchObject({ status: 400, error: { code: 'invalid_body' } });
    expect(await bad.text()).toBe('nope');
    const good = action({ origin: 'http://127.0.0.1:3000', 'content-type': 'text/plain' }, '["x"]');
    expect(await serverActionRefusal(good)).toBeUndefined();
    const foreign = action({ origin: 'https://evil.example', 'content-type': 'text/plain' }, '["x"]');
    expect(await serverActionRefusal(foreign)).toMatchObject({ status: 403, error: { code: 'bad_origin' } });
  });
});
