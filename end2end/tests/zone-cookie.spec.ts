import { test as base, expect } from '@playwright/test';

// A first visit: no zone cookie yet. The page names the browser's zone and is fetched
// once more, so the very first page already shows local times; later pages need no
// reload.
base('a first visit learns the browser zone before showing any time', async ({ browser }, testInfo) => {
  const use = testInfo.project.use;
  const context = await browser.newContext({ baseURL: use.baseURL, timezoneId: use.timezoneId, viewport: use.viewport });
  const page = await context.newPage();
  const loads: string[] = [];
  page.on('load', () => loads.push(page.url()));
  await page.goto('/');
  await expect(page.getByText(`times in ${use.timezoneId}`)).toBeVisible();
  const cookies = await context.cookies();
  expect(cookies.find((c) => c.name === 'mp_tz')?.value).toBe(encodeURIComponent(use.timezoneId!));
  const before = loads.length;
  await page.goto('/?open=1');
  await expect(page.getByText(`times in ${use.timezoneId}`)).toBeVisible();
  expect(loads.length).toBe(before + 1);
  await context.close();
});
