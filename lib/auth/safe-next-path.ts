// `?next=` after sign-in: only a same-site relative path is honoured; anything else (absolute
// URLs, protocol-relative `//host`, back-slash tricks, control characters) falls back.

const BASE = 'http://beachhead.invalid';

export function safeNextPath(next: unknown, fallback = '/'): string {
  if (typeof next !== 'string' || next === '') return fallback;
  if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  if (/[\u0000-\u001f\u007f\\]/.test(next)) return fallback;
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Never bounce back into the auth pages themselves.
  if (/^\/(sign-in|sign-up)(\/|$|\?|#)/.test(path)) return fallback;
  return path;
}
