import type { Browser, Page } from 'playwright-core';
import { postUrl, renderPostPage } from '../demo/facebook-markup';
import { KANELKOMPANIET } from '../demo/kanelkompaniet';
import type { OwnerIdentity } from '../../utils/model/owner';
import type * as InPage from './in-page';
import { COMMENT_LIST, benchPost, newCommentsHtml } from './pages';
import { openBenchPage } from './page-bundle';
import { median } from './stats';

type InPageApi = typeof InPage;

/** Calls a function of the in-page bundle by name; arguments travel as JSON. */
export function callInPage<K extends keyof InPageApi>(
  page: Page,
  name: K,
  ...args: Parameters<InPageApi[K]>
): Promise<Awaited<ReturnType<InPageApi[K]>>> {
  const list = args.map((arg) => JSON.stringify(arg)).join(', ');
  return page.evaluate(`svaraBench.${name}(${list})`);
}

const OWNERS: OwnerIdentity[] = [
  {
    platform: 'facebook',
    name: KANELKOMPANIET.name,
    url: `https://www.facebook.com/${KANELKOMPANIET.slug}`,
    source: 'options',
  },
];

async function postPage(browser: Browser, articles: number, postId: string) {
  const post = benchPost(articles, postId);
  const page = await openBenchPage(browser, postUrl(post), renderPostPage(post));
  return { post, page };
}

/** `detect.scanRatio`: full adapter scan ÷ bare selector + textContent pass, 1,000 comments. */
export async function measureScanRatio(browser: Browser) {
  const { page } = await postPage(browser, 1_000, '7310000000001000');
  const run = await callInPage(page, 'measureScan', {
    owners: OWNERS,
    samples: 11,
    warmup: 3,
    inner: { scan: 1, baseline: 20 },
  });
  await page.context().close();
  if (run.comments !== 1_000) throw new Error(`expected 1,000 comments, found ${run.comments}`);
  if (run.items < 1_000) throw new Error(`the adapter found ${run.items} items of 1,000`);
  const scanMs = median(run.scanMs);
  const baselineMs = median(run.baselineMs);
  const minimalReadMs = median(run.minimalReadMs);
  return {
    scanMs,
    baselineMs,
    ratio: scanMs / baselineMs,
    minimalReadRatio: minimalReadMs / baselineMs,
  };
}

/** Fresh pages whose first scan is measured: a busy machine can stretch any one task. */
const FIRST_SCANS = 3;

/**
 * `detect.longestTaskMs5000`: the longest main-thread task during the first scan of a
 * 5,000-comment page, from a `longtask` PerformanceObserver in the page (0: none over 50 ms); the
 * median over `FIRST_SCANS` fresh pages, as the other figures of each run.
 */
export async function measureFirstScanTasks(browser: Browser) {
  const runs: Awaited<ReturnType<InPageApi['measureFirstScan']>>[] = [];
  for (let i = 0; i < FIRST_SCANS; i += 1) {
    const { page } = await postPage(browser, 5_000, '7310000000005001');
    const run = await callInPage(page, 'measureFirstScan', OWNERS);
    await page.context().close();
    if (run.items < 5_000) throw new Error(`the first scan reported ${run.items} items of 5,000`);
    runs.push(run);
  }
  const medianOf = (key: Exclude<keyof (typeof runs)[number], 'items'>) =>
    median(runs.map((run) => run[key]));
  return {
    longestTaskMs: medianOf('longestTaskMs'),
    longTasks: medianOf('longTasks'),
    longestSliceMs: medianOf('longestSliceMs'),
    scanMs: medianOf('scanMs'),
  };
}

/**
 * Median ms from appending 10 comments to the scanner's report, on a page of `articles`: 15
 * samples after 3 warm-ups, or fewer (at least 5) when each takes long.
 */
async function incrementalMs(browser: Browser, articles: number, postId: string) {
  const { post, page } = await postPage(browser, articles, postId);
  await callInPage(page, 'startScanner', OWNERS);
  const times: number[] = [];
  const warmup = 3;
  const started = Date.now();
  for (let batch = 0; times.length < 15; batch += 1) {
    const html = newCommentsHtml(post, 10, batch);
    const ms = await callInPage(page, 'measureAppend', html, COMMENT_LIST);
    if (batch >= warmup) times.push(ms);
    if (times.length >= 5 && Date.now() - started > 8_000) break;
  }
  await callInPage(page, 'stopScanner');
  await page.context().close();
  return median(times);
}

/** `detect.incrementalRatio`: 10 added comments on 5,000 comments ÷ on 50 comments. */
export async function measureIncrementalRatio(browser: Browser) {
  const small = await incrementalMs(browser, 50, '7310000000000050');
  const large = await incrementalMs(browser, 5_000, '7310000000005000');
  return { small, large, ratio: large / small };
}
