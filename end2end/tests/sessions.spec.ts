import {
  test,
  expect,
  hydrated,
  expectAccessible,
  expectNoHorizontalScroll,
  PASSWORD,
  dayAhead,
  signUp,
  secondPerson,
  scheduleSession,
  filterToDay,
  disclosure,
} from './fixtures';

test('two trainees: one hosts, the other finds the session, signs in, joins; private sessions go by link', async ({ page, browser, consoleErrors }, testInfo) => {
  const project = testInfo.project.name;
  const guest = await secondPerson(browser, testInfo);
  // Far apart per project, so the two projects' sessions never overlap for anyone.
  const offset = project === 'phone' ? 40 : 20;

  // The host schedules a public session from the board.
  await signUp(page, project, 'Hana', 'Host');
  const publicDay = await dayAhead(page, offset);
  await page.getByRole('button', { name: 'Schedule session' }).click();
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  await page.getByRole('button', { name: 'Close' }).click();
  const publicPath = await scheduleSession(page, publicDay, '18:30', 'Communication', false);
  await expect(page.getByText('You are hosting. The guest seat is open.')).toBeVisible();
  await expect(page.getByLabel('Invite link')).toHaveValue(new RegExp(`${publicPath}$`));
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);

  // The guest has an account but is signed out: joining asks them to sign in first,
  // then brings them back to the session.
  const guestEmail = await signUp(guest.page, project, 'Gus', 'Guest');
  await guest.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Sign out' }).click();
  await expect(guest.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' })).toBeVisible();
  await guest.page.goto('/');
  await hydrated(guest.page);
  await filterToDay(guest.page, publicDay);
  const card = guest.page.getByRole('listitem').filter({ hasText: 'Hana Host' });
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('18:30');
  await expect(card).toContainText('Communication');
  await card.getByRole('button', { name: 'Join' }).click();
  await expect(guest.page).toHaveURL(/\/sign-in\?next=/);
  await guest.page.getByLabel('Email').fill(guestEmail);
  await guest.page.getByLabel('Password').fill(PASSWORD);
  await guest.page.getByRole('button', { name: 'Sign in' }).click();
  await expect(guest.page).toHaveURL(new RegExp(`${publicPath}$`));
  await guest.page.getByRole('button', { name: 'Join' }).click();
  await expect(guest.page.getByText('You have joined this session.')).toBeVisible();
  await expect(guest.page.getByRole('button', { name: 'Leave' })).toBeVisible();
  await expect(guest.page.getByRole('button', { name: 'Add to calendar' })).toBeVisible();

  // Both see it in My sessions; the host is told who joined.
  await guest.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My sessions' }).click();
  const guestUpcoming = guest.page.getByRole('list', { name: 'Upcoming sessions' });
  await expect(guestUpcoming.getByRole('listitem').filter({ hasText: 'with Hana Host' })).toHaveCount(1);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /My sessions/ }).click();
  await expect(page.getByText('Gus Guest joined your session')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Upcoming sessions' }).getByRole('listitem').filter({ hasText: 'with Gus Guest' })).toHaveCount(1);
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);

  // A private session: off the guest's board, but joinable through its invite link.
  const privateDay = await dayAhead(page, offset + 2);
  const privatePath = await scheduleSession(page, privateDay, '07:15', 'Clinical', true);
  const invite = await page.getByLabel('Invite link').inputValue();
  expect(invite.endsWith(privatePath)).toBe(true);
  await guest.page.goto('/');
  await hydrated(guest.page);
  await filterToDay(guest.page, privateDay);
  await expect(guest.page.getByRole('listitem').filter({ hasText: 'Hana Host' })).toHaveCount(0);
  await guest.page.goto(invite);
  await hydrated(guest.page);
  await expect(guest.page.getByText('Private: only people with the invite link')).toBeVisible();
  await guest.page.getByRole('button', { name: 'Join' }).click();
  await expect(guest.page.getByText('You have joined this session.')).toBeVisible();

  // The calendar file downloads.
  const download = guest.page.waitForEvent('download');
  await guest.page.getByRole('button', { name: 'Add to calendar' }).click();
  expect((await download).suggestedFilename()).toBe('med-practice-session.ics');

  // The host cancels it, through a confirm step; the guest sees it cancelled.
  await page.reload();
  await hydrated(page);
  await disclosure(page, 'Cancel session').click();
  await page.getByRole('button', { name: 'Keep session' }).click();
  await disclosure(page, 'Cancel session').click();
  await page.getByRole('button', { name: 'Yes, cancel it' }).click();
  await expect(page.getByText('This session was cancelled by the host.')).toBeVisible();
  await guest.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /My sessions/ }).click();
  await expect(guest.page.getByText(/was cancelled by the host/)).toBeVisible();
  await expect(guest.page.getByRole('list', { name: 'Upcoming sessions' }).getByText('Cancelled', { exact: true })).toBeVisible();

  expect(guest.errors, 'console errors in the second browser').toEqual([]);
  await guest.page.context().close();
});
