import {
  test,
  expect,
  hydrated,
  expectAccessible,
  expectNoHorizontalScroll,
  confirmAddress,
  submitSignUp,
  mailTo,
  linkIn,
  dayAhead,
  scheduleSession,
  PASSWORD,
} from './fixtures';

function uniqueEmail(project: string, who: string): string {
  return `e2e-${who}-${project}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`;
}

test('an address is confirmed by the emailed link before its account hosts', async ({ page, consoleErrors }, testInfo) => {
  const project = testInfo.project.name;
  const email = uniqueEmail(project, 'vera');
  const nav = page.getByRole('navigation', { name: 'Main' });

  await submitSignUp(page, email);
  await expect(page.getByRole('heading', { level: 1, name: 'Confirm your email address' })).toBeVisible();
  await expect(page.locator('main').getByRole('status')).toContainText('Check your email');
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);

  // Signed in before confirming: a profile can be set up, but nothing hosted; the header
  // links to the page that says why and sends the link again.
  await page.goto('/sign-in');
  await hydrated(page);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/profile$/);
  await page.getByLabel('First name').fill('Vera');
  await page.getByLabel('Last name').fill('Verify');
  await page.getByLabel('Training level').selectOption({ label: 'GP trainee' });
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page).toHaveURL(/\/$/);
  await hydrated(page);
  const confirmLink = nav.getByRole('link', { name: 'Confirm your email' });
  await expect(confirmLink).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  const day = await dayAhead(page, project === 'phone' ? 47 : 45);
  await page.getByRole('button', { name: 'Schedule session' }).click();
  await page.getByLabel('Date').fill(day);
  await page.getByLabel('Time').fill('09:00');
  await page.getByLabel('Type').selectOption('Clinical');
  await page.getByRole('button', { name: 'Schedule session' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Confirm your email address before you host or join a session/);
  await page.keyboard.press('Escape');

  await confirmLink.click();
  await expect(page).toHaveURL(/\/confirm-email$/);
  await expect(page.getByText(`We sent a link to ${email}. Open it to confirm the address; until then you cannot host or join a session.`)).toBeVisible();
  await hydrated(page);
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  await page.getByRole('button', { name: 'Send the link again' }).click();
  await expect(page.locator('main').getByRole('status')).toContainText('A new link is on its way');

  // The newest link: its page names the address and asks before confirming.
  await confirmAddress(page, email);
  await expectAccessible(page);
  await expect(page).toHaveURL(/\/profile\?email=confirmed$/);
  await expect(page.locator('main').getByRole('status').filter({ hasText: 'Your email address is confirmed.' })).toBeVisible();
  await expect(confirmLink).toHaveCount(0);
  await page.goto('/');
  await hydrated(page);
  await scheduleSession(page, day, '09:00', 'Clinical', false);
  await expect(nav.getByRole('link', { name: 'Vera Verify' })).toBeVisible();

  // The refused schedule above is the one logged 409.
  const refused = consoleErrors.filter((m) => m.includes('status of 409'));
  expect(refused).toHaveLength(1);
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((m) => !m.includes('status of 409')));
});

test('a new address takes effect once confirmed; the old one is told', async ({ page }, testInfo) => {
  const project = testInfo.project.name;
  const email = uniqueEmail(project, 'cato');
  const newEmail = uniqueEmail(project, 'cato-new');
  await submitSignUp(page, email);
  await confirmAddress(page, email);
  await expect(page).toHaveURL(/\/profile$/);
  await page.getByLabel('First name').fill('Cato');
  await page.getByLabel('Last name').fill('Change');
  await page.getByLabel('Training level').selectOption({ label: 'GP trainee' });
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page).toHaveURL(/\/$/);

  await page.goto('/profile');
  await hydrated(page);
  await expect(page.getByText(`Your email address is ${email}.`)).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  const panel = page.getByRole('region', { name: 'Email address' });
  await panel.getByLabel('New email address').fill(newEmail);
  await panel.getByLabel('Current password').fill(PASSWORD);
  await panel.getByRole('button', { name: 'Change email address' }).click();
  await expect(page.getByText("Check the new address's inbox")).toBeVisible();
  const notice = await mailTo(page, email, 'Your Med Practice email address is being changed');
  expect(notice.text).toContain(newEmail);

  const mail = await mailTo(page, newEmail, 'Confirm your new email address for Med Practice');
  await page.goto(linkIn(mail, '/confirm-email?token='));
  await hydrated(page);
  await expect(page.getByText(`Confirm ${newEmail} as the address of your Med Practice account?`)).toBeVisible();
  await page.getByRole('button', { name: 'Confirm my address' }).click();
  await expect(page).toHaveURL(/\/profile\?email=confirmed$/);
  await expect(page.getByText(`Your email address is ${newEmail}.`)).toBeVisible();

  // The zone mail is worded in is chosen from the list.
  await page.getByLabel('Time zone for emails').selectOption('Asia/Tokyo');
  await page.getByRole('button', { name: 'Save time zone' }).click();
  await expect(page.getByText('Your time zone is saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Time zone for emails')).toHaveValue('Asia/Tokyo');
});
