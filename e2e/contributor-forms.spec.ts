import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { pageFetch, signUpEditor } from './support/accounts';

// A contributor's path through the forms: sign up, add a region and an event with a new source
// (natural-language date read back live), find it on the vendor's profile, edit it, and meet an
// edit conflict from a second browser, keeping what was typed and applying it on top.

const PASSWORD = 'correct horse battery staple';

let counter = 0;
function uniqueEmail(label: string): string {
  counter += 1;
  return `${label}-${Date.now().toString(36)}-${counter}@example.test`;
}

/** Signs up through the UI; the new account is a signed-in contributor. */
async function signUp(page: Page, name: string): Promise<void> {
  await page.goto('/sign-up');
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Email', { exact: true }).fill(uniqueEmail(name.toLowerCase().replace(/\W+/g, '-')));
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).not.toHaveURL(/\/sign-up/);
}

async function signedInContext(
  browser: Browser,
  name: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signUp(page, name);
  return { context, page };
}

/** Picks an option in a combobox by typing part of its name. */
async function pick(
  scope: Page | Locator,
  label: string,
  typed: string,
  option: string | RegExp,
): Promise<void> {
  const box = scope.getByRole('combobox', { name: label });
  await box.fill(typed);
  await scope
    .getByRole('listbox', { name: label, exact: true })
    .getByRole('option', { name: option })
    .click();
}

/** The "United Kingdom" region: created through its form unless an earlier run made it. */
async function ensureUnitedKingdom(page: Page): Promise<void> {
  const response = await page.goto('/regions/united-kingdom');
  if (response?.status() === 200) return;
  await page.goto('/regions');
  await page.getByRole('link', { name: 'Add region' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add a region' })).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill('United Kingdom');
  await expect(page.getByLabel('Address', { exact: true })).toHaveValue('united-kingdom');
  await page.getByLabel('Kind', { exact: true }).selectOption({ label: 'Country' });
  await pick(page, 'Part of', 'western', 'Western Europe');
  await pick(page, 'Part of', 'europe continent', /^Europe/);
  await page.getByLabel(/^ISO 3166 code/).fill('gb');
  await page.getByLabel(/^ISO 3166-1 numeric/).fill('826');
  await page.getByRole('button', { name: 'Add region' }).click();
  await expect(page).toHaveURL(/\/regions\/united-kingdom$/);
  await expect(page.getByRole('heading', { level: 1, name: 'United Kingdom' })).toBeVisible();
}

test.describe('contributor forms', () => {
  test('anonymous visitors get no edit entry points and a sign-in prompt on the form', async ({ page }) => {
    await page.goto('/vendors/xiaomi');
    await expect(page.getByRole('heading', { level: 1, name: 'Xiaomi' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Edit' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Add event' })).toHaveCount(0);
    await page.goto('/events/new');
    await expect(page.getByRole('heading', { name: 'Sign in to add events' })).toBeVisible();
    await expect(page.getByRole('form', { name: 'New event' })).toHaveCount(0);
  });

  test('add an event with a new source, see it on the vendor, edit it, and resolve a conflict', async ({
    page,
    browser,
  }) => {
    // Two browser contexts and a dozen page loads: on a loaded 2-core machine this passes 30 s.
    test.slow();
    await signUp(page, 'Ada Contributor');
    await ensureUnitedKingdom(page);

    // From Xiaomi's profile: "Add event" opens the form with Xiaomi chosen.
    await page.goto('/vendors/xiaomi');
    await page.getByRole('link', { name: 'Add event' }).click();
    const form = page.getByRole('form', { name: 'New event' });
    await expect(form).toBeVisible();
    await expect(form.getByRole('combobox', { name: 'Vendor' })).toHaveValue('Xiaomi');

    await form.getByLabel('Title', { exact: true }).fill('Xiaomi enters the UK');
    await form.getByLabel('Type', { exact: true }).selectOption({ label: 'Market entry' });
    await form.getByLabel('Status', { exact: true }).selectOption({ label: 'Happened' });
    await pick(form, 'Region', 'united k', 'United Kingdom');

    // The date is read back, live, before saving.
    await form.getByLabel('Date', { exact: true }).fill('November 2018');
    const reading = form.getByRole('status').filter({ hasText: 'Reads as' });
    await expect(reading).toContainText('November 2018');
    await expect(reading).toContainText('1 November 2018');
    await expect(reading).toContainText('30 November 2018');
    await expect(reading).toContainText('to the month');

    // A new source, typed inline, with a quote.
    await form.getByRole('button', { name: 'Add a source' }).click();
    const source = form.getByRole('group', { name: 'Source 1' });
    await source.getByRole('radio', { name: 'New source' }).check();
    await source.getByLabel('Outlet', { exact: true }).fill('Contributor test desk');
    await source
      .getByLabel('Article title', { exact: true })
      .fill('Xiaomi’s UK launch, as noted by the e2e suite');
    await source.getByLabel('Published (optional)', { exact: true }).fill('8 November 2018');
    await source
      .getByLabel('Quote (optional)')
      .fill('Xiaomi opened sales in the United Kingdom in November 2018.');

    await form.getByRole('button', { name: 'Add event' }).click();
    await expect(page).toHaveURL(/\/events\/[0-9a-f-]{36}$/);
    const eventUrl = page.url();
    await expect(page.getByRole('heading', { level: 1, name: 'Xiaomi enters the UK' })).toBeVisible();
    const sources = page.getByRole('region', { name: /^Sources/ });
    await expect(sources.getByText('Contributor test desk', { exact: true })).toBeVisible();
    await expect(sources.getByRole('blockquote')).toContainText(
      'Xiaomi opened sales in the United Kingdom in November 2018.',
    );
    await expect(
      page.getByRole('complementary', { name: 'Event facts' }).getByRole('link', { name: 'United Kingdom' }),
    ).toBeVisible();

    // It appears on Xiaomi's profile.
    await page.goto('/vendors/xiaomi');
    await expect(
      page.getByRole('region', { name: /^Events/ }).getByRole('link', { name: 'Xiaomi enters the UK' }),
    ).toBeVisible();

    // Edit it: change the title.
    await page.goto(eventUrl);
    await page.getByRole('link', { name: 'Edit' }).click();
    const edit = page.getByRole('form', { name: 'Edit event' });
    await expect(edit.getByLabel('Date', { exact: true })).toHaveValue('November 2018');
    // The inline source is now a saved source, cited by the event.
    const savedSource = edit.getByRole('group', { name: 'Source 1' });
    await expect(savedSource.getByRole('radio', { name: 'A saved source' })).toBeChecked();
    await expect(savedSource.getByRole('combobox', { name: 'Saved source' })).toHaveValue(
      /^Contributor test desk: /,
    );
    await expect(savedSource.getByLabel('Outlet', { exact: true })).toBeHidden();
    await edit.getByLabel('Title', { exact: true }).fill('Xiaomi officially enters the UK');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect(page).toHaveURL(eventUrl);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Xiaomi officially enters the UK' }),
    ).toBeVisible();

    // Two browsers open the edit form; the first saves, the second meets the conflict.
    const first = await signedInContext(browser, 'Bea First');
    const second = await signedInContext(browser, 'Cy Second');
    try {
      await first.page.goto(`${eventUrl}/edit`);
      await second.page.goto(`${eventUrl}/edit`);
      const firstForm = first.page.getByRole('form', { name: 'Edit event' });
      const secondForm = second.page.getByRole('form', { name: 'Edit event' });
      await expect(secondForm).toBeVisible();

      await firstForm.getByLabel('Summary (optional)').fill('Launch event in London with the Mi 8 Pro.');
      await firstForm.getByRole('button', { name: 'Save changes' }).click();
      await expect(first.page).toHaveURL(eventUrl);

      const typedTitle = 'Xiaomi launches in the United Kingdom';
      await secondForm.getByLabel('Title', { exact: true }).fill(typedTitle);
      await secondForm.getByRole('button', { name: 'Save changes' }).click();

      const conflict = second.page.getByRole('region', {
        name: 'Someone changed this record since you opened it',
      });
      await expect(conflict).toBeVisible();
      await expect(conflict).toContainText('version 3');
      await expect(conflict).toContainText('Bea First');
      const titleRow = conflict.getByRole('row', { name: /^Title/ });
      await expect(titleRow).toContainText('Xiaomi officially enters the UK');
      await expect(titleRow).toContainText(typedTitle);
      await expect(titleRow).toContainText('Yours is saved');
      await expect(conflict.getByRole('row', { name: /^Summary/ })).toContainText('Theirs is kept');
      // What was typed is still in the form.
      await expect(secondForm.getByLabel('Title', { exact: true })).toHaveValue(typedTitle);
      await expect(second.page).toHaveURL(`${eventUrl}/edit`);

      await conflict.getByRole('button', { name: 'Apply my changes on top of version 3' }).click();
      await expect(second.page).toHaveURL(eventUrl);
      await expect(second.page.getByRole('heading', { level: 1, name: typedTitle })).toBeVisible();
      // The first browser's summary survived: applying took only the second's own changes.
      await expect(second.page.getByText('Launch event in London with the Mi 8 Pro.')).toBeVisible();
      await expect(second.page.getByRole('complementary', { name: 'Event facts' })).toContainText(
        'Version 4',
      );
    } finally {
      await first.context.close();
      await second.context.close();
    }

    // The change feed lists the new event's writes.
    const id = eventUrl.split('/').pop()!;
    await page.goto('/changes');
    await expect(
      page.getByRole('main').getByRole('link', { name: 'Xiaomi launches in the United Kingdom' }).first(),
    ).toBeVisible();

    // A contributor is offered no delete, and the server refuses one (403).
    await page.goto(`/changes/event/${id}`);
    await expect(page.getByRole('button', { name: 'Delete' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Revert to this version' })).toHaveCount(0);
    const refused = await pageFetch(page, `/api/v1/events/${id}`, {
      method: 'DELETE',
      headers: { 'if-match': '"4"' },
    });
    expect(refused.status).toBe(403);
    expect((await page.request.get(`/api/v1/events/${id}`)).status()).toBe(200);

    // An editor reverts it to its first version; the revert is version 5.
    const editorContext = await browser.newContext();
    try {
      const editor = await editorContext.newPage();
      await signUpEditor(browser, editor, 'Eli Editor');
      await editor.goto(`/changes/event/${id}`);
      const versions = editor.getByRole('list', { name: 'Versions, newest first' });
      await versions
        .getByRole('listitem')
        .filter({ has: editor.getByRole('heading', { name: /^Version 1:/ }) })
        .getByRole('button', { name: 'Revert to this version' })
        .click();
      await expect(
        editor
          .getByRole('status')
          .filter({ hasText: 'Reverted to version 1: the record is now at version 5.' }),
      ).toBeVisible();
      await editor.goto(eventUrl);
      await expect(editor.getByRole('heading', { level: 1, name: 'Xiaomi enters the UK' })).toBeVisible();
    } finally {
      await editorContext.close();
    }
  });

  test('a malformed date shows the parser’s message on the field and saves nothing', async ({ page }) => {
    await signUp(page, 'Dee Validator');
    await page.goto('/events/new');
    const form = page.getByRole('form', { name: 'New event' });
    const title = `Bad date check ${Date.now()}`;
    await form.getByLabel('Title', { exact: true }).fill(title);
    await form.getByLabel('Type', { exact: true }).selectOption({ label: 'Statement' });
    await form.getByLabel('Status', { exact: true }).selectOption({ label: 'Announced' });
    const date = form.getByLabel('Date', { exact: true });
    await date.fill('2018-13');
    await expect(form.getByRole('status').filter({ hasText: 'Cannot read this date' })).toContainText(
      'Month 13 does not exist',
    );
    await form.getByRole('button', { name: 'Add event' }).click();

    await expect(form.getByRole('heading', { name: 'Not saved: please check the form' })).toBeVisible();
    await expect(date).toHaveAttribute('aria-invalid', 'true');
    await expect(date).toHaveAccessibleDescription(/Month 13 does not exist \(months are 01-12\)\./);
    await expect(form.getByRole('link', { name: /^Date: Month 13 does not exist/ })).toBeVisible();
    // Nothing typed was lost, and nothing was saved.
    await expect(form.getByLabel('Title', { exact: true })).toHaveValue(title);
    await expect(date).toHaveValue('2018-13');
    await expect(page).toHaveURL(/\/events\/new$/);
    await page.goto(`/events?q=${encodeURIComponent(title)}`);
    await expect(page.getByRole('link', { name: title })).toHaveCount(0);
  });

  test('a save after the session ended asks to sign in and keeps what was typed', async ({
    page,
    context,
  }) => {
    await signUp(page, 'Gil Expired');
    await page.goto('/events/new');
    const form = page.getByRole('form', { name: 'New event' });
    await form.getByLabel('Title', { exact: true }).fill('Typed before the session ended');
    await form.getByLabel('Date', { exact: true }).fill('Q4 2018');

    // Sign out in another tab of the same browser.
    const other = await context.newPage();
    await other.goto('/');
    await other.getByRole('button', { name: 'Sign out' }).click();
    await expect(other.getByRole('link', { name: 'Sign in' }).first()).toBeVisible();
    await other.close();

    await form.getByRole('button', { name: 'Add event' }).click();
    await expect(form.getByRole('heading', { name: 'You cannot save this yet' })).toBeVisible();
    const signIn = form.getByRole('link', { name: 'Sign in (opens in a new tab)' });
    await expect(signIn).toHaveAttribute('href', '/sign-in?next=%2Fevents%2Fnew');
    await expect(signIn).toHaveAttribute('target', '_blank');
    await expect(form.getByLabel('Title', { exact: true })).toHaveValue('Typed before the session ended');
    await expect(form.getByLabel('Date', { exact: true })).toHaveValue('Q4 2018');
  });

  test('the event form has no accessibility violations, empty or with errors', async ({ page, axe }) => {
    await signUp(page, 'Eve Auditor');
    await page.goto('/events/new');
    const form = page.getByRole('form', { name: 'New event' });
    await form.getByRole('button', { name: 'Add a source' }).click();
    await form.getByRole('button', { name: 'Add a link' }).click();
    await form.getByRole('combobox', { name: 'Vendor' }).fill('x');
    expect(await axe({ include: 'main' })).toEqual([]);

    await form.getByRole('combobox', { name: 'Vendor' }).press('Escape');
    await form.getByRole('button', { name: 'Add event' }).click();
    await expect(form.getByRole('heading', { name: 'Not saved: please check the form' })).toBeVisible();
    expect(await axe({ include: 'main' })).toEqual([]);
  });

  test('organizations, products, people and sources have forms too', async ({ page }) => {
    await signUp(page, 'Hal Catalog');
    const run = Date.now().toString(36);

    // A carrier, from the carriers list.
    await page.goto('/carriers');
    await page.getByRole('link', { name: 'Add carrier' }).click();
    await expect(page.getByLabel('Kind', { exact: true })).toHaveValue('carrier');
    await page.getByLabel('Name', { exact: true }).fill(`Movistar ${run}`);
    await page.getByLabel(/^Headquarters country/).fill('es');
    await page.getByLabel(/^Website/).fill('https://www.movistar.es/');
    await pick(page, 'Operates in', 'spain', 'Spain');
    await page.getByRole('button', { name: 'Add organization' }).click();
    await expect(page).toHaveURL(new RegExp(`/carriers/movistar-${run}$`));
    await expect(page.getByRole('heading', { level: 1, name: `Movistar ${run}` })).toBeVisible();
    await expect(
      page.getByRole('complementary', { name: `About Movistar ${run}` }).getByRole('link', { name: 'Spain' }),
    ).toBeVisible();

    // A product of Xiaomi's; then rename it.
    await page.goto('/products/new');
    await page.getByLabel('Name', { exact: true }).fill(`Mi 8 Pro ${run}`);
    await pick(page, 'Vendor', 'xiao', 'Xiaomi');
    await page.getByLabel('Category', { exact: true }).selectOption({ label: 'Smartphone' });
    await page.getByRole('button', { name: 'Add product' }).click();
    await expect(page).toHaveURL(new RegExp(`/products/mi-8-pro-${run}$`));
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByLabel('Name', { exact: true }).fill(`Xiaomi Mi 8 Pro ${run}`);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Xiaomi Mi 8 Pro ${run}` })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/products/mi-8-pro-${run}$`));

    // A person.
    await page.goto('/people/new');
    await page.getByLabel('Name', { exact: true }).fill(`Wang Xiang ${run}`);
    await page.getByLabel(/^Role/).fill('Senior vice president, Xiaomi');
    await pick(page, 'Organization', 'xiaomi', 'Xiaomi');
    await page.getByRole('button', { name: 'Add person' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Wang Xiang ${run}` })).toBeVisible();

    // A source: a javascript: address is refused on the field, the rest is kept.
    await page.goto('/sources/new');
    await page.getByLabel('Outlet', { exact: true }).fill('Contributor test desk');
    await page.getByLabel('Title', { exact: true }).fill(`A source ${run}`);
    const url = page.getByLabel(/^Web address/);
    await url.fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Add source' }).click();
    await expect(url).toHaveAttribute('aria-invalid', 'true');
    await expect(url).toHaveAccessibleDescription(
      /Enter a full web address starting with http:\/\/ or https:\/\//,
    );
    await expect(page.getByLabel('Title', { exact: true })).toHaveValue(`A source ${run}`);
    await url.fill('https://example.org/beachhead-e2e');
    await page.getByRole('button', { name: 'Add source' }).click();
    await expect(page).toHaveURL(/\/sources\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1, name: `A source ${run}` })).toBeVisible();
  });

  test('links to other events are written with the event; contributors cannot remove saved ones', async ({
    page,
  }) => {
    await signUp(page, 'Ivy Linker');
    const title = `Xiaomi sells phones in the US ${Date.now().toString(36)}`;
    await page.goto('/events/new');
    const form = page.getByRole('form', { name: 'New event' });
    await form.getByLabel('Title', { exact: true }).fill(title);
    await form.getByLabel('Type', { exact: true }).selectOption({ label: 'Market entry' });
    await form.getByLabel('Status', { exact: true }).selectOption({ label: 'Rumoured' });
    await form.getByLabel('Date', { exact: true }).fill('2019');
    await form.getByRole('button', { name: 'Add a link' }).click();
    const link = form.getByRole('group', { name: 'Link 1' });
    await link.getByLabel(/^Link type/).selectOption({ label: 'Fulfils' });
    await pick(link, 'Linked event', 'plans to enter the us', 'Xiaomi plans to enter the US market');
    await form.getByRole('button', { name: 'Add event' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const linked = page.getByRole('region', { name: /^Linked events/ });
    await expect(linked.getByRole('heading', { name: 'Fulfils' })).toBeVisible();
    await expect(linked.getByRole('link', { name: 'Xiaomi plans to enter the US market' })).toBeVisible();

    await page.getByRole('link', { name: 'Edit' }).click();
    const saved = page.getByRole('form', { name: 'Edit event' }).getByRole('group', { name: 'Link 1' });
    await expect(saved.getByText('Only editors can remove a saved link.')).toBeVisible();
    await expect(saved.getByRole('button', { name: 'Remove link 1' })).toHaveCount(0);
    await saved.getByLabel(/^Link type/).selectOption({ label: 'Related to' });
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(linked.getByRole('heading', { name: 'Related to' })).toBeVisible();
    await expect(linked.getByRole('heading', { name: 'Fulfils' })).toHaveCount(0);
  });

  test('the pickers work from the keyboard', async ({ page }) => {
    await signUp(page, 'Fay Keys');
    await page.goto('/events/new');
    const form = page.getByRole('form', { name: 'New event' });
    const people = form.getByRole('combobox', { name: 'People' });
    await people.focus();
    await people.pressSequentially('lei');
    await expect(people).toHaveAttribute('aria-expanded', 'true');
    await people.press('ArrowDown');
    await people.press('ArrowUp');
    const active = await people.getAttribute('aria-activedescendant');
    expect(active).toBeTruthy();
    await expect(page.locator(`[id="${active}"]`)).toContainText('Lei Jun');
    await people.press('Enter');
    const chosen = form.getByRole('list', { name: 'People: chosen' });
    await expect(chosen.getByText('Lei Jun')).toBeVisible();
    await people.pressSequentially('richard');
    await people.press('Enter');
    await expect(chosen.getByText('Richard Yu')).toBeVisible();
    await people.press('Backspace');
    await expect(chosen.getByText('Richard Yu')).toHaveCount(0);
    await chosen.getByRole('button', { name: 'Remove Lei Jun' }).click();
    await expect(form.getByRole('list', { name: 'People: chosen' })).toHaveCount(0);

    const vendor = form.getByRole('combobox', { name: 'Vendor' });
    await vendor.fill('hua');
    await vendor.press('Escape');
    await expect(vendor).toHaveAttribute('aria-expanded', 'false');
    await vendor.press('ArrowDown');
    await expect(vendor).toHaveAttribute('aria-expanded', 'true');
  });
});
