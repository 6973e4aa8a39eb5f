// Lighthouse on the pages a trainee, a host and an admin see (scripts/bench.sh): mobile
// emulation with Lighthouse's default simulated throttling, in Debian's Chromium, each
// page in a browser context of its own. A first visit starts with no cookies and an
// empty cache; the other pages carry the zone cookies a returning browser has and, when
// signed in, that person's sign-in cookie (the cache is emptied for every page, as
// Lighthouse does by default).
//
// Each page is measured LIGHTHOUSE_RUNS times (5 unless set) and reported by its median
// run, chosen as Lighthouse's own `computeMedianRun` chooses it (the run nearest the
// median first contentful paint and time to interactive). That is what Lighthouse's
// docs/variability.md advises: one run on a shared two-core machine can count a task the
// scheduler stretched as several times its length, and five runs halve the spread. The
// row also gives every run's total blocking time and the lowest performance score, so a
// page that misses in some runs shows it.
//
// Usage: node run.mjs <base URL> <pages.json>, where pages.json lists
// { "name": ..., "path": ..., "as": email or null, "first": true|false }.
// Prints one Markdown table row per page and writes each page's median report next to
// the pages file.
import fs from 'node:fs';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import puppeteer from 'puppeteer-core';

const [base, pagesFile] = process.argv.slice(2);
const pages = JSON.parse(fs.readFileSync(pagesFile, 'utf8'));
const outDir = path.dirname(pagesFile);
const zone = 'Europe/London';
// What a returning browser's clock read when it last named its zone (the mp_tzo cookie,
// src/scripts/zone.js): getTimezoneOffset's minutes west of UTC, today.
const now = new Date();
const wall = (timeZone) => new Date(now.toLocaleString('en-US', { timeZone }));
const offset = String(Math.round((wall('UTC') - wall(zone)) / 60000));
const password = process.env.DEMO_PASSWORD ?? 'practise-stations-2026';
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`LIGHTHOUSE_RUNS must be a whole number from 1: ${process.env.LIGHTHOUSE_RUNS}`);

/** The sign-in cookie for `email`, as the sign-in form's server function sets it. */
async function signIn(email) {
  const response = await fetch(`${base}/api/sign_in`, {
    method: 'POST',
    headers: {
      accept: 'application/json',
      'content-type': 'application/x-www-form-urlencoded',
      'sec-fetch-site': 'same-origin',
    },
    body: new URLSearchParams({ email, password }),
  });
  if (!response.ok) throw new Error(`signing in as ${email}: ${response.status} ${await response.text()}`);
  const [pair] = response.headers.getSetCookie()[0].split(';');
  const at = pair.indexOf('=');
  return { name: pair.slice(0, at), value: pair.slice(at + 1) };
}

// The same Chromium, started the same way, as the browser tests.
const chromium = JSON.parse(fs.readFileSync(new URL('../../end2end/chromium.json', import.meta.url), 'utf8'));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? chromium.executablePath,
  headless: true,
  args: chromium.args,
});
const sessions = new Map();
const figures = [];
/** One Lighthouse run of `entry` in a browser context of its own: its report. */
async function measure(entry) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.emulateTimezone(zone);
    const cookies = [];
    if (!entry.first) cookies.push({ name: 'mp_tz', value: encodeURIComponent(zone) }, { name: 'mp_tzo', value: offset });
    if (entry.as) {
      if (!sessions.has(entry.as)) sessions.set(entry.as, await signIn(entry.as));
      cookies.push(sessions.get(entry.as));
    }
    if (cookies.length) await context.setCookie(...cookies.map((c) => ({ ...c, domain: new URL(base).hostname, path: '/' })));
    return await lighthouse(
      `${base}${entry.path}`,
      { output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] },
      undefined,
      page,
    );
  } finally {
    await context.close();
  }
}

const score = (lhr, id) => (lhr.categories[id].score === null ? NaN : Math.round(lhr.categories[id].score * 100));
const audit = (lhr, id) => lhr.audits[id]?.numericValue ?? NaN;

try {
  for (const entry of pages) {
    const results = [];
    for (let run = 0; run < runs; run += 1) results.push(await measure(entry));
    const median = computeMedianRun(results.map((r) => r.lhr));
    const result = results.find((r) => r.lhr === median);
    const lhr = median;
    fs.writeFileSync(path.join(outDir, `${entry.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.json`), result.report);
    const requests = lhr.audits['network-requests']?.details?.items ?? [];
    const documents = requests.filter((r) => r.resourceType === 'Document').length;
    const wasm = requests
      .filter((r) => /\.wasm(\?|$)/.test(r.url))
      .reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
    const every = results.map((r) => r.lhr);
    const row = {
      page: entry.name,
      runs,
      performance: score(lhr, 'performance'),
      lowestPerformance: Math.min(...every.map((l) => score(l, 'performance'))),
      lcp: (audit(lhr, 'largest-contentful-paint') / 1000).toFixed(1),
      tbt: Math.round(audit(lhr, 'total-blocking-time')),
      tbtRuns: every.map((l) => Math.round(audit(l, 'total-blocking-time'))),
      cls: audit(lhr, 'cumulative-layout-shift').toFixed(3),
      accessibility: score(lhr, 'accessibility'),
      bestPractices: score(lhr, 'best-practices'),
      bytes: Math.round(audit(lhr, 'total-byte-weight') / 1024),
      wasm: Math.round(wasm / 1024),
      documents,
      lcpElement: lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.selector ?? '',
      failing: every.flatMap((l) =>
        Object.values(l.audits)
          .filter((a) => a.score !== null && a.score < 1 && ['accessibility', 'best-practices'].some((c) => l.categories[c].auditRefs.some((r) => r.id === a.id && r.weight > 0)))
          .map((a) => a.id),
      ),
    };
    row.failing = [...new Set(row.failing)];
    figures.push(row);
    console.log(
      `| ${row.page} | ${row.performance} (${row.lowestPerformance}) | ${row.lcp} s | ${row.tbt} ms | ${row.tbtRuns.join(', ')} | ${row.cls} | ${row.accessibility} | ${row.bestPractices} | ${row.bytes} KB (${row.wasm} KB WASM) | ${row.documents} |`,
    );
    if (row.failing.length) console.error(`  ${row.page}: failing ${row.failing.join(', ')} in some run`);
    console.error(`  ${row.page}: LCP element ${row.lcpElement}`);
  }
} finally {
  await browser.close();
}
fs.writeFileSync(path.join(outDir, 'figures.json'), JSON.stringify(figures, null, 2));
