import { expect, test } from './fixtures';
import { asAdmin, pageFetch, signUp } from './support/accounts';

// "As known on": with `asof` set to a moment before a later edit, the timeline shows the older
// state; clearing it shows the current one. A view saved with that moment keeps showing it.

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('the timeline as known before an edit, then as it is now', async ({ page, browser }) => {
  await signUp(page, 'Known On');
  const zte = (await pageFetch(page, '/api/v1/timeline?vendors=zte', { method: 'GET' })).body as {
    items: { vendor: { id: string } }[];
  };
  const vendorId = zte.items[0]!.vendor.id;
  const original = `As-known-on probe ${Date.now()}`;
  const renamed = `${original} (renamed)`;
  const created = await pageFetch(page, '/api/v1/events', {
    method: 'POST',
    body: { title: original, type: 'market_entry', status: 'planned', vendorId, date: '2016-05' },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const id = created.body!.id as string;

  try {
    // A moment after the event was recorded and before it is edited (whole seconds, UTC).
    await pause(1500);
    const moment = new Date(Math.floor(Date.now() / 1000) * 1000);
    await pause(1500);
    const edited = await pageFetch(page, `/api/v1/events/${id}`, {
      method: 'PATCH',
      headers: { 'if-match': '"1"' },
      body: { title: renamed, status: 'cancelled' },
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);

    const panel = (title: string) => page.getByRole('region', { name: title });
    await page.goto(`/timeline?vendors=zte&from=2016-01&to=2016-12&event=${id}`);
    await expect(panel(renamed).getByRole('heading', { level: 2, name: renamed })).toBeVisible();

    // Pick the moment with the control: the older state shows, and the URL holds it.
    const control = page.getByRole('form', { name: 'As known on' });
    await control.getByLabel(/As known on/).fill(moment.toISOString().slice(0, 19));
    await control.getByRole('button', { name: 'Show' }).click();
    await expect(page).toHaveURL(new RegExp(`asof=${moment.toISOString().slice(0, 19)}Z`));
    await expect(page.getByTestId('as-of-notice')).toContainText('Showing the data as recorded on');
    await expect(panel(original).getByRole('heading', { level: 2, name: original })).toBeVisible();
    await expect(panel(original).getByText('Planned', { exact: true })).toBeVisible();
    // The panel's sources and links are those of that moment too (from the event's revisions).
    await expect(panel(original).getByTestId('panel-as-of')).toContainText('As recorded then');
    const then = await pageFetch(page, `/api/v1/events/${id}?asof=${moment.toISOString()}`, {
      method: 'GET',
    });
    expect(then.status).toBe(200);
    expect(then.body).toMatchObject({ id, title: original, status: 'planned', sources: [], links: [] });
    await expect(
      page.getByRole('application', { name: /^Timeline of events/ }).locator('[data-mark]'),
    ).toHaveAttribute('data-mark', /dashed/);
    const pinnedUrl = page.url();

    // The same URL in a fresh browser shows the same older state.
    const context = await browser.newContext();
    try {
      const fresh = await context.newPage();
      await fresh.goto(pinnedUrl);
      await expect(fresh.getByRole('heading', { level: 2, name: original })).toBeVisible();
    } finally {
      await context.close();
    }

    // Before the event was recorded it does not exist.
    const before = new Date(moment.getTime() - 60 * 60_000).toISOString().slice(0, 19);
    await page.goto(`/timeline?vendors=zte&from=2016-01&to=2016-12&asof=${before}Z`);
    await expect(page.getByRole('list', { name: 'Lanes' })).not.toContainText(original);
    await page.getByRole('radio', { name: 'List' }).check();
    await expect(page.getByRole('table')).not.toContainText(original);

    // Clearing it shows the current state.
    await page.goto(pinnedUrl);
    await page.getByRole('button', { name: 'Show the current data' }).click();
    await expect(page).not.toHaveURL(/asof=/);
    await expect(page.getByTestId('as-of-notice')).toHaveCount(0);
    await expect(panel(renamed).getByRole('heading', { level: 2, name: renamed })).toBeVisible();

    // A view saved with that moment keeps showing it, with a link to the current data.
    const saved = await pageFetch(page, '/api/v1/views', {
      method: 'POST',
      body: { vendors: 'zte', from: '2016-01', to: '2016-12', event: id, asof: moment.toISOString() },
    });
    expect(saved.status).toBe(201);
    await page.goto(`/v/${saved.body!.slug as string}`);
    await expect(page.getByTestId('pinned-notice')).toContainText('Showing the data as recorded on');
    await expect(page.getByRole('heading', { level: 2, name: original })).toBeVisible();
    await page.getByTestId('pinned-notice').getByRole('link', { name: 'See the current data' }).click();
    await expect(page).toHaveURL(/\/timeline\?vendors=zte/);
    await expect(page.getByRole('heading', { level: 2, name: renamed })).toBeVisible();
  } finally {
    // Leave the shared e2e database as it was for the specs that follow.
    await asAdmin(browser, async (admin) => {
      await admin.goto('/');
      const gone = await pageFetch(admin, `/api/v1/events/${id}`, {
        method: 'DELETE',
        headers: { 'if-match': '"2"' },
      });
      expect([200, 204, 412, 409]).toContain(gone.status);
    });
  }
});
