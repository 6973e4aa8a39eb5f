import {
  test,
  expect,
  hydrated,
  expectAccessible,
  expectNoHorizontalScroll,
  signUp,
  secondPerson,
  dayAhead,
  mailTo,
  type Page,
} from './fixtures';

/** Posts a find-a-partner request: PLAB 2 clinical, tomorrow 10:00 to 12:00 (local). */
async function askForPartner(page: Page, date: string): Promise<void> {
  await page.goto('/partners');
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Find a partner' })).toBeVisible();
  const form = page.getByRole('region', { name: 'Ask to be matched' });
  await form.getByLabel('Kind of session').selectOption('Clinical');
  await form.getByLabel('Exam', { exact: true }).selectOption('PLAB 2');
  // The person's own level is ticked already.
  await expect(form.getByLabel('GP trainee')).toBeChecked();
  await form.getByLabel('Window 1: date').fill(date);
  await form.getByLabel('Window 1: from').fill('10:00');
  await form.getByLabel('Window 1: to').fill('12:00');
  await form.getByRole('button', { name: 'Find me a partner' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your request is posted' })).toBeVisible();
  // Looking, unless the matcher (a pass every half second here) has already paired it.
  const requests = page.getByRole('list', { name: 'Your requests' });
  await expect(requests.getByText('Looking', { exact: true }).or(requests.getByText('Matched', { exact: true }))).toBeVisible();
}

test('two people ask for a partner, are matched live, confirm and see each other’s record', async ({ page, browser, consoleErrors }, testInfo) => {
  const project = testInfo.project.name;
  const first = await signUp(page, project, 'Mira', 'First');
  const date = await dayAhead(page, 1);

  // A bad window is refused with its reason, and nothing is posted.
  await page.goto('/partners');
  await hydrated(page);
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  const form = page.getByRole('region', { name: 'Ask to be matched' });
  await form.getByLabel('Window 1: date').fill(date);
  await form.getByLabel('Window 1: from').fill('10:00');
  await form.getByLabel('Window 1: to').fill('10:30');
  await form.getByRole('button', { name: 'Find me a partner' }).click();
  await expect(form.getByRole('alert')).toContainText('Each time window must be at least an hour long.');
  await expect(page.getByText('No requests yet.')).toBeVisible();
  // The refusal's 422 is this test's doing.
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((m) => !m.includes('status of 422')));

  await askForPartner(page, date);
  // Changed before anyone else asks: the form comes back filled in.
  await page.getByRole('link', { name: 'Change' }).click();
  const change = page.getByRole('region', { name: 'Change your request' });
  await expect(change.getByLabel('Window 1: to')).toHaveValue('12:00');
  await change.getByLabel('Window 1: to').fill('13:00');
  await change.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your request is changed.' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Your requests' })).toContainText('to 13:00');

  const other = await secondPerson(browser, testInfo);
  const g = other.page;
  const second = await signUp(g, project, 'Noor', 'Second');
  await askForPartner(g, date);

  // The matcher pairs them; both pages change without a reload. Mira asked first, so
  // she hosts.
  for (const p of [page, g]) {
    await expect(p.getByRole('link', { name: 'Open the matched session' })).toBeVisible({ timeout: 20_000 });
    await expect(p.getByRole('list', { name: 'Your requests' }).getByText('Matched', { exact: true })).toBeVisible();
  }
  await expectAccessible(page);
  await expectNoHorizontalScroll(g);

  // Both are told by email too.
  await mailTo(page, first, 'You have a practice partner: Noor');
  await mailTo(g, second, 'You have a practice partner: Mira');

  // The session: each confirms, and each sees the other's attendance record.
  await g.getByRole('link', { name: 'Open the matched session' }).click();
  await expect(g.getByRole('heading', { level: 1, name: 'Clinical session' })).toBeVisible();
  await hydrated(g);
  const guestBox = g.getByRole('region', { name: 'Will you be there?' });
  await guestBox.getByRole('button', { name: "I'll be there" }).click();
  await expect(guestBox.getByText('You have said you will be there.')).toBeVisible();
  // Both people's records, beside their names: new to this, neither has one yet.
  await expect(g.locator('.facts').getByText('No sessions recorded yet')).toHaveCount(2);

  await page.getByRole('link', { name: 'Open the matched session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clinical session' })).toBeVisible();
  await hydrated(page);
  const hostBox = page.getByRole('region', { name: 'Will you be there?' });
  await expect(hostBox.getByText('Noor has said they will be there.')).toBeVisible();
  await hostBox.getByRole('button', { name: "I'll be there" }).click();
  await expect(hostBox.getByText('You have said you will be there.')).toBeVisible();
  await expect(page.locator('.facts').getByText('No sessions recorded yet')).toHaveCount(2);
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  expect(other.errors).toEqual([]);
});
