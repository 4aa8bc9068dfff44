import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import { IDS } from '../../db/seed/article';
import { E2E_ADMIN } from '../accounts';
import { PASSWORD } from '../support/accounts';

// Shared by the security specs (csrf, authz, fuzz, xss, headers). Requests are made with Node's
// fetch, so that every header is exactly what the test says: no cookie jar adds a session, no
// browser adds an Origin. Accounts are made through the HTTP sign-up endpoint (each from its own
// made-up client address, so these specs do not use up the per-address sign-up limit other specs
// share) and promoted by the e2e admin through the real role-change server action.

export const ROOT = process.cwd();
export const PORT = Number(process.env.E2E_PORT ?? 3100);
export const BASE = `http://127.0.0.1:${PORT}`;
export const FOREIGN_ORIGIN = 'https://evil.example';

export type Role = 'contributor' | 'editor' | 'admin';

export interface Session {
  userId: string;
  name: string;
  email: string;
  role: Role;
  /** The `Cookie` header value of the session. */
  cookie: string;
}

export { IDS };

let addressCounter = 0;
/** A made-up client address per sign-up (see above). */
export function freshClientAddress(): string {
  addressCounter += 1;
  const n = (Date.now() + addressCounter * 7919 + Math.floor(Math.random() * 1e6)) % 16_000_000;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

export function unique(label: string): string {
  return `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}

/** The Cookie header made of a response's Set-Cookie lines (name=value only). */
export function cookieHeaderOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0]!.trim())
    .filter((pair) => !/=$/.test(pair))
    .join('; ');
}

export async function http(
  pathname: string,
  init: { method?: string; headers?: Record<string, string>; body?: BodyInit | null } = {},
): Promise<Response> {
  const method = init.method ?? 'GET';
  const response = await fetch(`${BASE}${pathname}`, { redirect: 'manual', ...init, method });
  const collection =
    /^\/api\/v1\/(events|event-links|organizations|regions|people|products|sources|metrics)(\?|$)/.exec(
      pathname,
    );
  if (method === 'POST' && collection && response.status === 201) {
    const body = (await response.clone().json()) as { id?: string };
    if (body.id) created.push({ resource: collection[1]!, key: body.id });
  }
  return response;
}

// Records created by these specs (REST creates and form redirects), removed again by
// removeCreated() so that the shared e2e database keeps only what other specs expect.
const created: { resource: string; key: string }[] = [];
const REDIRECT_RESOURCE: Record<string, string> = {
  events: 'events',
  vendors: 'organizations',
  carriers: 'organizations',
  retailers: 'organizations',
  organizations: 'organizations',
  regions: 'regions',
  people: 'people',
  products: 'products',
  sources: 'sources',
};

function trackRedirect(location: string | null) {
  const match = /^\/([a-z-]+)\/([^/;?#]+)/.exec(location ?? '');
  const resource = match && REDIRECT_RESOURCE[match[1]!];
  if (resource) created.push({ resource, key: decodeURIComponent(match[2]!) });
}

/** Soft-deletes, newest first, every record these specs created that is still live (as the e2e admin). */
export async function removeCreated(): Promise<void> {
  const admin = await e2eAdmin();
  for (const { resource, key } of created.splice(0).reverse()) {
    const read = await fetch(`${BASE}/api/v1/${resource}/${encodeURIComponent(key)}`);
    const tag = read.headers.get('etag');
    await read.arrayBuffer();
    if (read.status !== 200 || !tag) continue;
    const gone = await fetch(`${BASE}/api/v1/${resource}/${encodeURIComponent(key)}`, {
      method: 'DELETE',
      headers: { cookie: admin.cookie, origin: BASE, 'if-match': tag },
    });
    await gone.arrayBuffer();
  }
}

export async function json(response: Response): Promise<Record<string, unknown> | null> {
  const text = await response.text();
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return null;
  }
}

async function authPost(pathname: string, body: unknown): Promise<Response> {
  return http(`/api/auth${pathname}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: BASE, 'x-forwarded-for': freshClientAddress() },
    body: JSON.stringify(body),
  });
}

export async function signInApi(
  email: string,
  password: string,
): Promise<{ cookie: string; userId: string }> {
  const response = await authPost('/sign-in/email', { email, password });
  const body = await json(response.clone());
  expect(response.status, `sign in ${email}: ${JSON.stringify(body)}`).toBe(200);
  return { cookie: cookieHeaderOf(response), userId: (body?.user as { id: string }).id };
}

let adminSession: Promise<Session> | undefined;
/** The e2e admin (created by scripts/serve-e2e.mjs), signed in once per worker. */
export function e2eAdmin(): Promise<Session> {
  adminSession ??= signInApi(E2E_ADMIN.email, E2E_ADMIN.password).then(({ cookie, userId }) => ({
    userId,
    cookie,
    name: E2E_ADMIN.name,
    email: E2E_ADMIN.email,
    role: 'admin',
  }));
  return adminSession;
}

/** A new account with `role` (sign-up makes contributors; the e2e admin promotes through the real action). */
export async function newSession(role: Role, label: string = role): Promise<Session> {
  const name = unique(`Sec ${label}`);
  const email = `${name.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}@example.test`;
  const response = await authPost('/sign-up/email', { name, email, password: PASSWORD });
  const body = await json(response.clone());
  expect(response.status, `sign up: ${JSON.stringify(body)}`).toBe(200);
  const session: Session = {
    userId: (body?.user as { id: string }).id,
    name,
    email,
    role: 'contributor',
    cookie: cookieHeaderOf(response),
  };
  if (role !== 'contributor') {
    const admin = await e2eAdmin();
    const result = await callAction(actionNamed('changeRoleAction'), {
      session: admin,
      form: { userId: session.userId, role },
    });
    expect(result.text, `promote to ${role}`).toContain(`is now`);
    session.role = role;
  }
  return session;
}

// ---------------------------------------------------------------------------------------------
// Server actions: every one the build knows (Next's server-reference manifest), checked against
// the source files that declare 'use server', and called the way React's client calls them:
// POST to a page that uses the action, `Next-Action: <id>`, and the arguments encoded as React
// encodes a reply (`0` = the argument list as JSON, a FormData argument as "$K1" with its fields
// sent as `_1_<name>`).

export interface ServerAction {
  id: string;
  file: string;
  name: string;
  /** Pages (app router keys, e.g. "app/events/new/page") whose bundle holds the action. */
  pages: string[];
}

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

/** Every source file under `dirs` (relative to the repo root), as repo-relative paths. */
export function sourceFiles(dirs: string[], test: (file: string) => boolean): string[] {
  return dirs
    .flatMap((dir) => walk(path.join(ROOT, dir)))
    .map((file) => path.relative(ROOT, file).split(path.sep).join('/'))
    .filter(test)
    .sort();
}

/** Exported async functions of the files that start with 'use server' (the source of truth). */
export function declaredServerActions(): { file: string; name: string }[] {
  const files = sourceFiles(
    ['app', 'components', 'lib', 'db'],
    (f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f),
  );
  const out: { file: string; name: string }[] = [];
  for (const file of files) {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    if (!/^\s*['"]use server['"]/.test(text.replace(/^(\s*\/\/.*\n)*/, ''))) {
      // Inline 'use server' functions would be actions too: none are allowed to hide.
      expect(
        text.includes("'use server'") || text.includes('"use server"'),
        `${file}: inline 'use server'`,
      ).toBe(false);
      continue;
    }
    for (const match of text.matchAll(/export\s+async\s+function\s+(\w+)/g))
      out.push({ file, name: match[1]! });
  }
  return out;
}

let manifest: ServerAction[] | undefined;
export function serverActions(): ServerAction[] {
  if (manifest) return manifest;
  const raw = JSON.parse(
    readFileSync(path.join(ROOT, '.next/server/server-reference-manifest.json'), 'utf8'),
  ) as { node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }> };
  manifest = Object.entries(raw.node).map(([id, entry]) => ({
    id,
    file: entry.filename,
    name: entry.exportedName,
    pages: Object.keys(entry.workers),
  }));
  return manifest;
}

export function actionNamed(name: string): ServerAction {
  const action = serverActions().find((a) => a.name === name);
  if (!action) throw new Error(`no server action named ${name} in the build`);
  return action;
}

export interface ActionCall {
  session?: Session | null;
  /** Page path to post to (default: the first page using the action, without dynamic segments). */
  page?: string;
  /** Leading arguments (bound ids, previous state); the form goes last. */
  args?: unknown[];
  form?: Record<string, string | string[]>;
  /** Headers to add or override; `origin: undefined` removes the default same-origin header. */
  headers?: Record<string, string | undefined>;
  /** Send the encoded reply as text/plain (React's encoding for arguments without FormData). */
  textPlain?: boolean;
}

export interface ActionResult {
  status: number;
  text: string;
  headers: Headers;
}

export function defaultPage(action: ServerAction): string {
  const page = action.pages.find((p) => !p.includes('[')) ?? action.pages[0]!;
  return (
    page
      .replace(/^app/, '')
      .replace(/\/page$/, '')
      .replace(/\/\([^)]+\)/g, '') || '/'
  );
}

function encodeValue(value: unknown): unknown {
  if (value === undefined) return '$undefined';
  if (typeof value === 'string') return value.startsWith('$') ? `$${value}` : value;
  if (Array.isArray(value)) return value.map(encodeValue);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeValue(v)]));
  return value;
}

export async function callAction(action: ServerAction, call: ActionCall = {}): Promise<ActionResult> {
  const page = call.page ?? defaultPage(action);
  const args = [...(call.args ?? [undefined])];
  const headers: Record<string, string> = {
    'next-action': action.id,
    accept: 'text/x-component',
    origin: BASE,
  };
  if (call.session) headers.cookie = call.session.cookie;
  for (const [name, value] of Object.entries(call.headers ?? {})) {
    if (value === undefined) delete headers[name];
    else headers[name] = value;
  }
  let body: BodyInit;
  if (call.textPlain) {
    // The form's fields as a plain object argument: what a text/plain (no-preflight) post can carry.
    body = JSON.stringify([...args.map(encodeValue), encodeValue(call.form ?? {})]);
    headers['content-type'] = 'text/plain;charset=UTF-8';
  } else {
    // As React does: the referenced parts first, the root last (the server resolves the root
    // as soon as it arrives, and a FormData reference only sees the parts already read).
    const data = new FormData();
    for (const [name, value] of Object.entries(call.form ?? {})) {
      for (const v of Array.isArray(value) ? value : [value]) data.append(`_1_${name}`, v);
    }
    data.append('0', JSON.stringify([...args.map(encodeValue), '$K1']));
    body = data;
  }
  const response = await http(page, { method: 'POST', headers, body });
  trackRedirect(response.headers.get('x-action-redirect'));
  return { status: response.status, text: await response.text(), headers: response.headers };
}

// ---------------------------------------------------------------------------------------------
// What a user has written: the revisions made by an account, counted on the public /changes
// feed filtered by actor (every record write, role change and saved view is one revision).

export async function revisionsBy(userId: string): Promise<number> {
  let total = 0;
  let cursor = '';
  for (let page = 0; page < 50; page++) {
    const response = await http(`/changes?actor=${encodeURIComponent(userId)}&limit=200${cursor}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    total += [...html.matchAll(/href="\/changes\/[a-z-]+\/[0-9a-f-]{36}#v\d+"/g)].length;
    const next = /href="[^"]*[?;]cursor=(\d+)/.exec(html)?.[1];
    if (!next) break;
    cursor = `&cursor=${next}`;
  }
  return total;
}

const TYPE_OF: Record<string, string> = {
  events: 'event',
  organizations: 'organization',
  regions: 'region',
  people: 'person',
  products: 'product',
  sources: 'source',
  'event-links': 'event-link',
  metrics: 'metric',
};

/** A record's current version (deleted records too): the newest on its history page, or null. */
export async function recordVersion(resource: string, id: string): Promise<number | null> {
  const type = TYPE_OF[resource] ?? resource;
  const history = await (await http(`/changes/${type}/${id}`)).text();
  const versions = [...history.matchAll(/id="v(\d+)"/g)].map((m) => Number(m[1]));
  return versions.length ? Math.max(...versions) : null;
}

/** Whether the session cookie still names a signed-in user. */
export async function sessionIsValid(session: Session): Promise<boolean> {
  const response = await http('/api/auth/get-session', { headers: { cookie: session.cookie } });
  const body = await json(response);
  return Boolean(body && (body.user as { id?: string } | undefined)?.id === session.userId);
}

/** Whether a personal API token still authenticates (a POST with it reaches validation: 400, not 401). */
export async function tokenWorks(token: string): Promise<boolean> {
  const response = await http('/api/v1/events', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: '{}',
  });
  return response.status === 400;
}

/** Creates a personal API token for the session through the real action (same origin). */
export async function createToken(session: Session): Promise<string> {
  const result = await callAction(actionNamed('createTokenAction'), {
    session,
    page: '/account',
    form: { name: unique('token') },
  });
  const token = /bh_[A-Za-z0-9_-]{43}/.exec(result.text)?.[0];
  expect(token, `token created: ${result.text.slice(0, 300)}`).toBeTruthy();
  return token!;
}

// ---------------------------------------------------------------------------------------------
// REST: every route handler file under app/ (the API, the feeds, the view exports) and the
// mutating methods it exports.

export interface RouteFile {
  file: string;
  /** The URL pattern, e.g. /api/v1/events/[id]/restore. */
  pattern: string;
  /** Mutating methods exported; `alias` names an inert handler (JSON 405 or 404), null for a real one. */
  methods: { method: 'POST' | 'PUT' | 'PATCH' | 'DELETE'; alias: string | null }[];
}

const MUTATING = ['POST', 'PUT', 'PATCH', 'DELETE'] as const;

export function routeFiles(): RouteFile[] {
  return sourceFiles(['app'], (f) => /\/route\.ts$/.test(f)).map((file) => {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    const methods: RouteFile['methods'] = [];
    for (const method of MUTATING) {
      if (new RegExp(`export\\s+(const|async\\s+function|function)\\s+${method}\\b`).test(text)) {
        methods.push({ method, alias: null });
        continue;
      }
      const aliased = new RegExp(`(\\w+)\\s+as\\s+${method}\\b`).exec(text)?.[1];
      if (!aliased) continue;
      // Inert: a JSON 405 (methodNotAllowed / readOnlyMethod) or the catch-all's JSON 404.
      const inert =
        aliased === 'unknownPath' ||
        aliased === 'readOnlyMethod' ||
        new RegExp(`const\\s+${aliased}\\s*=\\s*methodNotAllowed\\(`).test(text);
      methods.push({ method, alias: inert ? aliased : null });
    }
    const pattern = '/' + file.replace(/^app\//, '').replace(/\/route\.ts$/, '');
    return { file, pattern, methods };
  });
}
