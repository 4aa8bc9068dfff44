import { syntheticImportCsv } from '../lib/import/testing/synthetic-import';
import { expect, test } from './fixtures';
import { deleteEvents, signUp, signUpEditor } from './support/accounts';

// Bulk import from the /import page: templates for everyone, the upload for editors only; one
// bad row among 1000 imports nothing and is reported by row, column and message; the fixed
// file imports all 1000 with a progress bar on the way. The rows are synthetic test data.

test.describe('import', () => {
  test('visitors and contributors see the template but cannot import', async ({
    page,
    request,
    baseURL,
    axe,
  }) => {
    await page.goto('/import');
    await expect(page.getByRole('heading', { level: 1, name: 'Import events' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Sign in' }).last()).toBeVisible();
    await expect(page.getByLabel('Import file (CSV or JSON)')).toHaveCount(0);
    expect(await axe({ include: 'main' })).toEqual([]);

    const template = await request.get('/api/v1/import/template.csv');
    expect(template.status()).toBe(200);
    expect(template.headers()['content-type']).toMatch(/^text\/csv/);
    expect((await template.text()).split('\n')[0]).toBe(
      'title,summary,type,status,vendor,region,date,counterparties,source_url,source_outlet,source_title,source_published,quote,speaker,stance',
    );
    expect((await request.get('/api/v1/import/template.json')).status()).toBe(200);

    const anonymous = await request.post('/api/v1/import', {
      headers: { 'content-type': 'text/csv' },
      data: 'title\n',
    });
    expect(anonymous.status()).toBe(401);

    await signUp(page, 'Import Contributor');
    await page.goto('/import');
    await expect(page.getByText(/Only editors and admins may import; you are a contributor/)).toBeVisible();
    await expect(page.getByLabel('Import file (CSV or JSON)')).toHaveCount(0);
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const refused = await request.post('/api/v1/import', {
      headers: { cookie, origin: baseURL!, 'content-type': 'text/csv' },
      data: syntheticImportCsv(2, { tag: 'contrib' }),
    });
    expect(refused.status()).toBe(403);
  });

  test('one bad row among 1000 imports nothing and is reported; the fixed file imports all 1000', async ({
    browser,
    page,
    axe,
  }) => {
    test.setTimeout(180_000);
    await signUpEditor(browser, page, 'Ivan Importer');
    const tag = `e2e${Date.now().toString(36)}`;
    await page.goto('/import');
    const file = page.getByLabel('Import file (CSV or JSON)');
    await expect(file).toBeVisible();
    expect(await axe({ include: 'main' })).toEqual([]);

    await file.setInputFiles({
      name: 'events.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(syntheticImportCsv(1000, { tag, badIndex: 499 })),
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const problems = page.getByRole('table', { name: /Problems found \(1\); nothing was imported/ });
    await expect(problems).toBeVisible({ timeout: 60_000 });
    const row = problems.getByRole('row').nth(1);
    await expect(row.getByRole('cell').nth(0)).toHaveText('501');
    await expect(row.getByRole('cell').nth(1)).toHaveText('date');
    await expect(row.getByRole('cell').nth(2)).toContainText(/month 13/i);
    const none = await page.request.get(
      `/api/v1/events?q=${encodeURIComponent(`Synthetic import test ${tag}-`)}&limit=1`,
    );
    expect((await none.json()).items).toHaveLength(0);

    await file.setInputFiles({
      name: 'events.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(syntheticImportCsv(1000, { tag })),
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByRole('progressbar')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /Imported 1000 events/ })).toBeVisible({
      timeout: 150_000,
    });
    await expect(page.getByRole('progressbar')).toHaveCount(0);

    // All 1000 are there, each with exactly one revision.
    let count = 0;
    let next: string | null =
      `/api/v1/events?q=${encodeURIComponent(`Synthetic import test ${tag}-`)}&limit=200`;
    const imported: { id: string; version: number }[] = [];
    while (next) {
      const body = (await (await page.request.get(next)).json()) as {
        items: { id: string; version: number }[];
        links: { next: string | null };
      };
      count += body.items.length;
      imported.push(...body.items.map(({ id, version }) => ({ id, version })));
      next = body.links.next;
    }
    expect(count).toBe(1000);
    expect(imported.every((e) => e.version === 1)).toBe(true);
    const detail = (await (await page.request.get(`/api/v1/events/${imported[0]!.id}`)).json()) as {
      history: { action: string }[];
    };
    expect(detail.history.map((h) => h.action)).toEqual(['create']);

    // Synthetic data: removed again (soft delete) so that later specs see the demo data only.
    await deleteEvents(page, imported);
  });
});
