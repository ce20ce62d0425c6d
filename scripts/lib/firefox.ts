import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { executableOf, type PageRoutes } from './browser';

/** Debian's Firefox ESR unless FIREFOX_PATH names another; a clear error when there is none. */
export function firefoxPath(): string {
  return executableOf(
    [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'],
    'No Firefox found. Install it with `sudo apt-get install firefox-esr` (Debian/Ubuntu), ' +
      'or set FIREFOX_PATH to a Firefox executable.',
  );
}

export interface FirefoxSession {
  browser: Browser;
  addonId: string;
  /** Requests that left for a URL nobody routed. */
  strayRequests: string[];
  /** A tab whose platform URLs are served from `routes`; anything else is refused and recorded. */
  newRoutedPage(): Promise<Page>;
  /** The toolbar button's badge text, read in Firefox's own (chrome) context. */
  badgeText(): Promise<string>;
  close(): Promise<void>;
}

/**
 * Firefox over WebDriver BiDi with the built add-on installed as a temporary add-on. Extension
 * pages cannot be opened over BiDi, so the badge is read where Firefox keeps it: the browser
 * action's state in the parent process, reached with --remote-allow-system-access.
 */
export async function launchFirefoxWithAddon(options: {
  extensionDir: string;
  routes: PageRoutes;
}): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    args: ['--remote-allow-system-access'],
  });
  const addonId = await browser.installExtension(resolve(options.extensionDir));
  const strayRequests: string[] = [];
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  return {
    browser,
    addonId,
    strayRequests,
    async newRoutedPage() {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const url = request.url();
        const route = options.routes.get(url.split('?')[0]!);
        if (url.startsWith('data:')) {
          // Inline data (a page's embedded font) never leaves the machine.
          void request.continue();
        } else if (new URL(url).pathname === '/favicon.ico') {
          // Firefox itself asks each site for its icon; neither the page nor the add-on does.
          void request.respond({ status: 404, body: '' });
        } else if (route) {
          void request.respond({
            status: 200,
            contentType: route.contentType ?? 'text/html; charset=utf-8',
            body: route.body,
          });
        } else {
          strayRequests.push(url);
          void request.abort();
        }
      });
      return page;
    },
    async badgeText() {
      const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
      const context = tree.result.contexts[0]!.context;
      const evaluated = await connection.send('script.evaluate', {
        expression: `(() => {
          const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
          const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(addonId)});
          const action = ExtensionParent.apiManager.global.browserActionFor(extension).action;
          return String(action.getProperty(null, 'badgeText') ?? '');
        })()`,
        target: { context },
        awaitPromise: false,
        'moz:scope': 'chrome',
      });
      if (evaluated.result.type !== 'success') {
        throw new Error(`reading the badge failed: ${JSON.stringify(evaluated.result)}`);
      }
      return evaluated.result.result.value;
    },
    close: () => browser.close(),
  };
}

interface BidiConnection {
  send(method: 'browsingContext.getTree', params: object): Promise<{ result: ContextTree }>;
  send(method: 'script.evaluate', params: object): Promise<{ result: EvaluateResult }>;
}
interface ContextTree {
  contexts: { context: string }[];
}
type EvaluateResult =
  | { type: 'success'; result: { type: string; value: string } }
  | { type: 'exception'; exceptionDetails: unknown };
