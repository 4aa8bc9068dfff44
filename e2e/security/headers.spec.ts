import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { PASSWORD } from '../support/accounts';
import {
  BASE,
  IDS,
  actionNamed,
  callAction,
  freshClientAddress,
  http,
  json,
  newSession,
  removeCreated,
  routeFiles,
  sourceFiles,
  unique,
  type Session,
} from './support';

// Headers and cookies audit. Every page (app/**/page.tsx, dynamic segments filled with seeded
// records) and every GET API route (app/api/**/route.ts) is fetched, signed out and as an admin,
// and each response checked: a nonce-based Content-Security-Policy without 'unsafe-inline' or
// 'unsafe-eval' scripts whose nonce is the one on every <script> of the page, frame-ancestors
// 'none' and X-Frame-Options DENY except for /embed/*, nosniff and Referrer-Policy. Then the
// session cookies of sign-up and sign-in (HTTP endpoints and server actions): HttpOnly,
// SameSite=Lax, Path=/, and Secure when the request arrived over https (the app decides that
// per request from X-Forwarded-Proto, set by the TLS-terminating proxy: db/auth/cookies.ts).

test.describe.configure({ mode: 'serial' });

let admin: Session;
let viewSlug: string;
let metricId: string;

test.beforeAll(async () => {
  admin = await newSession('admin', 'headers admin');
  const view = await http('/api/v1/views', {
    method: 'POST',
    headers: { cookie: admin.cookie, origin: BASE, 'content-type': 'application/json' },
    body: JSON.stringify({ vendors: 'xiaomi', title: unique('Headers view') }),
  });
  expect(view.status).toBe(201);
  viewSlug = String((await json(view))!.slug);
  // A metric of its own vendor, region and source (removed again in afterAll).
  const made: Record<string, string> = {};
  for (const [resource, body] of Object.entries({
    organizations: { slug: unique('headers-vendor'), name: unique('Headers vendor'), kind: 'vendor' },
    regions: { slug: unique('headers-region'), name: unique('Headers region'), kind: 'country' },
    sources: { outlet: 'Headers outlet', title: unique('Headers source'), url: 'https://example.com/h' },
    metrics: {},
  })) {
    const payload =
      resource === 'metrics'
        ? {
            vendorId: made.organizations,
            regionId: made.regions,
            period: '2018-Q1',
            metric: 'market_share_pct',
            value: 10,
            sourceId: made.sources,
            quote: 'The headers audit states 10.',
          }
        : body;
    const response = await http(`/api/v1/${resource}`, {
      method: 'POST',
      headers: { cookie: admin.cookie, origin: BASE, 'content-type': 'application/json' },
      body: JSON.stringify(payload),
    });
    const created = await json(response);
    expect(response.status, JSON.stringify(created)).toBe(201);
    made[resource] = String(created!.id);
  }
  metricId = made.metrics!;
});

test.afterAll(async () => {
  await removeCreated();
});

/** A real value for each dynamic segment, by the folder it sits in. */
function fill(pattern: string): string {
  const values: [RegExp, string][] = [
    [/^\/events\/\[id\]/, `/events/${IDS.event.presenceIndia}`],
    [/^\/sources\/\[id\]/, `/sources/${IDS.source.verge}`],
    [/^\/changes\/\[entityType\]\/\[id\]/, `/changes/event/${IDS.event.presenceIndia}`],
    [/^\/(organizations|vendors)\/\[slug\]/, '/$1/xiaomi'],
    [/^\/carriers\/\[slug\]/, '/carriers/att'],
    [/^\/retailers\/\[slug\]/, '/retailers/walmart'],
    [/^\/regions\/\[slug\]/, '/regions/spain'],
    [/^\/people\/\[slug\]/, '/people/lei-jun'],
    [/^\/products\/\[slug\]/, '/products/mi-mix-2'],
    [/^\/(embed\/)?v\/\[slug\]/, `/$1v/${viewSlug}`],
    [/^\/api\/v1\/(events|event-links)\/\[id\]/, `/api/v1/events/${IDS.event.presenceIndia}`],
    [/^\/api\/v1\/sources\/\[id\]/, `/api/v1/sources/${IDS.source.verge}`],
    [/^\/api\/v1\/people\/\[id\]/, '/api/v1/people/lei-jun'],
    [/^\/api\/v1\/products\/\[id\]/, '/api/v1/products/mi-mix-2'],
    [/^\/api\/v1\/organizations\/\[slug\]/, '/api/v1/organizations/xiaomi'],
    [/^\/api\/v1\/regions\/\[slug\]/, '/api/v1/regions/spain'],
    // No metric in the seed: the one made in beforeAll.
    [/^\/metrics\/\[id\]/, `/metrics/${metricId}`],
    [/^\/api\/v1\/metrics\/\[id\]/, `/api/v1/metrics/${metricId}`],
    [/\[\[?\.\.\.\w+\]\]?/, 'not-a-route'],
  ];
  let path = pattern;
  for (const [re, value] of values) if (re.test(path)) path = path.replace(re, value);
  expect(path, `a value for every segment of ${pattern}`).not.toMatch(/\[/);
  return path;
}

function pagePaths(): string[] {
  return sourceFiles(['app'], (f) => /\/page\.tsx$/.test(f)).map((file) =>
    fill(
      ('/' + file.replace(/^app\//, '').replace(/\/?page\.tsx$/, ''))
        .replace(/\/\([^)]+\)/g, '')
        .replace(/\/$/, '') || '/',
    ),
  );
}

function getApiPaths(): string[] {
  return routeFiles()
    .filter((route) => {
      const text = readFileSync(route.file, 'utf8');
      return /export\s+const\s+GET\b|\bas\s+GET\b/.test(text);
    })
    .map((route) => fill(route.pattern))
    .filter((path) => !path.endsWith('/restore') && !path.endsWith('/revert'));
}

function cspOf(headers: Headers): Record<string, string[]> {
  const csp = headers.get('content-security-policy') ?? '';
  return Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

function auditResponse(path: string, response: Response, html: string | null): string[] {
  const problems: string[] = [];
  const h = response.headers;
  const csp = cspOf(h);
  const embed = path.startsWith('/embed/');
  const scripts = csp['script-src'] ?? [];
  const nonce = scripts.find((v) => /^'nonce-[A-Za-z0-9+/=]{16,}'$/.test(v));
  if (!nonce) problems.push(`${path}: no nonce in script-src (${scripts.join(' ')})`);
  if (scripts.includes("'unsafe-inline'")) problems.push(`${path}: script-src allows 'unsafe-inline'`);
  if (scripts.includes("'unsafe-eval'")) problems.push(`${path}: script-src allows 'unsafe-eval'`);
  if (!(csp['object-src'] ?? []).includes("'none'")) problems.push(`${path}: object-src is not 'none'`);
  if (!(csp['base-uri'] ?? []).length) problems.push(`${path}: no base-uri`);
  const ancestors = (csp['frame-ancestors'] ?? []).join(' ');
  if (embed ? ancestors !== '*' : ancestors !== "'none'")
    problems.push(`${path}: frame-ancestors ${ancestors || '(none)'}`);
  const xfo = h.get('x-frame-options');
  if (embed ? xfo !== null : xfo !== 'DENY') problems.push(`${path}: X-Frame-Options ${xfo}`);
  if (h.get('x-content-type-options') !== 'nosniff')
    problems.push(`${path}: X-Content-Type-Options ${h.get('x-content-type-options')}`);
  if (
    !/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/.test(
      h.get('referrer-policy') ?? '',
    )
  )
    problems.push(`${path}: Referrer-Policy ${h.get('referrer-policy')}`);
  if (h.get('x-powered-by')) problems.push(`${path}: X-Powered-By is sent`);
  if (html && nonce) {
    // Every script of the page carries this response's nonce (else the CSP would block it, or
    // the page would rely on something other than the nonce).
    const value = nonce.slice("'nonce-".length, -1);
    for (const match of html.matchAll(/<script\b([^>]*)>/g)) {
      const attrs = match[1]!;
      if (/type="application\/(ld\+)?json"/.test(attrs)) continue;
      const given = /nonce="([^"]*)"/.exec(attrs)?.[1];
      if (given !== value) problems.push(`${path}: a <script${attrs.slice(0, 60)}> without the nonce`);
    }
  }
  return problems;
}

for (const who of ['signed out', 'admin'] as const) {
  test(`every page has the security headers (${who})`, async () => {
    const problems: string[] = [];
    const paths = pagePaths();
    expect(paths.length).toBeGreaterThanOrEqual(40);
    for (const path of paths) {
      const response = await http(path, { headers: who === 'admin' ? { cookie: admin.cookie } : {} });
      const html = response.headers.get('content-type')?.includes('text/html') ? await response.text() : null;
      expect(response.status, path).toBeLessThan(500);
      problems.push(...auditResponse(path, response, html));
    }
    expect(problems).toEqual([]);
  });
}

test('every GET API route, and error answers, have the headers too', async () => {
  const problems: string[] = [];
  const paths = [
    ...getApiPaths(),
    '/api/v1/events?limit=oops',
    '/api/v1/nope',
    '/api/health',
    '/no-such-page',
  ];
  expect(paths.length).toBeGreaterThanOrEqual(15);
  for (const path of paths) {
    const response = await http(path, { headers: { cookie: admin.cookie } });
    expect(response.status, path).toBeLessThan(500);
    await response.arrayBuffer();
    problems.push(...auditResponse(path, response, null));
  }
  expect(problems).toEqual([]);
});

/** Non-HTML answers: their media type, and an attachment where a download is meant. */
const DOWNLOADS: { path: string; type: RegExp; attachment: boolean }[] = [
  { path: '/feeds/changes.atom', type: /^application\/atom\+xml; charset=utf-8$/i, attachment: false },
  { path: '/feeds/planned.ics', type: /^text\/calendar; charset=utf-8$/i, attachment: false },
  { path: '/feeds/planned.ics?vendor=xiaomi', type: /^text\/calendar; charset=utf-8$/i, attachment: false },
  { path: '/api/v1/events.csv', type: /^text\/csv; charset=utf-8$/i, attachment: true },
  { path: '/api/v1/events.csv?vendor=huawei', type: /^text\/csv; charset=utf-8$/i, attachment: true },
  { path: '/api/v1/events.json', type: /^application\/json(; charset=utf-8)?$/i, attachment: true },
  {
    path: '/api/v1/metrics?vendor=xiaomi',
    type: /^application\/json(; charset=utf-8)?$/i,
    attachment: false,
  },
  { path: '/api/v1/metrics/import/template.csv', type: /^text\/csv(; charset=utf-8)?$/i, attachment: true },
];

test('feeds and exports: nosniff, their own content type, downloads as attachments', async () => {
  const discovered = getApiPaths();
  for (const path of [
    '/feeds/changes.atom',
    '/feeds/planned.ics',
    '/api/v1/events.csv',
    '/api/v1/events.json',
  ])
    expect(discovered, 'found by the route discovery').toContain(path);
  const problems: string[] = [];
  for (const { path, type, attachment } of DOWNLOADS) {
    for (const headers of [{}, { cookie: admin.cookie }] as Record<string, string>[]) {
      const response = await http(path, { headers });
      await response.arrayBuffer();
      if (response.status !== 200) problems.push(`${path}: ${response.status}`);
      const contentType = response.headers.get('content-type') ?? '';
      if (!type.test(contentType)) problems.push(`${path}: Content-Type ${contentType}`);
      if (response.headers.get('x-content-type-options') !== 'nosniff')
        problems.push(`${path}: X-Content-Type-Options ${response.headers.get('x-content-type-options')}`);
      const disposition = response.headers.get('content-disposition') ?? '';
      if (attachment && !/^attachment; filename="[\w.-]+"$/.test(disposition))
        problems.push(`${path}: Content-Disposition ${disposition}`);
      problems.push(...auditResponse(path, response, null));
    }
  }
  expect(problems).toEqual([]);
});

test('static files from public/ carry the headers too (robots.txt)', async () => {
  const response = await http('/robots.txt');
  const text = await response.text();
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  expect(text).toContain('Disallow: /api/');
  expect(text).toContain('Disallow: /embed/');
  expect(auditResponse('/robots.txt', response, null)).toEqual([]);
});

test('each response has its own nonce', async () => {
  const a = cspOf((await http('/')).headers)['script-src']!.find((v) => v.startsWith("'nonce-"));
  const b = cspOf((await http('/')).headers)['script-src']!.find((v) => v.startsWith("'nonce-"));
  expect(a).toBeTruthy();
  expect(a).not.toBe(b);
});

// ---------------------------------------------------------------------------------------------
// Session cookies

function sessionCookie(response: { headers: Headers }): string {
  const line = response.headers.getSetCookie().find((c) => /session_token=[^;]/.test(c));
  expect(line, 'a session cookie is set').toBeTruthy();
  return line!;
}

function expectCookieAttributes(line: string, secure: boolean) {
  expect(line).toMatch(/;\s*HttpOnly/i);
  expect(line).toMatch(/;\s*SameSite=(Lax|Strict)/i);
  expect(line).toMatch(/;\s*Path=\/(;|$)/i);
  if (secure) expect(line).toMatch(/;\s*Secure/i);
  else expect(line).not.toMatch(/;\s*Secure/i);
}

for (const https of [false, true]) {
  const scheme = https ? 'https (X-Forwarded-Proto: https)' : 'plain http';
  const origin = https ? BASE.replace('http:', 'https:') : BASE;
  const proto: Record<string, string> = https ? { 'x-forwarded-proto': 'https' } : {};

  test(`sign-up and sign-in cookies over ${scheme}`, async () => {
    const email = `${unique('cookie')}@example.test`;
    const headers = { 'content-type': 'application/json', origin, ...proto };
    const up = await http('/api/auth/sign-up/email', {
      method: 'POST',
      headers: { ...headers, 'x-forwarded-for': freshClientAddress() },
      body: JSON.stringify({ name: 'Cookie Test', email, password: PASSWORD }),
    });
    expect(up.status).toBe(200);
    expectCookieAttributes(sessionCookie(up), https);
    const signIn = await http('/api/auth/sign-in/email', {
      method: 'POST',
      headers: { ...headers, 'x-forwarded-for': freshClientAddress() },
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    expect(signIn.status).toBe(200);
    expectCookieAttributes(sessionCookie(signIn), https);
    for (const line of signIn.headers.getSetCookie()) {
      expect(line, 'every auth cookie').toMatch(/HttpOnly/i);
      if (https) expect(line, 'every auth cookie').toMatch(/Secure/i);
    }
    if (https)
      expect(
        signIn.headers.get('strict-transport-security') ??
          (await http('/', { headers: proto })).headers.get('strict-transport-security'),
      ).toMatch(/max-age=\d+/);
  });

  test(`the sign-in and sign-up forms' cookies over ${scheme}`, async () => {
    const email = `${unique('cookie-form')}@example.test`;
    const up = await callAction(actionNamed('signUpAction'), {
      page: '/sign-up',
      form: { name: 'Cookie Form', email, password: PASSWORD, next: '/' },
      headers: { ...proto, origin, 'x-forwarded-for': freshClientAddress() },
    });
    expectCookieAttributes(sessionCookie(up), https);
    const signIn = await callAction(actionNamed('signInAction'), {
      page: '/sign-in',
      form: { email, password: PASSWORD, next: '/' },
      headers: { ...proto, origin, 'x-forwarded-for': freshClientAddress() },
    });
    expectCookieAttributes(sessionCookie(signIn), https);
  });
}
