import { expect, test, type Page } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { apiWrite, csvCell, METRIC_CSV_HEADER } from './fixtures';
import { BASE, IDS, http, json, newSession, removeCreated, unique, type Session } from './support';

// Stored hostile strings, read back in a real browser. Records whose every free-text field holds
// markup that would run script if it were ever inserted unescaped (each payload sets
// window.__xss and opens a dialog) are created through the API, then every page that shows them
// is opened in Chromium: no dialog, no window.__xss, no Content-Security-Policy violation (the
// page never even tried to run an injected script). Separately, the CSP is shown to be the second
// line: the same pages with an unescaped inline script and event handler spliced into the HTML
// (the real response headers kept) run neither.

test.describe.configure({ mode: 'serial' });

const tag = unique('xss').replace(/[^a-z0-9]/g, '');
const PAYLOADS = [
  `<img src=x onerror="window.__xss='img';alert('img')">`,
  `"><script>window.__xss='script';alert('script')</script>`,
  `'><svg onload="window.__xss='svg';alert('svg')">`,
  `javascript:window.__xss='js';alert('js')`,
  `</title><script>window.__xss='title'</script>`,
  `{{constructor.constructor('window.__xss=1')()}}`,
];
const hostile = (label: string) => `${label} ${tag} ${PAYLOADS.join(' ')}`.slice(0, 195);
const hostileLong = (label: string) => `${label} ${tag} ${PAYLOADS.join(' ')}`;

let editor: Session;
const made: Record<string, string> = {};

test.beforeAll(async () => {
  editor = await newSession('editor', 'xss editor');
  const org = await apiWrite(editor, 'POST', '/api/v1/organizations', {
    slug: `xss-${tag}`,
    name: hostile('Org'),
    kind: 'vendor',
    website: `https://example.com/?q="><script>window.__xss='href'</script>`,
    description: hostileLong('Description'),
  });
  made.orgSlug = String(org.slug);
  made.orgId = String(org.id);
  const region = await apiWrite(editor, 'POST', '/api/v1/regions', {
    slug: `xss-region-${tag}`,
    name: hostile('Region'),
    kind: 'country',
    note: hostileLong('Note'),
  });
  made.regionSlug = String(region.slug);
  const person = await apiWrite(editor, 'POST', '/api/v1/people', {
    slug: `xss-person-${tag}`,
    name: hostile('Person'),
    role: hostile('Role'),
    organizationId: org.id,
  });
  made.personSlug = String(person.slug);
  const product = await apiWrite(editor, 'POST', '/api/v1/products', {
    slug: `xss-product-${tag}`,
    name: hostile('Product'),
    vendorId: org.id,
    category: 'smartphone',
  });
  made.productSlug = String(product.slug);
  const source = await apiWrite(editor, 'POST', '/api/v1/sources', {
    url: `https://example.com/"onmouseover="window.__xss='attr'`,
    outlet: hostile('Outlet').slice(0, 120),
    title: hostile('Source'),
    author: hostile('Author'),
    note: hostileLong('Note'),
  });
  made.sourceId = String(source.id);
  const event = await apiWrite(editor, 'POST', '/api/v1/events', {
    title: hostile('Event'),
    summary: hostileLong('Summary'),
    type: 'market_entry',
    status: 'happened',
    vendorId: org.id,
    regionId: region.id,
    date: 'March 2018',
    counterpartyIds: [IDS.org.att],
    counterpartyNote: hostile('Counterparty').slice(0, 300),
    personIds: [person.id],
    productIds: [product.id],
    citations: [
      {
        sourceId: source.id,
        quote: hostileLong('Quote'),
        speakerId: person.id,
        note: hostileLong('Citation'),
      },
    ],
  });
  made.eventId = String(event.id);
  const other = await apiWrite(editor, 'POST', '/api/v1/events', {
    title: hostile('Other event'),
    type: 'statement',
    status: 'happened',
    vendorId: org.id,
    date: 'April 2018',
  });
  await apiWrite(editor, 'POST', '/api/v1/event-links', {
    fromEventId: event.id,
    toEventId: other.id,
    type: 'related',
    note: hostileLong('Link'),
  });
  const view = await http('/api/v1/views', {
    method: 'POST',
    headers: { cookie: editor.cookie, origin: BASE, 'content-type': 'application/json' },
    body: JSON.stringify({
      vendors: made.orgSlug,
      event: made.eventId,
      from: '2017-01',
      to: '2019-12',
      title: hostile('View'),
    }),
  });
  expect(view.status).toBe(201);
  made.viewSlug = String((await json(view))!.slug);
  // A pending plan (the calendar feed) whose summary tries to end its VEVENT and start another.
  const plan = await apiWrite(editor, 'POST', '/api/v1/events', {
    title: hostile('Plan'),
    summary: `${hostileLong('Plan summary')}\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:injected\r\nSUMMARY:injected ${tag}\r\nEND:VEVENT`,
    type: 'market_entry',
    status: 'planned',
    vendorId: org.id,
    regionId: region.id,
    date: 'March 2031',
  });
  made.planId = String(plan.id);
  // Cells a spreadsheet would run as formulas (the CSV export).
  const formula = await apiWrite(editor, 'POST', '/api/v1/events', {
    title: `=HYPERLINK("https://evil.example/?${tag}","click me")`,
    summary: `+cmd|' /C calc'!A0 ${tag}`,
    type: 'statement',
    status: 'happened',
    vendorId: org.id,
    date: 'May 2018',
    counterpartyIds: [IDS.org.att],
    counterpartyNote: `@SUM(1+1)*cmd|' /C calc'!A0`,
  });
  made.formulaId = String(formula.id);
  // A metric of the hostile vendor and region, with a hostile new source (/metrics).
  const metrics = await http('/api/v1/metrics/import', {
    method: 'POST',
    headers: { cookie: editor.cookie, origin: BASE, 'content-type': 'text/csv' },
    body: [
      METRIC_CSV_HEADER,
      [
        made.orgSlug,
        made.regionSlug,
        '2018-Q2',
        'market_share_pct',
        '7.5',
        `https://example.com/xss-${tag}?q="><script>window.__xss='metric-url'</script>`,
        hostile('Outlet').slice(0, 120),
        hostile('Metric source'),
        hostile('Metric quote'),
      ]
        .map(csvCell)
        .join(','),
    ].join('\n'),
  });
  expect(metrics.status, JSON.stringify(await json(metrics.clone()))).toBe(201);
  made.metricId = String(((await json(metrics)) as { metricIds: string[] }).metricIds[0]);
  // A javascript: URL is not accepted where a link is stored.
  const refused = await http('/api/v1/sources', {
    method: 'POST',
    headers: { cookie: editor.cookie, origin: BASE, 'content-type': 'application/json' },
    body: JSON.stringify({ url: 'javascript:alert(1)', outlet: 'x', title: 'x' }),
  });
  expect(refused.status).toBe(400);
  expect((await json(refused))?.error).toMatchObject({ fieldErrors: { url: expect.any(Array) } });
});

test.afterAll(async () => {
  await removeCreated();
});

function pages(): string[] {
  return [
    '/',
    '/events',
    `/events/${made.eventId}`,
    `/events/${made.eventId}/edit`,
    '/vendors',
    `/vendors/${made.orgSlug}`,
    `/organizations/${made.orgSlug}`,
    `/organizations/${made.orgSlug}/edit`,
    '/people',
    `/people/${made.personSlug}`,
    '/products',
    `/products/${made.productSlug}`,
    '/sources',
    `/sources/${made.sourceId}`,
    `/sources/${made.sourceId}/edit`,
    '/regions',
    `/regions/${made.regionSlug}`,
    '/changes',
    `/changes/event/${made.eventId}`,
    `/changes/organization/${made.orgId}`,
    `/timeline?vendors=${made.orgSlug}&from=2017-01&to=2019-12&event=${made.eventId}`,
    `/timeline?vendors=${made.orgSlug}&from=2017-01&to=2019-12&mode=list`,
    `/v/${made.viewSlug}`,
    `/embed/v/${made.viewSlug}`,
    `/embed/timeline?vendors=${made.orgSlug}&from=2017-01&to=2019-12`,
    `/v/${made.viewSlug}/timeline.svg`,
    `/metrics?vendor=${made.orgSlug}`,
    `/metrics?region=${made.regionSlug}&measure=market_share_pct`,
    `/metrics/${made.metricId}/edit`,
    `/changes/metric/${made.metricId}`,
  ];
}

async function trap(page: Page): Promise<{ dialogs: string[]; violations: string[] }> {
  const seen = { dialogs: [] as string[], violations: [] as string[] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) seen.violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return seen;
}

async function signedIn(page: Page) {
  await page.context().addCookies(
    editor.cookie.split('; ').map((pair) => {
      const [name, ...rest] = pair.split('=');
      return { name: name!, value: rest.join('='), url: BASE };
    }),
  );
}

test('no page that shows stored hostile strings runs them', async ({ page }) => {
  await signedIn(page);
  const seen = await trap(page);
  const problems: string[] = [];
  for (const path of pages()) {
    const response = await page.goto(path, { waitUntil: 'load' });
    expect(response?.status(), path).toBeLessThan(400);
    // The hostile text is on the page (as text), so the check is not vacuous.
    if (!path.endsWith('.svg') && !path.startsWith('/embed/timeline')) {
      const content = await page.content();
      if (!content.includes(tag)) problems.push(`${path}: the hostile record is not shown`);
    }
    await page.waitForTimeout(150);
    const flag = await page.evaluate(() => (window as unknown as { __xss?: string }).__xss);
    const csp = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
    // Nor was any markup injected (even markup that the CSP would have stopped, or that broke
    // the document): no element with an injected handler, no injected script, no parse error.
    const injected = await page.evaluate(() => {
      const found: string[] = [];
      for (const element of Array.from(document.querySelectorAll('*'))) {
        for (const attribute of Array.from(element.attributes)) {
          if (/^on/i.test(attribute.name) || /^\s*javascript:/i.test(attribute.value))
            found.push(`<${element.localName} ${attribute.name}="${attribute.value.slice(0, 40)}">`);
        }
        // Next's own scripts (nonced) carry the page data, hostile strings included, as JSON.
        const nonced = Boolean((element as HTMLElement).nonce);
        if (element.localName === 'script' && !nonced && (element.textContent ?? '').includes('__xss'))
          found.push('<script>');
        if (element.localName === 'parsererror') found.push('a document that no longer parses');
      }
      return found;
    });
    if (injected.length) problems.push(`${path}: injected ${injected.join(', ')}`);
    if (flag) problems.push(`${path}: window.__xss = ${flag}`);
    if (csp.length) problems.push(`${path}: CSP violations ${csp.join(', ')}`);
  }
  // Hovering and focusing links does not fire an attribute injected into an href.
  await page.goto(`/sources/${made.sourceId}`);
  for (const link of await page.locator('main a[href^="https://example.com"]').all()) await link.hover();
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
  expect(problems).toEqual([]);
  expect(seen.dialogs).toEqual([]);
  expect(seen.violations).toEqual([]);
});

test('the CSP blocks an inline script and an event handler even if they reached the HTML', async ({
  page,
}) => {
  // The server's real response, headers included, with unescaped markup spliced in: this is what
  // a missed escape would produce. Neither the script nor the handler may run.
  const seen = await trap(page);
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    const html = (await response.text()).replace(
      '<body',
      `<body data-x="1"><script>window.__xss='inline'</script><img src="/nope.png" onerror="window.__xss='handler'"><div`,
    );
    await route.fulfill({ response, body: html });
  });
  for (const path of ['/', `/events/${made.eventId}`, `/embed/v/${made.viewSlug}`]) {
    await page.goto(path, { waitUntil: 'load' });
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss), path).toBeUndefined();
    const csp = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
    expect(csp.join(' '), `${path}: the CSP reported the blocked script`).toMatch(/script-src/);
  }
  expect(seen.dialogs).toEqual([]);
});

// Feeds and exports are not HTML, but other programs render them: feed readers (Atom is XML),
// calendars (iCalendar lines) and spreadsheets (CSV formulas). Each must carry the stored hostile
// strings as text.

/** Every element name in a parsed XML tree. */
function elementNames(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) elementNames(item, out);
  else if (node && typeof node === 'object')
    for (const [name, child] of Object.entries(node)) {
      out.add(name);
      elementNames(child, out);
    }
  return out;
}

test('the Atom feed carries stored hostile strings as escaped text', async () => {
  const response = await http('/feeds/changes.atom');
  expect(response.status).toBe(200);
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const feed = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
    feed: { entry: { title: { '#text': string } | string; summary: { '#text': string } | string }[] };
  };
  const text = (v: { '#text': string } | string) => (typeof v === 'string' ? v : v['#text']);
  const hostileEntries = feed.feed.entry.filter((entry) => text(entry.title).includes(tag));
  expect(hostileEntries.length).toBeGreaterThan(0);
  // The markup comes back as the very characters stored: escaped, not interpreted.
  expect(hostileEntries.some((entry) => text(entry.title).includes(`<script>window.__xss='script'`))).toBe(
    true,
  );
  const names = elementNames(feed);
  for (const name of ['script', 'img', 'svg']) expect(names.has(name), name).toBe(false);
});

test('the calendar feed carries stored hostile strings as text: no injected event or property', async () => {
  const response = await http(`/feeds/planned.ics?vendor=${made.orgSlug}`);
  expect(response.status).toBe(200);
  const ics = await response.text();
  expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  // Only the one plan: the summary's "END:VEVENT / BEGIN:VEVENT" stayed inside its description.
  expect(events.map((e) => e.uid)).toEqual([`event-${made.planId}@beachhead`]);
  expect(events[0]!.summary).toContain(hostile('Plan'));
  expect(events[0]!.description).toContain(`END:VEVENT\nBEGIN:VEVENT\nUID:injected`);
  expect(ics).not.toMatch(/^UID:injected/m);
  expect(ics).not.toMatch(/^SUMMARY:injected/m);
});

test('the CSV export neutralizes cells a spreadsheet would run as formulas', async () => {
  const response = await http(`/api/v1/events.csv?vendor=${made.orgSlug}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
  const parsed = Papa.parse<string[]>((await response.text()).replace(/^\uFEFF/, ''), {
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  const [header, ...rows] = parsed.data;
  const col = (name: string) => header!.indexOf(name);
  const formula = rows.find((row) => row[col('id')] === made.formulaId);
  expect(formula).toBeDefined();
  expect(formula![col('title')]).toBe(`'=HYPERLINK("https://evil.example/?${tag}","click me")`);
  expect(formula![col('summary')]).toMatch(/^'\+cmd/);
  expect(formula![col('counterparty_note')]).toMatch(/^'@SUM/);
  // No cell of the export starts like a formula.
  const risky = rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell));
  expect(risky).toEqual([]);
  // The JSON export carries the same strings untouched (JSON is data, not a formula language).
  const listing = (await (await http(`/api/v1/events.json?vendor=${made.orgSlug}`)).json()) as unknown;
  expect(JSON.stringify(listing)).toContain('=HYPERLINK(');
});
