import {
  test,
  expect,
  hydrated,
  expectAccessible,
  expectNoHorizontalScroll,
  knowZone,
  signUp,
  secondPerson,
  dayAhead,
  scheduleSession,
  filterToDay,
  confirmAddress,
  mailTo,
  linkIn,
  disclosure,
  PASSWORD,
  type Page,
} from './fixtures';

// The longest names the profile allows (60 characters each), as single words: nothing
// to break at but the word itself.
const LONG_FIRST = 'Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaft'.padEnd(60, 'e').slice(0, 60);
const LONG_LAST = 'Venkataraghavanarasimhanpillaikrishnamurthysubramanianiyer'.padEnd(60, 'r').slice(0, 60);

function uniqueEmail(project: string, who: string): string {
  return `e2e-${who}-${project}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`;
}

/** Every tag of a card keeps its own height, however tall the Join button beside it. */
async function expectEvenTags(card: ReturnType<Page['getByRole']>): Promise<void> {
  const heights = await card.locator('.session-card__meta .badge').evaluateAll((tags) =>
    tags.map((t) => Math.round(t.getBoundingClientRect().height)),
  );
  expect(heights.length).toBeGreaterThan(1);
  expect(new Set(heights).size, `tag heights ${heights}`).toBe(1);
  expect(heights[0]).toBeLessThan(40);
}

test('the longest names and every tag fit a phone on every page that shows names', async ({ page, browser }, testInfo) => {
  test.setTimeout(90_000);
  const project = testInfo.project.name;
  expect(LONG_FIRST.length).toBe(60);
  expect(LONG_LAST.length).toBe(60);
  const longName = `${LONG_FIRST} ${LONG_LAST}`;
  const guest = await secondPerson(browser, testInfo);

  await signUp(page, project, LONG_FIRST, LONG_LAST);
  await expectNoHorizontalScroll(page);
  const day = await dayAhead(page, project === 'phone' ? 93 : 91);
  const path = await scheduleSession(page, day, '10:00', 'Communication', false, 'PLAB 2');
  await expectNoHorizontalScroll(page);

  // Another trainee's board: the long-named host's card with type, exam, status and Join.
  await signUp(guest.page, project, 'Ola', 'Okoro');
  await filterToDay(guest.page, day);
  const card = guest.page.getByRole('listitem').filter({ hasText: LONG_FIRST });
  await expect(card).toHaveCount(1);
  for (const tag of ['Communication', 'PLAB 2', 'Open']) {
    await expect(card.getByText(tag, { exact: true })).toBeVisible();
  }
  await expect(card.getByRole('button', { name: 'Join' })).toBeVisible();
  await expectNoHorizontalScroll(guest.page);
  await expectEvenTags(card);
  await expectAccessible(guest.page);

  // Joined: the session page, both My sessions, the host's board card and header.
  await card.getByRole('button', { name: 'Join' }).click();
  await expect(guest.page.getByText('You have joined this session.')).toBeVisible();
  await expect(guest.page.locator('dl.facts').getByText(longName)).toBeVisible();
  await expectNoHorizontalScroll(guest.page);
  await guest.page.goto('/my-sessions');
  await expect(guest.page.getByText(`with ${longName}`)).toBeVisible();
  await expectNoHorizontalScroll(guest.page);
  await page.goto('/my-sessions');
  await expect(page.getByText('with Ola Okoro')).toBeVisible();
  await expectNoHorizontalScroll(page);
  await page.goto('/');
  await hydrated(page);
  await filterToDay(page, day);
  const own = page.getByRole('listitem').filter({ hasText: LONG_FIRST });
  await expect(own.getByText('You host', { exact: true })).toBeVisible();
  await expect(own.getByText('Full', { exact: true })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectEvenTags(own);
  await page.goto(path);
  await hydrated(page);
  await expectNoHorizontalScroll(page);
  await page.goto('/profile');
  await expect(page.getByLabel('First name')).toHaveValue(LONG_FIRST);
  await expectNoHorizontalScroll(page);

  // A visitor's board, signed out.
  const visitor = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    viewport: testInfo.project.use.viewport,
    isMobile: testInfo.project.use.isMobile,
  });
  await knowZone(visitor, testInfo.project.use.baseURL!, testInfo.project.use.timezoneId ?? 'UTC');
  const anon = await visitor.newPage();
  await anon.goto('/');
  await hydrated(anon);
  await filterToDay(anon, day);
  await expect(anon.getByRole('listitem').filter({ hasText: LONG_FIRST })).toHaveCount(1);
  await expectNoHorizontalScroll(anon);
  await visitor.close();

  expect(guest.errors).toEqual([]);
  await guest.page.context().close();
});

test('a visitor who presses Join, then creates an account, lands back on that session', async ({ page, browser }, testInfo) => {
  const project = testInfo.project.name;
  await signUp(page, project, 'Rhea', 'Rowe');
  const day = await dayAhead(page, project === 'phone' ? 97 : 95);
  const path = await scheduleSession(page, day, '16:00', 'Clinical', false);

  const visitor = await secondPerson(browser, testInfo);
  const v = visitor.page;
  await v.goto('/');
  await hydrated(v);
  await filterToDay(v, day);
  await v.getByRole('listitem').filter({ hasText: 'Rhea Rowe' }).getByRole('button', { name: 'Join' }).click();
  await expect(v).toHaveURL(/\/sign-in\?next=/);
  await hydrated(v);
  await v.getByRole('link', { name: 'Create an account' }).click();
  await expect(v).toHaveURL(new RegExp(`/sign-up\\?next=${encodeURIComponent(path)}$`));
  await hydrated(v);
  const visitorEmail = uniqueEmail(project, 'visitor');
  await v.getByLabel('Email').fill(visitorEmail);
  await v.getByLabel('Password').fill(PASSWORD);
  await v.getByRole('button', { name: 'Sign up' }).click();
  await expect(v).toHaveURL(/\/confirm-email\?sent=1$/);
  // The way back travels with the emailed link.
  await confirmAddress(v, visitorEmail);
  await expect(v).toHaveURL(/\/profile\?next=/);
  await v.getByLabel('First name').fill('Vik');
  await v.getByLabel('Last name').fill('Visitor');
  await v.getByLabel('Training level').selectOption({ label: 'GP trainee' });
  await v.getByRole('button', { name: 'Save profile' }).click();
  await expect(v).toHaveURL(new RegExp(`${path}$`));
  await expect(v.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Vik Visitor' })).toBeVisible();
  await hydrated(v);
  await v.getByRole('button', { name: 'Join' }).click();
  await expect(v.getByText('You have joined this session.')).toBeVisible();
  expect(visitor.errors).toEqual([]);
  await v.context().close();
});

test('by keyboard: each dialog and confirm step takes focus in, and gives it back on Escape or close', async ({ page, consoleErrors }, testInfo) => {
  const project = testInfo.project.name;
  await signUp(page, project, 'Kira', 'Keys');

  // "Schedule session": Enter opens the form at its first field; Escape closes it and
  // focus is back on the button; so does "Close".
  const open = page.getByRole('button', { name: 'Schedule session' });
  await open.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Date')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Schedule a session' })).toHaveCount(0);
  await expect(open).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Date')).toBeFocused();
  await page.getByRole('button', { name: 'Close' }).focus();
  await page.keyboard.press('Enter');
  await expect(open).toBeFocused();

  // A confirm step on the session page: Enter opens it with focus on the way out,
  // Escape closes it with focus back on its button.
  const day = await dayAhead(page, project === 'phone' ? 101 : 99);
  await scheduleSession(page, day, '11:00', 'Clinical', true);
  await hydrated(page);
  const cancel = disclosure(page, 'Cancel session');
  await cancel.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Keep session' })).toBeFocused();
  await expect(page.getByRole('group', { name: /Cancel this session for good/ })).toBeVisible();
  await expectAccessible(page);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Yes, cancel it' })).toBeHidden();
  await expect(cancel).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Yes, cancel it' })).toBeHidden();
  await expect(cancel).toBeFocused();

  // Profile: the visible limits, an over-long name refused with a message (nothing cut),
  // "Profile saved." staying put, and the delete-account confirm step by keyboard.
  await page.goto('/profile');
  await hydrated(page);
  await expect(page.getByText('Up to 60 characters.').first()).toBeVisible();
  await page.getByLabel('Last name').fill('K'.repeat(61));
  await expect(page.getByLabel('Last name')).toHaveValue('K'.repeat(61));
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('alert')).toHaveText('Your last name can be at most 60 characters.');
  // Chromium logs the refused save's 422 status: expected, exactly once.
  const refused = consoleErrors.filter((m) => m.includes('status of 422'));
  expect(refused).toHaveLength(1);
  consoleErrors.splice(consoleErrors.indexOf(refused[0]), 1);
  await page.getByLabel('Last name').fill('Keyes');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Profile saved.')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Kira Keyes' })).toBeVisible();
  await page.waitForTimeout(3000);
  await expect(page.getByText('Profile saved.')).toBeVisible();
  const del = disclosure(page, 'Delete account');
  await del.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Keep my account' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(del).toBeFocused();
  await expect(page.getByRole('button', { name: 'Yes, delete my account' })).toBeHidden();
});

test('without JavaScript: sign up, set up a profile, and the header knows who is signed in', async ({ browser }, testInfo) => {
  const project = testInfo.project.name;
  const context = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    viewport: testInfo.project.use.viewport,
    isMobile: testInfo.project.use.isMobile,
    javaScriptEnabled: false,
  });
  await knowZone(context, testInfo.project.use.baseURL!, testInfo.project.use.timezoneId ?? 'UTC');
  const page = await context.newPage();
  const nav = page.getByRole('navigation', { name: 'Main' });

  await page.goto('/sign-up');
  const email = uniqueEmail(project, 'nojs');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign up' }).click();
  await expect(page).toHaveURL(/\/confirm-email\?sent=1$/);
  await expect(page.locator('main').getByRole('status')).toContainText('Check your email');
  // The emailed link's page is a plain form too.
  const mail = await mailTo(page, email, 'Confirm your email address for Med Practice');
  await page.goto(linkIn(mail, '/confirm-email?token='));
  await page.getByRole('button', { name: 'Confirm my address' }).click();
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Set up your profile' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Set up profile' })).toBeVisible();

  // An over-long name comes back with the reason, and nothing is saved.
  await page.getByLabel('First name').fill('N'.repeat(61));
  await page.getByLabel('Last name').fill('Script');
  await page.getByLabel('Training level').selectOption({ label: 'GP trainee' });
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('alert')).toHaveText('Your first name can be at most 60 characters.');
  await expect(page.getByRole('heading', { level: 1, name: 'Set up your profile' })).toBeVisible();

  await page.getByLabel('First name').fill('Noor');
  await page.getByLabel('Last name').fill('Script');
  await page.getByLabel('Training level').selectOption({ label: 'GP trainee' });
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(nav.getByRole('link', { name: 'Noor Script' })).toBeVisible();

  // Every page names them in the header, and offers Sign out.
  for (const path of ['/my-sessions', '/profile', '/sign-in', '/sign-up', '/']) {
    await page.goto(path);
    await expect(nav.getByRole('link', { name: 'Noor Script' }), path).toBeVisible();
    await expect(nav.getByRole('button', { name: 'Sign out' }), path).toBeVisible();
  }
  await page.goto('/my-sessions');
  await expect(page.getByRole('heading', { level: 2, name: 'Upcoming' })).toBeVisible();

  // Editing the profile says it was saved.
  await page.goto('/profile');
  await page.getByLabel('Last name').fill('Scriptless');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page).toHaveURL(/\/profile\?saved=1$/);
  await expect(page.getByText('Profile saved.')).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Noor Scriptless' })).toBeVisible();

  await nav.getByRole('button', { name: 'Sign out' }).click();
  await expect(nav.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await context.close();
});
