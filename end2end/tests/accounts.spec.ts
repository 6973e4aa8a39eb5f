import { test, expect, hydrated, disclosure, confirmAddress, submitSignUp } from './fixtures';

// An 8 x 8 PNG, standing in for a photo.
const AVATAR_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR4nGPgjinBihiGlgQASsM2wWvrLEwAAAAASUVORK5CYII=',
  'base64',
);
const PASSWORD = 'a long enough password';

function uniqueEmail(project: string): string {
  return `e2e-${project}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`;
}

test('a new trainee signs up, sets up their profile, signs out and back in', async ({ page, consoleErrors }, testInfo) => {
  const email = uniqueEmail(testInfo.project.name);
  const nav = page.getByRole('navigation', { name: 'Main' });

  await submitSignUp(page, email);
  await confirmAddress(page, email);

  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Set up your profile' })).toBeVisible();
  await page.getByLabel('First name').fill('Nadia');
  await page.getByLabel('Last name').fill('Rahman');
  await page.getByLabel('Training level').selectOption({ label: 'Foundation year 1 (FY1)' });
  await page.getByLabel('Avatar').setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: AVATAR_PNG });
  await page.getByRole('button', { name: 'Save profile' }).click();

  await expect(page).toHaveURL(/\/$/);
  const me = nav.getByRole('link', { name: 'Nadia Rahman' });
  await expect(me).toBeVisible();
  const avatar = me.locator('img.avatar');
  await expect(avatar).toHaveAttribute('src', /^\/avatars\/[0-9a-f-]{36}\.png$/);
  // The thumbnail loads, at its 256-pixel size.
  await expect.poll(() => avatar.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0))).toBe(256);

  await nav.getByRole('button', { name: 'Sign out' }).click();
  await expect(nav.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(me).toHaveCount(0);

  // Signed out, "Schedule session" asks them to sign in and brings them back with the
  // form open (its code loads once the page has hydrated).
  await page.getByRole('button', { name: 'Schedule session' }).click();
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  // Signed in through the page's code (a page not yet hydrated posts the plain form,
  // which the server answers with a redirect back, not a logged 422).
  await hydrated(page);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('not the password at all');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Email or password is wrong.');
  // Chromium logs the refused sign-in's 422 status: expected, exactly once.
  const refused = consoleErrors.filter((m) => m.includes('status of 422'));
  expect(refused).toHaveLength(1);
  consoleErrors.splice(consoleErrors.indexOf(refused[0]), 1);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/\?schedule=1$/);
  await expect(nav.getByRole('link', { name: 'Nadia Rahman' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Schedule a session' })).toBeVisible();
  await expect(page.getByLabel('Date')).toBeVisible();

  // The profile page edits what was set up.
  await nav.getByRole('link', { name: 'Nadia Rahman' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your profile' })).toBeVisible();
  await expect(page.getByLabel('First name')).toHaveValue('Nadia');
  await expect(page.getByLabel('Training level')).toHaveValue('fy1');

  // Deleting the account takes a confirm step; afterwards the account is gone.
  await disclosure(page, 'Delete account').click();
  await expect(page.getByText('Are you sure? Your account will be deleted permanently.')).toBeVisible();
  await page.getByRole('button', { name: 'Keep my account' }).click();
  await expect(page.getByText('Are you sure? Your account will be deleted permanently.')).toBeHidden();
  await disclosure(page, 'Delete account').click();
  await page.getByRole('button', { name: 'Yes, delete my account' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(nav.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await nav.getByRole('link', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await hydrated(page);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Email or password is wrong.');
  const refusedAgain = consoleErrors.filter((m) => m.includes('status of 422'));
  expect(refusedAgain).toHaveLength(1);
  consoleErrors.splice(consoleErrors.indexOf(refusedAgain[0]), 1);
});

test('admin navigation shows only to admins; others get 404 at the admin address', async ({ page, consoleErrors }) => {
  const nav = page.getByRole('navigation', { name: 'Main' });
  const response = await page.goto('/admin');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  // Chromium's own console line for the 404 document.
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((m) => !m.includes('status of 404')));

  // A trainee (demo data) sees no Admin link.
  await page.goto('/sign-in');
  await hydrated(page);
  await page.getByLabel('Email').fill('tom.hughes@demo.medpractice.test');
  await page.getByLabel('Password').fill('practise-stations-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(nav.getByRole('link', { name: 'Tom Hughes' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Admin' })).toHaveCount(0);
  await nav.getByRole('button', { name: 'Sign out' }).click();
  await expect(nav.getByRole('link', { name: 'Sign in' })).toBeVisible();

  // The demo admin does.
  await nav.getByRole('link', { name: 'Sign in' }).click();
  await page.getByLabel('Email').fill('admin@demo.medpractice.test');
  await page.getByLabel('Password').fill('practise-stations-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await nav.getByRole('link', { name: 'Admin' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Admin' })).toBeVisible();
  await expect(page.getByText('Case briefs')).toBeVisible();
});
