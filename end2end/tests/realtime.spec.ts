import { test, expect, hydrated, expectAccessible, dayAhead, signUp, secondPerson, scheduleSession, filterToDay, disclosure } from './fixtures';
import type { Page } from '@playwright/test';

// scripts/test.sh starts a second server instance on the same database; the watcher's
// browser talks to it, so every change below crosses from one instance to the other.
const otherInstance = process.env.E2E_SECOND_URL;

/** Marks the page's window, to show later that it was never reloaded. */
async function mark(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
}

async function notReloaded(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
}

test('the board, a session page and the header follow changes live, across server instances', async ({ page, browser }, testInfo) => {
  const project = testInfo.project.name;
  const watcher = await secondPerson(browser, testInfo, otherInstance);
  // Far from the other specs' days, and apart per project.
  const day = await dayAhead(watcher.page, project === 'phone' ? 75 : 65);

  await signUp(watcher.page, project, 'Wren', 'Watcher');
  await watcher.page.goto('/');
  await hydrated(watcher.page);
  await filterToDay(watcher.page, day);
  await expect(watcher.page.getByText('No sessions match.')).toBeVisible();
  await mark(watcher.page);

  // The host, on the other instance, schedules a public session: it appears on the
  // watcher's board without a reload.
  await signUp(page, project, 'Hal', 'Host');
  await scheduleSession(page, day, '09:45', 'Clinical', false);
  await mark(page);
  const card = watcher.page.getByRole('listitem').filter({ hasText: 'Hal Host' });
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('09:45');
  await notReloaded(watcher.page);

  // The host's settings change shows on the watcher's card too.
  await page.getByLabel('Type').selectOption('Communication');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(card).toContainText('Communication');
  await notReloaded(watcher.page);

  // The watcher joins from the board; the host's session page shows the guest.
  await card.getByRole('button', { name: 'Join' }).click();
  await expect(watcher.page.getByText('You have joined this session.')).toBeVisible();
  await expect(page.getByText('You are hosting, and your partner has joined.')).toBeVisible();
  await expect(page.locator('dl.facts').getByText('Wren Watcher')).toBeVisible();
  await notReloaded(page);

  // Back on the board, the watcher's card says so; the host cancels and it disappears,
  // while the header counts the new update.
  await watcher.page.getByRole('link', { name: 'Board', exact: true }).first().click();
  await filterToDay(watcher.page, day);
  await expect(card).toContainText('You joined');
  await mark(watcher.page);
  await disclosure(page, 'Cancel session').click();
  await page.getByRole('button', { name: 'Yes, cancel it' }).click();
  await expect(page.getByText('This session was cancelled by the host.')).toBeVisible();
  await expect(card).toHaveCount(0);
  await expect(watcher.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /My sessions.*1 new update/ })).toBeVisible();
  await notReloaded(watcher.page);
  await expectAccessible(watcher.page);

  expect(watcher.errors, 'console errors in the second browser').toEqual([]);
  await watcher.page.context().close();
});

test('a dropped stream shows that it is reconnecting, then catches up on what it missed', async ({ page, browser, consoleErrors }, testInfo) => {
  const project = testInfo.project.name;
  const host = await secondPerson(browser, testInfo);
  const day = await dayAhead(page, project === 'phone' ? 76 : 66);
  await signUp(page, project, 'Rhea', 'Reader');
  await page.goto('/');
  await hydrated(page);
  await filterToDay(page, day);
  await mark(page);

  // The network goes (a train enters a tunnel): the page says it is reconnecting.
  await page.context().setOffline(true);
  await expect(page.getByText(/Connection lost\. Reconnecting/)).toBeVisible({ timeout: 15_000 });
  await expectAccessible(page);

  // Meanwhile a session is scheduled; once the connection is back, it appears.
  await signUp(host.page, project, 'Otto', 'Offline');
  await scheduleSession(host.page, day, '11:15', 'Clinical', false);
  await page.context().setOffline(false);
  // Back online: the page reconnects at once, without waiting out its backoff.
  await expect(page.getByText(/Connection lost/)).toHaveCount(0);
  await expect(page.getByRole('listitem').filter({ hasText: 'Otto Offline' })).toHaveCount(1);
  await notReloaded(page);

  expect(host.errors, 'console errors in the second browser').toEqual([]);
  await host.page.context().close();
  // The browser logs each failed attempt to reach the stream while offline; those are
  // the point of this test, anything else still fails it.
  const others = consoleErrors.filter((e) => !/realtime|ERR_INTERNET_DISCONNECTED/.test(e));
  consoleErrors.splice(0, consoleErrors.length, ...others);
});
