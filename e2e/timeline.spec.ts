import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The timeline: filters, window, selection and lanes live in the URL, so a copied link shows the
// same view; the marks' drawn style is exposed for assistive technology (and for these tests).

const PLAN = 'Xiaomi plans to enter the US market';
const DEAL = 'Huawei and AT&T deal to sell Huawei phones in the US';
const CANCEL = 'AT&T cancels its Huawei deal at the last minute';
const PLAN_ID = '5eed0000-0000-4000-8000-000006000004';
const DEAL_ID = '5eed0000-0000-4000-8000-000006000007';

/** A page object for /timeline. */
function timelinePage(page: Page) {
  const surface = page.getByRole('application', { name: /^Timeline of events/ });
  return {
    surface,
    status: page.getByTestId('timeline-status'),
    lanes: page.getByRole('list', { name: 'Lanes' }).getByRole('listitem'),
    panel: (title: string | RegExp) => page.getByRole('region', { name: title }),
    activeEvent: surface.locator('[data-event-id][data-mark]'),
    announcement: page.locator('[aria-live="polite"][aria-atomic="true"]'),
    async openFilter(name: string) {
      await page.locator('summary', { hasText: name }).click();
    },
    async showWindow(from: string, to: string) {
      const form = page.getByRole('form', { name: 'Window' });
      await form.getByLabel('From').fill(from);
      await form.getByLabel('to', { exact: true }).fill(to);
      await form.getByRole('button', { name: 'Show window' }).click();
    },
    /** Moves the keyboard cursor with → until the active event is `title`. */
    async arrowTo(title: string) {
      for (let k = 0; k < 20; k++) {
        if ((await this.activeEvent.getAttribute('aria-label'))?.startsWith(`${title},`)) return;
        await page.keyboard.press('ArrowRight');
      }
      throw new Error(`${title} not reached with the arrow keys`);
    },
  };
}

async function laneNames(lanes: Locator): Promise<string[]> {
  return (await lanes.locator('.timeline__lane-name').allTextContents()).map((t) => t.trim());
}

test.describe('the timeline', () => {
  test('a filtered, zoomed view with a selection survives a copied URL', async ({ page, browser }) => {
    const tl = timelinePage(page);
    await page.goto('/timeline');
    await expect(tl.surface).toBeVisible();
    // Other specs add events to the shared e2e database; the seeded vendors are there either way.
    await expect.poll(() => laneNames(tl.lanes)).toEqual(expect.arrayContaining(['Huawei', 'Xiaomi', 'ZTE']));

    // Filter to Xiaomi and Huawei.
    await tl.openFilter('Vendors');
    await page.getByRole('checkbox', { name: /^Xiaomi\b/ }).check();
    await page.getByRole('checkbox', { name: /^Huawei\b/ }).check();
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/vendors=huawei,xiaomi/);
    await expect.poll(() => laneNames(tl.lanes)).toEqual(['Huawei', 'Xiaomi']);

    // Zoom to 2017-2019.
    await tl.showWindow('2017-01', '2019-12');
    await expect(tl.status).toHaveText('Showing Jan 2017 – Dec 2019');
    await expect(page).toHaveURL(/from=2017-01&to=2019-12/);

    // Select the planned US entry with the keyboard.
    await tl.surface.focus();
    await page.keyboard.press('Home');
    await tl.arrowTo(PLAN);
    await page.keyboard.press('Enter');
    const panel = tl.panel(PLAN);
    await expect(panel.getByRole('heading', { level: 2, name: PLAN })).toBeVisible();
    await expect(panel.getByText(/December 2018 to (around )?March 2019/)).toBeVisible();
    await expect(panel.getByRole('blockquote').first()).toContainText(
      'We plan to start entering the market by end 2018',
    );
    await expect(page).toHaveURL(new RegExp(`event=${PLAN_ID}`));

    // Drawn as a dashed window with soft (approximate) ends, from December 2018 to March 2019.
    await expect(tl.activeEvent).toHaveAttribute('data-mark', 'window soft-start soft-end dashed');
    await expect(panel.getByTestId('drawn-as')).toHaveText(
      'Drawn as window with soft edges (approximate ends), dashed outline (planned).',
    );
    const frame = (await tl.surface.boundingBox())!;
    const mark = (await tl.activeEvent.boundingBox())!;
    const span = Date.UTC(2020, 0, 1) - Date.UTC(2017, 0, 1);
    const xAt = (t: number) => frame.x + ((t - Date.UTC(2017, 0, 1)) / span) * frame.width;
    // The focus proxy frames the mark with 6 px on each side.
    expect(Math.abs(mark.x + 6 - xAt(Date.UTC(2018, 11, 1)))).toBeLessThan(3);
    expect(Math.abs(mark.x + mark.width - 6 - xAt(Date.UTC(2019, 3, 1)))).toBeLessThan(3);

    // Paste the URL into a fresh browser: same lanes, window and selection.
    const url = page.url();
    const context = await browser.newContext();
    try {
      const fresh = await context.newPage();
      await fresh.goto(url);
      const again = timelinePage(fresh);
      await expect(again.status).toHaveText('Showing Jan 2017 – Dec 2019');
      await expect.poll(() => laneNames(again.lanes)).toEqual(['Huawei', 'Xiaomi']);
      await expect(again.panel(PLAN).getByRole('heading', { level: 2, name: PLAN })).toBeVisible();
      await expect(again.activeEvent).toHaveAttribute('data-event-id', PLAN_ID);
      await again.openFilter('Vendors');
      await expect(fresh.getByRole('checkbox', { name: /^Xiaomi\b/ })).toBeChecked();
      await expect(fresh.getByRole('checkbox', { name: /^ZTE\b/ })).not.toBeChecked();
    } finally {
      await context.close();
    }

    // Back and forward walk through the view's history.
    await page.goBack();
    await expect(tl.panel(PLAN)).toHaveCount(0);
    await page.goBack();
    await expect(tl.status).not.toHaveText('Showing Jan 2017 – Dec 2019');
    await page.goForward();
    await expect(tl.status).toHaveText('Showing Jan 2017 – Dec 2019');
  });

  test('the cancelled deal is struck through and linked to the cancellation', async ({ page }) => {
    const tl = timelinePage(page);
    await page.goto(`/timeline?vendors=huawei&from=2017-10&to=2018-06&event=${DEAL_ID}`);
    const panel = tl.panel(DEAL);
    await expect(panel.getByRole('heading', { level: 2, name: DEAL })).toBeVisible();
    await expect(tl.activeEvent).toHaveAttribute('data-mark', 'window solid struck-through');
    await expect(panel.getByTestId('drawn-as')).toContainText('struck through (cancelled)');
    const cancelledBy = panel.locator('[data-link-type="cancels"][data-direction="incoming"]');
    await expect(cancelledBy).toContainText('Cancelled by');
    // Follow the link to the cancellation, on the timeline.
    await cancelledBy.getByRole('button', { name: CANCEL }).click();
    const cancel = tl.panel(CANCEL);
    await expect(cancel.getByRole('heading', { level: 2, name: CANCEL })).toBeFocused();
    const cancels = cancel.locator('[data-link-type="cancels"][data-direction="outgoing"]');
    await expect(cancels).toContainText('Cancels');
    await expect(cancels.getByRole('button', { name: DEAL })).toBeVisible();

    // The list view says the same in a table.
    await page.getByRole('radio', { name: 'List' }).check();
    await expect(page).toHaveURL(/mode=list/);
    const table = page.getByRole('table');
    const dealRow = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: DEAL }) });
    await expect(dealRow).toHaveAttribute('data-mark', 'window solid struck-through');
    await expect(dealRow).toContainText(`Cancelled by: ${CANCEL}`);
    const cancelRow = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: CANCEL }) });
    await expect(cancelRow).toContainText(`Cancels: ${DEAL}`);
  });

  test('works with the keyboard alone', async ({ page }) => {
    const tl = timelinePage(page);
    await page.goto('/timeline?vendors=huawei,xiaomi&from=2017-01&to=2019-12');
    // Tab to the timeline from the top of the page.
    for (let k = 0; k < 80; k++) {
      await page.keyboard.press('Tab');
      if (await tl.surface.evaluate((el) => el === document.activeElement)) break;
    }
    await expect(tl.surface).toBeFocused();
    await page.keyboard.press('Home');
    await expect(tl.announcement).toContainText('Xiaomi opens its first store in Madrid');
    await page.keyboard.press('ArrowUp');
    await expect(tl.announcement).toContainText('Huawei lane');
    await page.keyboard.press('ArrowDown');
    await tl.arrowTo(PLAN);
    await expect(tl.announcement).toContainText(`${PLAN}. Planned`);
    await page.keyboard.press('Enter');
    await expect(tl.panel(PLAN)).toBeVisible();
    await expect(tl.surface).toBeFocused();
    // Tab reaches the details after the timeline's own controls.
    for (let k = 0; k < 20; k++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.closest('.timeline-panel') !== null)) break;
    }
    await expect(tl.panel(PLAN).getByRole('button', { name: 'Close details' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(tl.panel(PLAN)).toHaveCount(0);
    await expect(tl.surface).toBeFocused();
    // Zoom in and out, then show everything.
    await page.keyboard.press('+');
    await expect(tl.status).not.toHaveText('Showing Jan 2017 – Dec 2019');
    await expect(page).not.toHaveURL(/from=2017-01&to=2019-12/);
    await page.keyboard.press('0');
    await expect(tl.announcement).toContainText('Showing all events');
    // The overview's brush edges are sliders.
    const start = page.getByRole('slider', { name: 'Start of the shown window' });
    await start.focus();
    const before = await start.getAttribute('aria-valuenow');
    await page.keyboard.press('ArrowRight');
    await expect(start).not.toHaveAttribute('aria-valuenow', before!);
  });

  test('axe finds no violations, with and without the details and in the list view', async ({
    page,
    axe,
  }) => {
    await page.goto('/timeline');
    await expect(page.getByRole('application', { name: /^Timeline of events/ })).toBeVisible();
    expect(await axe()).toEqual([]);
    await page.goto(`/timeline?event=${PLAN_ID}`);
    await expect(page.getByRole('heading', { level: 2, name: PLAN })).toBeVisible();
    await page.locator('summary', { hasText: 'Regions' }).click();
    expect(await axe()).toEqual([]);
    await page.goto(`/timeline?mode=list&group=counterparty&event=${DEAL_ID}`);
    await expect(page.getByRole('table')).toBeVisible();
    expect(await axe()).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`/timeline?group=type&event=${DEAL_ID}`);
    await expect(page.getByRole('heading', { level: 2, name: DEAL })).toBeVisible();
    expect(await axe()).toEqual([]);
  });

  test('the synthetic-data development page is off in production', async ({ request }) => {
    expect((await request.get('/timeline/synthetic?n=10')).status()).toBe(404);
  });

  test('invalid URL values are dropped, not fatal', async ({ page }) => {
    const response = await page.goto(
      '/timeline?vendors=xiaomi,NOT!&group=colour&from=2019-13&to=2017&event=nope&mode=grid',
    );
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('application', { name: /^Timeline of events/ })).toBeVisible();
    await expect.poll(() => laneNames(timelinePage(page).lanes)).toEqual(['Xiaomi']);
  });

  test('the timeline API returns the compact events of a view and refuses unknown parameters', async ({
    request,
  }) => {
    const ok = await request.get('/api/v1/timeline?vendors=xiaomi,huawei&from=2017-01&to=2019-12');
    expect(ok.status()).toBe(200);
    const body = (await ok.json()) as { items: { id: string }[]; links: unknown[] };
    expect(body.items.map((i) => i.id)).toContain(PLAN_ID);
    expect(body.links).toContainEqual({
      fromId: '5eed0000-0000-4000-8000-000006000008',
      toId: DEAL_ID,
      type: 'cancels',
    });
    const bad = await request.get('/api/v1/timeline?vendor=xiaomi');
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error.parameter).toBe('vendor');
  });
});
