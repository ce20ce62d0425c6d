import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { renderComment } from '../demo/facebook-markup';
import { DEMO_WAITING_COUNT, demoPost } from '../demo/kanelkompaniet';
import { DEMO_START_URL } from '../demo/routes';
import { ROOT, badgeText, openExtensionPage, type ExtensionSession } from '../lib/browser';
import { callInPage } from './detect';
import { COMMENT_LIST } from './pages';
import { inPageBundle } from './page-bundle';
import { median, percentile } from './stats';

export const PRODUCTION_BUILD = join(ROOT, '.output/chrome-mv3');
export const DEMO_BUILD = join(ROOT, '.output/chrome-mv3-demo');

/** Builds the production and demo extensions when missing (or always, with `force`). */
export function ensureBuilds(force: boolean) {
  const builds = [
    { dir: PRODUCTION_BUILD, args: ['wxt', 'build'] },
    { dir: DEMO_BUILD, args: ['wxt', 'build', '--mode', 'demo'] },
  ];
  for (const { dir, args } of builds) {
    if (!force && existsSync(join(dir, 'manifest.json'))) continue;
    // Build output goes to stderr: stdout carries only the result.
    execFileSync('npx', args, { cwd: ROOT, stdio: ['ignore', 2, 2] });
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Between popup openings, and before the first: see measurePopup. */
const POPUP_PAUSE_MS = 1_500;

async function waitForBadge(session: ExtensionSession, expected: string, timeoutMs: number) {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    if ((await badgeText(session)) === expected) return performance.now();
    if (performance.now() > deadline) {
      throw new Error(`badge never showed ${expected} (shows ${await badgeText(session)})`);
    }
    await sleep(5);
  }
}

/**
 * `detect.changeToBadgeP95Ms`: on the demo post, a new customer comment is appended `times` times;
 * each time, milliseconds until the badge shows one more.
 */
export async function measureChangeToBadge(session: ExtensionSession, times = 20) {
  const page = await session.context.newPage();
  await page.goto(DEMO_START_URL);
  await waitForBadge(session, String(DEMO_WAITING_COUNT), 15_000);
  const samples: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const html = renderComment(demoPost, {
      id: `92000000000${String(i).padStart(5, '0')}`,
      author: { name: `Bench Customer ${i}`, slug: `bench.customer.${i}` },
      text: `Har ni öppet på söndag? (${i})`,
      minutesAgo: 1,
      lang: 'sv',
    });
    const start = performance.now();
    await page.evaluate(
      `document.querySelector(${JSON.stringify(COMMENT_LIST)}).insertAdjacentHTML('beforeend', ${JSON.stringify(html)})`,
    );
    const shown = await waitForBadge(session, String(DEMO_WAITING_COUNT + i + 1), 5_000);
    samples.push(shown - start);
    await sleep(50);
  }
  await page.close();
  return { p95: percentile(samples, 95), p50: percentile(samples, 50) };
}

/**
 * Fills the extension's own database with `count` items (10% waiting) once its Dexie has created
 * it: opening options.html creates it at the current schema version.
 */
export async function fillExtensionDatabase(session: ExtensionSession, count: number) {
  const options = await openExtensionPage(session, 'options.html');
  await loadBundle(options);
  const deadline = Date.now() + 15_000;
  while (!(await callInPage(options, 'databases')).some((d) => d.name === 'svara' && d.version)) {
    if (Date.now() > deadline) throw new Error('options.html never created the svara database');
    await sleep(50);
  }
  // Give the options page's first writes (default settings) time to settle.
  await sleep(200);
  await callInPage(options, 'writeRawItems', 'svara', count, 0.1);
  await callInPage(options, 'recountAfterRawWrite', 'svara');
  return options;
}

/** The bench bundle in an extension page: evaluated over DevTools, which its CSP allows. */
async function loadBundle(page: Page) {
  await page.evaluate(`${await inPageBundle()}\n;globalThis.svaraBench = svaraBench; 0`);
}

/** `db.waitingCount100kMs` in the extension's own database: median of countWaiting calls. */
export async function measureWaitingCount(extensionPage: Page) {
  const run = await callInPage(extensionPage, 'measureCountWaiting', 'svara', 25, 5);
  return { ms: median(run.times), waiting: run.waiting };
}

/** `db.oldestWaiting100kMs`: median of oldestWaiting calls in the extension's own database. */
export async function measureOldestWaiting(extensionPage: Page) {
  const run = await callInPage(extensionPage, 'measureOldestWaiting', 'svara', 15, 3);
  return median(run.times);
}

/**
 * `popup.firstRenderMs`: from the popup's navigation start to its count showing `waiting`,
 * median of `times` openings. A MutationObserver set before the page's own scripts stamps the
 * moment; polling (slow, so it does not compete with the page) only collects it.
 *
 * Each opening starts after a pause: a person opens the popup, reads it, closes it. Opened back to
 * back, each popup shares its renderer with the previous one's teardown and measures that instead
 * (about twice as slow here); right after the 100,000-item bulk write, IndexedDB is still
 * compacting, which an extension filled item by item over months never sees.
 */
export async function measurePopup(session: ExtensionSession, waiting: number, times = 5) {
  const expected = String(waiting);
  const samples: number[] = [];
  for (let i = 0; i < times; i += 1) {
    await sleep(POPUP_PAUSE_MS);
    const page = await session.context.newPage();
    await page.addInitScript(`(() => {
      const expected = ${JSON.stringify(expected)};
      const check = () => {
        const el = document.querySelector('[data-testid=waiting-count]');
        if (el && el.textContent.trim() === expected && !window.__svaraShownAt) {
          window.__svaraShownAt = performance.now();
        }
      };
      new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
    })()`);
    await page.goto(session.extensionUrl('popup.html'));
    // Extension pages forbid eval, so waitForFunction cannot poll there: poll over DevTools.
    const deadline = Date.now() + 30_000;
    let shownAt: number | null = null;
    while (shownAt === null) {
      shownAt = await page.evaluate<number | null>(
        `(() => {
          if (window.__svaraShownAt) return window.__svaraShownAt;
          const el = document.querySelector('[data-testid=waiting-count]');
          return el && el.textContent.trim() === ${JSON.stringify(expected)} ? performance.now() : null;
        })()`,
      );
      if (shownAt === null && Date.now() > deadline) {
        throw new Error(`the popup never showed ${expected} waiting`);
      }
      if (shownAt === null) await sleep(50);
    }
    samples.push(shownAt);
    await page.close();
  }
  return median(samples);
}
