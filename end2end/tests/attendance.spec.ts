import {
  test,
  expect,
  hydrated,
  expectAccessible,
  expectNoHorizontalScroll,
  signUp,
  secondPerson,
  scheduleSession,
  mailTo,
  linkIn,
  type Page,
} from './fixtures';

/** A date and time three hours ahead in the browser's zone, on a five-minute mark. */
async function inThreeHours(page: Page): Promise<{ date: string; time: string }> {
  return page.evaluate(() => {
    const at = new Date(Date.now() + 3 * 3_600_000 + 5 * 60_000);
    at.setMinutes(Math.floor(at.getMinutes() / 5) * 5, 0, 0);
    const pad = (n: number) => String(n).padStart(2, '0');
    return {
      date: `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`,
      time: `${pad(at.getHours())}:${pad(at.getMinutes())}`,
    };
  });
}

test('two people say whether they will be there, on the page and by the reminder link', async ({ page, browser }, testInfo) => {
  const project = testInfo.project.name;
  const hostEmail = await signUp(page, project, 'Ines', 'Host');
  const { date, time } = await inThreeHours(page);
  const path = await scheduleSession(page, date, time, 'Clinical', true);
  const guest = await secondPerson(browser, testInfo);
  const g = guest.page;
  await signUp(g, project, 'Jude', 'Guest');
  await g.goto(path);
  await hydrated(g);
  await g.getByRole('button', { name: 'Join' }).click();
  await expect(g.getByText('You have joined this session.')).toBeVisible();

  // The guest says so on the page; the host sees it on theirs.
  const guestBox = g.getByRole('region', { name: 'Will you be there?' });
  await expect(guestBox.getByText('Ines has not said yet whether they will be there.')).toBeVisible();
  await expectAccessible(g);
  await expectNoHorizontalScroll(g);
  await guestBox.getByRole('button', { name: "I'll be there" }).click();
  await expect(guestBox.getByText('You have said you will be there.')).toBeVisible();
  await page.goto(path);
  await hydrated(page);
  const hostBox = page.getByRole('region', { name: 'Will you be there?' });
  await expect(hostBox.getByText('Jude has said they will be there.')).toBeVisible();

  // The host answers by the link in the day's reminder, which asks first.
  const reminder = await mailTo(page, hostEmail, 'Reminder: your session with Jude is coming up');
  await page.goto(linkIn(reminder, '/attend?token='));
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Will you be there?' })).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  await page.getByRole('button', { name: "I'll be there" }).click();
  await expect(page.locator('main').getByRole('status')).toContainText('your partner can see that you will be there');
  await g.goto(path);
  await hydrated(g);
  await expect(guestBox.getByText('Ines has said they will be there.')).toBeVisible();
  expect(guest.errors).toEqual([]);
});
