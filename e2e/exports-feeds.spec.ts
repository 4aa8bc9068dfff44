import { readFile } from 'node:fs/promises';
import { XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { IDS } from '../db/seed/article';
import { nextQuarter } from '../lib/metrics/periods';
import { SYNTHETIC_METRIC_OUTLET, syntheticMetricsCsv } from '../lib/metrics/testing/synthetic-metrics';
import { expect, test } from './fixtures';
import { signUp, signUpEditor } from './support/accounts';

// Exports and feeds on the seeded founding article, and the metrics charts. The metric values
// imported here are SYNTHETIC (their source says so), made unique for this run, in the e2e
// database only. Other specs share the database: nothing here assumes only seed data exists.

const DEAL_TITLE = 'Huawei and AT&T deal to sell Huawei phones in the US';

test.describe('exports and feeds', () => {
  test('the CSV export of the current filter (vendor Huawei) holds the AT&T–Huawei row', async ({
    page,
    request,
  }) => {
    await page.goto('/events');
    await page.getByLabel('Vendor').selectOption({ label: 'Huawei' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/vendor=huawei/);
    const link = page.getByTestId('export-csv');
    await expect(link).toHaveAttribute('href', /^\/api\/v1\/events\.csv\?.*vendor=huawei/);
    await expect(page.getByTestId('export-json')).toHaveAttribute(
      'href',
      /^\/api\/v1\/events\.json\?.*vendor=huawei/,
    );
    await expect(page.getByTestId('subscribe-ics')).toHaveAttribute(
      'href',
      '/feeds/planned.ics?vendor=huawei',
    );

    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^beachhead-events-huawei-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await readFile((await download.path())!, 'utf8');
    const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    const deal = parsed.data.find((row) => row.id === IDS.event.attHuaweiDeal);
    expect(deal).toMatchObject({
      title: DEAL_TITLE,
      vendor: 'huawei',
      region: 'united-states',
      counterparties: 'AT&T',
      status: 'cancelled',
      window_start: '2018-01-01',
      window_end: '2018-01-31',
    });
    expect(parsed.data.every((row) => row.vendor === 'huawei')).toBe(true);

    // Exactly the rows of the JSON listing with the same filter.
    const listing = (await (await request.get('/api/v1/events?vendor=huawei&limit=200')).json()) as {
      items: { id: string }[];
    };
    expect(parsed.data.map((row) => row.id)).toEqual(listing.items.map((item) => item.id));
    const json = (await (await request.get('/api/v1/events.json?vendor=huawei')).json()) as {
      items: { id: string }[];
    };
    expect(json.items.map((item) => item.id)).toEqual(listing.items.map((item) => item.id));

    // The timeline offers the CSV of its own filters.
    await page.goto('/timeline?vendors=huawei&from=2017-01&to=2019-12');
    await expect(page.getByTestId('timeline-export-csv')).toHaveAttribute(
      'href',
      '/api/v1/events.csv?vendor=huawei&from=2017-01-01&to=2019-12-31',
    );

    // Same filter parsing as the listing: unknown or paging parameters are refused by name.
    const bad = await request.get('/api/v1/events.csv?vendr=huawei');
    expect(bad.status()).toBe(400);
    expect(((await bad.json()) as { error: { parameter: string } }).error.parameter).toBe('vendr');
    expect((await request.get('/api/v1/events.csv?limit=5')).status()).toBe(400);
  });

  test('the calendar feed is valid iCalendar and lists Xiaomi’s planned US entry with its window', async ({
    request,
  }) => {
    for (const query of [
      '',
      '?vendor=xiaomi',
      '?region=united-states',
      '?vendor=xiaomi&region=north-america',
    ]) {
      const response = await request.get(`/feeds/planned.ics${query}`);
      expect(response.status(), query).toBe(200);
      expect(response.headers()['content-type']).toMatch(/^text\/calendar/);
      const text = await response.text();
      expect(
        text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75),
        'folded lines',
      ).toBe(true);
      const calendar = new ICAL.Component(ICAL.parse(text));
      expect(calendar.name).toBe('vcalendar');
      const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      const plan = events.find((e) => e.uid === `event-${IDS.event.usPlannedEntry}@beachhead`);
      expect(plan, query).toBeDefined();
      // The window (by end 2018 or early 2019) has passed with no outcome: kept, marked overdue.
      expect(plan!.summary).toBe('Overdue: Xiaomi plans to enter the US market');
      expect(plan!.startDate.toString()).toBe('2018-12-01');
      expect(plan!.endDate.toString()).toBe('2019-04-01');
      expect(plan!.startDate.isDate).toBe(true);
      expect(plan!.component.getFirstProperty('categories')!.getValues()).toContain('Overdue');
      // The cancelled AT&T deal is not pending.
      expect(events.some((e) => e.uid === `event-${IDS.event.attHuaweiDeal}@beachhead`)).toBe(false);
    }
    const huawei = await (await request.get('/feeds/planned.ics?vendor=huawei')).text();
    expect(huawei).not.toContain(IDS.event.usPlannedEntry);
    expect((await request.get('/feeds/planned.ics?vendor=Not%20a%20slug')).status()).toBe(400);
  });

  test('the changes feed is well-formed Atom linking to record histories', async ({ page, request }) => {
    const response = await request.get('/feeds/changes.atom');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/atom\+xml/);
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(xml).toMatch(
      /<link rel="alternate" type="text\/html" href="http:\/\/[^"]+\/changes\/[a-z-]+\/[0-9a-f-]{36}"\/>/,
    );

    await page.goto('/changes');
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
      'href',
      /\/feeds\/changes\.atom$/,
    );
    await expect(page.locator('head link[rel="alternate"][type="text/calendar"]')).toHaveAttribute(
      'href',
      /\/feeds\/planned\.ics$/,
    );
    await expect(page.getByRole('link', { name: 'Subscribe to changes (Atom feed)' })).toBeVisible();
  });

  test('metrics: a CSV with a bad row is refused with the row; a good one draws a line with event markers', async ({
    browser,
    page,
    request,
    axe,
  }) => {
    test.setTimeout(120_000);
    const base = '/api/v1/metrics?vendor=xiaomi&region=united-states&measure=market_share_pct';
    const before = ((await (await request.get(base)).json()) as { items: { period: string }[] }).items;

    if (((await (await request.get('/api/v1/metrics')).json()) as { items: unknown[] }).items.length === 0) {
      await page.goto('/metrics');
      await expect(page.getByTestId('metrics-empty')).toContainText('No metrics recorded yet');
      await expect(
        page.getByTestId('metrics-empty').getByRole('link', { name: 'import a CSV' }),
      ).toBeVisible();
      expect(await axe()).toEqual([]);
    }

    const tag = `e2e-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
    await signUpEditor(browser, page, `Metric Editor ${tag}`);

    // 16 free consecutive quarters from 2016-Q1 (earlier runs on this database may hold some).
    const taken = new Set(before.map((p) => p.period));
    let from = '2016-Q1';
    const block = (start: string) =>
      Array.from({ length: 16 }).reduce<string[]>(
        (acc) => [...acc, acc.length ? nextQuarter(acc.at(-1)!) : start],
        [],
      );
    while (block(from).some((q) => taken.has(q))) from = nextQuarter(from);
    const good = syntheticMetricsCsv({
      vendor: 'xiaomi',
      region: 'united-states',
      from,
      count: 16,
      tag,
      seed: Date.now() % 1000,
    });
    const lines = good.trimEnd().split('\n');
    // Row 4: a value that is not a number; row 5: no quote of the passage that states the figure.
    const bad = [
      ...lines.slice(0, 3),
      lines[3]!.replace(/,market_share_pct,[^,]+,/, ',market_share_pct,about ten,'),
      lines[4]!.replace(/,Synthetic quote[^,]*$/, ','),
      ...lines.slice(5),
    ].join('\n');
    expect(bad).not.toEqual(good.trimEnd());

    await page.goto('/metrics/import');
    expect(await axe({ include: 'main' })).toEqual([]);
    const file = page.getByLabel('Metrics file (CSV)');
    await file.setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await page.getByRole('button', { name: 'Import metrics' }).click();
    const problems = page.getByRole('alert').filter({ hasText: 'Nothing was imported' });
    await expect(problems).toContainText('Nothing was imported');
    const row = problems.getByRole('row').filter({ hasText: 'value' });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('cell').first()).toHaveText('4');
    const quoteRow = problems.getByRole('row').filter({ hasText: 'Quote the passage' });
    await expect(quoteRow).toHaveCount(1);
    await expect(quoteRow.getByRole('cell').first()).toHaveText('5');
    const unchanged = ((await (await request.get(base)).json()) as { items: unknown[] }).items;
    expect(unchanged).toHaveLength(before.length);

    await file.setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await page.getByRole('button', { name: 'Import metrics' }).click();
    await expect(page.getByText('Imported 16 values')).toBeVisible();

    const after = (
      (await (await request.get(base)).json()) as {
        items: { period: string; quote: string; source: { outlet: string } }[];
      }
    ).items;
    const imported = after.filter((p) => p.source.outlet === SYNTHETIC_METRIC_OUTLET && p.period === from);
    expect(imported.at(-1)?.quote).toMatch(/^Synthetic quote \(not a real source\): market_share_pct /);
    expect(after).toHaveLength(before.length + 16);
    expect(after.filter((p) => p.source.outlet === SYNTHETIC_METRIC_OUTLET).length).toBeGreaterThanOrEqual(
      16,
    );

    // Choose the series in the page: the choice lives in the URL.
    await page.goto('/metrics');
    await page.getByLabel('Vendor').selectOption('xiaomi');
    await page.getByLabel('Region').selectOption('united-states');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page).toHaveURL(/vendor=xiaomi/);
    await expect(page).toHaveURL(/region=united-states/);
    const chart = page.getByTestId('metric-chart');
    await expect(chart).toHaveCount(1);
    await expect(chart.locator('.recharts-line-curve')).toBeVisible();
    const plan = chart.locator(`a.metric-marker[href="/events/${IDS.event.usPlannedEntry}"]`);
    await expect(plan).toHaveCount(1);
    await expect(chart.locator(`a.metric-marker[href="/events/${IDS.event.walmart}"]`)).toHaveCount(1);
    // The figures table: each value with its source and the quote that states it.
    await page.getByText(/^The figures, their sources and quotes/).click();
    await expect(
      page
        .getByRole('row')
        .filter({ hasText: from })
        .filter({ hasText: 'Synthetic quote (not a real source)' }),
    ).toHaveCount(1);
    expect(await axe()).toEqual([]);
    await plan.click();
    await expect(page).toHaveURL(new RegExp(`/events/${IDS.event.usPlannedEntry}$`));
    await expect(
      page.getByRole('heading', { level: 1, name: 'Xiaomi plans to enter the US market' }),
    ).toBeVisible();
  });

  test('the metric form checks every field, refuses non-http sources and saves through the write path', async ({
    page,
    request,
    axe,
  }) => {
    test.setTimeout(90_000);
    const tag = `form-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
    const existing = (
      (await (
        await request.get('/api/v1/metrics?vendor=xiaomi&region=india&measure=shipments_units')
      ).json()) as {
        items: { period: string }[];
      }
    ).items.map((p) => p.period);
    let quarter = '2001-Q1';
    while (existing.includes(quarter)) quarter = nextQuarter(quarter);

    await signUp(page, `Metric Contributor ${tag}`);
    await page.goto('/metrics/new');
    const form = page.getByRole('form', { name: 'New metric value' });
    expect(await axe({ include: 'main' })).toEqual([]);
    await form.getByRole('button', { name: 'Add value' }).click();
    await expect(page.getByText('6 fields need attention.')).toBeVisible();
    await expect(
      form
        .locator('.field__error')
        .filter({ hasText: 'Quote the passage of the source that states the figure' }),
    ).toBeVisible();
    await expect(form.getByRole('link', { name: 'Quarter: Give the quarter, e.g. 2018-Q4' })).toBeVisible();
    await expect(
      form.locator('.field__error').filter({ hasText: 'Give the quarter, e.g. 2018-Q4' }),
    ).toBeVisible();
    await expect(
      form.locator('.field__error').filter({ hasText: /Every figure needs its source/ }),
    ).toBeVisible();

    const pick = async (label: string, typed: string, option: RegExp) => {
      await form.getByRole('combobox', { name: label }).fill(typed);
      await form
        .getByRole('listbox', { name: label, exact: true })
        .getByRole('option', { name: option })
        .click();
    };
    await pick('Vendor', 'Xiao', /^Xiaomi/);
    await pick('Region', 'Indi', /^India/);
    await form.getByLabel('Quarter').fill(quarter);
    await form.getByLabel('Measure').selectOption('shipments_units');
    await form.getByLabel('Value').fill('123456');
    await form.getByLabel('Quote').fill(`Synthetic passage ${tag}: 123,456 units.`);
    await form.getByLabel('New source: web address').fill('javascript:alert(1)');
    await form.getByLabel('New source: outlet').fill(SYNTHETIC_METRIC_OUTLET);
    await form.getByLabel('New source: title').fill(`Synthetic form figure ${tag}`);
    await form.getByRole('button', { name: 'Add value' }).click();
    await expect(
      form
        .locator('.field__error')
        .filter({ hasText: 'Enter a full web address starting with http:// or https://' }),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/metrics\/new$/);

    await form.getByLabel('New source: web address').fill(`https://synthetic.example/metrics/${tag}`);
    await form.getByRole('button', { name: 'Add value' }).click();
    await expect(page).toHaveURL(/\/metrics\?vendor=xiaomi&measure=shipments_units/);
    await expect(page.getByTestId('metric-chart').filter({ hasText: 'India' })).toBeVisible();
    const saved = (
      (await (
        await request.get(
          `/api/v1/metrics?vendor=xiaomi&region=india&measure=shipments_units&from=${quarter}&to=${quarter}`,
        )
      ).json()) as {
        items: { value: number; quote: string; source: { url: string } }[];
      }
    ).items;
    expect(saved).toEqual([
      expect.objectContaining({
        value: 123456,
        quote: `Synthetic passage ${tag}: 123,456 units.`,
        source: expect.objectContaining({ url: `https://synthetic.example/metrics/${tag}` }),
      }),
    ]);
  });
});
