import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures';

// Embeds: /embed/… pages load inside an iframe on another site's page (another origin: a tiny
// server on another port), without the site's chrome, and fit the frame; normal pages refuse
// to be framed.

let host: Server;
let hostOrigin = '';
let page = '';

test.beforeAll(async () => {
  host = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => host.close(resolve));
});

test('an embed loads in an iframe on another site; a normal page refuses to be framed', async ({
  page: browserPage,
  request,
  baseURL,
}) => {
  const created = await request.post('/api/v1/views', {
    data: { vendors: 'huawei', from: '2017-10', to: '2018-06', title: 'Huawei and AT&T' },
  });
  expect(created.status()).toBe(201);
  const { slug } = (await created.json()) as { slug: string };
  expect(new URL(hostOrigin).origin).not.toBe(new URL(baseURL!).origin);

  page = `<!doctype html><html><head><title>Someone else's article</title></head><body>
    <h1>An article on another site</h1>
    <iframe id="embed" src="${baseURL}/embed/v/${slug}" title="Beachhead view" width="900" height="460"></iframe>
    <iframe id="live" src="${baseURL}/embed/timeline?group=type" title="Beachhead live" width="900" height="460"></iframe>
    <iframe id="normal" src="${baseURL}/timeline" title="Beachhead page" width="900" height="460"></iframe>
  </body></html>`;

  const normalResponse = browserPage.waitForResponse((r) => r.url() === `${baseURL}/timeline`);
  await browserPage.goto(hostOrigin);
  const embed = browserPage.frameLocator('#embed');
  await expect(embed.getByRole('heading', { level: 1, name: 'Huawei and AT&T' })).toBeVisible();
  await expect(embed.getByRole('application', { name: /^Timeline of events/ })).toBeVisible();
  await expect(embed.getByTestId('timeline-status')).toHaveText('Showing Oct 2017 – Jun 2018');
  // No site chrome: no banner, navigation or footer.
  await expect(embed.getByRole('banner')).toHaveCount(0);
  await expect(embed.getByRole('navigation')).toHaveCount(0);
  await expect(embed.getByRole('contentinfo')).toHaveCount(0);
  const live = browserPage.frameLocator('#live');
  await expect(live.getByRole('application', { name: /^Timeline of events/ })).toBeVisible();

  // The normal page is refused: its headers forbid framing and nothing of it renders.
  const refused = await normalResponse;
  expect(refused.headers()['x-frame-options']).toBe('DENY');
  expect(refused.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  await expect(browserPage.frameLocator('#normal').getByRole('application')).toHaveCount(0);
  const normalFrame = await (await browserPage.locator('#normal').elementHandle())!.contentFrame();
  // Chromium replaces a frame that refuses to be framed with its error page.
  await expect.poll(() => normalFrame?.url()).toMatch(/^chrome-error:/);

  // The embed fits its frame: a taller frame gives the lanes (one per event type, more than
  // fit) more room, a shorter one less, and the whole timeline stays inside the frame.
  const lanes = live.locator('.timeline__frame');
  const fits = async (height: number) => {
    await browserPage.locator('#live').evaluate((el, h) => el.setAttribute('height', String(h)), height);
    await expect
      .poll(async () => {
        const box = await live.locator('.timeline-view').boundingBox();
        const frame = await browserPage.locator('#live').boundingBox();
        return box && frame ? box.y + box.height <= frame.y + frame.height + 1 : false;
      })
      .toBe(true);
    return (await lanes.boundingBox())!.height;
  };
  const short = await fits(420);
  const tall = await fits(720);
  expect(tall).toBeGreaterThan(short);
});

test('embed responses may be framed by any site; others may not', async ({ request }) => {
  const embed = await request.get('/embed/timeline?vendors=xiaomi');
  expect(embed.status()).toBe(200);
  expect(embed.headers()['x-frame-options']).toBeUndefined();
  expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
  for (const path of ['/timeline', '/', '/v/doesNotExist1']) {
    const response = await request.get(path);
    expect(response.headers()['x-frame-options'], path).toBe('DENY');
    expect(response.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
  }
  expect((await request.get('/embed/v/doesNotExist1')).status()).toBe(404);
});
