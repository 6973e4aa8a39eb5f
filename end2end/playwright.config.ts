import { defineConfig } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';

// The server is started by `cargo leptos end-to-end` (see scripts/test.sh), which sets
// E2E_BASE_URL; global-setup waits until it answers.
const baseURL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3000';

// Debian's Chromium: Playwright never downloads a browser here.
const chromium = JSON.parse(fs.readFileSync(path.join(__dirname, 'chromium.json'), 'utf8'));
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? chromium.executablePath,
  args: chromium.args,
};

export default defineConfig({
  testDir: './tests',
  globalSetup: './global-setup.ts',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  use: { baseURL, launchOptions, trace: 'off' },
  projects: [
    // Two zones, so times are exercised away from UTC (the page names its zone to the server).
    {
      name: 'desktop',
      use: { browserName: 'chromium', viewport: { width: 1280, height: 800 }, timezoneId: 'Europe/London' },
    },
    {
      name: 'phone',
      use: {
        browserName: 'chromium',
        viewport: { width: 375, height: 740 },
        isMobile: true,
        hasTouch: true,
        timezoneId: 'America/New_York',
      },
    },
  ],
});
