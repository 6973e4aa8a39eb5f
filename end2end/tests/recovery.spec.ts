import { test, expect, hydrated, expectAccessible, expectNoHorizontalScroll, signUp, secondPerson, dayAhead, scheduleSession, mailTo, maildev, PASSWORD } from './fixtures';

test('forgot password: the emailed link sets a new password and signs in', async ({ page, browser, consoleErrors }, testInfo) => {
  const project = testInfo.project.name;
  const email = await signUp(page, project, 'Rhea', 'Reset');
  // Signed in elsewhere too: the new password signs that browser out.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto(`${testInfo.project.use.baseURL}/sign-in`);
  await hydrated(otherPage);
  await otherPage.getByLabel('Email').fill(email);
  await otherPage.getByLabel('Password').fill(PASSWORD);
  await otherPage.getByRole('button', { name: 'Sign in' }).click();
  await expect(otherPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Rhea Reset' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.goto('/sign-in');
  await hydrated(page);
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await expect(page.getByRole('heading', { name: 'Forgot your password?' })).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  await page.getByLabel('Email').fill(email.toUpperCase());
  await page.getByRole('button', { name: 'Send the link' }).click();
  await expect(page.locator('main').getByRole('status')).toContainText('If an account uses that address, we have emailed it a link');

  const mail = await mailTo(page, email, 'Set a new Med Practice password');
  const link = mail.text.match(/https?:\/\/\S+\/reset-password\?token=[0-9a-f]{64}/)?.[0];
  expect(link, mail.text).toBeTruthy();
  await page.goto(new URL(link!).pathname + new URL(link!).search);
  await hydrated(page);
  await expect(page.getByRole('heading', { name: 'Set a new password' })).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  // Too short: told so, and the link still works.
  await page.getByLabel('New password').fill('short');
  await page.getByLabel('New password').evaluate((input: HTMLInputElement) => input.removeAttribute('minlength'));
  await page.getByRole('button', { name: 'Set the password' }).click();
  await expect(page.locator('main').getByRole('alert')).toContainText('at least 12 characters');
  await page.getByLabel('New password').fill('a brand new password');
  await page.getByRole('button', { name: 'Set the password' }).click();
  await expect(page).toHaveURL(/\/(\?password=changed)?$/);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Rhea Reset' })).toBeVisible();
  await mailTo(page, email, 'Your Med Practice password was changed');

  // The other browser is signed out; the old password no longer works.
  await otherPage.reload();
  await expect(otherPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' })).toBeVisible();
  await other.close();
  // The link works once.
  await page.goto(new URL(link!).pathname + new URL(link!).search);
  await hydrated(page);
  await page.getByLabel('New password').fill('yet another new password');
  await page.getByRole('button', { name: 'Set the password' }).click();
  await expect(page.locator('main').getByRole('alert')).toContainText('already been used');
  // The two refusals above, and only those, are the browser's logged 422s.
  const refused = consoleErrors.filter((m) => m.includes('status of 422'));
  expect(refused).toHaveLength(2);
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((m) => !m.includes('status of 422')));
});

test('a join is emailed to the host, whose link stops such mail after asking', async ({ page, browser }, testInfo) => {
  const project = testInfo.project.name;
  const hostEmail = await signUp(page, project, 'Mina', 'Mailer');
  const day = await dayAhead(page, project === 'phone' ? 41 : 39);
  const path = await scheduleSession(page, day, '11:00', 'Communication', false);
  const guest = await secondPerson(browser, testInfo);
  await signUp(guest.page, project, 'Otto', 'Joiner');
  await guest.page.goto(path);
  await hydrated(guest.page);
  await guest.page.getByRole('button', { name: 'Join' }).click();
  await expect(guest.page.getByText('You have joined this session.')).toBeVisible();

  const mail = await mailTo(page, hostEmail, 'Otto Joiner joined your session');
  // RFC 8058's headers, as sent.
  const source = await (await page.request.get(`${maildev}/api/email/${mail.id}/source`)).text();
  expect(source).toMatch(/^List-Unsubscribe: <https?:\/\/\S+\/unsubscribe\/one-click\?token=[0-9a-f]{64}>\r?$/m);
  expect(source).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
  expect(source).toMatch(/Content-Type: text\/calendar; method=REQUEST/);
  const link = mail.text.match(/https?:\/\/\S+\/unsubscribe\?token=[0-9a-f]{64}/)?.[0];
  expect(link, mail.text).toBeTruthy();
  await page.goto(new URL(link!).pathname + new URL(link!).search);
  await hydrated(page);
  await expect(page.getByText(`Stop emails when your sessions change to ${hostEmail}?`)).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  await page.getByRole('button', { name: 'Unsubscribe' }).click();
  await expect(page.locator('main').getByRole('status')).toContainText('you will get no more emails of that kind');

  // The profile page shows the choice; reminders stay on.
  await page.goto('/profile');
  await hydrated(page);
  await expect(page.getByLabel('Email me when my partner joins, leaves, moves or cancels a session')).not.toBeChecked();
  await expect(page.getByLabel('Email me reminders a day and an hour before my sessions')).toBeChecked();
  await expectAccessible(page);
  expect(guest.errors).toEqual([]);
});
