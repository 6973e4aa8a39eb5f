import { test, expect, hydrated, expectAccessible, expectNoHorizontalScroll } from './fixtures';

test('the board is rendered on the server, demo sessions included', async ({ request }) => {
  const response = await request.get('/');
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toContain('<h1>Scheduling board</h1>');
  expect(html).toContain('aria-label="Main"');
  // Demo data: an upcoming public session hosted by Amara Okafor, FY2.
  expect(html).toContain('Amara Okafor');
  expect(html).toContain('Foundation year 2 (FY2)');
  // Private demo sessions never reach the board.
  expect(html).not.toContain('private');
});

test('the page hydrates: the filters run in the browser without a reload', async ({ page }) => {
  await page.goto('/');
  await hydrated(page);
  const sessions = page.getByRole('list', { name: 'Upcoming sessions' });
  await expect(sessions.getByText('Full', { exact: true }).first()).toBeVisible();
  // Times are in the browser's own zone, named.
  const zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  await expect(page.getByText(`times in ${zone}`)).toBeVisible();

  // A full page load would wipe this marker; client-side routing keeps it.
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
  await page.getByLabel('Open seats only').check();
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/[?&]open=1/);
  await expect(sessions.getByText('Open', { exact: true }).first()).toBeVisible();
  await expect(sessions.getByText('Full', { exact: true })).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);

  await page.getByRole('link', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(sessions.getByText('Full', { exact: true }).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);

  // A filtered board is a link to share: it opens filtered.
  await page.goto('/?type=Communication');
  await hydrated(page);
  await expect(page.getByLabel('Kind of session')).toHaveValue('Communication');
  await expect(sessions.getByText('Clinical', { exact: true })).toHaveCount(0);
});

test('header, navigation and footer are on every page; keyboard reaches them', async ({ page }) => {
  await page.goto('/');
  await hydrated(page);
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const name of ['Board', 'My sessions', 'Sign in']) {
    await expect(nav.getByRole('link', { name })).toBeVisible();
  }
  await expect(nav.getByRole('link', { name: 'Board' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('contentinfo')).toContainText('Med Practice');

  // The first Tab lands on the skip link, which moves focus to the main content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();

  await nav.getByRole('link', { name: 'My sessions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My sessions' })).toBeVisible();
  await expect(page).toHaveTitle('My sessions · Med Practice');
});

test('an unknown address gets the 404 page with status 404', async ({ page, consoleErrors }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await hydrated(page);
  // The page still hydrates: client-side navigation back to the board.
  await page.getByRole('link', { name: 'Back to the scheduling board' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scheduling board' })).toBeVisible();
  // Chromium reports the document's own 404 status in the console: that one line is
  // expected here, and only once.
  const own404 = consoleErrors.filter((m) => m.includes('status of 404'));
  expect(own404).toHaveLength(1);
  consoleErrors.splice(consoleErrors.indexOf(own404[0]), 1);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`pages are accessible and fit the screen (${colorScheme} scheme)`, async ({ page, consoleErrors }) => {
    await page.emulateMedia({ colorScheme });
    for (const path of ['/', '/?open=1', '/my-sessions', '/sign-in', '/sign-up', '/profile', '/no-such-page']) {
      await page.goto(path);
      await hydrated(page);
      await expectAccessible(page);
      await expectNoHorizontalScroll(page);
    }
    // The one visit to /no-such-page logs Chromium's own line about the 404 status.
    const own404 = consoleErrors.filter((m) => m.includes('status of 404'));
    expect(own404).toHaveLength(1);
    consoleErrors.splice(consoleErrors.indexOf(own404[0]), 1);
  });
}
