import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/fixtures/browser';
import { specsFor } from './e2e/fixtures/screens';

const port = Number(process.env.E2E_PORT || 3100);
const baseURL = `http://localhost:${port}`;
const pgliteDir = process.env.E2E_PGLITE_DIR || '.data/e2e-pglite';

const launchOptions = chromiumLaunchOptions();

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  },
  // Each journey runs on its main user's screen and the axe crawl on both (e2e/fixtures/screens.ts, decision
  // 015). E2E_PROJECT=desktop (or phone) runs one project only.
  projects: [
    { name: 'phone', use: { ...devices['Pixel 5'], launchOptions }, ...specsFor('phone') },
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions }, ...specsFor('desktop') },
  ].filter((project) => !process.env.E2E_PROJECT || project.name === process.env.E2E_PROJECT),
  // The test server gets its own fresh PGlite directory (one process per directory, never shared), or uses
  // DATABASE_URL when set (the PostgreSQL run in CI). SERVICE_ENV=test turns on the test-only routes.
  webServer: {
    command: `rm -rf ${pgliteDir} && node scripts/start.mjs`,
    url: `${baseURL}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      PORT: String(port),
      PGLITE_DIR: pgliteDir,
      SERVICE_ENV: 'test',
      AUTH_URL: baseURL,
      // Every test signs in from this one machine: hundreds of codes in 15 minutes from one network.
      SIGN_IN_CODES_PER_NETWORK: '100000',
      PUBLIC_MEDIA_PER_NETWORK: '100000',
    },
  },
});
