import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Accounts: sign up (a contributor, shown in the header), sign out, a wrong password, the
// sign-in limit through the HTTP API and through the form, personal API tokens, and the admin
// page being invisible to non-admins.

const PASSWORD = 'a long enough password';

function uniqueEmail(label: string): string {
  return `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`;
}

const header = (page: Page) => page.getByRole('banner');

async function signUp(page: Page, name: string, email: string) {
  await page.goto('/sign-up');
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(header(page).getByTestId('signed-in-user')).toContainText(name);
}

test.describe('accounts', () => {
  test('sign up shows the name and "contributor" in the header; sign out returns to a visitor', async ({
    page,
    axe,
  }) => {
    await page.goto('/');
    await header(page).getByRole('link', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await page.getByRole('link', { name: 'Create an account' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Create an account' })).toBeVisible();
    expect(await axe({ include: 'main' })).toEqual([]);

    const email = uniqueEmail('ada');
    await page.getByLabel('Name').fill('Ada Lovelace');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();

    const who = header(page).getByTestId('signed-in-user');
    await expect(who).toContainText('Ada Lovelace');
    await expect(who).toContainText('contributor');
    await expect(header(page).getByRole('link', { name: 'Account' })).toBeVisible();
    // Contributors do not manage users.
    await expect(header(page).getByRole('link', { name: 'Users' })).toHaveCount(0);

    const cookies = await page.context().cookies();
    const session = cookies.find((c) => c.name === 'better-auth.session_token');
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe('Lax');

    await header(page).getByRole('button', { name: 'Sign out' }).click();
    await expect(header(page).getByRole('link', { name: 'Sign in' })).toBeVisible();
    await expect(header(page).getByTestId('signed-in-user')).toHaveCount(0);

    // And back in with the same password.
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(header(page).getByTestId('signed-in-user')).toContainText('Ada Lovelace');
  });

  test('sign-up errors are shown per field, linked to their inputs, and keep what was typed', async ({
    page,
  }) => {
    await page.goto('/sign-up');
    await page.getByLabel('Name').fill('Short Password');
    await page.getByLabel('Email').fill('not-an-email');
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();

    await expect(page.getByRole('status').filter({ hasText: 'Check the highlighted fields.' })).toBeVisible();
    const emailInput = page.getByLabel('Email');
    await expect(emailInput).toHaveAttribute('aria-invalid', 'true');
    await expect(emailInput).toHaveAccessibleDescription(/Enter an email address like name@example.com/);
    await expect(page.getByLabel('Password')).toHaveAccessibleDescription(/Use at least 10 characters/);
    await expect(page.getByLabel('Name')).toHaveValue('Short Password');
    await expect(emailInput).toHaveValue('not-an-email');
  });

  test('a wrong password shows an error and keeps the email', async ({ page, axe }) => {
    const email = uniqueEmail('wrong');
    await signUp(page, 'Wrong Password', email);
    await header(page).getByRole('button', { name: 'Sign out' }).click();
    await expect(header(page).getByRole('link', { name: 'Sign in' })).toBeVisible();

    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Wrong email or password.' })).toBeVisible();
    await expect(page.getByLabel('Email')).toHaveValue(email);
    await expect(page.getByLabel('Password')).toHaveAccessibleDescription(/do not match an account/);
    await expect(header(page).getByRole('link', { name: 'Sign in' })).toBeVisible();
    expect(await axe({ include: 'main' })).toEqual([]);
  });

  test('eleven wrong passwords in a row get 429 with Retry-After, and the form says when to retry', async ({
    page,
    request,
    baseURL,
  }) => {
    const email = uniqueEmail('locked');
    await signUp(page, 'Locked Out', email);
    await header(page).getByRole('button', { name: 'Sign out' }).click();
    await expect(header(page).getByRole('link', { name: 'Sign in' })).toBeVisible();

    const attempt = (password: string) =>
      request.post('/api/auth/sign-in/email', {
        headers: { origin: baseURL!, 'content-type': 'application/json' },
        data: { email, password },
      });
    for (let i = 1; i <= 10; i += 1) {
      const response = await attempt(`wrong password ${i}`);
      expect(response.status(), `attempt ${i}`).toBe(401);
    }
    const eleventh = await attempt('wrong password 11');
    expect(eleventh.status()).toBe(429);
    const retryAfter = Number(eleventh.headers()['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);

    // Endpoints Beachhead does not use are not exposed (no unlimited password oracle).
    const oracle = await request.post('/api/auth/verify-password', {
      headers: { origin: baseURL!, 'content-type': 'application/json' },
      data: { password: PASSWORD },
    });
    expect(oracle.status()).toBe(404);

    // The right password is refused too, and the form (a server action calling the auth
    // library from server code) is held to the same counter.
    expect((await attempt(PASSWORD)).status()).toBe(429);
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: /Too many attempts\. Try again in 1[45] minutes\./ }),
    ).toBeVisible();
    await expect(header(page).getByRole('link', { name: 'Sign in' })).toBeVisible();
  });

  test('?next= returns to a same-site page only', async ({ page }) => {
    const email = uniqueEmail('next');
    await signUp(page, 'Next Page', email);
    await header(page).getByRole('button', { name: 'Sign out' }).click();
    await expect(header(page).getByRole('link', { name: 'Sign in' })).toBeVisible();

    await page.goto('/sign-in?next=/regions');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/regions$/);

    await header(page).getByRole('button', { name: 'Sign out' }).click();
    await expect(header(page).getByRole('link', { name: 'Sign in' })).toBeVisible();
    await page.goto('/sign-in?next=//evil.example/steal');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(header(page).getByTestId('signed-in-user')).toBeVisible();
    await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  test('the account page creates a token shown once, and revokes it', async ({ page, request, axe }) => {
    await signUp(page, 'Token Owner', uniqueEmail('tokens'));
    await header(page).getByRole('link', { name: 'Account' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Token Owner' })).toBeVisible();
    await expect(page.getByText('No API tokens yet')).toBeVisible();

    await page.getByLabel('New token name').fill('CI import');
    await page.getByRole('button', { name: 'Create token' }).click();
    const reveal = page.getByTestId('new-token');
    await expect(reveal).toBeVisible();
    const token = (await reveal.getByLabel('New API token').textContent())?.trim() ?? '';
    expect(token).toMatch(/^bh_[A-Za-z0-9_-]{43}$/);
    const row = page.getByRole('row', { name: /CI import/ });
    await expect(row).toContainText(token.slice(0, 10));
    await expect(row).not.toContainText(token);
    expect(await axe({ include: 'main' })).toEqual([]);

    // Shown once: a reload lists the token by its prefix only.
    await page.reload();
    await expect(page.getByTestId('new-token')).toHaveCount(0);
    await expect(page.getByText(token)).toHaveCount(0);

    // A token is not a session: the auth API does not accept it as one.
    const session = await request.get('/api/auth/get-session', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(await session.json()).toBeNull();

    await page.getByRole('button', { name: 'Revoke token CI import' }).click();
    await expect(page.getByRole('row', { name: /CI import/ })).toContainText('revoked');
    await expect(page.getByRole('button', { name: 'Revoke token CI import' })).toHaveCount(0);
  });

  test('the users page does not exist for visitors and contributors', async ({ page }) => {
    const visitor = await page.goto('/admin/users');
    expect(visitor?.status()).toBe(404);
    await signUp(page, 'Not Admin', uniqueEmail('notadmin'));
    const contributor = await page.goto('/admin/users');
    expect(contributor?.status()).toBe(404);
    // The account page needs a session.
    await header(page).getByRole('button', { name: 'Sign out' }).click();
    await expect(header(page).getByRole('link', { name: 'Sign in' })).toBeVisible();
    await page.goto('/account');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount$|\/sign-in\?next=\/account$/);
  });

  test('the header fits a 375 px screen, signed in and out', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('/');
    const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(await fits()).toBe(true);
    await expect(header(page).getByRole('link', { name: 'Sign in' })).toBeVisible();
    await signUp(page, 'Narrow Screen', uniqueEmail('narrow'));
    await expect(header(page).getByRole('button', { name: 'Sign out' })).toBeVisible();
    expect(await fits()).toBe(true);
  });
});
