import { test, expect, hydrated, secondPerson, type Page } from './fixtures';

// Parts of a page hydrate in tasks of their own, after the page around them
// (src/components/later.rs): the header and footer, the board's filters and cards, a
// session's actions and practice. Each adopts the nodes the server drew (nothing is drawn
// again), and by the time the page is marked hydrated every part answers.

const parts = ['header.site-header', 'form.filters', 'ul.session-list', 'div.room-actions', 'section.practice', 'footer.site-footer'];

/**
 * Loads `path`, noting each part the server drew as the page is parsed (before any
 * code runs); once hydrated, says for each part drawn whether it is still that node.
 */
async function adopted(page: Page, path: string): Promise<Record<string, boolean>> {
  await page.addInitScript((selectors: string[]) => {
    document.addEventListener('DOMContentLoaded', () => {
      const drawn = Object.fromEntries(selectors.map((s) => [s, document.querySelector(s)]));
      (window as unknown as { __drawn: Record<string, Element | null> }).__drawn = drawn;
    });
  }, parts);
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
  await host.page.goto('/sign-in');
  await hydrated(host.page);
  await host.page.getByLabel('Email').fill('amara.okafor@demo.medpractice.test');
  await host.page.getByLabel('Password').fill('practise-stations-2026');
  await host.page.getByRole('button', { name: 'Sign in' }).click();
  await expect(host.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Amara Okafor' })).toBeVisible();
  await host.page.goto('/my-sessions');
  const card = host.page.getByRole('region', { name: 'Upcoming' }).locator('li.session-card').filter({ hasText: 'with Tom Hughes' }).first();
  const path = new URL((await card.getByRole('link').first().getAttribute('href'))!, testInfo.project.use.baseURL).pathname;

  // The moment the page is marked hydrated, is the Copy button (in the host's tools,
  // inside a later part) wired yet? Every listener added is noted on its element; the
  // observer runs before any later task could.
  await host.page.addInitScript(() => {
    const add = EventTarget.prototype.addEventListener;
    EventTarget.prototype.addEventListener = function (this: EventTarget, ...args: Parameters<typeof add>) {
      (this as unknown as { __listened?: string[] }).__listened = [...((this as unknown as { __listened?: string[] }).__listened ?? []), args[0]];
      return add.apply(this, args);
    };
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
