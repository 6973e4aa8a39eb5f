import { test as base, expect, type Browser, type Page, type TestInfo } from '@playwright/test';

/** A browser of the project's zone and size with no cookie of ours (unlike the fixtures' `test`). */
async function newBrowser(browser: Browser, testInfo: TestInfo) {
  const use = testInfo.project.use;
  return browser.newContext({ baseURL: use.baseURL, timezoneId: use.timezoneId, viewport: use.viewport });
}

/** Every document `page` loads from now on, by URL. */
function documentsOf(page: Page): string[] {
  const documents: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'document') documents.push(request.url());
  });
  return documents;
}

// A first visit: no zone cookie yet, so the server words the page in UTC. The head
// script names the browser's zone in a cookie and hides the times; the end of the body
// words them again in the browser's zone before anything is drawn. The page is loaded
// once, and its times read exactly as the server words them once it knows the zone.
base('a first visit shows local times at once, without a reload', async ({ browser }, testInfo) => {
  const use = testInfo.project.use;
  const context = await newBrowser(browser, testInfo);
  const page = await context.newPage();
  const documents = documentsOf(page);
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

// A returning browser also carries the offset its clock had when it last named its zone
// (mp_tzo). While the clock still reads it, the head script takes the zone as known and
// never asks Intl (whose first use is the costly part of the script).
base('a returning browser at the same offset is not asked for its zone again', async ({ browser }, testInfo) => {
  const use = testInfo.project.use;
  const context = await newBrowser(browser, testInfo);
  const page = await context.newPage();
  // Counts every Intl.DateTimeFormat made by the page's own scripts.
  await page.addInitScript(() => {
    const made = Intl.DateTimeFormat;
    (window as unknown as { __intl: number }).__intl = 0;
    const counting = function (this: unknown, ...args: unknown[]) {
      (window as unknown as { __intl: number }).__intl += 1;
      return new (made as unknown as new (...a: unknown[]) => Intl.DateTimeFormat)(...args);
    };
    Object.defineProperty(Intl, 'DateTimeFormat', { value: counting, configurable: true, writable: true });
  });
  // The first visit names the zone and the offset.
  await page.goto('/');
  await expect(page.locator('html[data-hydrated]')).toBeAttached();
  const offset = await page.evaluate(() => String(new Date().getTimezoneOffset()));
  const cookies = await context.cookies();
  expect(cookies.find((c) => c.name === 'mp_tz')?.value).toBe(encodeURIComponent(use.timezoneId!));
  expect(cookies.find((c) => c.name === 'mp_tzo')?.value).toBe(encodeURIComponent(offset));
  expect(await page.evaluate(() => (window as unknown as { __intl: number }).__intl)).toBeGreaterThan(0);

  // The next page: the clock reads the same offset, so nobody asks.
  await page.goto('/?open=1');
  await expect(page.getByText(`times in ${use.timezoneId}`)).toBeVisible();
  await expect(page.locator('html[data-hydrated]')).toBeAttached();
  expect(await page.evaluate(() => (window as unknown as { __intl: number }).__intl)).toBe(0);
  await expect(page.locator('html.mp-rezone')).toHaveCount(0);
  await context.close();
});

// A browser that has moved: its cookies name another zone at another offset. The page
// comes worded in the old zone, and is worded again in the new one before it is drawn.
base('a browser that has moved is worded in its new zone at once', async ({ browser }, testInfo) => {
  const use = testInfo.project.use;
  const context = await newBrowser(browser, testInfo);
  await context.addCookies([
    { name: 'mp_tz', value: encodeURIComponent('Asia/Tokyo'), url: use.baseURL! },
    { name: 'mp_tzo', value: '-540', url: use.baseURL! },
  ]);
  const page = await context.newPage();
  const documents = documentsOf(page);
  await page.goto('/');
  await expect(page.getByText(`times in ${use.timezoneId}`)).toBeVisible();
  const times = await page.locator('main time[datetime]').allTextContents();
  expect(times.length).toBeGreaterThan(0);
  for (const when of times) expect(when).not.toMatch(/ JST$/);
  expect(documents).toHaveLength(1);
  const offset = await page.evaluate(() => String(new Date().getTimezoneOffset()));
  const cookies = await context.cookies();
  expect(cookies.find((c) => c.name === 'mp_tz')?.value).toBe(encodeURIComponent(use.timezoneId!));
  expect(cookies.find((c) => c.name === 'mp_tzo')?.value).toBe(encodeURIComponent(offset));
  await context.close();
});
