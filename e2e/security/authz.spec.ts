import { expect, test } from '@playwright/test';
import {
  actionCallFor,
  createBodies,
  createTargets,
  importCsv,
  metricBody,
  metricCsv,
  removeTargets,
  type Targets,
} from './fixtures';
import {
  BASE,
  callAction,
  createToken,
  http,
  json,
  newSession,
  recordVersion,
  revisionsBy,
  serverActions,
  tokenWorks,
  unique,
  type Role,
  type Session,
  removeCreated,
} from './support';

// Authorization: anonymous, contributor, editor and admin against every mutation, through the
// REST API and the server actions, compared with the table below (the rules of
// lib/domain/permissions.ts and db/auth/roles.ts, written out). A refusal must change nothing:
// the target keeps its version and the caller has made no revision. Then the known ways around
// a middleware check (x-middleware-subrequest, RSC and prefetch variants) and server actions
// posted without a session: no success at all. The data layer's own refusal, without any HTTP in
// front, is db/write/authorization.test.ts.

test.describe.configure({ mode: 'serial' });

type Who = 'anonymous' | Role;
const WHO: Who[] = ['anonymous', 'contributor', 'editor', 'admin'];
type Action = 'create' | 'update' | 'revert' | 'delete' | 'restore';

/** Status of each write API call per caller: 2xx = allowed. */
const EXPECTED: Record<Action, Record<Who, number>> = {
  create: { anonymous: 401, contributor: 201, editor: 201, admin: 201 },
  update: { anonymous: 401, contributor: 200, editor: 200, admin: 200 },
  revert: { anonymous: 401, contributor: 403, editor: 200, admin: 200 },
  delete: { anonymous: 401, contributor: 403, editor: 200, admin: 200 },
  restore: { anonymous: 401, contributor: 403, editor: 200, admin: 200 },
};
const IMPORT_EXPECTED: Record<Who, number> = { anonymous: 401, contributor: 403, editor: 200, admin: 200 };
/**
 * Metrics (db/write/entities/metric.ts, lib/domain/permissions.ts): a metric is a record like any
 * other, so adding one value through the form is for contributors and up; the bulk import
 * (POST /api/v1/metrics/import, lib/import/permissions.ts) is an editorial act, for editors and
 * admins, exactly like the event import. Single values go through the generic write API like any
 * resource (POST /api/v1/metrics, PATCH/DELETE /api/v1/metrics/{id}, restore, revert): contributors
 * create and correct, editors also delete, restore and revert.
 */
const METRIC_IMPORT_EXPECTED: Record<Who, number> = {
  anonymous: 401,
  contributor: 403,
  editor: 201,
  admin: 201,
};
const VIEW_EXPECTED: Record<Who, number> = { anonymous: 201, contributor: 201, editor: 201, admin: 201 };

/** Server actions: who may run each (true = allowed). */
const ACTION_EXPECTED: Record<string, Record<Who, boolean>> = {
  createEventAction: { anonymous: false, contributor: true, editor: true, admin: true },
  updateEventAction: { anonymous: false, contributor: true, editor: true, admin: true },
  createOrganizationAction: { anonymous: false, contributor: true, editor: true, admin: true },
  updateOrganizationAction: { anonymous: false, contributor: true, editor: true, admin: true },
  createRegionAction: { anonymous: false, contributor: true, editor: true, admin: true },
  updateRegionAction: { anonymous: false, contributor: true, editor: true, admin: true },
  createPersonAction: { anonymous: false, contributor: true, editor: true, admin: true },
  updatePersonAction: { anonymous: false, contributor: true, editor: true, admin: true },
  createProductAction: { anonymous: false, contributor: true, editor: true, admin: true },
  updateProductAction: { anonymous: false, contributor: true, editor: true, admin: true },
  createSourceAction: { anonymous: false, contributor: true, editor: true, admin: true },
  createMetricAction: { anonymous: false, contributor: true, editor: true, admin: true },
  updateMetricAction: { anonymous: false, contributor: true, editor: true, admin: true },
  updateSourceAction: { anonymous: false, contributor: true, editor: true, admin: true },
  revertToVersion: { anonymous: false, contributor: false, editor: true, admin: true },
  deleteFromHistory: { anonymous: false, contributor: false, editor: true, admin: true },
  restoreFromHistory: { anonymous: false, contributor: false, editor: true, admin: true },
  changeRoleAction: { anonymous: false, contributor: false, editor: false, admin: true },
  createTokenAction: { anonymous: false, contributor: true, editor: true, admin: true },
  // Revoking: only one's own tokens (here: another user's token, so nobody may).
  revokeTokenAction: { anonymous: false, contributor: false, editor: false, admin: false },
};
/** Not authorization questions (anyone may try to sign in, up or out). */
const NOT_ROLE_GATED = new Set(['signInAction', 'signUpAction', 'signOutAction']);

const RESOURCES = [
  'events',
  'organizations',
  'regions',
  'people',
  'products',
  'sources',
  'event-links',
  'metrics',
];
const CHANGE: Record<string, Record<string, unknown>> = {
  events: { summary: 'changed' },
  organizations: { description: 'changed' },
  regions: { note: 'changed' },
  people: { role: 'changed' },
  products: { category: 'tablet' },
  sources: { note: 'changed' },
  'event-links': { note: 'changed' },
  metrics: { value: 13.25 },
};
const LINK_TYPE: Record<Who, string> = {
  anonymous: 'related',
  contributor: 'fulfils',
  editor: 'responds_to',
  admin: 'supersedes',
};

let owner: Session;
let sessions: Record<Role, Session>;
let targets: Targets;

test.beforeAll(async () => {
  owner = await newSession('admin', 'authz owner');
  sessions = {
    contributor: await newSession('contributor', 'authz contributor'),
    editor: await newSession('editor', 'authz editor'),
    admin: await newSession('admin', 'authz admin'),
  };
  targets = await createTargets(owner);
});

test.afterAll(async () => {
  await removeCreated();
});

function headersOf(who: Who, extra: Record<string, string> = {}): Record<string, string> {
  const base: Record<string, string> = { origin: BASE, 'content-type': 'application/json', ...extra };
  if (who !== 'anonymous') base.cookie = sessions[who].cookie;
  return base;
}

async function send(who: Who, method: string, path: string, body?: unknown, version?: number, extra = {}) {
  const headers = headersOf(who, version === undefined ? extra : { ...extra, 'if-match': `"${version}"` });
  let response = await http(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  // With `RSC: 1`, Next first redirects (307, method kept) to add its `_rsc` cache key: follow,
  // as a client would, so the answer checked is the handler's.
  for (let hops = 0; hops < 3 && [307, 308].includes(response.status); hops++) {
    const location = new URL(response.headers.get('location')!, BASE);
    response = await http(location.pathname + location.search, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }
  return { status: response.status, body: await json(response) };
}

/** A record of `resource` owned by `owner`, live (or deleted), for the refusals. */
async function ownerRecord(resource: string, deleted = false): Promise<{ id: string; version: number }> {
  const body =
    resource === 'event-links'
      ? {
          fromEventId: targets.otherEvent.id,
          toEventId: targets.event.id,
          type: deleted ? 'cancels' : 'related',
        }
      : resource === 'metrics'
        ? metricBody(targets)
        : createBodies()[resource];
  const created = await send('admin', 'POST', `/api/v1/${resource}`, body, undefined, {
    cookie: owner.cookie,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  let record = { id: String(created.body!.id), version: Number(created.body!.version) };
  if (deleted) {
    const gone = await send(
      'admin',
      'DELETE',
      `/api/v1/${resource}/${record.id}`,
      undefined,
      record.version,
      {
        cookie: owner.cookie,
      },
    );
    expect(gone.status).toBe(200);
    record = { id: record.id, version: Number(gone.body!.version) };
  }
  return record;
}

async function revisionsOf(who: Who): Promise<number> {
  return who === 'anonymous' ? 0 : revisionsBy(sessions[who].userId);
}

for (const resource of RESOURCES) {
  test(`${resource}: create, update, revert, delete and restore by each role`, async () => {
    const live = await ownerRecord(resource);
    const deleted = await ownerRecord(resource, true);
    const report: string[] = [];
    for (const who of WHO) {
      const before = await revisionsOf(who);
      let written = 0;
      const check = async (
        action: Action,
        result: { status: number; body: unknown },
        target?: { id: string; version: number },
      ) => {
        const expected = EXPECTED[action][who];
        if (result.status !== expected)
          report.push(
            `${who} ${action}: ${result.status} (expected ${expected}) ${JSON.stringify(result.body)}`,
          );
        if (result.status < 300) written += 1;
        else if (target) {
          const now = await recordVersion(resource, target.id);
          if (now !== target.version)
            report.push(
              `${who} ${action}: refused, but ${target.id} went from v${target.version} to v${now}`,
            );
        }
      };
      // create
      const createBody =
        resource === 'event-links'
          ? { fromEventId: targets.event.id, toEventId: targets.otherEvent.id, type: LINK_TYPE[who] }
          : resource === 'metrics'
            ? metricBody(targets)
            : createBodies()[resource];
      const created = await send(who, 'POST', `/api/v1/${resource}`, createBody);
      await check('create', created);
      // Allowed callers go on with their own record; the others try the owner's.
      let mine = created.status === 201 ? { id: String(created.body!.id), version: 1 } : { ...live };
      const step = async (action: Action, method: string, suffix: string, body?: unknown, target = mine) => {
        const result = await send(
          who,
          method,
          `/api/v1/${resource}/${target.id}${suffix}`,
          body,
          target.version,
        );
        await check(action, result, target);
        if (result.status < 300)
          mine = { id: target.id, version: Number((result.body as { version: number }).version) };
      };
      await step('update', 'PATCH', '', CHANGE[resource]);
      await step('revert', 'POST', '/revert', { toVersion: 1 });
      await step('delete', 'DELETE', '');
      // Restore: allowed callers their own deleted record, the others the owner's.
      await step(
        'restore',
        'POST',
        '/restore',
        undefined,
        created.status === 201 && EXPECTED.delete[who] < 300 ? mine : deleted,
      );
      const after = await revisionsOf(who);
      if (after - before !== written)
        report.push(`${who}: ${written} writes allowed but ${after - before} revisions`);
    }
    expect(report).toEqual([]);
  });
}

test('import: editors and admins only; saving a view: anyone', async () => {
  for (const who of WHO) {
    const before = await revisionsOf(who);
    const response = await http('/api/v1/import?dryRun=1', {
      method: 'POST',
      headers: headersOf(who, { 'content-type': 'text/csv' }),
      body: importCsv(),
    });
    expect(response.status, `${who} import: ${JSON.stringify(await json(response))}`).toBe(
      IMPORT_EXPECTED[who],
    );
    const view = await send(who, 'POST', '/api/v1/views', { vendors: 'xiaomi', title: unique('authz view') });
    expect(view.status, `${who} view`).toBe(VIEW_EXPECTED[who]);
    // A dry run writes nothing; the view is one revision.
    expect(await revisionsOf(who)).toBe(who === 'anonymous' ? 0 : before + 1);
  }
});

test('metric import: editors and admins only; a refusal writes nothing, an import its rows and new sources', async () => {
  const report: string[] = [];
  for (const who of WHO) {
    // A series of its own per caller (fresh vendor and region), so the import could succeed.
    const mine = await createTargets(owner);
    const before = await revisionsOf(who);
    const dry = await http('/api/v1/metrics/import?dryRun=1', {
      method: 'POST',
      headers: headersOf(who, { 'content-type': 'text/csv' }),
      body: metricCsv(mine),
    });
    const dryExpected = METRIC_IMPORT_EXPECTED[who] === 201 ? 200 : METRIC_IMPORT_EXPECTED[who];
    if (dry.status !== dryExpected)
      report.push(
        `${who} dry run: ${dry.status} (expected ${dryExpected}) ${JSON.stringify(await json(dry))}`,
      );
    const real = await http('/api/v1/metrics/import', {
      method: 'POST',
      headers: headersOf(who, { 'content-type': 'text/csv' }),
      body: metricCsv(mine),
    });
    const body = await json(real);
    if (real.status !== METRIC_IMPORT_EXPECTED[who])
      report.push(
        `${who} import: ${real.status} (expected ${METRIC_IMPORT_EXPECTED[who]}) ${JSON.stringify(body)}`,
      );
    // One metric and its new source: two revisions; a refusal (or the dry run) none.
    const wrote = (await revisionsOf(who)) - before;
    const expectedWrites = who === 'anonymous' ? 0 : real.status === 201 ? 2 : 0;
    if (wrote !== expectedWrites) report.push(`${who}: ${wrote} revisions (expected ${expectedWrites})`);
    await removeTargets(owner, mine);
  }
  expect(report).toEqual([]);
});

async function roleOf(session: Session): Promise<string> {
  const response = await http('/api/auth/get-session', { headers: { cookie: session.cookie } });
  return String(((await json(response))?.user as { role?: string } | undefined)?.role);
}

test('server actions: each role against the table', async () => {
  // Deleting the event last: the revert and the edit form need it live.
  const actions = serverActions()
    .filter((a) => !NOT_ROLE_GATED.has(a.name))
    .sort((a, b) => Number(a.name === 'deleteFromHistory') - Number(b.name === 'deleteFromHistory'));
  // Every action is in the table (a new one fails here until someone says who may run it).
  expect(actions.map((a) => a.name).sort()).toEqual(Object.keys(ACTION_EXPECTED).sort());
  const victimToken = await createToken(owner);
  const tokenId = /name="tokenId" value="([0-9a-f-]{36})"/.exec(
    await (await http('/account', { headers: { cookie: owner.cookie } })).text(),
  )![1]!;
  const bystander = await newSession('contributor', 'authz bystander');
  const report: string[] = [];
  for (const who of WHO) {
    // Fresh records per caller, owned by someone else, at known versions.
    const mine = await createTargets(owner);
    for (const action of actions) {
      const allowed = ACTION_EXPECTED[action.name]![who];
      const call = await actionCallFor(action.name, mine, {
        tokenId,
        roleTarget: bystander.userId,
        email: '',
        role: 'editor',
      });
      const before = await revisionsOf(who);
      const result = await callAction(action, {
        ...call,
        session: who === 'anonymous' ? null : sessions[who],
      });
      const redirected = result.headers.get('x-action-redirect');
      const succeeded =
        action.name === 'changeRoleAction'
          ? /is now/.test(result.text)
          : action.name === 'createTokenAction'
            ? /bh_[A-Za-z0-9_-]{43}/.test(result.text)
            : action.name === 'revokeTokenAction'
              ? !(await tokenWorks(victimToken))
              : Boolean(redirected) && !/sign-in/.test(redirected!);
      if (succeeded !== allowed)
        report.push(
          `${who} ${action.name}: ${succeeded ? 'succeeded' : 'refused'} (${result.status} ${result.text.slice(-160)})`,
        );
      const wrote = (await revisionsOf(who)) - before;
      const writes = !['createTokenAction', 'revokeTokenAction'].includes(action.name);
      if (writes && wrote !== (allowed ? 1 : 0) && !(allowed && action.name === 'changeRoleAction'))
        report.push(`${who} ${action.name}: ${wrote} revisions`);
    }
    await removeTargets(owner, mine);
  }
  expect(report).toEqual([]);
  expect(await roleOf(bystander)).toBe('editor'); // the admin's change, and only it
});

// ---------------------------------------------------------------------------------------------
// Ways around a middleware check: none of them helps, because authorization is not in the proxy
// but in the route handlers, the actions and the write path.

const BYPASS_HEADERS: Record<string, string>[] = [
  { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' },
  { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' },
  { 'x-middleware-subrequest': 'src/middleware:src/middleware:src/middleware:src/middleware:src/middleware' },
  { rsc: '1' },
  { 'next-router-prefetch': '1', rsc: '1' },
  { 'next-router-state-tree': '%5B%22%22%5D', rsc: '1' },
  { 'x-invoke-path': '/api/health', 'x-invoke-status': '200' },
  { 'x-nextjs-data': '1' },
];

test('x-middleware-subrequest, RSC and prefetch variants change nothing for anonymous callers and contributors', async () => {
  const event = await ownerRecord('events');
  const problems: string[] = [];
  for (const extra of BYPASS_HEADERS) {
    for (const suffix of ['', '.rsc', '?_rsc=1a2b3']) {
      for (const who of ['anonymous', 'contributor'] as const) {
        const attempts = [
          who === 'anonymous' ? ['POST', `/api/v1/events${suffix}`, createBodies().events] : null,
          ['DELETE', `/api/v1/events/${event.id}${suffix}`, undefined],
          ['POST', `/api/v1/events/${event.id}/revert${suffix}`, { toVersion: 1 }],
          ['POST', `/api/v1/import${suffix}`, undefined],
          ['POST', `/api/v1/metrics/import${suffix}`, undefined],
        ].filter(Boolean) as [string, string, unknown][];
        for (const [method, path, body] of attempts) {
          const result = await send(who, method, path, body, event.version, extra);
          if (result.status < 400 || result.status >= 500)
            problems.push(`${who} ${method} ${path} ${JSON.stringify(extra)}: ${result.status}`);
        }
      }
    }
  }
  expect(problems).toEqual([]);
  expect(await recordVersion('events', event.id)).toBe(event.version);
});

test('server actions posted without a session (with and without bypass headers) change nothing', async () => {
  const mine = await createTargets(owner);
  const bystander = await newSession('contributor', 'authz bystander 2');
  const versions = async () =>
    Promise.all([
      recordVersion('events', mine.event.id),
      recordVersion('events', mine.deletedEvent.id),
      recordVersion('organizations', mine.organization.id),
      recordVersion('sources', mine.source.id),
    ]);
  const before = await versions();
  const problems: string[] = [];
  for (const extra of [{}, ...BYPASS_HEADERS]) {
    for (const action of serverActions().filter((a) => !NOT_ROLE_GATED.has(a.name))) {
      const call = await actionCallFor(action.name, mine, {
        tokenId: '',
        roleTarget: bystander.userId,
        email: '',
      });
      const result = await callAction(action, { ...call, session: null, headers: extra });
      const redirected = result.headers.get('x-action-redirect');
      if (
        (redirected && !redirected.startsWith('/sign-in')) ||
        /is now|bh_[A-Za-z0-9_-]{43}/.test(result.text)
      )
        problems.push(`${action.name} ${JSON.stringify(extra)}: ${result.status} ${redirected}`);
    }
  }
  expect(problems).toEqual([]);
  expect(await versions()).toEqual(before);
  expect(await roleOf(bystander)).toBe('contributor');
  await removeTargets(owner, mine);
});
