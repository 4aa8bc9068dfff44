import { expect, test } from '@playwright/test';
import { PASSWORD } from '../support/accounts';
import {
  actionCallFor,
  createBodies,
  createTargets,
  importCsv,
  itemKey,
  metricBody,
  metricCsv,
  type Targets,
} from './fixtures';
import {
  BASE,
  FOREIGN_ORIGIN,
  actionNamed,
  callAction,
  createToken,
  declaredServerActions,
  http,
  json,
  newSession,
  revisionsBy,
  routeFiles,
  serverActions,
  sessionIsValid,
  tokenWorks,
  unique,
  type RouteFile,
  type Session,
  removeCreated,
} from './support';

// CSRF matrix. Every mutating route handler (found by reading app/api/**/route.ts, so a new one
// cannot be forgotten: it fails here until the table below says how to call it) and every server
// action (Next's server-reference manifest, checked against the 'use server' files) is called
// with the victim's session cookie from "another site" in five ways. Each must be refused, and
// nothing may change: the victim (an admin, so every write would be allowed) has made no new
// revision, is still signed in, and their API token still works.
//
// Server actions: a foreign or "null" Origin is refused by the proxy with 403 bad_origin (Next
// would answer 500, "Invalid Server Actions request"); a request without Origin, or marked
// `Sec-Fetch-Site: cross-site`, reaches the action, and our checkActionOrigin refuses it. Route handlers: lib/security/origin.ts (403 bad_origin).

test.describe.configure({ mode: 'serial' });

interface Variant {
  name: string;
  headers: Record<string, string | undefined>;
  textPlain?: boolean;
  /** The proxy refuses these server-action requests (foreign or "null" Origin: 403 bad_origin). */
  proxyRefuses?: boolean;
}

const VARIANTS: Variant[] = [
  { name: 'a foreign Origin', headers: { origin: FOREIGN_ORIGIN }, proxyRefuses: true },
  { name: 'Origin: null', headers: { origin: 'null' }, proxyRefuses: true },
  { name: 'no Origin (cookie only)', headers: { origin: undefined } },
  { name: 'Sec-Fetch-Site: cross-site', headers: { origin: BASE, 'sec-fetch-site': 'cross-site' } },
  {
    name: 'a text/plain body from another site',
    headers: { origin: FOREIGN_ORIGIN },
    textPlain: true,
    proxyRefuses: true,
  },
];

let victim: Session;
let bystander: Session;
let targets: Targets;
let token: string;

interface World {
  revisions: number;
  signedIn: boolean;
  tokenWorks: boolean;
}

async function world(): Promise<World> {
  return {
    revisions: await revisionsBy(victim.userId),
    signedIn: await sessionIsValid(victim),
    tokenWorks: await tokenWorks(token),
  };
}

test.beforeAll(async () => {
  victim = await newSession('admin', 'csrf victim');
  bystander = await newSession('contributor', 'csrf bystander');
  targets = await createTargets(victim);
  token = await createToken(victim);
});

test.afterAll(async () => {
  await removeCreated();
});

// ---------------------------------------------------------------------------------------------
// Route handlers

interface RestCall {
  method?: string;
  path: string;
  body?: string;
  contentType?: string;
  ifMatch?: number;
}

const CHANGED_FIELD: Record<string, Record<string, unknown>> = {
  events: { title: 'Changed by a forged request' },
  organizations: { name: 'Changed by a forged request' },
  regions: { name: 'Changed by a forged request' },
  people: { name: 'Changed by a forged request' },
  products: { name: 'Changed by a forged request' },
  sources: { title: 'Changed by a forged request' },
  'event-links': { note: 'Changed by a forged request' },
  metrics: { value: 99 },
};

/** How to call each mutating handler with a request that would succeed if it were let through. */
function restCall(route: RouteFile, method: string): RestCall {
  const p = route.pattern;
  const jsonBody = (value: unknown) => ({ body: JSON.stringify(value), contentType: 'application/json' });
  let m: RegExpExecArray | null;
  if (p === '/api/auth/[...all]' && method === 'POST') return { path: '/api/auth/sign-out', ...jsonBody({}) };
  if (p === '/api/v1/import' && method === 'POST')
    return { path: p, body: importCsv(), contentType: 'text/csv' };
  if (p === '/api/v1/metrics/import' && method === 'POST')
    return { path: p, body: metricCsv(targets), contentType: 'text/csv' };
  if (p === '/api/v1/views' && method === 'POST')
    return { path: p, ...jsonBody({ vendors: 'xiaomi', title: unique('Forged view') }) };
  if ((m = /^\/api\/v1\/([a-z-]+)$/.exec(p)) && method === 'POST') {
    const resource = m[1]!;
    if (resource === 'event-links') {
      return {
        path: p,
        ...jsonBody({ fromEventId: targets.otherEvent.id, toEventId: targets.event.id, type: 'related' }),
      };
    }
    if (resource === 'metrics') return { path: p, ...jsonBody(metricBody(targets)) };
    const body = createBodies()[resource];
    if (body) return { path: p, ...jsonBody(body) };
  }
  if ((m = /^\/api\/v1\/([a-z-]+)\/\[(id|slug)\]$/.exec(p))) {
    const { key, version } = itemKey(targets, m[1]!);
    if (method === 'PATCH')
      return { path: `/api/v1/${m[1]}/${key}`, ...jsonBody(CHANGED_FIELD[m[1]!]), ifMatch: version };
    if (method === 'DELETE') return { path: `/api/v1/${m[1]}/${key}`, ifMatch: version };
  }
  if ((m = /^\/api\/v1\/([a-z-]+)\/\[(id|slug)\]\/(restore|revert)$/.exec(p)) && method === 'POST') {
    const resource = m[1]!;
    if (m[3] === 'restore') {
      const deleted = resource === 'events' ? targets.deletedEvent : undefined;
      const { key, version } = deleted
        ? { key: deleted.id, version: deleted.version }
        : itemKey(targets, resource);
      return { path: `/api/v1/${resource}/${key}/restore`, ifMatch: version };
    }
    const { key, version } = itemKey(targets, resource);
    return { path: `/api/v1/${resource}/${key}/revert`, ...jsonBody({ toVersion: 1 }), ifMatch: version };
  }
  throw new Error(
    `${route.file}: no forged request for ${method} in the CSRF table (e2e/security/csrf.spec.ts): add one`,
  );
}

async function sendRest(call: RestCall, headers: Record<string, string | undefined>, textPlain = false) {
  const all: Record<string, string> = { cookie: victim.cookie };
  if (call.contentType) all['content-type'] = textPlain ? 'text/plain;charset=UTF-8' : call.contentType;
  if (call.ifMatch !== undefined) all['if-match'] = `"${call.ifMatch}"`;
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) all[name] = value;
  return http(call.path, { method: call.method ?? 'POST', headers: all, body: call.body });
}

const routes = routeFiles();

test('the route table is what the file tree says', () => {
  // A sanity check of the discovery itself: the write API's handlers are all found.
  const real = routes.flatMap((r) =>
    r.methods.filter((m) => !m.alias).map((m) => `${m.method} ${r.pattern}`),
  );
  expect(real).toEqual(
    expect.arrayContaining([
      'POST /api/v1/events',
      'PATCH /api/v1/events/[id]',
      'DELETE /api/v1/events/[id]',
      'POST /api/v1/events/[id]/restore',
      'POST /api/v1/events/[id]/revert',
      'POST /api/v1/import',
      'POST /api/v1/metrics/import',
      'POST /api/v1/metrics',
      'PATCH /api/v1/metrics/[id]',
      'DELETE /api/v1/metrics/[id]',
      'POST /api/v1/metrics/[id]/restore',
      'POST /api/v1/metrics/[id]/revert',
      'POST /api/v1/views',
    ]),
  );
  expect(real.length).toBeGreaterThanOrEqual(30);
});

for (const variant of VARIANTS) {
  test(`every mutating route handler refuses ${variant.name}`, async () => {
    const before = await world();
    const outcomes: string[] = [];
    for (const route of routes) {
      for (const { method, alias } of route.methods) {
        // Aliases (JSON 405s, the catch-all 404s) write nothing; they are called all the same.
        const call = alias
          ? {
              path: route.pattern.replace(/\[\[?\.\.\.\w+\]\]?|\[\w+\]/g, 'x'),
              body: '{}',
              contentType: 'application/json',
            }
          : restCall(route, method);
        const response = await sendRest({ ...call, method }, variant.headers, variant.textPlain);
        const body = await json(response);
        const code = (body?.error as { code?: string } | undefined)?.code;
        const ok = alias
          ? [403, 404, 405].includes(response.status)
          : response.status === 403 && code === 'bad_origin';
        if (!ok) outcomes.push(`${method} ${call.path}: ${response.status} ${JSON.stringify(body)}`);
      }
    }
    expect(outcomes, 'requests not refused').toEqual([]);
    expect(await world(), 'nothing changed').toEqual(before);
  });
}

test('a same-origin text/plain body is refused with 415 and writes nothing', async () => {
  const before = await world();
  for (const [resource, body] of Object.entries(createBodies())) {
    const response = await http(`/api/v1/${resource}`, {
      method: 'POST',
      headers: { cookie: victim.cookie, origin: BASE, 'content-type': 'text/plain;charset=UTF-8' },
      body: JSON.stringify(body),
    });
    expect(response.status, resource).toBe(415);
    expect((await json(response))?.error).toMatchObject({ code: 'unsupported_media_type' });
  }
  expect(await world()).toEqual(before);
});

test('a bearer token is exempt from the Origin check, and still works from any Origin', async () => {
  // A token is not ambient: a page on another site cannot make the victim's browser attach it
  // (Authorization needs a CORS preflight, which this API never grants), so a request that
  // carries one was made by its holder on purpose, e.g. a script. Refusing a foreign Origin there
  // would add nothing; the token itself is the proof.
  const response = await http('/api/v1/views', {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      origin: FOREIGN_ORIGIN,
      'sec-fetch-site': 'cross-site',
      'content-type': 'application/json',
    },
    body: JSON.stringify({ vendors: 'xiaomi', title: unique('Token view') }),
  });
  expect(response.status).toBe(201);
  // ... but a token does not make a cookie request exempt: the same request without it is refused.
  const cookieOnly = await http('/api/v1/views', {
    method: 'POST',
    headers: { cookie: victim.cookie, origin: FOREIGN_ORIGIN, 'content-type': 'application/json' },
    body: JSON.stringify({ vendors: 'xiaomi' }),
  });
  expect(cookieOnly.status).toBe(403);
  // A malformed bearer header is not a token: no exemption, and no fallback to the cookie.
  const malformed = await http('/api/v1/events', {
    method: 'POST',
    headers: {
      authorization: 'Bearer nope',
      cookie: victim.cookie,
      origin: FOREIGN_ORIGIN,
      'content-type': 'application/json',
    },
    body: JSON.stringify(createBodies().events),
  });
  expect([401, 403]).toContain(malformed.status);
});

// ---------------------------------------------------------------------------------------------
// Server actions

const REFUSAL = /did not come from this site|Cross-site requests|no Origin header|opaque origin|another site/;

test('the build has exactly the server actions the source declares', () => {
  const built = serverActions()
    .map((a) => `${a.file}#${a.name}`)
    .sort();
  const declared = declaredServerActions()
    .map((a) => `${a.file}#${a.name}`)
    .sort();
  expect(built).toEqual(declared);
  expect(built.length).toBeGreaterThanOrEqual(21);
});

for (const variant of VARIANTS) {
  test(`every server action refuses ${variant.name}`, async () => {
    const tokenId = await tokenIdOf(victim, token);
    const before = await world();
    const problems: string[] = [];
    for (const action of serverActions()) {
      const call = await actionCallFor(action.name, targets, {
        tokenId,
        roleTarget: bystander.userId,
        email: victim.email,
      });
      const result = await callAction(action, {
        ...call,
        session: victim,
        headers: variant.headers,
        textPlain: variant.textPlain,
      });
      const setsSession = result.headers.getSetCookie().some((c) => /session_token=[^;]/.test(c));
      const redirected = result.headers.get('x-action-redirect');
      // Void actions (sign out, revoke) say nothing either way: the world check below decides.
      const voidAction = action.name === 'signOutAction' || action.name === 'revokeTokenAction';
      // Where Next lets the request through, our own check must be what refuses it.
      const refused = variant.proxyRefuses
        ? result.status === 403 && /"bad_origin"/.test(result.text)
        : REFUSAL.test(result.text) || voidAction;
      if (!refused || setsSession || (redirected && !voidAction))
        problems.push(`${action.name}: ${result.status} ${redirected ?? ''} ${result.text.slice(0, 200)}`);
    }
    expect(problems, 'actions not refused').toEqual([]);
    expect(await world(), 'nothing changed').toEqual(before);
  });
}

async function tokenIdOf(session: Session, _token: string): Promise<string> {
  // The account page lists the user's tokens; the revoke form carries each one's id.
  const response = await http('/account', { headers: { cookie: session.cookie } });
  const html = await response.text();
  const id = /name="tokenId" value="([0-9a-f-]{36})"/.exec(html)?.[1];
  expect(id, 'a token id on /account').toBeTruthy();
  return id!;
}

test('sign-in and sign-up from another site set no session (login CSRF)', async () => {
  const email = `${unique('login-csrf')}@example.test`;
  for (const variant of VARIANTS) {
    const headers: Record<string, string> = {
      'content-type': variant.textPlain ? 'text/plain' : 'application/json',
    };
    for (const [name, value] of Object.entries(variant.headers))
      if (value !== undefined) headers[name] = value;
    for (const [path, body] of [
      ['/api/auth/sign-in/email', { email: victim.email, password: PASSWORD }],
      ['/api/auth/sign-up/email', { name: 'Forged', email, password: PASSWORD }],
    ] as const) {
      const response = await http(path, { method: 'POST', headers, body: JSON.stringify(body) });
      expect(response.status, `${variant.name} ${path}`).toBeGreaterThanOrEqual(400);
      expect(response.headers.getSetCookie().join(';'), `${variant.name} ${path}`).not.toMatch(
        /session_token=[^;]/,
      );
    }
  }
  // The forged sign-up made no account.
  const probe = await http('/api/auth/sign-in/email', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: BASE },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  expect(probe.status).toBe(401);
});

test('the same calls from this site do succeed (the matrix is not refusing everything)', async () => {
  // One route handler and one server action, same origin: both write.
  const before = await revisionsBy(victim.userId);
  const response = await http('/api/v1/views', {
    method: 'POST',
    headers: { cookie: victim.cookie, origin: BASE, 'content-type': 'application/json' },
    body: JSON.stringify({ vendors: 'xiaomi', title: unique('Same-site view') }),
  });
  expect(response.status).toBe(201);
  const call = await actionCallFor('createSourceAction', targets, {
    tokenId: '',
    roleTarget: bystander.userId,
    email: victim.email,
  });
  const result = await callAction(actionNamed('createSourceAction'), { session: victim, ...call });
  expect(result.headers.get('x-action-redirect')).toMatch(/^\/sources\//);
  expect(await revisionsBy(victim.userId)).toBe(before + 2);
});
