import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/**
 * The page script names the browser's zone to the server in the `mp_tz` cookie, reloading
 * once on a first visit; tests start as a returning browser (zone-cookie.spec.ts covers
 * the first visit).
 */
export async function knowZone(context: BrowserContext, baseURL: string, timezoneId: string): Promise<void> {
  await context.addCookies([{ name: 'mp_tz', value: encodeURIComponent(timezoneId), url: baseURL }]);
}

// Every page test fails on a console error or an uncaught exception in the page.
export const test = base.extend<{ consoleErrors: string[] }>({
  context: async ({ context, baseURL, timezoneId }, use) => {
    await knowZone(context, baseURL!, timezoneId ?? 'UTC');
    await use(context);
  },
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Waits until the WebAssembly bundle has loaded and hydrated the page. */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
}

/** Runs axe (WCAG 2.1 A and AA, contrast included) and fails on any violation. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, 'accessibility violations').toEqual([]);
}

/** No sideways scrolling: the page fits a phone-sized viewport. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}
