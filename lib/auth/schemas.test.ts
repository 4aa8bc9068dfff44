import { describe, expect, it } from 'vitest';
import { readBearer } from './api-token-format';
import { clientIp } from './client-ip';
import { tooManyAttemptsMessage } from './rate-limit-message';
import { safeNextPath } from './safe-next-path';
import { fieldErrorsOf, signUpSchema } from './schemas';

describe('safeNextPath', () => {
  it.each([
    ['/events?type=store_opening#x', '/events?type=store_opening#x'],
    ['/account', '/account'],
    ['/vendors/xiaomi', '/vendors/xiaomi'],
  ])('keeps same-site path %s', (input, expected) => {
    expect(safeNextPath(input)).toBe(expected);
  });

  it.each([
    'https://evil.example/',
    '//evil.example/x',
    '/\\evil.example',
    '\\\\evil.example',
    'javascript:alert(1)',
    'events',
    '/%0d%0aSet-Cookie:x',
    '/sign-in?next=/x',
    '/sign-up',
    '/a\nb',
    '',
    undefined,
    42,
  ])('refuses %s', (input) => {
    const result = safeNextPath(input, '/');
    if (input === '/%0d%0aSet-Cookie:x') {
      // Percent-encoded bytes stay encoded inside our own path: harmless.
      expect(result.startsWith('/')).toBe(true);
      expect(result).not.toMatch(/[\r\n]/);
    } else {
      expect(result).toBe('/');
    }
  });
});

describe('readBearer', () => {
  const token = `bh_${'a'.repeat(43)}`;
  it('reads a well-formed token', () => {
    expect(readBearer(`Bearer ${token}`)).toEqual({ kind: 'token', token });
    expect(readBearer(`bearer   ${token} `)).toEqual({ kind: 'token', token });
  });
  it('tells missing from malformed', () => {
    expect(readBearer(null)).toEqual({ kind: 'none' });
    expect(readBearer('')).toEqual({ kind: 'none' });
    expect(readBearer('Bearer')).toEqual({ kind: 'malformed' });
    expect(readBearer(`Bearer ${token}x`)).toEqual({ kind: 'malformed' });
    expect(readBearer(`Token ${token}`)).toEqual({ kind: 'malformed' });
    expect(readBearer(`Bearer ${token} extra`)).toEqual({ kind: 'malformed' });
  });
});

describe('clientIp', () => {
  it('takes the right-most forwarded hop', () => {
    expect(clientIp(new Headers({ 'x-forwarded-for': '1.1.1.1, 10.0.0.2' }))).toBe('10.0.0.2');
    expect(clientIp(new Headers({ 'x-real-ip': '::1' }))).toBe('::1');
    expect(clientIp(new Headers())).toBe('unknown');
  });
});

describe('tooManyAttemptsMessage', () => {
  it('rounds up to whole minutes', () => {
    expect(tooManyAttemptsMessage(900)).toBe('Too many attempts. Try again in 15 minutes.');
    expect(tooManyAttemptsMessage(61)).toBe('Too many attempts. Try again in 2 minutes.');
    expect(tooManyAttemptsMessage(5)).toBe('Too many attempts. Try again in 1 minute.');
  });
});

describe('signUpSchema', () => {
  it('names each bad field once', () => {
    const result = signUpSchema.safeParse({ name: ' ', email: 'nope', password: 'short' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldErrorsOf(result.error)).toEqual({
      name: 'Enter your name.',
      email: 'Enter an email address like name@example.com.',
      password: 'Use at least 10 characters.',
    });
  });
});

describe('requestOrigin', () => {
  it('uses the Host the client addressed, and the forwarded scheme', async () => {
    const { requestOrigin } = await import('./request-origin');
    const at = (headers: Record<string, string>) =>
      requestOrigin({ url: 'http://localhost:3000/api/auth/sign-in/email', headers: new Headers(headers) });
    expect(at({ host: '127.0.0.1:3510' })).toBe('http://127.0.0.1:3510');
    expect(at({ host: 'beachhead.example', 'x-forwarded-proto': 'https' })).toBe('https://beachhead.example');
    expect(at({})).toBe('http://localhost:3000');
    expect(at({ host: 'x', 'x-forwarded-proto': 'ftp' })).toBeUndefined();
  });
});
