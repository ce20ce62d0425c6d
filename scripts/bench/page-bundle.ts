import { build } from 'esbuild';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT, chromiumPath } from '../lib/browser';

let bundled: Promise<string> | undefined;

/** scripts/bench/in-page.ts as one IIFE script exposing the global `svaraBench`. */
export function inPageBundle(): Promise<string> {
  bundled ??= build({
    entryPoints: [join(ROOT, 'scripts/bench/in-page.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'svaraBench',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    minify: false,
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0].text);
  return bundled;
}

/** Plain headless Chromium (no extension) that serves `html` at `url` and refuses the rest. */
export async function launchPlain(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
}

/** A page at `url` showing `html`, with the bench bundle loaded. */
export async function openBenchPage(browser: Browser, url: string, html: string): Promise<Page> {
  const context = await browser.newContext();
  await context.route('**/*', (route) => {
    const requested = route.request().url();
    if (requested.split('?')[0] === url) {
      return route.fulfill({ status: 200, contentType: 'text/html', body: html });
    }
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.addScriptTag({ content: await inPageBundle() });
  return page;
}
