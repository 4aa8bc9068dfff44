import fc from 'fast-check';
import { expect, test } from '@playwright/test';
import { WRITE_RESOURCES } from '../../lib/api/write-resources';
import {
  actionCallFor,
  createTargets,
  csvCell,
  importCsv,
  METRIC_CSV_HEADER,
  metricCsv,
  type Targets,
} from './fixtures';
import {
  BASE,
  actionNamed,
  callAction,
  http,
  newSession,
  removeCreated,
  revisionsBy,
  serverActions,
  type Session,
} from './support';

// Fuzzing the running server: every write endpoint gets random and hostile requests (fast-check,
// fixed seed, a bounded number of runs): hostile strings, javascript:/data: URLs, huge strings,
// invalid JSON and UTF-8, wrong content types and types, bad dates, unknown fields, junk
// If-Match headers. The answer is never a 5xx: a 2xx when the input happens to be valid, else a
// 4xx whose JSON error names the problem. Nothing is written by a refusal: the caller's
// revisions grow by exactly the number of 2xx answers.

test.describe.configure({ mode: 'serial' });

const SEED = 20_261_124;
const RUNS = Number(process.env.FUZZ_RUNS ?? 25);

const CODES = new Set([
  'invalid_parameter',
  'invalid_body',
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'method_not_allowed',
  'unsupported_media_type',
  'payload_too_large',
  'precondition_required',
]);

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  'javascript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  "'; DROP TABLE events; --",
  '${7*7}{{7*7}}',
  '\u0000\u0001\u001f',
  '\ud800',
  '\u202e',
  '../../etc/passwd',
  'x'.repeat(20_000),
  'February 30 2019',
  '2019-02-29',
  '13/2018',
  'Q5 2018',
  '99999',
  '00000000-0000-0000-0000-000000000000',
  '__proto__',
];

const value = fc.oneof(
  fc.constantFrom<unknown>(...HOSTILE, null, true, false, 0, -1, 1.5, 1e308, [], {}, [null], { $ne: null }),
  fc.string({ maxLength: 40 }),
  fc.jsonValue({ maxDepth: 2 }),
);

interface FuzzRequest {
  body: string | Uint8Array;
  type: string;
}

function bodies(fields: string[]): fc.Arbitrary<FuzzRequest> {
  const json = (body: string) => ({ body, type: 'application/json' });
  return fc.oneof(
    {
      weight: 5,
      arbitrary: fc
        .dictionary(fc.constantFrom(...fields, 'unknownField', '__proto__', 'id', 'version'), value, {
          maxKeys: fields.length + 2,
        })
        .map((o) => json(JSON.stringify(o))),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom('{', '[1,2]', 'null', '"x"', '{"a":', '', '{"title":"x"}}', 'NaN').map(json),
    },
    {
      weight: 1,
      arbitrary: fc.uint8Array({ minLength: 1, maxLength: 40 }).map((bytes) => ({
        // Bytes that are mostly not valid UTF-8 (0x80-0xff without their lead bytes).
        body: new Uint8Array([
          ...Buffer.from('{"title":"'),
          ...bytes.map((b) => 0x80 | b),
          ...Buffer.from('"}'),
        ]),
        type: 'application/json',
      })),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/xml',
          '',
          'application/json; charset=latin1x',
        )
        .map((type) => ({ body: '{"title":"x"}', type })),
    },
  );
}

const ifMatch = fc.constantFrom<string | undefined>(
  undefined,
  '"1"',
  '"2"',
  '*',
  'W/"1"',
  '"abc"',
  '"-1"',
  '"99999999999999999999"',
  '',
);

let editor: Session;
let targets: Targets;

test.beforeAll(async () => {
  editor = await newSession('editor', 'fuzz editor');
  targets = await createTargets(editor);
});

test.afterAll(async () => {
  await removeCreated();
});

async function send(method: string, path: string, request: FuzzRequest, version?: string) {
  const headers: Record<string, string> = { cookie: editor.cookie, origin: BASE };
  if (request.type) headers['content-type'] = request.type;
  if (version !== undefined) headers['if-match'] = version;
  return http(path, { method, headers, body: request.body as BodyInit });
}

/** Problems with one answer (empty when it is a 2xx or a well-formed 4xx naming the problem). */
async function judge(label: string, response: Response): Promise<string[]> {
  const text = await response.text();
  if (response.status < 300) return [];
  if (response.status >= 500) return [`${label}: ${response.status} ${text.slice(0, 200)}`];
  let body: {
    error?: {
      code?: string;
      message?: string;
      fieldErrors?: Record<string, string[]>;
      parameter?: string;
      rows?: unknown[];
    };
  };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return [`${label}: ${response.status} answer is not JSON: ${text.slice(0, 120)}`];
  }
  const error = body.error;
  const problems: string[] = [];
  if (!error || !CODES.has(error.code ?? ''))
    problems.push(`${label}: unknown error code ${JSON.stringify(body).slice(0, 200)}`);
  if (!error?.message) problems.push(`${label}: no message`);
  if (error?.code === 'validation_failed') {
    const fields = Object.keys(error.fieldErrors ?? {});
    if (!fields.length && !error.rows?.length) problems.push(`${label}: validation_failed names no field`);
    if (
      fields.length &&
      !fields.some((field) => error.message!.includes(field.split('.')[0]!)) &&
      !fields.includes('_')
    )
      problems.push(`${label}: message "${error.message}" names none of ${fields.join(', ')}`);
  }
  if (error?.code === 'invalid_parameter' && !error.parameter)
    problems.push(`${label}: invalid_parameter without parameter`);
  if (!(response.headers.get('content-type') ?? '').includes('json'))
    problems.push(`${label}: content-type ${response.headers.get('content-type')}`);
  return problems;
}

const RESOURCE_TARGET: Record<string, () => { id: string }> = {
  events: () => targets.event,
  organizations: () => targets.organization,
  regions: () => targets.region,
  people: () => targets.person,
  products: () => targets.product,
  sources: () => targets.source,
  'event-links': () => targets.eventLink,
  metrics: () => targets.metric,
};

for (const resource of Object.values(WRITE_RESOURCES)) {
  test(`${resource.name}: random and hostile writes are answered 2xx or a 4xx naming the problem`, async () => {
    const fields = Object.keys(resource.schema.shape);
    const before = await revisionsBy(editor.userId);
    let accepted = 0;
    const problems: string[] = [];
    const target = RESOURCE_TARGET[resource.name]!();
    const operation = fc.constantFrom('create', 'update', 'delete', 'restore', 'revert');
    await fc.assert(
      fc.asyncProperty(operation, bodies(fields), ifMatch, async (op, request, version) => {
        const item = `/api/v1/${resource.name}/${target.id}`;
        const [method, path] = {
          create: ['POST', `/api/v1/${resource.name}`],
          update: ['PATCH', item],
          delete: ['DELETE', item],
          restore: ['POST', `${item}/restore`],
          revert: ['POST', `${item}/revert`],
        }[op] as [string, string];
        const response = await send(method, path, request, op === 'create' ? undefined : version);
        if (response.status < 300) accepted += 1;
        problems.push(
          ...(await judge(
            `${method} ${path} ${request.type} ${String(request.body).slice(0, 80)}`,
            response,
          )),
        );
      }),
      { seed: SEED, numRuns: RUNS },
    );
    expect(problems).toEqual([]);
    expect(await revisionsBy(editor.userId), 'one revision per accepted write, none for a refusal').toBe(
      before + accepted,
    );
  });
}

test('bodies over 1 MB are refused with 413 before they are read, on every write endpoint', async () => {
  const before = await revisionsBy(editor.userId);
  const huge = JSON.stringify({ title: 'x'.repeat(1024 * 1024 + 10) });
  const problems: string[] = [];
  for (const resource of Object.values(WRITE_RESOURCES)) {
    const item = `/api/v1/${resource.name}/${RESOURCE_TARGET[resource.name]!().id}`;
    for (const [method, path] of [
      ['POST', `/api/v1/${resource.name}`],
      ['PATCH', item],
      ['POST', `${item}/revert`],
    ]) {
      const response = await send(method!, path!, { body: huge, type: 'application/json' }, '"1"');
      if (response.status !== 413) problems.push(`${method} ${path}: ${response.status}`);
      problems.push(...(await judge(`${method} ${path}`, response)));
    }
  }
  // The views endpoint takes at most 16 KB; import at most its file limit.
  const view = await send('POST', '/api/v1/views', {
    body: JSON.stringify({ title: 'x'.repeat(20_000) }),
    type: 'application/json',
  });
  expect(view.status).toBe(413);
  const bigImport = await send('POST', '/api/v1/import', {
    body: importCsv() + '\n'.repeat(11 * 1024 * 1024),
    type: 'text/csv',
  });
  expect([413]).toContain(bigImport.status);
  expect(problems).toEqual([]);
  expect(await revisionsBy(editor.userId)).toBe(before);
});

test('import and views: random and hostile files and bodies', async () => {
  const before = await revisionsBy(editor.userId);
  let accepted = 0;
  const problems: string[] = [];
  const csvCell = fc.oneof(
    fc.constantFrom(...HOSTILE, 'xiaomi', 'statement', 'happened', '2018', 'late 2018', ''),
    fc.string({ maxLength: 20 }),
  );
  const csv = fc
    .array(fc.array(csvCell, { minLength: 1, maxLength: 9 }), { minLength: 0, maxLength: 4 })
    .map((rows) =>
      [
        'title,type,status,vendor,date,source_url,source_outlet,source_title,quote',
        ...rows.map((r) => r.map((c) => JSON.stringify(String(c))).join(',')),
      ].join('\n'),
    );
  const importRequest = fc.oneof(
    csv.map((body) => ({ body, type: 'text/csv' })),
    bodies(['title', 'type', 'status', 'vendor', 'date', 'sources']).map((r) => ({
      ...r,
      body: typeof r.body === 'string' && r.type === 'application/json' ? `[${r.body}]` : r.body,
    })),
    bodies(['events']),
  );
  await fc.assert(
    fc.asyncProperty(importRequest, fc.boolean(), async (request, dryRun) => {
      const path = `/api/v1/import${dryRun ? '?dryRun=1' : ''}`;
      const response = await send('POST', path, request);
      if (response.status < 300 && !dryRun) accepted += 1;
      problems.push(
        ...(await judge(`POST ${path} ${request.type} ${String(request.body).slice(0, 100)}`, response)),
      );
    }),
    { seed: SEED, numRuns: RUNS * 2 },
  );
  const viewFields = ['vendors', 'regions', 'from', 'to', 'event', 'title', 'pin', 'asof', 'types', 'q'];
  await fc.assert(
    fc.asyncProperty(bodies(viewFields), async (request) => {
      const response = await send('POST', '/api/v1/views', request);
      if (response.status < 300) accepted += 1;
      problems.push(
        ...(await judge(
          `POST /api/v1/views ${request.type} ${String(request.body).slice(0, 100)}`,
          response,
        )),
      );
    }),
    { seed: SEED, numRuns: RUNS * 2 },
  );
  expect(problems).toEqual([]);
  // An import writes one revision per event and source; count at least one per accepted file.
  expect(await revisionsBy(editor.userId)).toBeGreaterThanOrEqual(before + accepted);
  if (accepted === 0) expect(await revisionsBy(editor.userId)).toBe(before);
});

test('query parameters of the write endpoints are checked too', async () => {
  const problems: string[] = [];
  for (const query of ['dryRun=maybe', 'dryRun=1&dryRun=0', 'unknown=1', `dryRun=${'x'.repeat(5000)}`]) {
    const response = await send('POST', `/api/v1/import?${query}`, { body: importCsv(), type: 'text/csv' });
    if (response.status !== 400) problems.push(`import?${query}: ${response.status}`);
    problems.push(...(await judge(`import?${query}`, response)));
  }
  expect(problems).toEqual([]);
});

// ---------------------------------------------------------------------------------------------
// Metrics: the import endpoint and the metric form's server action.

test('metric import: random and hostile files and bodies', async () => {
  const before = await revisionsBy(editor.userId);
  let accepted = 0;
  const problems: string[] = [];
  const cell = fc.oneof(
    fc.constantFrom(
      ...HOSTILE,
      targets.organization.slug,
      targets.region.slug,
      'xiaomi',
      'india',
      '2019-Q1',
      'Q4 2018',
      '2019-Q9',
      'market_share_pct',
      'shipments',
      '12.5',
      '-3',
      '101',
      '1e400',
      'NaN',
      '1,5',
      'https://example.com/m',
      'javascript:alert(1)',
      '',
    ),
    fc.string({ maxLength: 20 }),
  );
  const csv = fc
    .array(fc.array(cell, { minLength: 1, maxLength: 10 }), { minLength: 0, maxLength: 4 })
    .map((rows) =>
      [METRIC_CSV_HEADER, ...rows.map((r) => r.map((c) => csvCell(String(c))).join(','))].join('\n'),
    );
  const request = fc.oneof(
    { weight: 3, arbitrary: csv.map((body) => ({ body, type: 'text/csv' })) },
    { weight: 1, arbitrary: bodies(['vendor', 'region', 'period', 'metric', 'value']) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        { body: 'vendor;region\nx;y', type: 'text/csv' },
        { body: '"unterminated,quote\n', type: 'text/csv' },
        { body: METRIC_CSV_HEADER, type: 'text/csv' },
        { body: '', type: 'text/csv' },
        {
          body: '--x\r\nContent-Disposition: form-data; name="nope"\r\n\r\n1\r\n--x--',
          type: 'multipart/form-data; boundary=x',
        },
        { body: 'garbage', type: 'multipart/form-data; boundary=x' },
      ),
    },
  );
  await fc.assert(
    fc.asyncProperty(request, fc.boolean(), async (r, dryRun) => {
      const path = `/api/v1/metrics/import${dryRun ? '?dryRun=1' : ''}`;
      const response = await send('POST', path, r);
      if (response.status < 300 && !dryRun) accepted += 1;
      problems.push(...(await judge(`POST ${path} ${r.type} ${String(r.body).slice(0, 100)}`, response)));
    }),
    { seed: SEED, numRuns: RUNS * 2 },
  );
  // Too large, and query parameters.
  const huge = await send('POST', '/api/v1/metrics/import', {
    body: metricCsv(targets) + '\n'.repeat(11 * 1024 * 1024),
    type: 'text/csv',
  });
  if (huge.status !== 413) problems.push(`huge metric import: ${huge.status}`);
  problems.push(...(await judge('huge metric import', huge)));
  for (const query of ['dryRun=maybe', 'unknown=1']) {
    const response = await send('POST', `/api/v1/metrics/import?${query}`, {
      body: metricCsv(targets),
      type: 'text/csv',
    });
    if (response.status !== 400) problems.push(`metrics/import?${query}: ${response.status}`);
    problems.push(...(await judge(`metrics/import?${query}`, response)));
  }
  expect(problems).toEqual([]);
  expect(await revisionsBy(editor.userId)).toBeGreaterThanOrEqual(before + accepted);
  if (accepted === 0) expect(await revisionsBy(editor.userId)).toBe(before);
});

test('the metric form: hostile values are refused field by field, never a 5xx, nothing written', async () => {
  const before = await revisionsBy(editor.userId);
  let accepted = 0;
  const problems: string[] = [];
  const field = (...valid: string[]) =>
    fc.oneof(fc.constantFrom(...HOSTILE, ...valid, ''), fc.string({ maxLength: 20 }));
  const form = fc.record({
    vendorId: field(targets.organization.id, targets.region.id),
    regionId: field(targets.region.id),
    period: field('2020-Q1', 'Q2 2020', '2020-Q5'),
    metric: field('market_share_pct', 'shipments'),
    value: field('12.5', '-1', '1e400', '100.5'),
    sourceId: field(targets.source.id),
    quote: field('The source states the figure.'),
  });
  await fc.assert(
    fc.asyncProperty(form, async (values) => {
      const result = await callAction(actionNamed('createMetricAction'), {
        session: editor,
        page: '/metrics/new',
        args: [{ submission: 0 }],
        form: values,
      });
      const label = `createMetricAction ${JSON.stringify(values).slice(0, 160)}`;
      if (result.status >= 500) return void problems.push(`${label}: ${result.status}`);
      if (result.headers.get('x-action-redirect')) return void (accepted += 1);
      // The form's own answer: a status and, when invalid, the fields at fault.
      const state = /"status":"(invalid|error|denied|conflict)"/.exec(result.text)?.[1];
      if (!state) problems.push(`${label}: no form state in ${result.text.slice(0, 200)}`);
      if (state === 'invalid' && !/"fieldErrors":\{"\w+/.test(result.text))
        problems.push(`${label}: invalid, but no field named`);
    }),
    { seed: SEED, numRuns: RUNS * 2 },
  );
  expect(problems).toEqual([]);
  expect(await revisionsBy(editor.userId), 'one revision per saved metric').toBe(before + accepted);
});

// ---------------------------------------------------------------------------------------------
// Malformed server-action calls from this site. React decodes a text/plain body as the JSON
// argument list, so an action declared (previous, data: FormData) can be handed plain objects,
// null, or too few arguments; bound ids can be anything. Each action checks the shape first
// (lib/forms/action-args.ts) and answers with its ordinary error state. Bodies Next itself cannot
// decode (not JSON: `SyntaxError` in decodeReply; a root that is not an array: `action.apply(null,
// "x")`) would be a 500 before any action runs: the proxy answers them 400 invalid_body
// (lib/security/action-request.ts).

const UNDECODABLE_BODIES = ['', 'not json', '{"0":1}', '"x"', 'null', '[1,', '\uFFFD\uFFFE'];

const MALFORMED_BODIES = [
  '[]',
  '[null]',
  '[null,null,null,null]',
  '[{"submission":0},{"name":"x","tokenId":"x","userId":"x","role":"admin","email":"a@b.c"}]',
  '["x","y",{"submission":0},{"title":"x"}]',
  '[1,2,3,4]',
  '[[["name","x"]],[["name","x"]]]',
];

test('malformed server-action calls from this site get the form’s error state, never a 5xx', async () => {
  const caller = await newSession('admin', 'fuzz malformed');
  const mine = await createTargets(caller);
  const before = await revisionsBy(caller.userId);
  const problems: string[] = [];
  for (const action of serverActions().filter((a) => a.name !== 'signOutAction')) {
    const call = await actionCallFor(action.name, mine, {
      tokenId: '',
      roleTarget: caller.userId,
      email: '',
    });
    // A same-origin text/plain action call with this exact body, as React would send one.
    const postBody = async (body: string) => {
      const response = await http(call.page ?? '/', {
        method: 'POST',
        headers: {
          'next-action': action.id,
          accept: 'text/x-component',
          origin: BASE,
          cookie: caller.cookie,
          'content-type': 'text/plain;charset=UTF-8',
        },
        body,
      });
      return { status: response.status, text: await response.text(), headers: response.headers };
    };
    const attempts: { label: string; run: () => ReturnType<typeof callAction> }[] = MALFORMED_BODIES.map(
      (body) => ({ label: `text/plain ${body}`, run: () => postBody(body) }),
    );
    for (const body of UNDECODABLE_BODIES) {
      attempts.push({
        label: `undecodable ${JSON.stringify(body)}`,
        run: async () => {
          const result = await postBody(body);
          if (result.status !== 400 || !result.text.includes('"invalid_body"'))
            problems.push(
              `${action.name} undecodable ${JSON.stringify(body)}: ${result.status} ${result.text.slice(0, 120)}`,
            );
          return result;
        },
      });
    }
    const args = call.args ?? [undefined];
    if (args.length >= 2) {
      // Bound ids of the wrong type, and too few arguments (the form lands on an id).
      attempts.push(
        {
          label: 'objects as bound ids',
          run: () =>
            callAction(action, {
              ...call,
              session: caller,
              args: [...args.slice(0, -1).map(() => ({ wrong: true })), args.at(-1)],
            }),
        },
        { label: 'no bound ids', run: () => callAction(action, { ...call, session: caller, args: [] }) },
      );
    }
    for (const attempt of attempts) {
      const result = await attempt.run();
      const label = `${action.name} ${attempt.label}`;
      if (result.status >= 500) problems.push(`${label}: ${result.status} ${result.text.slice(-120)}`);
      if (result.headers.get('x-action-redirect')) problems.push(`${label}: redirected (it ran)`);
      if (/bh_[A-Za-z0-9_-]{43}|is now/.test(result.text)) problems.push(`${label}: it ran`);
    }
  }
  expect(problems).toEqual([]);
  expect(await revisionsBy(caller.userId), 'nothing written').toBe(before);
});
