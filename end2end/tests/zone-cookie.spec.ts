import { test as base, expect } from '@playwright/test';

// A first visit: no zone cookie yet, so the server words the page in UTC. The head
// script names the browser's zone in a cookie and hides the times; the end of the body
// words them again in the browser's zone before anything is drawn. The page is loaded
// once, and its times read exactly as the server words them once it knows the zone.
base('a first visit shows local times at once, without a reload', async ({ browser }, testInfo) => {
  const use = testInfo.project.use;
  const context = await browser.newContext({ baseURL: use.baseURL, timezoneId: use.timezoneId, viewport: use.viewport });
  const page = await context.newPage();
  const documents: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'document') documents.push(request.url());
  });
  await page.goto('/');
  await expect(page.getByText(`times in ${use.timezoneId}`)).toBeVisible();
  const times = page.locator('main time[datetime]');
  await expect(times.first()).toBeVisible();
  const first = await times.allTextContents();
  expect(first.length).toBeGreaterThan(0);
  // The server's own words were UTC's; none is left.
  for (const when of first) expect(when).not.toMatch(/ UTC$/);
  // Hydration keeps the worded nodes.
  await expect(page.locator('html[data-hydrated]')).toBeAttached();
  expect(await times.allTextContents()).toEqual(first);
  expect(documents).toHaveLength(1);
  const cookies = await context.cookies();
  expect(cookies.find((c) => c.name === 'mp_tz')?.value).toBe(encodeURIComponent(use.timezoneId!));

  // The next page comes worded by the server in the browser's zone: the same words.
  await page.goto('/?open=1');
  await expect(page.getByText(`times in ${use.timezoneId}`)).toBeVisible();
  expect(documents).toHaveLength(2);
  await page.goto('/');
  expect(await times.allTextContents()).toEqual(first);
  await context.close();
});
