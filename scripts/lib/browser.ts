import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');

/** The first executable of `candidates` that exists; a clear error saying how to get one. */
export function executableOf(candidates: (string | undefined)[], missing: string): string {
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) throw new Error(missing);
  return found;
}

/** Debian's Chromium unless CHROMIUM_PATH names another; a clear error when there is none. */
export function chromiumPath(): string {
  return executableOf(
    [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'],
    'No Chromium found. Install it with `sudo apt-get install chromium` (Debian/Ubuntu), ' +
      'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
}

/** Served pages, by exact URL (query ignored); anything else is refused and recorded. */
export type PageRoutes = Map<string, { body: string; contentType?: string }>;

export interface ExtensionSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  routes: PageRoutes;
  /** Requests that left for a URL nobody routed: an end-to-end run fails on any. */
  strayRequests: string[];
  /** An extension page kept open to read browser state such as the badge. */
  probe?: Promise<Page>;
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

const ROUTED_HOSTS = [
  'www.facebook.com',
  'www.messenger.com',
  'business.facebook.com',
  'www.linkedin.com',
];

/**
 * Launches Chromium with the built extension, serving platform URLs from `routes` so content
 * scripts inject as on the real sites. Every other request is aborted and recorded.
 */
export async function launchWithExtension(options: {
  extensionDir: string;
  headless?: boolean;
  routes?: PageRoutes;
  locale?: string;
  /** Runs Chromium through this wrapper, e.g. one that gives the profile a tiny disk. */
  executablePath?: string;
}): Promise<ExtensionSession> {
  const extensionDir = resolve(options.extensionDir);
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run the build first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'svara-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: options.executablePath ?? chromiumPath(),
    headless: options.headless ?? true,
    locale: options.locale ?? 'en-US',
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const routes: PageRoutes = options.routes ?? new Map();
  const strayRequests: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'chrome-extension:' || url.protocol === 'data:') return route.continue();
    const page = routes.get(`${url.origin}${url.pathname}`);
    if (page && ROUTED_HOSTS.includes(url.hostname)) {
      return route.fulfill({
        status: 200,
        contentType: page.contentType ?? 'text/html',
        body: page.body,
      });
    }
    strayRequests.push(url.href);
    return route.abort('blockedbyclient');
  });
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  const session: ExtensionSession = {
    context,
    worker,
    extensionId,
    routes,
    strayRequests,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return session;
}

/**
 * Stops the extension's service worker, as Chromium does to an idle one, then wakes it with a
 * message from an extension page and waits until it runs again.
 */
export async function restartServiceWorker(session: ExtensionSession, extensionPage: Page) {
  const cdp = await session.context.newCDPSession(extensionPage);
  const statuses: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    statuses.push(...versions.map((v) => v.runningStatus));
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await waitFor(() => statuses.includes('stopped'), 'the service worker to stop');
  statuses.length = 0;
  await extensionPage.evaluate("chrome.runtime.sendMessage({ type: 'wake' }).catch(() => {})");
  await waitFor(() => statuses.includes('running'), 'the service worker to start again');
  await cdp.detach();
}

/**
 * Stops the extension's service worker at once, as Chromium does to an idle one, even while it is
 * handling messages. The next event (a message from a page) starts it again.
 */
export async function stopServiceWorker(session: ExtensionSession, extensionPage: Page) {
  const cdp = await session.context.newCDPSession(extensionPage);
  let stopped = false;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    stopped ||= versions.some((version) => version.runningStatus === 'stopped');
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await waitFor(() => stopped, 'the service worker to stop');
  await cdp.detach();
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The current service worker (it may have been restarted since launch). */
export async function currentWorker(session: ExtensionSession): Promise<Worker> {
  const running = session.context
    .serviceWorkers()
    .find((w) => w.url().includes(session.extensionId));
  return running ?? session.context.waitForEvent('serviceworker', { timeout: 15_000 });
}

export async function badgeText(session: ExtensionSession): Promise<string> {
  const worker = await currentWorker(session);
  return worker.evaluate<string>('chrome.action.getBadgeText({})');
}

/** Opens an extension page as an ordinary tab, as Chromium allows for testing. */
export async function openExtensionPage(session: ExtensionSession, path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(session.extensionUrl(path));
  return page;
}
