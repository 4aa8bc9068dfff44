import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The founding article, read from the front page: a newcomer reaches each of its claims in at
// most three clicks, starting at `/` every time, using only what the page offers (roles and
// accessible names, no URLs typed in).

const MAX_CLICKS = 3;

/** Clicks through the UI and refuses a fourth click. */
function clicker(page: Page) {
  let count = 0;
  return {
    async click(target: Locator) {
      count += 1;
      expect(count, 'at most three clicks from the overview').toBeLessThanOrEqual(MAX_CLICKS);
      await target.click();
      await page.waitForLoadState('domcontentloaded');
    },
    get count() {
      return count;
    },
  };
}

const section = (scope: Page | Locator, name: string | RegExp) => scope.getByRole('region', { name });

test.describe('the founding article from the overview', () => {
  test('Xiaomi’s profile is one click away', async ({ page }) => {
    await page.goto('/');
    const ui = clicker(page);
    await ui.click(
      section(page, 'Presence matrix').getByRole('rowheader', { name: 'Xiaomi' }).getByRole('link'),
    );

    await expect(page).toHaveURL(/\/vendors\/xiaomi$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Xiaomi' })).toBeVisible();
    // Strong in India and China, planned for the US: the presence table says so.
    const presence = section(page, /^Presence/);
    for (const region of ['India', 'China', 'United States', 'Madrid']) {
      await expect(presence.getByRole('rowheader', { name: region })).toBeVisible();
    }
    expect(ui.count).toBe(1);
  });

  test('the Madrid store opening shows The Verge as a source', async ({ page }) => {
    await page.goto('/');
    const ui = clicker(page);
    await ui.click(
      section(page, 'Presence matrix').getByRole('rowheader', { name: 'Xiaomi' }).getByRole('link'),
    );
    await ui.click(
      section(page, /^Events/).getByRole('link', { name: 'Xiaomi opens its first store in Madrid' }),
    );

    await expect(
      page.getByRole('heading', { level: 1, name: 'Xiaomi opens its first store in Madrid' }),
    ).toBeVisible();
    await expect(page.getByText('November 2017').first()).toBeVisible();
    const sources = section(page, /^Sources/);
    await expect(sources.getByText('The Verge', { exact: true })).toBeVisible();
    const verge = sources.getByRole('link', {
      name: 'Xiaomi expands into western Europe with flagship Mi Mix 2 at the vanguard',
    });
    await expect(verge).toHaveAttribute('href', /^https:\/\/www\.theverge\.com\//);
    await expect(verge).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(sources.getByText('Digitalcutlet', { exact: true })).toBeVisible();
    // The products at the helm and the region are linked facts, not prose only.
    const facts = page.getByRole('complementary', { name: 'Event facts' });
    await expect(facts.getByText('Mi Mix 2')).toBeVisible();
    await expect(facts.getByRole('link', { name: 'Madrid' })).toBeVisible();
  });

  test('the planned US entry shows its window, Lei Jun’s quote and The Wall Street Journal', async ({
    page,
  }) => {
    await page.goto('/');
    const ui = clicker(page);
    // Its window (to early 2019) has passed with no outcome linked: the dashboard lists it as overdue.
    await ui.click(
      section(page, 'Overdue plans').getByRole('link', { name: 'Xiaomi plans to enter the US market' }),
    );

    await expect(
      page.getByRole('heading', { level: 1, name: 'Xiaomi plans to enter the US market' }),
    ).toBeVisible();
    await expect(page.getByText('Planned', { exact: true }).first()).toBeVisible();
    // The window in words: December 2018 to March 2019 (each end approximate).
    await expect(page.getByText(/December 2018 to (around )?March 2019/).first()).toBeVisible();

    const sources = section(page, /^Sources/);
    // The Wall Street Journal's citation carries Lei Jun's words, attributed to him.
    const wsj = sources
      .getByRole('listitem')
      .filter({ has: page.getByText('The Wall Street Journal', { exact: true }) });
    await expect(wsj.getByText('The Wall Street Journal', { exact: true })).toBeVisible();
    const quote = wsj.getByRole('blockquote');
    await expect(quote).toContainText('We plan to start entering the market by end 2018, or by early 2019');
    await expect(wsj.getByRole('figure').getByText(/^Lei Jun/)).toBeVisible();
    // The WSJ article's address was not recorded: its title is shown, not linked.
    await expect(sources.getByText('Lei Jun on entering the US market (interview)')).toBeVisible();
    await expect(sources.getByRole('link', { name: /Lei Jun on entering the US market/ })).toHaveCount(0);
  });

  test('AT&T’s cancellation of the Huawei deal shows the deal it cancels and the responses', async ({
    page,
  }) => {
    await page.goto('/');
    const ui = clicker(page);
    await ui.click(page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Events' }));
    await ui.click(page.getByRole('link', { name: 'AT&T cancels its Huawei deal at the last minute' }));

    await expect(
      page.getByRole('heading', { level: 1, name: 'AT&T cancels its Huawei deal at the last minute' }),
    ).toBeVisible();
    const facts = page.getByRole('complementary', { name: 'Event facts' });
    await expect(facts.getByRole('link', { name: 'AT&T' })).toHaveAttribute('href', '/carriers/att');
    for (const agency of ['FBI', 'NSA', 'CIA']) {
      await expect(facts.getByRole('link', { name: agency })).toHaveAttribute(
        'href',
        `/organizations/${agency.toLowerCase()}`,
      );
    }

    const linked = section(page, /^Linked events/);
    const cancelled = section(linked, 'Cancels').getByRole('link', { name: /^Huawei and AT&T deal/ });
    await expect(cancelled).toBeVisible();
    const responses = section(linked, 'Responses');
    await expect(responses.getByRole('link', { name: /^Huawei denies/ })).toBeVisible();
    await expect(
      responses.getByRole('link', { name: 'Richard Yu criticises US carriers at CES 2018' }),
    ).toBeVisible();

    // And the deal, one more click away, points back at its cancellation.
    await ui.click(cancelled);
    await expect(page.getByRole('heading', { level: 1, name: /^Huawei and AT&T deal/ })).toBeVisible();
    await expect(page.getByText('Cancelled', { exact: true }).first()).toBeVisible();
    await expect(
      section(section(page, /^Linked events/), 'Cancelled by').getByRole('link', {
        name: 'AT&T cancels its Huawei deal at the last minute',
      }),
    ).toBeVisible();
  });
});

test('an unknown vendor is a styled 404 with a way back', async ({ page }) => {
  const response = await page.goto('/vendors/no-such-vendor');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the overview' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('a slug of another kind is a 404 (/carriers/xiaomi)', async ({ page }) => {
  const response = await page.goto('/carriers/xiaomi');
  expect(response?.status()).toBe(404);
});

test('the overview has no axe violations, in light and dark', async ({ page, axe }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await axe(), `axe violations (${colorScheme})`).toEqual([]);
  }
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});
