import { describe, expect, it } from 'vitest';
import { checkActionOrigin, checkOrigin, expectedOrigin, hasBearerToken, normalizeOrigin } from './origin';

const URL_ = 'http://127.0.0.1:3000/api/v1/events';

function req(method: string, headers: Record<string, string>, url = URL_) {
  return { method, url, headers: new Headers(headers) };
}

const COOKIE = { cookie: 'session=abc' };

describe('normalizeOrigin', () => {
  it('lower-cases and drops default ports', () => {
    expect(normalizeOrigin('HTTPS://Example.COM:443')).toBe('https://example.com');
    expect(normalizeOrigin('http://example.com:80/')).toBe('http://example.com');
    expect(normalizeOrigin('http://example.com:8080')).toBe('http://example.com:8080');
  });
  it('refuses what is not an http(s) origin', () => {
    expect(normalizeOrigin('null')).toBeUndefined();
    expect(normalizeOrigin('file:///etc/passwd')).toBeUndefined();
    expect(normalizeOrigin('not a url')).toBeUndefined();
  });
});

describe('expectedOrigin', () => {
  it('is the Host the client used, with the request scheme', () => {
    expect(expectedOrigin(req('POST', { host: 'beachhead.example' }, 'http://0.0.0.0:3000/x'))).toBe(
      'http://beachhead.example',
    );
  });
  it('follows a proxy’s X-Forwarded-Host and X-Forwarded-Proto (first value)', () => {
    const r = req('POST', {
      host: '127.0.0.1:3000',
      'x-forwarded-host': 'beachhead.example, proxy',
      'x-forwarded-proto': 'https',
    });
    expect(expectedOrigin(r)).toBe('https://beachhead.example');
  });
  it('falls back to the URL when there are no headers', () => {
    expect(expectedOrigin(req('POST', {}))).toBe('http://127.0.0.1:3000');
  });
});

describe('checkOrigin', () => {
  it('lets safe methods through', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS']) {
      expect(checkOrigin(req(method, { ...COOKIE, origin: 'https://evil.example' })).ok).toBe(true);
    }
  });

  it('accepts a same-origin POST', () => {
    expect(
      checkOrigin(req('POST', { ...COOKIE, host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000' })),
    ).toEqual({
      ok: true,
      via: 'same-origin',
    });
  });

  it('accepts a same-origin request behind a TLS proxy', () => {
    const r = req('PATCH', {
      ...COOKIE,
      host: '10.0.0.5:3000',
      'x-forwarded-host': 'beachhead.example',
      'x-forwarded-proto': 'https',
      origin: 'https://beachhead.example',
      'sec-fetch-site': 'same-origin',
    });
    expect(checkOrigin(r).ok).toBe(true);
  });

  it('refuses a foreign Origin', () => {
    const decision = checkOrigin(
      req('POST', { ...COOKIE, host: '127.0.0.1:3000', origin: 'https://evil.example' }),
    );
    expect(decision.ok).toBe(false);
  });

  it('refuses a foreign Origin even without cookies', () => {
    expect(checkOrigin(req('DELETE', { host: '127.0.0.1:3000', origin: 'https://evil.example' })).ok).toBe(
      false,
    );
  });

  it('refuses the same host on another scheme or port', () => {
    expect(
      checkOrigin(req('POST', { ...COOKIE, host: '127.0.0.1:3000', origin: 'https://127.0.0.1:3000' })).ok,
    ).toBe(false);
    expect(
      checkOrigin(req('POST', { ...COOKIE, host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3001' })).ok,
    ).toBe(false);
  });

  it('refuses Origin: null', () => {
    expect(checkOrigin(req('POST', { ...COOKIE, host: '127.0.0.1:3000', origin: 'null' })).ok).toBe(false);
  });

  it('refuses Sec-Fetch-Site: cross-site whatever the Origin says', () => {
    const r = req('POST', {
      ...COOKIE,
      host: '127.0.0.1:3000',
      origin: 'http://127.0.0.1:3000',
      'sec-fetch-site': 'cross-site',
    });
    expect(checkOrigin(r).ok).toBe(false);
  });

  it('refuses a cookie-carrying request without Origin', () => {
    expect(checkOrigin(req('POST', { ...COOKIE, host: '127.0.0.1:3000' })).ok).toBe(false);
  });

  it('lets a request with no credential at all through (the write path answers 401)', () => {
    expect(checkOrigin(req('POST', { host: '127.0.0.1:3000' }))).toEqual({ ok: true, via: 'no-credential' });
  });

  it('exempts bearer-token requests, which carry no ambient credential', () => {
    const r = req('POST', {
      authorization: 'Bearer bh_abc123',
      origin: 'https://elsewhere.example',
      'sec-fetch-site': 'cross-site',
    });
    expect(checkOrigin(r)).toEqual({ ok: true, via: 'bearer-token' });
    expect(checkOrigin(req('POST', { authorization: 'Bearer bh_abc', ...COOKIE }))).toEqual({
      ok: true,
      via: 'bearer-token',
    });
  });

  it('does not exempt other Authorization schemes or an empty bearer', () => {
    expect(checkOrigin(req('POST', { ...COOKIE, authorization: 'Basic dXNlcjpwYXNz' })).ok).toBe(false);
    expect(checkOrigin(req('POST', { ...COOKIE, authorization: 'Bearer ' })).ok).toBe(false);
  });
});

describe('hasBearerToken', () => {
  it('is case-insensitive on the scheme', () => {
    expect(hasBearerToken(new Headers({ authorization: 'bearer bh_x' }))).toBe(true);
    expect(hasBearerToken(new Headers({}))).toBe(false);
  });
});

describe('checkActionOrigin (server actions)', () => {
  it('accepts the same host', () => {
    expect(
      checkActionOrigin(new Headers({ host: 'localhost:3000', origin: 'http://localhost:3000' })).ok,
    ).toBe(true);
  });
  it('refuses missing, null, foreign and cross-site', () => {
    expect(checkActionOrigin(new Headers({ host: 'localhost:3000' })).ok).toBe(false);
    expect(checkActionOrigin(new Headers({ host: 'localhost:3000', origin: 'null' })).ok).toBe(false);
    expect(
      checkActionOrigin(new Headers({ host: 'localhost:3000', origin: 'https://evil.example' })).ok,
    ).toBe(false);
    expect(
      checkActionOrigin(
        new Headers({
          host: 'localhost:3000',
          origin: 'http://localhost:3000',
          'sec-fetch-site': 'cross-site',
        }),
      ).ok,
    ).toBe(false);
  });
  it('uses X-Forwarded-Host behind a proxy', () => {
    const h = new Headers({
      host: '10.0.0.5:3000',
      'x-forwarded-host': 'beachhead.example',
      origin: 'https://beachhead.example',
    });
    expect(checkActionOrigin(h).ok).toBe(true);
  });
});
