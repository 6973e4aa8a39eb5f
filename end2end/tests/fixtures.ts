import { test as base, expect, type Browser, type BrowserContext, type Page, type TestInfo } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/**
 * The page script names the browser's zone to the server in the `mp_tz` cookie, wording
 * a first page again in that zone; tests start as a returning browser (zone-cookie.spec.ts covers
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
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

/** Runs axe (WCAG 2.1 A and AA, contrast included) and fails on any violation. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, 'accessibility violations').toEqual([]);
}

/**
 * The button of a confirm step (components/confirm.rs): a `<details>` summary, which
 * opens the question, the confirming form and the way back out.
 */
export function disclosure(page: Page, name: string) {
  return page.locator('summary').filter({ hasText: new RegExp(`^${name}$`) });
}

/** No sideways scrolling: the page fits a phone-sized viewport. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

// People and sessions, shared by the specs that need two browsers.

export const PASSWORD = 'a long enough password';

/** Every demo account's password (server/demo.rs). */
export const DEMO_PASSWORD = 'practise-stations-2026';

/** Signs in as a demo account and waits for the header to name them. */
export async function signInDemo(page: Page, email: string, name: string): Promise<void> {
  await page.goto('/sign-in');
  await hydrated(page);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name })).toBeVisible();
}

/** A date `days` ahead in the browser's own zone, as a date input takes it. */
export async function dayAhead(page: Page, days: number): Promise<string> {
  return page.evaluate((d) => {
    const at = new Date(Date.now() + d * 86_400_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  }, days);
}

/** The local mail catcher's REST API (scripts/lib.sh, start_mail_catcher). */
export const maildev = process.env.MAILDEV_URL ?? 'http://127.0.0.1:3180';

export type Caught = { id: string; subject: string; text: string; envelope: { to: { address: string }[] } };

/** Waits for the newest mail with `subject` to `address` and returns it. */
export async function mailTo(page: Page, address: string, subject: string): Promise<Caught> {
  let found: Caught | undefined;
  await expect
    .poll(
      async () => {
        const response = await page.request.get(`${maildev}/api/email`);
        const mails = (await response.json()) as Caught[];
        found = mails.filter((m) => m.subject === subject && m.envelope.to.some((t) => t.address === address)).pop();
        return found !== undefined;
      },
      { timeout: 20_000, message: `a mail "${subject}" to ${address}` },
    )
    .toBe(true);
  return found!;
}

/** The path and query of the first link in `mail` to `path` (the page a person opens). */
export function linkIn(mail: Caught, path: string): string {
  const link = mail.text.match(new RegExp(`https?://\\S+${path.replace('?', '\\?')}[0-9a-f]{64}`))?.[0];
  expect(link, mail.text).toBeTruthy();
  const url = new URL(link!);
  return url.pathname + url.search;
}

/** Opens the confirmation link mailed to `email` and confirms the address. */
export async function confirmAddress(page: Page, email: string): Promise<void> {
  const mail = await mailTo(page, email, 'Confirm your email address for Med Practice');
  await page.goto(linkIn(mail, '/confirm-email?token='));
  await expect(page.getByText(`Confirm ${email} as the address of your Med Practice account?`)).toBeVisible();
  await hydrated(page);
  await page.getByRole('button', { name: 'Confirm my address' }).click();
}

/** Fills in and sends the sign-up form, which answers "check your email". */
export async function submitSignUp(page: Page, email: string): Promise<void> {
  await page.goto('/sign-up');
  await hydrated(page);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign up' }).click();
  await expect(page).toHaveURL(/\/confirm-email\?sent=1$/);
}

/**
 * A new account: signs up, opens the confirmation link from the caught mail (which
 * signs this browser in) and sets up the profile.
 */
export async function signUp(page: Page, project: string, first: string, last: string): Promise<string> {
  // A mailbox's name has at most 64 characters: long names are cut short here.
  const email = `e2e-${first.toLowerCase().slice(0, 16)}-${project}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`;
  await submitSignUp(page, email);
  await confirmAddress(page, email);
  await expect(page).toHaveURL(/\/profile$/);
  await page.getByLabel('First name').fill(first);
  await page.getByLabel('Last name').fill(last);
  await page.getByLabel('Training level').selectOption({ label: 'GP trainee' });
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: `${first} ${last}` })).toBeVisible();
  return email;
}

/** A second person: their own browser context, with the project's viewport and zone. */
export async function secondPerson(
  browser: Browser,
  testInfo: TestInfo,
  baseURL?: string,
): Promise<{ page: Page; errors: string[] }> {
  const use = testInfo.project.use;
  baseURL = baseURL ?? use.baseURL;
  const context = await browser.newContext({
    baseURL,
    viewport: use.viewport,
    isMobile: use.isMobile,
    hasTouch: use.hasTouch,
    timezoneId: use.timezoneId,
  });
  await knowZone(context, baseURL!, use.timezoneId ?? 'UTC');
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  return { page, errors };
}

export async function scheduleSession(
  page: Page,
  date: string,
  time: string,
  type: string,
  isPrivate: boolean,
  exam?: string,
): Promise<string> {
  await page.getByRole('button', { name: 'Schedule session' }).click();
  await page.getByLabel('Date').fill(date);
  await page.getByLabel('Time').fill(time);
  await page.getByLabel('Type').selectOption(type);
  if (exam) await page.getByLabel('Exam (optional)').selectOption(exam);
  if (isPrivate) await page.getByLabel('Private').check();
  await page.getByRole('button', { name: 'Schedule session' }).click();
  await expect(page).toHaveURL(/\/s\/[A-Za-z0-9_-]{22,64}$/);
  await expect(page.getByRole('heading', { level: 1, name: `${type} session` })).toBeVisible();
  return new URL(page.url()).pathname;
}

export async function filterToDay(page: Page, date: string): Promise<void> {
  await page.getByLabel('From', { exact: true }).fill(date);
  await page.getByLabel('To', { exact: true }).fill(date);
  // Hydrated, the board keeps its old cards on screen until the filtered ones arrive
  // (a `Transition`): wait for the filtered board's answer, not just the new URL.
  // Before hydration the form loads a new page, drawn filtered by the server.
  const hydratedNow = (await page.locator('html[data-hydrated]').count()) > 0;
  const answered = hydratedNow
    ? page.waitForResponse(
        (response) =>
          new URL(response.url()).pathname === '/api/board' &&
          (response.url().includes(date) || (response.request().postData() ?? '').includes(date)),
      )
    : null;
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(new RegExp(`from=${date}`));
  if (answered) await (await answered).finished();
}
