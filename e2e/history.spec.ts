import { IDS } from '../db/seed/article';
import { expect, test } from './fixtures';
import { asAdmin, deleteEvents, pageFetch, signUp, signUpEditor } from './support/accounts';

// Events made here name Xiaomi as vendor and are deleted at the end of each test (the e2e
// database is shared by every spec of a run).
const XIAOMI = IDS.org.xiaomi;

// History: the /changes feed with its filters in the URL, one record's versions with field-level
// diffs, and the editors' actions (revert, delete, restore) that contributors never see and the
// server refuses them anyway. Also the write API's status codes through a real browser session.

test.describe('the changes feed', () => {
  test('lists who changed what and when, with filters kept in the URL', async ({ page, axe }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Changes' }).click();
    await expect(page).toHaveURL(/\/changes$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Changes' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Changes, newest first' });
    await expect(table.getByRole('row').nth(1)).toBeVisible();
    expect(await axe({ include: 'main' })).toEqual([]);

    const filters = page.getByRole('search', { name: 'Filter changes' });
    await filters.getByLabel('Record type').selectOption('event');
    await filters.getByLabel('Action').selectOption('update');
    await filters.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/[?&]type=event\b/);
    await expect(page).toHaveURL(/[?&]action=update\b/);
    await expect(page.getByRole('heading', { name: /Matching changes/ })).toBeVisible();
    const rows = table.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Updated' }) });
    expect(await rows.count()).toBeGreaterThan(0);
    await expect(table.getByRole('cell', { name: 'Created', exact: true })).toHaveCount(0);

    // The seed's Huawei–AT&T deal was updated from planned to cancelled: its diff says so.
    const deal = table.getByRole('row').filter({ hasText: /AT&T/ }).first();
    await deal.getByRole('link', { name: /^Version \d+ of .*: what changed$/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/AT&T/);
    const versions = page.getByRole('list', { name: 'Versions, newest first' });
    await expect(versions.getByRole('heading', { name: /Version 2: Updated/ })).toBeVisible();
    await expect(versions.getByText(/Status/).first()).toBeVisible();
    await expect(versions.getByRole('deletion').filter({ hasText: 'planned' }).first()).toBeVisible();
    await expect(versions.getByRole('insertion').filter({ hasText: 'cancelled' }).first()).toBeVisible();
    // Visitors see no editing actions.
    await expect(page.getByRole('button', { name: 'Revert to this version' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Delete' })).toHaveCount(0);
    expect(await axe({ include: 'main' })).toEqual([]);
  });

  test('refuses an unknown filter by name, and pages with Older changes', async ({ page }) => {
    await page.goto('/changes?kind=event');
    await expect(page.getByRole('alert').filter({ hasText: 'was not understood' })).toContainText('“kind”');
    await page.goto('/changes?limit=5');
    await page.getByRole('link', { name: 'Older changes' }).click();
    await expect(page).toHaveURL(/cursor=\d+/);
    await expect(page.getByRole('table', { name: 'Changes, newest first' }).getByRole('row')).toHaveCount(6);
    await expect(page.getByRole('link', { name: 'Newest changes' })).toBeVisible();
  });
});

test.describe('the write API from a browser session', () => {
  test('anonymous POST is 401; a contributor creates (201) but cannot delete (403); a foreign Origin is 403', async ({
    browser,
    page,
    request,
    baseURL,
  }) => {
    const anonymous = await request.post('/api/v1/events', { data: { title: 'x' } });
    expect(anonymous.status()).toBe(401);

    await signUp(page, 'Api Contributor');
    await page.goto('/changes');
    const created = await pageFetch(page, '/api/v1/events', {
      method: 'POST',
      body: {
        title: 'Contributor API event',
        type: 'statement',
        status: 'happened',
        vendorId: XIAOMI,
        date: 'March 2018',
      },
    });
    expect(created.status).toBe(201);
    expect(created.etag).toBe('"1"');
    const id = String(created.body?.id);

    const bad = await pageFetch(page, '/api/v1/events', {
      method: 'POST',
      body: { title: 'Bad date', type: 'statement', status: 'happened', date: 'the 13th month of 2018' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      error: { code: 'validation_failed', fieldErrors: { date: [expect.any(String)] } },
    });

    const stale = await pageFetch(page, `/api/v1/events/${id}`, {
      method: 'PATCH',
      body: { summary: 'x' },
      headers: { 'if-match': '"7"' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: { code: 'conflict', current: { id, version: 1 } } });

    const del = await pageFetch(page, `/api/v1/events/${id}`, {
      method: 'DELETE',
      headers: { 'if-match': '"1"' },
    });
    expect(del.status).toBe(403);

    // The same session cookie from another origin is refused before anything else.
    const cookies = await page.context().cookies();
    const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const foreign = await request.post('/api/v1/events', {
      headers: { cookie, origin: 'https://evil.example' },
      data: { title: 'Cross-site', type: 'statement', status: 'happened', date: '2018' },
    });
    expect(foreign.status()).toBe(403);
    expect(await foreign.json()).toMatchObject({ error: { code: 'bad_origin' } });
    const noOrigin = await request.post('/api/v1/events', {
      headers: { cookie },
      data: { title: 'No origin', type: 'statement', status: 'happened', date: '2018' },
    });
    expect(noOrigin.status()).toBe(403);
    const sameOrigin = await request.post('/api/v1/events', {
      headers: { cookie, origin: baseURL! },
      data: { title: 'Same origin', type: 'statement', status: 'happened', vendorId: XIAOMI, date: '2018' },
    });
    expect(sameOrigin.status()).toBe(201);
    const sameOriginId = String(((await sameOrigin.json()) as { id: string }).id);

    // The contributor's history page shows no editor actions.
    await page.goto(`/changes/event/${id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Contributor API event' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Delete' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Revert to this version' })).toHaveCount(0);

    await asAdmin(browser, (admin) =>
      deleteEvents(admin, [
        { id, version: 1 },
        { id: sameOriginId, version: 1 },
      ]),
    );
  });
});

test.describe('editors revert, delete and restore', () => {
  test('an editor reverts to the first version, deletes and restores; each is a new version', async ({
    browser,
    page,
    axe,
  }) => {
    await signUpEditor(browser, page, 'Edna Editor');
    await page.goto('/changes');
    const created = await pageFetch(page, '/api/v1/events', {
      method: 'POST',
      body: {
        title: 'Xiaomi plans a store in Lisbon',
        type: 'planned_entry',
        status: 'planned',
        vendorId: XIAOMI,
        date: 'late 2018',
      },
    });
    expect(created.status).toBe(201);
    const id = String(created.body?.id);
    const v2 = await pageFetch(page, `/api/v1/events/${id}`, {
      method: 'PATCH',
      body: { status: 'announced', summary: 'Announced at a press event.' },
      headers: { 'if-match': '"1"' },
    });
    expect(v2.status).toBe(200);
    const v3 = await pageFetch(page, `/api/v1/events/${id}`, {
      method: 'PATCH',
      body: { title: 'Xiaomi opens a store in Lisbon', version: 2 },
    });
    expect(v3.status).toBe(200);

    await page.goto(`/changes/event/${id}`);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Xiaomi opens a store in Lisbon' }),
    ).toBeVisible();
    const versions = page.getByRole('list', { name: 'Versions, newest first' });
    const version = (n: number) =>
      versions
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { name: new RegExp(`^Version ${n}:`) }) });
    await expect(version(3)).toContainText('Title');
    await expect(
      version(2)
        .getByRole('insertion')
        .filter({ hasText: /^now announced$/ }),
    ).toBeVisible();
    // The current version offers no revert; older ones do.
    await expect(version(3).getByRole('button', { name: 'Revert to this version' })).toHaveCount(0);
    expect(await axe({ include: 'main' })).toEqual([]);

    await version(1).getByRole('button', { name: 'Revert to this version' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Reverted to version 1: the record is now at version 4.' }),
    ).toBeVisible();
    await expect(version(4).getByRole('heading')).toContainText('Version 4: Reverted (current)');
    await expect(version(4)).toContainText('Brought back version 1');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Xiaomi plans a store in Lisbon' }),
    ).toBeVisible();
    const event = await pageFetch(page, `/api/v1/events/${id}`, { method: 'GET' });
    expect(event.body).toMatchObject({
      title: 'Xiaomi plans a store in Lisbon',
      status: 'planned',
      version: 4,
    });

    // Delete (asks first), then restore.
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    await expect(page.getByText('Deleted', { exact: true }).first()).toBeVisible();
    expect((await page.request.get(`/api/v1/events/${id}`)).status()).toBe(404);
    await expect(version(5).getByRole('heading')).toContainText('Version 5: Deleted (current)');
    await expect(page.getByRole('button', { name: 'Revert to this version' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Restore' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Restored (now version 6).' })).toBeVisible();
    await expect(version(6).getByRole('heading')).toContainText('Version 6: Restored (current)');
    expect((await page.request.get(`/api/v1/events/${id}`)).status()).toBe(200);

    // The feed shows the editor's revert.
    await page.goto('/changes?action=revert');
    await expect(
      page
        .getByRole('table', { name: 'Changes, newest first' })
        .getByRole('row')
        .filter({ hasText: 'Edna Editor' })
        .first(),
    ).toBeVisible();
    await deleteEvents(page, [{ id, version: 6 }]);
  });
});
