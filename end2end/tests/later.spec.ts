import { test, expect, hydrated, secondPerson, signInDemo, type Page } from './fixtures';

// Parts of a page hydrate in tasks of their own, after the page around them
// (src/components/later.rs): the header and footer, the board's filters and cards, a
// session's actions and practice. Each adopts the nodes the server drew (nothing is drawn
// again), and by the time the page is marked hydrated every part answers.

const parts = ['header.site-header', 'form.filters', 'ul.session-list', 'div.room-actions', 'section.practice', 'footer.site-footer'];

/**
 * Loads `path`, noting each part the server drew as the page is parsed (before any
 * code runs); once hydrated, says for each part drawn whether it is still that node.
 */
async function adopted(page: Page, path: string, selectors = parts): Promise<Record<string, boolean>> {
  await page.addInitScript((selectors: string[]) => {
    document.addEventListener('DOMContentLoaded', () => {
      const drawn = Object.fromEntries(selectors.map((s) => [s, document.querySelector(s)]));
      (window as unknown as { __drawn: Record<string, Element | null> }).__drawn = drawn;
    });
  }, selectors);
  await page.goto(path);
  await hydrated(page);
  return page.evaluate(() => {
    const drawn = (window as unknown as { __drawn: Record<string, Element | null> }).__drawn;
    return Object.fromEntries(
      Object.entries(drawn)
        .filter(([, node]) => node !== null)
        .map(([selector, node]) => [selector, node === document.querySelector(selector) && node!.isConnected]),
    );
  });
}

/** From the next page load on, notes on each element every kind of event a listener is added for (`__listened`). */
async function noteListeners(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const add = EventTarget.prototype.addEventListener;
    EventTarget.prototype.addEventListener = function (this: EventTarget, ...args: Parameters<typeof add>) {
      (this as unknown as { __listened?: string[] }).__listened = [...((this as unknown as { __listened?: string[] }).__listened ?? []), args[0]];
      return add.apply(this, args);
    };
  });
}

test("the board's parts hydrate where the server drew them", async ({ page }) => {
  const board = await adopted(page, '/');
  expect(board).toEqual({
    'header.site-header': true,
    'form.filters': true,
    'ul.session-list': true,
    'footer.site-footer': true,
  });
  // Hydrated, the filters answer without a page load: the board's own request.
  const answered = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/board');
  await page.getByLabel('Kind of session').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await answered;
});

test("a host's session page: its actions and practice hydrate in place and answer at once", async ({ browser }, testInfo) => {
  // Amara hosts a session Tom has joined, in the demo data (server/demo.rs).
  const host = await secondPerson(browser, testInfo);
  await signInDemo(host.page, 'amara.okafor@demo.medpractice.test', 'Amara Okafor');
  await host.page.goto('/my-sessions');
  const card = host.page.getByRole('region', { name: 'Upcoming' }).locator('li.session-card').filter({ hasText: 'with Tom Hughes' }).first();
  const path = new URL((await card.getByRole('link').first().getAttribute('href'))!, testInfo.project.use.baseURL).pathname;

  // The moment the page is marked hydrated, is the Copy button (in the host's tools,
  // inside a later part) wired yet? The observer runs before any later task could.
  await noteListeners(host.page);
  await host.page.addInitScript(() => {
    new MutationObserver(() => {
      const w = window as unknown as { __wiredAtMark?: boolean };
      if (w.__wiredAtMark !== undefined || !document.documentElement.hasAttribute('data-hydrated')) return;
      const copy = [...document.querySelectorAll('button')].find((b) => b.textContent?.includes('Copy invite link'));
      w.__wiredAtMark = ((copy as unknown as { __listened?: string[] } | undefined)?.__listened ?? []).includes('click');
      // The document, not its root: this runs before the parser has made <html>.
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-hydrated'] });
  });
  const room = await adopted(host.page, path);
  expect(await host.page.evaluate(() => (window as unknown as { __wiredAtMark?: boolean }).__wiredAtMark)).toBe(true);
  // Each part came in its wrapper, which the page's hydration passed over.
  for (const part of ['div.room-actions', 'section.practice', 'header.site-header']) {
    await expect(host.page.locator(`div.later > ${part}`)).toHaveCount(1);
  }
  expect(room).toEqual({
    'header.site-header': true,
    'div.room-actions': true,
    'section.practice': true,
    'footer.site-footer': true,
  });
  // The host's tools sit in the actions: their button works the moment the page is
  // marked hydrated (copied, or told why not where the clipboard is refused).
  await host.page.getByRole('button', { name: 'Copy invite link' }).click();
  await expect(host.page.getByText(/^(Invite link copied\.|Could not copy: select the link above and copy it\.)$/)).toBeVisible();
  expect(host.errors).toEqual([]);
});

test("a finished room: each round's marks, feedback, transcript and briefs hydrate in place", async ({ page }, testInfo) => {
  // The demo's finished session, hosted by Amara; its second round is graded by the
  // (fake) AI examiner when the server starts (server/demo.rs).
  await signInDemo(page, 'amara.okafor@demo.medpractice.test', 'Amara Okafor');
  await page.goto('/my-sessions');
  const card = page.getByRole('list', { name: 'Finished and past sessions' }).locator('li.session-card').filter({ hasText: 'Finished' }).first();
  const path = new URL((await card.getByRole('link').first().getAttribute('href'))!, testInfo.project.use.baseURL).pathname;
  // The AI examiner's feedback, with its evidence links, once the worker has marked it.
  await expect(async () => {
    await page.goto(path);
    await expect(page.locator('ul.evidence a').first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });

  const summary = ['section.practice', 'section.summary-round', 'section.assessment', 'section.transcript', 'div.brief-columns'];
  await noteListeners(page);
  const room = await adopted(page, path, summary);
  expect(room).toEqual(Object.fromEntries(summary.map((s) => [s, true])));
  // The practice, and in each round its marks, feedback, transcript and briefs, came in
  // wrappers of their own, which the page's hydration passed over.
  await expect(page.locator('div.later > section.practice')).toHaveCount(1);
  const rounds = page.locator('section.summary-round');
  await expect(rounds).toHaveCount(2);
  for (const round of await rounds.all()) {
    await expect(round.locator(':scope > div.later')).toHaveCount(3);
    for (const part of ['div.later > section.assessment', 'div.later > section.transcript', 'details > div.later > div.brief-columns']) {
      await expect(round.locator(part)).toHaveCount(1);
    }
  }
  // Hydrated, the feedback's evidence links (in a later part) are wired: a click opens
  // the `<details>` its transcript line sits in, where there is one.
  const wired = await page.locator('ul.evidence a').evaluateAll((links) =>
    links.map((a) => ((a as unknown as { __listened?: string[] }).__listened ?? []).includes('click')),
  );
  expect(wired.length).toBeGreaterThan(0);
  expect(wired.every(Boolean)).toBe(true);
});

test('a link clicked while the page is still hydrating loads its page as without JavaScript', async ({ page }) => {
  // The page hydrates in steps (src/components/pause.rs), and the router is alive from
  // the second. Holding the sign-in page's code chunks stops the hydration at that page,
  // with the router (and its click listener on the window) already there.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/pkg\/[^/]+\.wasm$/, async (route) => {
    if (!route.request().url().endsWith('/med-practice.wasm')) await held;
    await route.continue();
  });
  await noteListeners(page);
  await page.goto('/sign-in');
  // Two click listeners on the window: the navigation guard's (src/lib.rs), added before
  // hydrating, and the router's, added as the router starts (the first listener any
  // element's click handler brings is added later still).
  await page.waitForFunction(
    () => ((window as unknown as { __listened?: string[] }).__listened ?? []).filter((kind) => kind === 'click').length >= 2,
  );
  // The router would take the click and draw the board over the sign-in page's
  // unhydrated nodes; the browser loads the board instead.
  const loaded = page.waitForRequest((r) => r.isNavigationRequest() && new URL(r.url()).pathname === '/');
  await page.locator('a.brand').click();
  await loaded;
  release();
  await expect(page).toHaveURL(/\/$/);
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Scheduling board' })).toBeVisible();
});
