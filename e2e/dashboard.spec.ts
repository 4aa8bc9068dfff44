import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The analyst dashboard at `/` on the seeded founding article. Other specs add events to the
// shared database (never in Spain, India or China, nor for Huawei in the US), so the checks
// name the seeded cells rather than counting everything.

// recharts loads after the page: give it time on a busy machine.
const CHART = { timeout: 30_000 };

const panel = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const cell = (page: Page, vendor: string, region: string) =>
  panel(page, 'Presence matrix').locator(`td[data-vendor="${vendor}"][data-region="${region}"]`);

test.describe('the dashboard', () => {
  test('shows the charts, the presence matrix and the plans of the founding article', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const figures = page.getByRole('list', { name: 'Headline figures' });
    for (const label of ['Vendors', 'Regions', 'Events', 'Plans pending', 'Plans overdue']) {
      await expect(figures.getByText(label, { exact: true })).toBeVisible();
    }
    // Both recharts charts draw bars.
    await expect(
      panel(page, 'Events per quarter, by type').locator('.recharts-bar-rectangle').first(),
    ).toBeVisible(CHART);
    await expect(panel(page, 'Entries by region').locator('.recharts-bar-rectangle').first()).toBeVisible(
      CHART,
    );

    // The matrix says it in words: Xiaomi entered Spain (its Madrid store), is established in
    // India and China, planned for the US; Huawei's US carrier deal with AT&T was cancelled.
    const expected: [string, string, RegExp][] = [
      ['xiaomi', 'spain', /Entered/],
      ['xiaomi', 'india', /Established/],
      ['xiaomi', 'china', /Established/],
      ['xiaomi', 'united-states', /Planned/],
      ['huawei', 'united-states', /Cancelled/],
    ];
    for (const [vendor, region, state] of expected)
      await expect(cell(page, vendor, region)).toHaveText(state);
    const spain = cell(page, 'xiaomi', 'spain').getByRole('link');
    await expect(spain).toHaveAccessibleName(/^Xiaomi in Spain: Entered/);
    await expect(spain).toHaveAttribute('href', '/events?vendor=xiaomi&region=spain');

    // Each cell lists its events: Huawei in the US includes the cancelled AT&T deal.
    await cell(page, 'huawei', 'united-states').getByRole('link').click();
    await expect(page).toHaveURL(/\/events\?vendor=huawei&region=united-states$/);
    await expect(
      page.getByRole('link', { name: 'Huawei and AT&T deal to sell Huawei phones in the US' }),
    ).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'AT&T cancels its Huawei deal at the last minute' }),
    ).toBeVisible();
  });

  test('the overdue plan shows its window in words', async ({ page }) => {
    await page.goto('/');
    const overdue = panel(page, 'Overdue plans');
    await expect(overdue.getByRole('link', { name: 'Xiaomi plans to enter the US market' })).toBeVisible();
    await expect(overdue.getByText(/December 2018 to (around )?March 2019/).first()).toBeVisible();
  });

  test('the map colours Spain for Xiaomi; choosing Huawei changes the map and the URL', async ({ page }) => {
    await page.goto('/');
    const map = page.getByRole('img', { name: /^Where Xiaomi is present/ });
    await expect(map).toBeVisible();
    await expect(map).toHaveAccessibleDescription(/entered in Spain/);
    await expect(map.locator('path[data-iso="724"]')).toHaveAttribute('data-state', 'entered');
    await expect(map.locator('path[data-iso="356"]')).toHaveAttribute('data-state', 'established');
    await expect(map.locator('path[data-iso="840"]')).toHaveAttribute('data-state', 'planned');
    const spainFill = await map.locator('path[data-iso="724"]').evaluate((el) => getComputedStyle(el).fill);
    const absentFill = await map.locator('path[data-iso="250"]').evaluate((el) => getComputedStyle(el).fill);
    expect(spainFill).not.toBe(absentFill);

    await panel(page, 'World map').getByLabel('Vendor shown on the map').selectOption('huawei');
    await expect(page).toHaveURL(/[?&]map=huawei\b/);
    const huawei = page.getByRole('img', { name: /^Where Huawei is present/ });
    await expect(huawei.locator('path[data-iso="840"]')).toHaveAttribute('data-state', 'cancelled');
    await expect(huawei.locator('path[data-iso="724"]')).toHaveAttribute('data-state', 'absent');
    await expect(panel(page, 'World map').getByText(/Cancelled: United States/)).toBeVisible();

    // The URL alone restores it (server-rendered).
    await page.goto('/?map=huawei');
    await expect(page.getByRole('img', { name: /^Where Huawei is present/ })).toBeVisible();
  });

  test('filters live in the URL and apply to every panel', async ({ page }) => {
    await page.goto('/');
    const responses: string[] = [];
    page.on('response', (r) => {
      if (r.url().includes('/api/v1/dashboard')) responses.push(r.url());
    });
    await page.getByRole('search', { name: 'Filters' }).getByLabel('Vendor').selectOption('huawei');
    await expect(page).toHaveURL(/[?&]vendor=huawei\b/);
    await expect(page.getByRole('status').filter({ hasText: /events? shown/ })).toBeVisible();
    const matrix = panel(page, 'Presence matrix');
    await expect(matrix.getByRole('rowheader')).toHaveText(['Huawei']);
    await expect(cell(page, 'huawei', 'united-states')).toHaveText(/Cancelled/);
    await expect(panel(page, 'Overdue plans').getByText('No plan is overdue.')).toBeVisible();
    expect(responses.some((u) => /vendor=huawei/.test(u))).toBe(true);

    // The same URL renders the same filtered page on the server.
    await page.reload();
    await expect(page.getByRole('search', { name: 'Filters' }).getByLabel('Vendor')).toHaveValue('huawei');
    await expect(panel(page, 'Presence matrix').getByRole('rowheader')).toHaveText(['Huawei']);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page).toHaveURL(/\/$/);
  });

  test('Back and Forward walk through the filters and the map', async ({ page }) => {
    await page.goto('/');
    const vendor = page.getByRole('search', { name: 'Filters' }).getByLabel('Vendor');
    const rows = panel(page, 'Presence matrix').getByRole('rowheader');
    await vendor.selectOption('huawei');
    await expect(page).toHaveURL(/[?&]vendor=huawei\b/);
    await expect(rows).toHaveText(['Huawei']);
    await panel(page, 'World map').getByLabel('Vendor shown on the map').selectOption('huawei');
    await expect(page).toHaveURL(/[?&]map=huawei\b/);

    await page.goBack();
    await expect(page).toHaveURL(/\?vendor=huawei$/);
    await expect(rows).toHaveText(['Huawei']);
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expect(vendor).toHaveValue('');
    await expect(rows.filter({ hasText: 'Xiaomi' })).toHaveCount(1);
    await page.goForward();
    await expect(page).toHaveURL(/\?vendor=huawei$/);
    await expect(vendor).toHaveValue('huawei');
    await expect(rows).toHaveText(['Huawei']);
  });

  test('downloads each chart as PNG and SVG', async ({ page }) => {
    await page.goto('/');
    for (const name of ['Events per quarter, by type', 'Entries by region', 'World map']) {
      const group = page.getByRole('group', { name: `Download ${name}` });
      await expect(panel(page, name).locator('svg.recharts-surface, svg[data-chart]').first()).toBeVisible(
        CHART,
      );
      const [svg] = await Promise.all([
        page.waitForEvent('download'),
        group.getByRole('button', { name: 'SVG' }).click(),
      ]);
      expect(svg.suggestedFilename()).toMatch(/\.svg$/);
      const text = await (
        await svg.createReadStream()
      )
        .toArray()
        .then((chunks) => Buffer.concat(chunks).toString('utf8'));
      expect(text).toContain('<svg');
      const [png] = await Promise.all([
        page.waitForEvent('download'),
        group.getByRole('button', { name: 'PNG' }).click(),
      ]);
      expect(png.suggestedFilename()).toMatch(/\.png$/);
      const bytes = await (await png.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks));
      expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect(bytes.length).toBeGreaterThan(1000);
    }
  });

  test('has no axe violations, light and dark, and fits 375 px', async ({ page, axe }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto('/');
      await expect(
        panel(page, 'Events per quarter, by type').locator('.recharts-bar-rectangle').first(),
      ).toBeVisible(CHART);
      expect(await axe(), `axe violations (${colorScheme})`).toEqual([]);
    }
    await page.setViewportSize({ width: 375, height: 800 });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto('/');
      await expect(panel(page, 'Entries by region').locator('.recharts-bar-rectangle').first()).toBeVisible(
        CHART,
      );
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      expect(await axe(), `axe violations at 375 px (${colorScheme})`).toEqual([]);
    }
  });

  test('a region profile rolls up its members: Western Europe', async ({ page, request }) => {
    await page.goto('/regions/western-europe');
    const rollup = page.getByRole('region', { name: /^Entries into its members/ });
    const xiaomi = rollup.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Xiaomi' }) });
    await expect(xiaomi).toContainText('Xiaomi opens its first store in Madrid');
    await expect(xiaomi).toContainText('November 2017');
    // Other specs may add members to Western Europe (the e2e database is shared): the page must
    // say what the API says, and Spain (through Madrid) is always among the members entered.
    const api = await request.get('/api/v1/regions/western-europe/rollup');
    expect(api.status()).toBe(200);
    const body = (await api.json()) as {
      vendors: { vendor: { slug: string }; membersEntered: number; membersTotal: number; share: number }[];
    };
    const row = body.vendors.find((v) => v.vendor.slug === 'xiaomi');
    expect(row?.membersEntered).toBeGreaterThanOrEqual(1);
    expect(row?.share).toBeCloseTo(row!.membersEntered / row!.membersTotal);
    const percent = Math.round(row!.share * 100);
    await expect(xiaomi).toContainText(`${row!.membersEntered} of ${row!.membersTotal} (${percent}%)`);
  });

  test('the API refuses bad dashboard parameters by name', async ({ request }) => {
    const bad = await request.get('/api/v1/dashboard?vendor=Not%20A%20Slug');
    expect(bad.status()).toBe(400);
    expect(((await bad.json()) as { error: { parameter: string } }).error.parameter).toBe('vendor');
    const unknown = await request.get('/api/v1/dashboard?colour=red');
    expect(unknown.status()).toBe(400);
    const some = await request.get('/api/v1/dashboard?panels=headline,matrix&vendor=xiaomi');
    expect(some.status()).toBe(200);
    const body = (await some.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['headline', 'matrix', 'today']);
  });
});
