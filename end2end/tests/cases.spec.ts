import { test, expect, hydrated, expectAccessible, expectNoHorizontalScroll, disclosure, signInDemo } from './fixtures';

// A shipped case (fixed id, in every database): CARD-02, "Fluttering in the chest".
const SHIPPED_ID = 'c18e64fe-44a8-588b-8031-e51ce80931f7';

test('an admin searches the library, opens a case, edits it and sees the change', async ({ page, consoleErrors }, testInfo) => {
  await signInDemo(page, 'admin@demo.medpractice.test', 'Morgan Lee');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
  await page.getByRole('link', { name: 'Case library' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Case library' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '42 cases' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'New case' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import' })).toBeVisible();
  await hydrated(page);
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);

  // Search: the URL keeps it, and only matching cases remain.
  await page.getByLabel('Search cases').fill('fluttering');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/q=fluttering/);
  const results = page.getByRole('list', { name: 'Cases' });
  await expect(results.getByRole('listitem')).toHaveCount(1);
  await results.getByRole('link', { name: 'Fluttering in the chest' }).click();

  // The case page: both briefs and the mark scheme side by side.
  await expect(page.getByRole('heading', { level: 1, name: 'Fluttering in the chest' })).toBeVisible();
  for (const heading of ['Candidate brief', 'Actor brief', 'Mark scheme']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByText('OPENING LINE', { exact: false }).first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Interpersonal skills' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Archive case' })).toBeVisible();
  await hydrated(page);
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);

  // Edit: a bad mark-scheme line is named, nothing is saved; fixed, the change shows.
  await page.getByRole('link', { name: 'Edit case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Edit/ })).toBeVisible();
  await hydrated(page);
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  const setting = `GP surgery, ${testInfo.project.name} ${Date.now()}`;
  await page.getByLabel('Setting').fill(setting);
  const interpersonal = page.getByLabel('Interpersonal skills');
  const original = await interpersonal.inputValue();
  await interpersonal.fill(`${original}\nA point without keywords`);
  await page.getByRole('button', { name: 'Save case' }).click();
  const problem = page.getByRole('alert').filter({ hasText: 'Please correct the following' });
  await expect(problem).toContainText(/Mark scheme, interpersonal skills, line \d+: Add its keywords after a bar/);
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((m) => !m.includes('status of 422')));
  await interpersonal.fill(original);
  await page.getByRole('button', { name: 'Save case' }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/cases/${SHIPPED_ID}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Fluttering in the chest' })).toBeVisible();
  await expect(page.getByText(setting)).toBeVisible();

  // Archive and restore, in place.
  await page.getByRole('button', { name: 'Archive case' }).click();
  await expect(page.getByRole('button', { name: 'Restore case' })).toBeVisible();
  await expect(page.getByText('Archived', { exact: true }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Restore case' }).click();
  await expect(page.getByRole('button', { name: 'Archive case' })).toBeVisible();

  // Deleting asks first; by keyboard the step takes focus, and Escape gives it back.
  const del = disclosure(page, 'Delete case');
  await del.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Keep case' })).toBeFocused();
  await expect(page.getByText('Delete this case permanently?')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(del).toBeFocused();
  await expect(page.getByRole('button', { name: 'Yes, delete it' })).toBeHidden();
});

test('an admin exports the library and a bad import names each record and imports nothing', async ({ page, consoleErrors }) => {
  await signInDemo(page, 'admin@demo.medpractice.test', 'Morgan Lee');
  await page.goto('/admin/cases');
  await hydrated(page);

  // Export with nothing ticked: the whole library, as a file.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export' }).click()]);
  expect(download.suggestedFilename()).toBe('med-practice-cases.json');
  const text = await (await download.createReadStream()).toArray();
  const library = JSON.parse(Buffer.concat(text).toString('utf8'));
  expect(library.format).toBe('med-practice/case-library');
  expect(library.cases).toHaveLength(42);

  // A file whose second record breaks two rules is refused as a whole.
  const bad = structuredClone(library.cases[1]);
  bad.domain = 'Surgical';
  bad.exams = ['MRCS'];
  const file = { ...library, cases: [library.cases[0], bad] };
  await page.getByLabel('Library file (JSON)').setInputFiles({
    name: 'library.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await page.getByRole('button', { name: 'Import' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Nothing was imported' });
  await expect(alert).toContainText('Record 2, domain: Choose Clinical or Communication.');
  await expect(alert).toContainText('Record 2, exams[0]: "MRCS" is not an exam we know');
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((m) => !m.includes('status of 422')));

  // The export itself imports cleanly: every case updated, none new.
  await page.getByLabel('Library file (JSON)').setInputFiles({
    name: 'library.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(library)),
  });
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 42 cases: 0 new, 42 updated.' })).toBeVisible();
  await expectAccessible(page);
});

test('an admin sees the attendance reports on the overview', async ({ page }) => {
  await signInDemo(page, 'admin@demo.medpractice.test', 'Morgan Lee');
  await page.goto('/admin');
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Attendance reports' })).toBeVisible();
  await expect(page.getByText('No reports yet.').or(page.getByRole('list', { name: 'Attendance reports' }))).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
});

test('a trainee sees no admin navigation and gets 404 at every admin address', async ({ page, consoleErrors }) => {
  const addresses = ['/admin/cases', '/admin/cases/new', `/admin/cases/${SHIPPED_ID}`, `/admin/cases/${SHIPPED_ID}/edit`];
  for (const address of addresses) {
    const response = await page.goto(address);
    expect(response?.status(), `anonymous at ${address}`).toBe(404);
    // Let the page finish loading its code before the next address: leaving mid-fetch
    // of a WASM chunk logs a failed compile that is the test's doing, not the app's.
    await hydrated(page);
  }
  await signInDemo(page, 'tom.hughes@demo.medpractice.test', 'Tom Hughes');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Admin' })).toHaveCount(0);
  for (const address of addresses) {
    const response = await page.goto(address);
    expect(response?.status(), `trainee at ${address}`).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByText('OPENING LINE')).toHaveCount(0);
    await hydrated(page);
  }
  // Export is refused too.
  const download = await page.request.get('/admin/cases/export.json');
  expect(download.status()).toBe(404);
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((m) => !m.includes('status of 404')));
});
