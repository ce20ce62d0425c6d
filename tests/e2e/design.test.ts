import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchWithExtension,
  openExtensionPage,
  type ExtensionSession,
} from '../../scripts/lib/browser';
import { demoRoutes } from '../../scripts/demo/routes';
import { DEMO_BUILD, openDemoPost } from './helpers';

// axe-core in real Chromium, where contrast and target sizes can be measured (the component
// tests run without layout): every page, in the light and the dark colour scheme.
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface Violation {
  id: string;
  impact: string | null;
  targets: string[];
}

async function axeViolations(page: Page): Promise<Violation[]> {
  // Evaluated over the DevTools protocol, so the extension pages' script policy does not apply.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
}

/** How many lines each text in the queue's bar takes: a text's range has one box per line. */
async function barTextLines(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const lines: Record<string, number> = {};
    const bar = document.querySelector('.queue-bar')!;
    const texts = document.createTreeWalker(bar, NodeFilter.SHOW_TEXT);
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      const text = node.textContent!.trim();
      if (!text || node.parentElement!.closest('select')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      lines[text] = range.getClientRects().length;
    }
    return lines;
  });
}

describe('design: every page passes axe in light and dark', () => {
  let session: ExtensionSession;
  let pages: Record<string, Page>;

  beforeAll(async () => {
    session = await launchWithExtension({ extensionDir: DEMO_BUILD, routes: demoRoutes() });
    await openDemoPost(session);
    const popup = await openExtensionPage(session, 'popup.html');
    await popup.getByTestId('waiting-count').waitFor();
    const queue = await openExtensionPage(session, 'sidepanel.html');
    await queue.getByTestId('waiting-item').first().waitFor();
    const item = await openExtensionPage(session, 'sidepanel.html');
    await item.getByTestId('waiting-item').first().locator('.author').click();
    await item.getByRole('textbox').first().waitFor();
    const options = await openExtensionPage(session, 'options.html');
    await options.locator('h1').first().waitFor();
    pages = { popup, queue, item, options };
  });
  afterAll(async () => {
    await session?.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const name of ['popup', 'queue', 'item', 'options']) {
      it(`${name} in ${colorScheme}`, async () => {
        const page = pages[name]!;
        await page.emulateMedia({ colorScheme });
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }

  it('at side-panel width, an opened item shows its message and first suggestion unscrolled', async () => {
    const page = await openExtensionPage(session, 'sidepanel.html');
    const height = 720;
    await page.setViewportSize({ width: 400, height });
    const rows = page.getByTestId('waiting-item');
    await rows.first().waitFor();
    await rows.last().locator('.item-main').click();
    const suggestion = page.getByTestId('suggestion').first();
    await suggestion.waitFor();
    // Top edges within the view: a long message or suggestion may run on below it.
    const topInView = async (box: { y: number } | null) =>
      !!box && box.y >= 0 && box.y < height - 40;
    expect(await topInView(await page.getByTestId('item-text').boundingBox())).toBe(true);
    expect(await topInView(await suggestion.boundingBox())).toBe(true);
    await page.close();
  });

  it('at side-panel width, the queue bar keeps each control on one line', async () => {
    const page = await openExtensionPage(session, 'sidepanel.html');
    await page.setViewportSize({ width: 400, height: 720 });
    await page.getByTestId('waiting-item').first().waitFor();
    expect(await barTextLines(page)).toEqual({ Filters: 1, 'Sort by': 1, '?': 1 });
    // One row of controls (each overlaps the others' height), none past the panel's edge.
    const bar = await page.evaluate(() => {
      const controls = [...document.querySelectorAll('.queue-bar button, .queue-bar select')];
      const boxes = controls.map((control) => control.getBoundingClientRect());
      return {
        oneRow:
          Math.max(...boxes.map((box) => box.top)) < Math.min(...boxes.map((box) => box.bottom)),
        overflows: boxes.some((box) => box.right > document.documentElement.clientWidth),
      };
    });
    expect(bar).toEqual({ oneRow: true, overflows: false });
    await page.close();
  });

  for (const name of ['queue', 'item', 'options']) {
    it(`${name} at side-panel width scrolls only downwards, never sideways`, async () => {
      const page = pages[name]!;
      await page.setViewportSize({ width: 400, height: 720 });
      const widths = await page.evaluate(() => ({
        content: document.documentElement.scrollWidth,
        view: document.documentElement.clientWidth,
      }));
      expect(widths.content).toBeLessThanOrEqual(widths.view);
    });
  }

  // Chromium's own stylesheet for extension pages sets the body to 75% type: every page's body
  // text must be the tokens' body size (--text-md of the 14 px root), not 10.5 px.
  for (const name of ['popup', 'queue', 'item', 'options']) {
    it(`${name} sets its body text at the tokens' size`, async () => {
      const fontSizes = await pages[name]!.evaluate(() => ({
        root: getComputedStyle(document.documentElement).fontSize,
        body: getComputedStyle(document.body).fontSize,
        main: getComputedStyle(document.querySelector('main')!).fontSize,
      }));
      expect(fontSizes).toEqual({ root: '14px', body: '14px', main: '14px' });
    });
  }

  it('follows the colour scheme: dark pages are dark', async () => {
    const page = pages.popup!;
    const background = async () =>
      page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).toBe('rgb(24, 22, 26)');
  });
});
