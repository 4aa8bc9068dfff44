import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Share: the Share dialog saves the view as /v/<slug>; a fresh browser sees the same view; the
// link's preview image (and /timeline's own) is a 1200x630 PNG that draws the view.

const PLAN = 'Xiaomi plans to enter the US market';
const PLAN_ID = '5eed0000-0000-4000-8000-000006000004';
const VIEW = `/timeline?vendors=huawei,xiaomi&from=2017-01&to=2019-12&event=${PLAN_ID}`;

async function laneNames(page: Page): Promise<string[]> {
  const lanes: Locator = page.getByRole('list', { name: 'Lanes' }).locator('.timeline__lane-name');
  return (await lanes.allTextContents()).map((t) => t.trim());
}

/** Width and height from a PNG's IHDR chunk (bytes 16-23, big-endian). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The og:image of a page, fetched: it must be a PNG of 1200x630. */
async function expectPreviewImage(request: APIRequestContext, path: string) {
  const html = await (await request.get(path)).text();
  const og = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
  expect(og, `og:image of ${path}`).toBeTruthy();
  expect(html).toMatch(/<meta name="twitter:card" content="summary_large_image"/);
  const url = new URL(og!.replace(/&amp;/g, '&'));
  const image = await request.get(url.pathname + url.search);
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/png');
  expect(pngSize(await image.body())).toEqual({ width: 1200, height: 630 });
  return html;
}

test.describe('sharing a view', () => {
  test('Share saves the view as /v/<slug>, which shows the same view in a fresh browser', async ({
    page,
    browser,
    request,
  }) => {
    await page.goto(VIEW);
    await expect(page.getByRole('heading', { level: 2, name: PLAN })).toBeVisible();
    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this view' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel(/^Title/).fill('Xiaomi and Huawei, 2017 to 2019');
    await dialog.getByRole('button', { name: 'Create link' }).click();
    const link = dialog.getByLabel('Link', { exact: true });
    await expect(link).toHaveValue(/\/v\/[0-9A-Za-z]{10}$/);
    const url = await link.inputValue();
    const slug = url.split('/v/')[1]!;
    await expect(dialog.getByLabel('Embed code')).toHaveValue(
      new RegExp(`<iframe src="[^"]+/embed/v/${slug}" title="Xiaomi and Huawei, 2017 to 2019"`),
    );
    await expect(dialog.getByRole('link', { name: 'PNG' })).toHaveAttribute(
      'href',
      `/v/${slug}/timeline.png`,
    );
    await expect(dialog.getByRole('link', { name: 'SVG' })).toHaveAttribute(
      'href',
      `/v/${slug}/timeline.svg`,
    );
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();

    const context = await browser.newContext();
    try {
      const fresh = await context.newPage();
      await fresh.goto(new URL(url).pathname);
      await expect(
        fresh.getByRole('heading', { level: 1, name: 'Xiaomi and Huawei, 2017 to 2019' }),
      ).toBeVisible();
      await expect(fresh.getByTestId('timeline-status')).toHaveText('Showing Jan 2017 – Dec 2019');
      await expect.poll(() => laneNames(fresh)).toEqual(['Huawei', 'Xiaomi']);
      await expect(fresh.getByRole('heading', { level: 2, name: PLAN })).toBeVisible();
      await expect(
        fresh.getByRole('application', { name: /^Timeline of events/ }).locator('[data-event-id][data-mark]'),
      ).toHaveAttribute('data-event-id', PLAN_ID);
    } finally {
      await context.close();
    }

    // Its preview image is the view, 1200x630; its meta tags say what it shows.
    const html = await expectPreviewImage(request, `/v/${slug}`);
    expect(html).toContain('<meta property="og:title" content="Xiaomi and Huawei, 2017 to 2019"/>');
    expect(html).toMatch(
      // The count depends on what other specs added to the shared e2e database.
      /<meta name="description" content="\d+ events in 2 lanes \(by vendor\), Jan 2017 – Dec 2019\./,
    );
    const svg = await request.get(`/v/${slug}/timeline.svg`);
    expect(svg.headers()['content-type']).toContain('image/svg+xml');
    expect(await svg.text()).toContain(PLAN);
  });

  test("/timeline's own preview image draws its URL's view", async ({ request }) => {
    const html = await expectPreviewImage(request, '/timeline?vendors=xiaomi&from=2018-01&to=2019-06');
    expect(html).toMatch(/<meta property="og:title" content="Xiaomi, Jan 2018 – Jun 2019"/);
    await expectPreviewImage(request, '/timeline');
  });

  test('the timeline exports as PNG and SVG', async ({ page }) => {
    await page.goto('/timeline?vendors=huawei&from=2017-10&to=2018-06');
    await expect(page.getByRole('application', { name: /^Timeline of events/ })).toBeVisible();
    const exports = page.getByRole('group', { name: 'Export the timeline' });
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      exports.getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    expect(svg.suggestedFilename()).toMatch(/^beachhead-timeline-\d{4}-\d{2}-\d{2}\.svg$/);
    const text = await (await import('node:fs/promises')).readFile((await svg.path())!, 'utf8');
    expect(text).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(text).toContain('AT&amp;T cancels its Huawei deal at the last minute');
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      exports.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    const bytes = await (await import('node:fs/promises')).readFile((await png.path())!);
    expect(pngSize(bytes).width).toBeGreaterThan(600);
  });

  test('POST /api/v1/views: 201 with slug and url; bad bodies name the field; unknown slugs 404', async ({
    request,
  }) => {
    const ok = await request.post('/api/v1/views', {
      data: { vendors: 'xiaomi', from: '2018-01', to: '2019-06', title: 'Xiaomi in 2018' },
    });
    expect(ok.status()).toBe(201);
    const body = (await ok.json()) as { slug: string; url: string };
    expect(body.slug).toMatch(/^[0-9A-Za-z]{10}$/);
    expect(body.url).toMatch(new RegExp(`/v/${body.slug}$`));
    expect((await request.get(`/v/${body.slug}`)).status()).toBe(200);

    for (const [data, field] of [
      [{ vendors: 'xiaomi,NOT!' }, 'vendors'],
      [{ from: '2019-13' }, 'from'],
      [{ colour: 'red' }, 'colour'],
      [{ pin: 'yes' }, 'pin'],
      [{ title: 42 }, 'title'],
    ] as const) {
      const bad = await request.post('/api/v1/views', { data });
      expect(bad.status(), JSON.stringify(data)).toBe(400);
      const error = (await bad.json()).error as { fieldErrors: Record<string, string[]>; message: string };
      expect(Object.keys(error.fieldErrors)).toEqual([field]);
      expect(error.message.startsWith(`${field}:`)).toBe(true);
    }
    const crossSite = await request.post('/api/v1/views', {
      data: { vendors: 'xiaomi' },
      headers: { Origin: 'https://elsewhere.example', Cookie: 'session=x' },
    });
    expect(crossSite.status()).toBe(403);
    expect((await request.get('/v/doesNotExist1')).status()).toBe(404);
  });
});
