import { test, expect, hydrated, disclosure, secondPerson, signInDemo, type Page } from './fixtures';

/**
 * The code files the page asked for itself (host/hydration.rs): the hints its
 * hydration script adds once the page has been drawn, one per chunk the server's render
 * used, so they load beside the main module.
 */
async function hinted(page: Page): Promise<Set<string>> {
  const hrefs = await page.locator('head link[rel="preload"][as="fetch"]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
  return new Set(hrefs.map((href) => new URL(href).pathname));
}

/** The route's and the room's parts' own chunks among `files` (not the live stream's, loaded once hydrated). */
function ownChunks(files: Set<string>): string[] {
  return [...files].filter((f) => /\/split_/.test(f) && !/\/split_connect_/.test(f));
}

// A page asks for nothing but its HTML and stylesheet before it is drawn: no preload or
// modulepreload hints in the HTML, so on a slow link the first paint has it to itself.
test('a page names no code to fetch before it is drawn', async ({ page }) => {
  for (const path of ['/', '/sign-in']) {
    const html = await (await page.request.get(path)).text();
    expect(html, path).not.toMatch(/rel="(module)?preload"/);
  }
});

/** The WASM files a page load fetches, until it has hydrated. */
async function wasmOf(page: Page, path: string): Promise<Set<string>> {
  const files = new Set<string>();
  const note = (response: { url(): string }) => {
    const url = new URL(response.url());
    if (url.pathname.endsWith('.wasm')) files.add(url.pathname);
  };
  page.on('response', note);
  await page.goto(path);
  await hydrated(page);
  page.off('response', note);
  return files;
}

// The room's code comes in parts: a visitor on a session's page loads neither the
// practice (the briefs, transcript, timer and mark sheet its two people use) nor the
// host's tools; the guest loads the practice, the host the practice and their tools.
// Each part's chunk is loaded before the page hydrates, so every page hydrates from
// what the server drew (no console error) and its buttons work at once.
test('a visitor loads neither the practice nor the host tools; guest and host load what they use', async ({ page, browser }, testInfo) => {
  // Tom is the guest of Amara's session in the demo data (server/demo.rs).
  const guest = await secondPerson(browser, testInfo);
  await signInDemo(guest.page, 'tom.hughes@demo.medpractice.test', 'Tom Hughes');
  await guest.page.goto('/my-sessions');
  const card = guest.page.locator('li.session-card').filter({ hasText: 'You joined · with Amara Okafor' }).first();
  const path = new URL((await card.getByRole('link').getAttribute('href'))!, testInfo.project.use.baseURL).pathname;

  const visitor = await wasmOf(page, path);
  await expect(page.getByText('This session is full')).toBeVisible();
  // Every chunk of the route's own came in on the page's hints, beside the main module,
  // not one after another once it ran (the server's names match the build's).
  const hintsOf = async (p: Page, files: Set<string>) => {
    const own = ownChunks(files);
    expect(own.length, 'the route has a chunk of its own').toBeGreaterThan(0);
    const hints = await hinted(p);
    for (const file of own) expect(hints.has(file), `${file} was hinted`).toBe(true);
  };
  await hintsOf(page, visitor);

  const asGuest = await wasmOf(guest.page, path);
  await expect(guest.page.getByRole('heading', { name: 'Practice' })).toBeVisible();
  const practice = [...asGuest].filter((f) => !visitor.has(f));
  await hintsOf(guest.page, asGuest);
  expect(practice.length, 'the guest loads a chunk the visitor does not').toBeGreaterThan(0);

  const host = await secondPerson(browser, testInfo);
  await signInDemo(host.page, 'amara.okafor@demo.medpractice.test', 'Amara Okafor');
  const asHost = await wasmOf(host.page, path);
  await expect(host.page.getByRole('heading', { name: 'Invite your partner' })).toBeVisible();
  await expect(host.page.getByRole('heading', { name: 'Practice' })).toBeVisible();
  for (const file of practice) expect(asHost.has(file)).toBe(true);
  await hintsOf(host.page, asHost);
  // Hydrated, the host's tools answer at once: "Cancel session" asks first.
  await disclosure(host.page, 'Cancel session').click();
  await expect(host.page.getByRole('button', { name: 'Keep session' })).toBeFocused();
  await host.page.getByRole('button', { name: 'Keep session' }).click();
  expect([...asHost].filter((f) => !asGuest.has(f)).length, "the host's tools are a chunk of their own").toBeGreaterThan(0);
  expect(guest.errors).toEqual([]);
  expect(host.errors).toEqual([]);
});
