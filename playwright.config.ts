import { defineConfig } from '@playwright/test';
import { E2E_ADMIN } from './e2e/accounts';

// End-to-end tests run against the production build (`next start`), served by
// scripts/serve-e2e.mjs on 127.0.0.1:3100 with its own PGlite directory (data/e2e), wiped and
// re-seeded on every run. The browser is Debian's Chromium (`apt-get install chromium`;
// `npm test` installs it): never `npx playwright install`. See STACK-NOTES.md.
const isCI = !!process.env.CI;
// E2E_PORT lets several checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;

// Playwright starts the server with { ...process.env, ...webServer.env }. An `undefined` value
// overrides an inherited DATABASE_URL and Node's spawn drops it, so e2e always uses PGlite.
const serverEnv: Record<string, string | undefined> = {
  PORT: String(PORT),
  PGLITE_DIR: 'data/e2e',
  BEACHHEAD_SEED: 'auto',
  NEXT_MANUAL_SIG_HANDLE: '1',
  DATABASE_URL: undefined,
  E2E_ADMIN_EMAIL: E2E_ADMIN.email,
  E2E_ADMIN_PASSWORD: E2E_ADMIN.password,
};

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: isCI ? 1 : undefined,
  reporter: [['list'], ['html', { outputFolder: 'playwright-report', open: 'never' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    command: 'node scripts/serve-e2e.mjs',
    env: serverEnv as Record<string, string>,
    url: `${baseURL}/api/health`,
    reuseExistingServer: !isCI,
    timeout: 120_000,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5000 },
    stdout: 'pipe',
  },
});
