/**
 * Runs inside a plain Chromium page (bundled by esbuild as an IIFE, global `svaraBench`): the real
 * adapter, scanner and database code, timed where it runs. Kept apart from the Node side so no
 * Node-transpiled function is ever sent into the page.
 */
import { SvaraDatabase } from '../../utils/db/database';
import { countWaiting, oldestWaiting } from '../../utils/db/items';
import type { Item } from '../../utils/model/item';
import type { OwnerIdentity } from '../../utils/model/owner';
import { facebookAdapter } from '../../utils/platforms/facebook/adapter';
import { PageScanner } from '../../utils/scan/page-scanner';
import { yieldToPage } from '../../utils/scan/slices';
import { recountWaiting } from '../../utils/db/counters';

const COMMENT = '[role=article][aria-label]';
const COMMENT_ID_LINK = 'a[href*="comment_id="]';
const TEXT_BLOCK = '[dir=auto]';

const pageUrl = () => new URL(document.location.href);

/**
 * Per-iteration milliseconds of a full adapter scan and of a bare walk over the same comment
 * nodes: `samples` samples of `inner` iterations each, after `warmup` untimed iterations.
 */
export function measureScan(options: {
  owners: OwnerIdentity[];
  samples: number;
  warmup: number;
  inner: { scan: number; baseline: number };
}) {
  const url = pageUrl();
  const now = new Date();
  let sink = 0;
  const scan = () => {
    const result = facebookAdapter.extract(document, url, options.owners, now);
    sink += result.layout === 'recognised' ? result.items.length : 0;
  };
  const baseline = () => {
    for (const node of document.querySelectorAll(COMMENT)) sink += node.textContent?.length ?? 0;
  };
  // A floor for any extraction: the page reads it cannot do without (each comment's label, the
  // comment-id links' href and text for ids, author and time, the text blocks' text for the body),
  // as three document-wide queries, without telling which comment anything belongs to.
  const minimalRead = () => {
    for (const node of document.querySelectorAll(COMMENT)) {
      sink += node.getAttribute('aria-label')?.length ?? 0;
    }
    for (const link of document.querySelectorAll(COMMENT_ID_LINK)) {
      sink += (link.getAttribute('href')?.length ?? 0) + (link.textContent?.length ?? 0);
    }
    for (const block of document.querySelectorAll(TEXT_BLOCK))
      sink += block.textContent?.length ?? 0;
  };
  const time = (run: () => void, times: number) => {
    const start = performance.now();
    for (let i = 0; i < times; i += 1) run();
    return (performance.now() - start) / times;
  };
  for (let i = 0; i < options.warmup; i += 1) {
    scan();
    baseline();
    minimalRead();
  }
  const scanMs: number[] = [];
  const baselineMs: number[] = [];
  const minimalReadMs: number[] = [];
  // Interleaved, so a slow stretch of the machine hits all alike.
  for (let i = 0; i < options.samples; i += 1) {
    scanMs.push(time(scan, options.inner.scan));
    baselineMs.push(time(baseline, options.inner.baseline));
    minimalReadMs.push(time(minimalRead, options.inner.baseline));
  }
  const detected = facebookAdapter.extract(document, url, options.owners, now);
  return {
    scanMs,
    baselineMs,
    minimalReadMs,
    comments: document.querySelectorAll(COMMENT).length,
    items: detected.layout === 'recognised' ? detected.items.length : -1,
    sink,
  };
}

/** Keeps the main thread busy for `ms` in one go. */
function busyFor(ms: number) {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // Spinning on purpose.
  }
}

const nextTask = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The first full scan of the page by a new scanner, under a `longtask` PerformanceObserver
 * registered before it: the longest task over 50 ms the observer saw while the scan ran (0 when
 * none), how many there were, the scan's own longest slice and its duration start to report. The
 * observer is first shown a task known to be long, so seeing none means there was none.
 */
export async function measureFirstScan(owners: OwnerIdentity[]) {
  const longTasks: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  await nextTask();
  busyFor(80);
  for (let waited = 0; longTasks.length === 0 && waited < 2_000; waited += 20) await nextTask(20);
  if (!longTasks.some((task) => task.duration >= 80)) {
    throw new Error('the longtask observer did not see an 80 ms task');
  }
  longTasks.length = 0;
  await nextTask(20);
  longTasks.length = 0;

  let longestSliceMs = 0;
  let sliceStart = 0;
  let items = 0;
  const reported = new Promise<number>((resolve) => {
    const firstScanner = new PageScanner({
      adapter: facebookAdapter,
      document,
      report: (scan) => {
        items = scan.layout === 'recognised' ? scan.items.length : -1;
        firstScanner.stop();
        resolve(performance.now());
      },
      slices: {
        pause: () => {
          longestSliceMs = Math.max(longestSliceMs, performance.now() - sliceStart);
          return yieldToPage().then(() => {
            sliceStart = performance.now();
          });
        },
      },
    });
    sliceStart = performance.now();
    firstScanner.start(owners);
  });
  const start = sliceStart;
  const end = await reported;
  longestSliceMs = Math.max(longestSliceMs, end - sliceStart);
  // Entries arrive after their task: give the last ones time to be delivered.
  await nextTask(100);
  observer.disconnect();
  const during = longTasks.filter((task) => task.startTime + task.duration > start);
  return {
    longestTaskMs: Math.max(0, ...during.map((task) => task.duration)),
    longTasks: during.length,
    longestSliceMs,
    scanMs: end - start,
    items,
  };
}

let scanner: PageScanner | undefined;
let onReport: (() => void) | undefined;
let reports = 0;

/** Starts the real scanner on the page; its report callback marks when a change was handled. */
export function startScanner(owners: OwnerIdentity[]) {
  scanner?.stop();
  reports = 0;
  scanner = new PageScanner({
    adapter: facebookAdapter,
    document,
    report: () => {
      reports += 1;
      onReport?.();
    },
    // No full rescans during the measurement: only the incremental path is timed.
    fullRescanThrottleMs: 60_000,
  });
  scanner.start(owners);
  return { reports };
}

/**
 * Appends `html` (comments) to the comment list and times until the scanner reports them; the
 * comments are removed again so the page keeps its size between repetitions.
 */
export async function measureAppend(html: string, containerSelector: string): Promise<number> {
  const container = document.querySelector(containerSelector);
  if (!container) throw new Error(`no ${containerSelector} on the page`);
  const before = container.childElementCount;
  const reported = new Promise<number>((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error('the scanner never reported')), 5_000);
    onReport = () => {
      clearTimeout(timeout);
      onReport = undefined;
      resolve(performance.now());
    };
  });
  const start = performance.now();
  container.insertAdjacentHTML('beforeend', html);
  const end = await reported;
  while (container.childElementCount > before) container.lastElementChild!.remove();
  await new Promise((resolve) => setTimeout(resolve, 0));
  return end - start;
}

export function stopScanner() {
  scanner?.stop();
  scanner = undefined;
}

/**
 * Valid stored items, `waitingShare` of them waiting, both platforms, generated in the page. Kept
 * small (optional fields left out): writing 100,000 rows is the slow part of the bench.
 */
export function benchItems(count: number, waitingShare: number): Item[] {
  const base = Date.parse('2026-01-01T00:00:00.000Z');
  const items: Item[] = [];
  const waitingEvery = Math.round(1 / waitingShare);
  for (let i = 0; i < count; i += 1) {
    const platform = i % 3 === 0 ? 'linkedin' : 'facebook';
    const waiting = i % waitingEvery === 0;
    const seen = new Date(base + i * 60_000).toISOString();
    items.push({
      platform,
      kind: 'comment',
      key: `${platform}:comment:bench-${i}`,
      threadKey: `${platform}:post:bench-${Math.floor(i / 50)}`,
      author: { name: `Person ${i % 5_000}` },
      text: `Har ni öppet på söndag? #${i}`,
      postedAt: seen,
      answered: !waiting,
      byOwner: false,
      ownedThread: true,
      waiting,
      status: waiting ? 'waiting' : 'answered',
      firstSeenAt: seen,
      lastSeenAt: seen,
    });
  }
  return items;
}

function putItems(database: IDBDatabase, count: number, waitingShare: number) {
  return new Promise<void>((resolve, reject) => {
    const tx = database.transaction('items', 'readwrite');
    const store = tx.objectStore('items');
    for (const item of benchItems(count, waitingShare)) store.put(item);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/**
 * Milliseconds of each `countWaiting` call on the existing Svara database `name` (the popup's
 * count query, through the real Dexie schema), after `warmup` untimed calls.
 */
export async function measureCountWaiting(name: string, samples: number, warmup: number) {
  const database = new SvaraDatabase(name);
  await database.open();
  let waiting = 0;
  for (let i = 0; i < warmup; i += 1) waiting = await countWaiting(database);
  const times: number[] = [];
  for (let i = 0; i < samples; i += 1) {
    const start = performance.now();
    waiting = await countWaiting(database);
    times.push(performance.now() - start);
  }
  database.close();
  return { times, waiting };
}

/**
 * Milliseconds of each `oldestWaiting` call (the badge's colour, asked at every page scan) on the
 * existing Svara database `name`, after `warmup` untimed calls.
 */
export async function measureOldestWaiting(name: string, samples: number, warmup: number) {
  const database = new SvaraDatabase(name);
  await database.open();
  for (let i = 0; i < warmup; i += 1) await oldestWaiting(database);
  const times: number[] = [];
  for (let i = 0; i < samples; i += 1) {
    const start = performance.now();
    await oldestWaiting(database);
    times.push(performance.now() - start);
  }
  database.close();
  return { times };
}

/**
 * The raw fill bypasses the repository functions that keep the waiting counters, so the counters
 * are rebuilt from the index once, as a backup restore does.
 */
export async function recountAfterRawWrite(name: string) {
  const database = new SvaraDatabase(name);
  await database.open();
  await recountWaiting(database);
  database.close();
}

/** Names and versions of this origin's IndexedDB databases. */
export async function databases() {
  return (await indexedDB.databases()).map(({ name, version }) => ({ name, version }));
}

/**
 * Writes `count` generated items straight into an existing IndexedDB database's `items` store in
 * one transaction (the extension's own database, created by its Dexie at the current version).
 */
export function writeRawItems(name: string, count: number, waitingShare: number) {
  return new Promise<number>((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const database = open.result;
      if (!database.objectStoreNames.contains('items')) {
        database.close();
        reject(new Error(`${name} has no items store`));
        return;
      }
      putItems(database, count, waitingShare).then(
        () => {
          database.close();
          resolve(count);
        },
        (error: unknown) => {
          database.close();
          reject(error);
        },
      );
    };
  });
}
