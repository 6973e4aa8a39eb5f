import { readFile } from 'node:fs/promises';
import { test, expect, hydrated, expectAccessible, expectNoHorizontalScroll, signInDemo } from './fixtures';


// The demo's finished session: Amara was the candidate in its second round, which the
// (fake) AI examiner grades when the server starts, and Sofia marked.
test('a trainee sees their grades, coverage, most-missed points and what to practise next; prints and downloads them', async ({ page, consoleErrors }) => {
  await signInDemo(page, 'amara.okafor@demo.medpractice.test', 'Amara Okafor');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My progress' })).toBeVisible();
  // The assessment is made by a worker at start: read again until it is in.
  await expect(async () => {
    await page.reload();
    await expect(page.getByText('1 graded round as the candidate.')).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await hydrated(page);

  // The grades: a chart drawn on the server per domain, with its table beside it.
  const grades = page.getByRole('region', { name: 'Any exam' }).or(page.locator('section.exam-progress').first());
  await expect(grades.locator('svg.chart').first()).toBeVisible();
  expect(await page.locator('svg.chart').count()).toBeGreaterThanOrEqual(3);
  const table = page.getByRole('table', { name: /Clinical management/ }).first();
  await expect(table.getByRole('columnheader', { name: 'AI examiner' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Partner' })).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(2);

  // Coverage, blueprint-free here (the demo session named no exam), and what next.
  await expect(page.getByRole('heading', { level: 2, name: 'Coverage of the library' })).toBeVisible();
  await expect(page.locator('table.coverage-grid td.cell--passed, table.coverage-grid td.cell--below')).toHaveCount(1);
  const next = page.getByRole('region', { name: 'What to practise next' });
  expect(await next.getByRole('listitem').count()).toBeGreaterThanOrEqual(3);
  await expect(page.getByRole('heading', { level: 2, name: 'Points missed most often' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your marking beside the AI examiner' })).toContainText('Not enough yet');

  await expectAccessible(page);
  await expectNoHorizontalScroll(page);

  // The data download: one's own, as JSON.
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download my data (JSON)' }).click();
  const file = await (await download).path();
  const data = JSON.parse(await readFile(file, 'utf8'));
  expect(data.schema).toBe('med-practice-export/1');
  expect(data.profile.first_name).toBe('Amara');
  expect(data.rounds.length).toBe(2);
  expect(data.rounds.filter((r: { you_were: string }) => r.you_were === 'candidate').length).toBe(1);

  // The print view: no header or buttons, each exam on a page of its own.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.site-header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print report' })).toBeHidden();
  const breakBefore = await page.locator('section.exam-progress').first().evaluate((el) => getComputedStyle(el).breakBefore);
  expect(breakBefore).toBe('page');
  await page.emulateMedia({ media: 'screen' });
  expect(consoleErrors).toEqual([]);
});

test('another trainee’s progress is not there for a stranger', async ({ page, browser, consoleErrors }) => {
  // Amara's id, from her own data download.
  const amara = await browser.newContext();
  const amaraPage = await amara.newPage();
  await signInDemo(amaraPage, 'amara.okafor@demo.medpractice.test', 'Amara Okafor');
  const data = await (await amaraPage.request.get('/progress/export.json')).json();
  await amara.close();
  const response = await page.goto(`/progress?user=${data.user_id}`);
  // Signed out: asked to sign in, shown nothing.
  expect(response?.status()).toBe(200);
  await expect(page.getByText('Sign in to see your progress.')).toBeVisible();
  await signInDemo(page, 'tom.hughes@demo.medpractice.test', 'Tom Hughes');
  const again = await page.goto(`/progress?user=${data.user_id}`);
  expect(again?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByText('Amara')).toHaveCount(0);
  // The 404 is this test's doing.
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((m) => !m.includes('status of 404')));
});
