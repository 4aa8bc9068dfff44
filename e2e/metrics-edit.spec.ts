import { IDS } from '../db/seed/article';
import { expect, test } from './fixtures';
import { pageFetch, signUp } from './support/accounts';

// Correcting a metric value: a contributor opens "Correct" on a figure of the /metrics table,
// changes the value in the edit form (the metric form, prefilled), and the table and the API show
// the new value; "History" leads to /changes/metric/<id> with the diff. A correction made from a
// form opened before someone else's shows the conflict panel and can be applied on top. The
// figures belong to a vendor and region made for this run, so no other spec's series is touched.

test('a contributor corrects a metric value; the table, API and history show it; a stale edit meets the conflict', async ({
  page,
  browser,
  axe,
}) => {
  test.setTimeout(120_000);
  const tag = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
  await signUp(page, `Metric Corrector ${tag}`);

  // A vendor and region of this run, and one figure, through the write API (same origin).
  const vendor = await pageFetch(page, '/api/v1/organizations', {
    method: 'POST',
    body: { slug: `corrected-vendor-${tag}`, name: `Corrected Vendor ${tag}`, kind: 'vendor' },
  });
  expect(vendor.status, JSON.stringify(vendor.body)).toBe(201);
  const region = await pageFetch(page, '/api/v1/regions', {
    method: 'POST',
    body: { slug: `corrected-region-${tag}`, name: `Corrected Region ${tag}`, kind: 'country' },
  });
  expect(region.status, JSON.stringify(region.body)).toBe(201);
  const created = await pageFetch(page, '/api/v1/metrics', {
    method: 'POST',
    body: {
      vendorId: vendor.body!.id,
      regionId: region.body!.id,
      period: '2018-Q3',
      metric: 'market_share_pct',
      value: 10.5,
      sourceId: IDS.source.verge,
      quote: `The vendor held 10.5 percent (${tag}).`,
    },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  expect(created.etag).toBe('"1"');
  const id = String(created.body!.id);
  const slug = `corrected-vendor-${tag}`;

  // The figures table offers Correct (signed in) and History per figure.
  await page.goto(`/metrics?vendor=${slug}&measure=market_share_pct`);
  await page.getByText('The figures, their sources and quotes (1)').click();
  const row = page.getByRole('row').filter({ hasText: '2018-Q3' });
  await expect(row).toContainText('10.5 %');
  await row.getByRole('link', { name: /^Correct/ }).click();

  await expect(page).toHaveURL(new RegExp(`/metrics/${id}/edit$`));
  const form = page.getByRole('form', { name: 'Correct metric value' });
  await expect(form.getByLabel('Value')).toHaveValue('10.5');
  await expect(form.getByLabel('Quarter')).toHaveValue('2018-Q3');
  await expect(form.getByLabel('Quote')).toHaveValue(`The vendor held 10.5 percent (${tag}).`);
  expect(await axe({ include: 'main' })).toEqual([]);
  await form.getByLabel('Value').fill('11.75');
  await form.getByRole('button', { name: 'Save correction' }).click();

  await expect(page).toHaveURL(
    new RegExp(`/metrics\\?vendor=${slug}&measure=market_share_pct&saved=2018-Q3`),
  );
  await expect(page.getByTestId('metric-chart').filter({ hasText: `Corrected Region ${tag}` })).toBeVisible();
  await page.getByText('The figures, their sources and quotes (1)').click();
  await expect(row).toContainText('11.75 %');
  const api = await pageFetch(page, `/api/v1/metrics/${id}`, { method: 'GET' });
  expect(api).toMatchObject({ status: 200, etag: '"2"', body: { value: 11.75, version: 2 } });

  // History: the revision's diff names the old and the new value.
  await row.getByRole('link', { name: /^History/ }).click();
  await expect(page).toHaveURL(new RegExp(`/changes/metric/${id}$`));
  const versions = page.getByRole('list', { name: 'Versions, newest first' });
  await expect(versions.getByRole('heading', { name: /Version 2: Updated/ })).toBeVisible();
  await expect(versions.getByRole('deletion').filter({ hasText: '10.5' }).first()).toBeVisible();
  await expect(versions.getByRole('insertion').filter({ hasText: '11.75' }).first()).toBeVisible();

  // A stale form: opened at version 2, then someone corrects the quote (version 3).
  await page.goto(`/metrics/${id}/edit`);
  await expect(form.getByLabel('Value')).toHaveValue('11.75');
  const theirs = await pageFetch(page, `/api/v1/metrics/${id}`, {
    method: 'PATCH',
    headers: { 'if-match': '"2"' },
    body: { quote: `The vendor held 11.75 percent (${tag}).` },
  });
  expect(theirs.status, JSON.stringify(theirs.body)).toBe(200);
  await form.getByLabel('Value').fill('12.5');
  await form.getByRole('button', { name: 'Save correction' }).click();
  const conflict = page.getByRole('region', { name: 'Someone changed this record since you opened it' });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText('version 3');
  await expect(conflict.getByRole('row', { name: /^Value/ })).toContainText('Yours is saved');
  await expect(conflict.getByRole('row', { name: /^Quote/ })).toContainText('Theirs is kept');
  await expect(form.getByLabel('Value')).toHaveValue('12.5');
  await expect(page).toHaveURL(new RegExp(`/metrics/${id}/edit$`));
  const unchanged = await pageFetch(page, `/api/v1/metrics/${id}`, { method: 'GET' });
  expect(unchanged.body).toMatchObject({ version: 3, value: 11.75 });

  await conflict.getByRole('button', { name: 'Apply my changes on top of version 3' }).click();
  await expect(page).toHaveURL(
    new RegExp(`/metrics\\?vendor=${slug}&measure=market_share_pct&saved=2018-Q3`),
  );
  const merged = await pageFetch(page, `/api/v1/metrics/${id}`, { method: 'GET' });
  expect(merged.body).toMatchObject({
    version: 4,
    value: 12.5,
    quote: `The vendor held 11.75 percent (${tag}).`,
  });

  // Signed out: History, but no Correct; the edit page asks to sign in.
  const anonymous = await browser.newContext();
  try {
    const visitor = await anonymous.newPage();
    await visitor.goto(`/metrics?vendor=${slug}&measure=market_share_pct`);
    await visitor.getByText('The figures, their sources and quotes (1)').click();
    const visitorRow = visitor.getByRole('row').filter({ hasText: '2018-Q3' });
    await expect(visitorRow).toContainText('12.5 %');
    await expect(visitorRow.getByRole('link', { name: /^History/ })).toBeVisible();
    await expect(visitorRow.getByRole('link', { name: /^Correct/ })).toHaveCount(0);
  } finally {
    await anonymous.close();
  }
});
