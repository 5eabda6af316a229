import { defineConfig, devices } from '@playwright/test';

const PORT = 3100;

const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  },
};
const GLOBAL_STATE_SPECS = ['admin/pages.spec.ts', 'admin/settings.spec.ts'];
export const baseURL = `http://127.0.0.1:${PORT}`;

/**
 * End-to-end journeys in Debian's Chromium (/usr/bin/chromium; Playwright never downloads a
 * browser here) against a production build served by `npm run start:e2e`, which runs the whole
 * portal on fresh embedded PostgreSQL, S3 and mailbox under .data/e2e.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL,
    locale: 'ro-RO',
    timezoneId: 'Europe/Bucharest',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: browser,
      testIgnore: GLOBAL_STATE_SPECS,
      teardown: 'global-state',
    },
    // Journeys that change what every visitor sees (a new terms version every citizen must accept, the
    // municipality's contact details):
    // they run after all the others, failed or not, so that no other journey meets the change halfway.
    // One at a time: the terms journey creates citizens and the settings journey changes the footer.
    { name: 'global-state', use: browser, testMatch: GLOBAL_STATE_SPECS, workers: 1 },
  ],
  webServer: {
    command: 'npm run start:e2e',
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGINT', timeout: 20_000 },
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      APP_URL: baseURL,
      DATA_DIR: '.data/e2e',
      EMBEDDED_PG_PORT: '54349',
      EMBEDDED_S3_PORT: '4589',
    },
  },
});
