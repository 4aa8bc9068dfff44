import { expect, type Browser, type Page } from '@playwright/test';
import { E2E_ADMIN } from '../accounts';

// Accounts for specs that need an editor. Sign-up makes contributors; only an admin raises a
// role, so these specs sign in as the e2e admin (E2E_ADMIN, created by scripts/serve-e2e.mjs
// before the server starts) and promote a fresh account through the Users page, as a person would.

export const PASSWORD = 'a long enough password';

export function uniqueEmail(label: string): string {
  return `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`;
}

export async function signUp(
  page: Page,
  name: string,
  email = uniqueEmail(name.toLowerCase().replace(/\W+/g, '-')),
) {
  await page.goto('/sign-up');
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('banner').getByTestId('signed-in-user')).toContainText(name);
  return email;
}

export async function signIn(page: Page, email: string, password = PASSWORD): Promise<boolean> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const who = page.getByRole('banner').getByTestId('signed-in-user');
  try {
    await expect(who).toBeVisible({ timeout: 5000 });
    return true;
  } catch {
    return false;
  }
}

/** Signs up `name` in `page` and has the admin (in a separate context) make them an editor. */
export async function signUpEditor(browser: Browser, page: Page, name: string): Promise<string> {
  const email = await signUp(page, name);
  const adminContext = await browser.newContext();
  try {
    const admin = await adminContext.newPage();
    expect(await signIn(admin, E2E_ADMIN.email, E2E_ADMIN.password), 'the e2e admin can sign in').toBe(true);
    await admin.goto('/admin/users');
    const row = admin.getByRole('row').filter({ has: admin.getByRole('rowheader', { name }) });
    await row.getByRole('combobox', { name: `Role of ${name}` }).selectOption('editor');
    await row.getByRole('button', { name: `Save role of ${name}` }).click();
    await expect(row.getByRole('status')).not.toBeEmpty();
  } finally {
    await adminContext.close();
  }
  // The role is read per request: the editor's next page shows it.
  await page.reload();
  await expect(page.getByRole('banner').getByTestId('signed-in-user')).toContainText('editor');
  return email;
}

/** fetch() from the page: same origin, with the session cookie and the browser's own Origin. */
export async function pageFetch(
  page: Page,
  path: string,
  init: { method: string; body?: unknown; headers?: Record<string, string> },
): Promise<{ status: number; body: Record<string, unknown> | null; etag: string | null }> {
  return page.evaluate(
    async ({ path, init }) => {
      const response = await fetch(path, {
        method: init.method,
        headers: {
          ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...init.headers,
        },
        body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
      });
      const text = await response.text();
      return {
        status: response.status,
        body: text ? (JSON.parse(text) as Record<string, unknown>) : null,
        etag: response.headers.get('etag'),
      };
    },
    { path, init },
  );
}

/**
 * Soft-deletes events through the API from `page` (an editor's session), a few at a time, so a
 * spec leaves the shared e2e database as it found it for the specs that run after it.
 */
export async function deleteEvents(page: Page, events: { id: string; version: number }[]): Promise<void> {
  const failures = await page.evaluate(async (list) => {
    const failed: string[] = [];
    for (let i = 0; i < list.length; i += 8) {
      await Promise.all(
        list.slice(i, i + 8).map(async ({ id, version }) => {
          const response = await fetch(`/api/v1/events/${id}`, {
            method: 'DELETE',
            headers: { 'if-match': `"${version}"` },
          });
          if (!response.ok) failed.push(`${id}: ${response.status}`);
        }),
      );
    }
    return failed;
  }, events);
  expect(failures, 'every event deleted').toEqual([]);
}

/** Runs `work` with a page signed in as the e2e admin (for clean-up), when that account exists. */
export async function asAdmin(browser: Browser, work: (page: Page) => Promise<void>): Promise<void> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    if (await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password)) await work(page);
  } finally {
    await context.close();
  }
}
